import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';

/**
 * Editor = CI: the built server (`kehoach-lsp`, started on a folder as an editor opens it)
 * and the built CLI (`kehoach validate <folder>`) must report the same diagnostics on the
 * same files — rule, range, severity and message, file by file — whatever the working
 * directory the CLI runs from. On the examples, the files that break one rule each, and
 * the real plans of ../shared/corpus imported as files.
 */
const REPO = realpathSync(fileURLToPath(new URL('../../../../', import.meta.url)));
const EXAMPLES = join(REPO, 'examples');
const CORPUS = join(REPO, '..', 'shared', 'corpus');
const CLI = join(dirname(createRequire(import.meta.url).resolve('@kehoach/cli/package.json')), 'dist', 'bin.js');
/** Hang guards for a loaded machine, not speed limits. */
const LONG = 600_000;

type Entry = string;
/** path -> sorted "rule L:C-L:C severity message" lines. */
type Report = Map<string, Entry[]>;

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };
const entry = (rule: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }, severity: number, message: string): Entry =>
  `${rule} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${severity} ${message}`;

function ciReport(folder: string, cwd: string): Report {
  expect(existsSync(CLI), `${CLI} missing: build the CLI first`).toBe(true);
  const run = spawnSync(process.execPath, [CLI, 'validate', folder, '-f', 'json', '--locale', 'vi'], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.stderr, `kehoach validate ${folder} (from ${cwd})`).toBe('');
  expect([0, 1]).toContain(run.status);
  const files = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
  return new Map(
    files.map((f) => [
      f.filePath,
      f.messages
        .map((m) => entry(m.ruleId, { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } }, SEVERITY[m.severity] ?? 0, m.message))
        .sort(),
    ]),
  );
}

/** What the server publishes for the folder opened as the workspace, once it has published every file `expected` names. */
async function editorReport(folder: string, expected: Iterable<string>): Promise<Report> {
  const client = LspClient.start();
  try {
    // A trusted workspace, as CI is: the rule plugins its configs name run in both.
    await client.initialize(folder, { trusted: true });
    for (const path of expected) await client.waitForDiagnostics(pathToFileURL(path).href, () => true, 0, LONG);
    const latest = new Map<string, Entry[]>();
    for (const p of client.published) {
      latest.set(
        fileURLToPath(p.uri),
        p.diagnostics.map((d) => entry(String(d.code), d.range, d.severity ?? 0, typeof d.message === 'string' ? d.message : d.message.value)).sort(),
      );
    }
    return latest;
  } finally {
    await client.stop().catch(() => client.process.kill());
  }
}

function expectSame(editor: Report, ci: Report): void {
  // Files the editor published with diagnostics are files CI checked (nothing ignored slips in).
  const extra = [...editor].filter(([path, ds]) => ds.length > 0 && !ci.has(path)).map(([path]) => path);
  expect(extra, 'files the editor reports and kehoach validate does not check').toEqual([]);
  for (const [path, ds] of ci) expect(editor.get(path), path).toEqual(ds);
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the editor says exactly what kehoach validate says', () => {
  const elsewhere = realpathSync(tmpdir());

  it('on examples/ (invalid/ ignored by its config), run from the folder and from outside the project', { timeout: LONG }, async () => {
    const fromInside = ciReport(EXAMPLES, EXAMPLES);
    const fromOutside = ciReport(EXAMPLES, elsewhere);
    expect(fromOutside).toEqual(fromInside);
    expect(fromInside.size).toBeGreaterThan(10);
    expect([...fromInside.keys()].some((p) => p.includes('/invalid/'))).toBe(false);
    expectSame(await editorReport(EXAMPLES, fromInside.keys()), fromInside);
  });

  it('on examples/invalid opened as the workspace (one broken rule per file), run from outside the project', { timeout: LONG }, async () => {
    const folder = join(EXAMPLES, 'invalid');
    const ci = ciReport(folder, elsewhere);
    expect([...ci.values()].filter((ds) => ds.length > 0).length).toBeGreaterThan(25);
    expectSame(await editorReport(folder, ci.keys()), ci);
  });

  it('on the real plans of ../shared/corpus, imported as files', { timeout: LONG }, async (ctx) => {
    if (!existsSync(CORPUS)) {
      ctx.skip(`${CORPUS} is absent: the corpus comparison needs the shared corpus next to the repository`);
      return;
    }
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-corpus-')));
    made.push(dir);
    const folder = join(dir, 'corpus');
    mkdirSync(folder);
    const sources = readdirSync(CORPUS).filter((n) => /\.(txt|docx)$/i.test(n));
    for (const name of sources) {
      const out = join(folder, `${basename(name).replace(/\.[^.]+$/, '')}.kehoach.yaml`);
      spawnSync(process.execPath, [CLI, 'import', join(CORPUS, name), '-o', out], { cwd: dir, encoding: 'utf8' });
    }
    const ci = ciReport(folder, elsewhere);
    expect(ci.size, 'imported corpus plans').toBeGreaterThan(sources.length / 2);
    expectSame(await editorReport(folder, ci.keys()), ci);
  });
});
