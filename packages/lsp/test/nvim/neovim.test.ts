import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER } from '../protocol/client.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const installed = nvim.status === 0;
const MISSING = 'the Neovim client test needs `nvim` on PATH (Debian: apt-get install -y neovim; .ci/run installs it)';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/invalid', import.meta.url));
const INIT = fileURLToPath(new URL('./init.lua', import.meta.url));
const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-nvim-')));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`Neovim (${installed ? nvim.stdout.split('\n')[0] : 'not installed'}) with its built-in LSP client`, () => {
  it('receives the rule id and range of an example plan’s error, and registry agencies as completions', () => {
    // Not a skip: a missing tool must show up as a failure, with what to install.
    expect(installed, MISSING).toBe(true);
    expect(existsSync(SERVER), `${SERVER} missing: build first`).toBe(true);
    const root = join(dir, 'invalid');
    cpSync(EXAMPLES, root, { recursive: true });
    // The example says which rule must fire and where: "# expect: <rule> <line>:<column>".
    const plan = join(root, 'task-timeframe-required.kehoach.yaml');
    const expectLine = /^# expect: ([a-z0-9-]+) (\d+):(\d+)/.exec(readFileSync(plan, 'utf8'));
    expect(expectLine).not.toBeNull();
    const [, rule, line, column] = expectLine as RegExpExecArray;
    const out = join(dir, 'result.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', INIT], {
      cwd: root,
      encoding: 'utf8',
      // A hang guard under the test's 10 minutes; init.lua gives up on its own before this.
      timeout: 570_000,
      env: { ...process.env, KEHOACH_OUT: out, KEHOACH_SERVER: SERVER, KEHOACH_ROOT: root, KEHOACH_PLAN: plan, KEHOACH_NODE: process.execPath },
    });
    expect(existsSync(out), `nvim wrote nothing (status ${run.status}): ${run.stderr}${run.stdout}`).toBe(true);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      errors: string[];
      diagnostics?: { code: string; range: { start: { line: number; character: number } }; source: string }[];
      nvim_diagnostics?: { lnum: number; col: number; code: string }[];
      labels?: string[];
      all_labels?: string[];
    };
    expect(result.errors).toEqual([]);
    const own = (result.diagnostics ?? []).filter((d) => d.code === rule);
    expect(own.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.source])).toEqual([[Number(line), Number(column), 'kehoach']]);
    expect(result.nvim_diagnostics).toContainEqual(expect.objectContaining({ lnum: Number(line) - 1, col: Number(column) - 1, code: rule }));
    // "phong van hoa", typed without diacritics, finds the registry's name first.
    expect(result.labels?.[0]).toBe('Phòng Văn hóa và Thông tin');
    // An empty value offers every agency of the registry in effect.
    const registry = readFileSync(join(root, 'agencies.yaml'), 'utf8');
    const names = [...registry.matchAll(/^\s+name: (.+)$/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(3);
    expect(result.all_labels).toEqual(expect.arrayContaining(names));
  });
});
