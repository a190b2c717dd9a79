import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..');
const vsix = join(dir, 'artifacts', 'kehoach-0.1.0.vsix');

/** Names and contents of a zip's entries (the .vsix is one), read from its central directory. */
function readZip(bytes: Buffer): Map<string, () => Buffer> {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    entries.set(name, () => {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

describe('the .vsix (vsce package --no-dependencies)', () => {
  it('is built, no larger than before the server took over preview and export, with clients of at most 0.5 MiB', () => {
    expect(existsSync(vsix), `${vsix}: run the build first`).toBe(true);
    expect(readFileSync(vsix).length).toBeLessThanOrEqual(1_649_952);
    const zip = readZip(readFileSync(vsix));
    for (const client of ['extension/dist/extension.cjs', 'extension/dist/browser/extension.js']) expect(zip.get(client)!().length, client).toBeLessThanOrEqual(512 * 1024);
  });

  it('carries the rule docs the server links diagnostics to (docs/rules/ next to dist/)', () => {
    const zip = readZip(readFileSync(vsix));
    const rules = readdirSync(join(dir, '../core/docs/rules')).filter((n) => n.endsWith('.md'));
    expect(rules.length).toBeGreaterThan(20);
    for (const name of rules) expect(zip.has(`extension/docs/rules/${name}`), name).toBe(true);
  });

  it('carries the bundled client and server, the schema and both languages, and no node_modules', () => {
    const names = [...readZip(readFileSync(vsix)).keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        'extension/dist/extension.cjs',
        'extension/dist/server.mjs',
        'extension/dist/browser/extension.js',
        'extension/dist/browser/server.js',
        'extension/schemas/plan.schema.json',
        'extension/package.nls.json',
        'extension/package.nls.vi.json',
        'extension/l10n/bundle.l10n.vi.json',
        'extension/snippets/kehoach.code-snippets',
        'extension/LICENSE.txt',
      ]),
    );
    expect(names.filter((n) => n.includes('node_modules'))).toEqual([]);
    expect(names.filter((n) => n.endsWith('.map') || n.includes('/src/') || n.includes('/test/'))).toEqual([]);
  });

  it('bundles the plan schema of @kehoach/core unchanged', () => {
    const zip = readZip(readFileSync(vsix));
    const shipped = JSON.parse(zip.get('extension/schemas/plan.schema.json')!().toString('utf8'));
    const core = JSON.parse(readFileSync(join(dir, '../core/schema/plan.schema.json'), 'utf8'));
    expect(shipped).toEqual(core);
    expect(shipped.properties.kind.title).toBe('Loại tệp');
  });
});
