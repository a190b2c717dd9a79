import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run, userEnv } from './support.js';

/**
 * The README's two quick-start commands, the parts a newcomer notices: after the first,
 * `kehoach` and `kehoach-lsp` run from the PATH; the second provisions its tools or names
 * the one command to run, and its last line is always "N passed, N failed".
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const made: string[] = [];
const temp = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

interface LinkBins {
  globalBinDir(env?: NodeJS.ProcessEnv): string | undefined;
  linkBins(root: string, dir: string): { name: string; path: string; status: string }[];
}

describe('pnpm start puts the commands on the PATH', () => {
  it('writes kehoach and kehoach-lsp into npm’s global bin folder, which then run from the PATH', async () => {
    const mod = (await import(pathToFileURL(join(ROOT, 'scripts/link-bins.mjs')).href)) as LinkBins;
    const prefix = temp('kehoach-prefix-');
    // npm's global folder, as `npm install -g pnpm` used it (here: a fresh prefix).
    const bin = mod.globalBinDir(userEnv({ npm_config_prefix: prefix }));
    expect(bin).toBe(join(prefix, 'bin'));
    const results = mod.linkBins(ROOT, bin as string);
    expect(results.map((r) => `${r.name}:${r.status}`)).toEqual(['kehoach:linked', 'kehoach-lsp:linked']);

    // An empty HOME and a PATH with that folder: the commands run as a user types them.
    const env = userEnv({ HOME: temp('kehoach-home-'), PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` });
    const cli = await run('kehoach', ['--version'], tmpdir(), env);
    expect(cli.stdout.trim()).toBe('0.1.0');
    const help = await run('kehoach', ['--locale', 'en', '--help'], tmpdir(), env);
    expect(help.stdout).toMatch(/^kehoach: check, render and import/);
    const lsp = await run('kehoach-lsp', ['--version'], tmpdir(), env);
    expect(lsp.stdout.trim()).toBe('kehoach-lsp 0.1.0');
    // Started by hand without a transport: how to run it, not a stack trace.
    const bare = await run('kehoach-lsp', [], tmpdir(), env);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('kehoach-lsp --stdio');
    expect(bare.stderr).not.toMatch(/\n\s+at /);

    // Running it again replaces its own shims, never another command of the same name.
    writeFileSync(join(bin as string, 'kehoach'), '#!/bin/sh\necho other\n');
    const again = mod.linkBins(ROOT, bin as string);
    expect(again.map((r) => `${r.name}:${r.status}`)).toEqual(['kehoach:kept-other', 'kehoach-lsp:linked']);
    expect(readFileSync(join(bin as string, 'kehoach'), 'utf8')).toContain('echo other');
  });
});

describe('pnpm test', () => {
  it('ends with its own "N passed, N failed" line, with no ELIFECYCLE after it, and fails', async () => {
    const dir = temp('kehoach-pnpm-test-');
    copyFileSync(join(ROOT, '.pnpmfile.cjs'), join(dir, '.pnpmfile.cjs'));
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'x', private: true, scripts: { test: 'node fail.mjs' } })}\n`);
    writeFileSync(join(dir, 'fail.mjs'), "console.log('3 passed, 1 failed');\nprocess.exit(1);\n");
    const r = await run('pnpm', ['test'], dir, userEnv({ HOME: temp('kehoach-home-'), CI: 'true' }));
    expect(r.code).toBe(1);
    const lines = `${r.stdout}${r.stderr}`.trim().split('\n');
    expect(lines.at(-1)).toBe('3 passed, 1 failed');
    expect(`${r.stdout}${r.stderr}`).not.toContain('ELIFECYCLE');
  });

  it('stops at once with the one command to run when a tool is missing and cannot be installed', async () => {
    // A PATH with node only: no Neovim, no LibreOffice, no apt-get.
    const bin = temp('kehoach-path-');
    mkdirSync(join(bin, 'bin'));
    symlinkSync(process.execPath, join(bin, 'bin', 'node'));
    const r = await run(process.execPath, [join(ROOT, 'scripts/test.mjs')], ROOT, userEnv({ PATH: join(bin, 'bin') }));
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
    expect(lines.at(-2)).toMatch(/^ {2}apt-get install -y --no-install-recommends neovim libreoffice-writer poppler-utils .*chromium/);
    expect(r.stdout).toContain('Thiếu công cụ hệ thống');
  });
});
