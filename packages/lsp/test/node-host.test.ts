import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listYamlFiles } from '../src/node-host.js';

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-listing-')));
const write = (name: string, text = 'kind: plan\n'): void => {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function list(folders: string[], options?: Parameters<typeof listYamlFiles>[1]): Promise<string[]> {
  const out: string[] = [];
  const listing = listYamlFiles(folders, options) as AsyncIterable<string> | Promise<string[]>;
  // (The listing was a list once: the same test runs against it.)
  if (!(Symbol.asyncIterator in listing)) return listing;
  for await (const path of listing) out.push(path);
  return out;
}

describe('the Node host lists the YAML files of the workspace', () => {
  it('does not count folders: a plan after 20,001 folders is listed (it was not)', async () => {
    const root = join(dir, 'nhieu-thu-muc');
    for (let i = 0; i < 20_001; i++) mkdirSync(join(root, `a-${String(i).padStart(5, '0')}`), { recursive: true });
    writeFileSync(join(root, 'z.kehoach.yaml'), 'kind: plan\n');
    expect(await list([root])).toEqual([join(root, 'z.kehoach.yaml')]);
  });

  it('depth first, each folder in name order, skipping dependency, build and dot folders', async () => {
    const root = join(dir, 'thu-tu');
    for (const name of ['b/2.yaml', 'b/1.yml', 'a.kehoach.yaml', 'c.txt', 'node_modules/x.yaml', '.git/y.yaml', 'dist/z.yaml', 'b/c/3.YAML']) write(`thu-tu/${name}`);
    expect(await list([root])).toEqual(['a.kehoach.yaml', 'b/1.yml', 'b/2.yaml', 'b/c/3.YAML'].map((n) => join(root, n)));
  });

  it('stops at the backstop of entries read, and says once in which folder', async () => {
    const root = join(dir, 'chan');
    for (const name of ['a/1.yaml', 'a/2.yaml', 'b/1.yaml', 'b/2.yaml', 'c/1.yaml']) write(`chan/${name}`);
    const stopped: string[] = [];
    // Entries: a, a/1, a/2, b, b/1 — then the sixth (b/2) is one too many.
    const listed = await list([root], { maxEntries: 5, stopped: (folder) => stopped.push(folder) });
    expect(listed).toEqual(['a/1.yaml', 'a/2.yaml', 'b/1.yaml'].map((n) => join(root, n)));
    expect(stopped).toEqual([join(root, 'b')]);
  });
});
