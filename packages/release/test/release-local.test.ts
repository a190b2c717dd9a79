import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ok, run, startUntil, userEnv, words, type Run } from './support.js';

/**
 * The README's "Một registry cho tỉnh / a registry for your province", end to end: the
 * province starts the registry with the tarballs, a commune installs the CLI from it into
 * an empty folder and creates a plan from a template it installs by the CLI's own hint,
 * the province forks the template and publishes the fork with changesets by the hints
 * `kehoach fork` prints, and the commune then plans over the fork. Verdaccio listens on
 * 127.0.0.1 with a temporary storage; the only network is the npm registry it proxies
 * for third-party packages (zod, yaml, @changesets/cli...).
 */
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

let tmp: string | undefined;
let server: ChildProcess | undefined;
/** Shared by the steps below, which run in order (each its own hang guard). */
let url = '';
let publishWith = '';
let xa = '';
let sh: (cwd: string, cmd: string, args: string[], extra?: NodeJS.ProcessEnv) => Promise<Run>;

afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('pnpm release:local', () => {
  it('says how it is used, and refuses a bad option in one line', async () => {
    const help = await run(process.execPath, [BIN, '--help'], process.cwd(), process.env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--listen 127.0.0.1:4873');
    const bad = await run(process.execPath, [BIN, '--listen', 'cong-4873'], process.cwd(), process.env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--listen phải là máy:cổng');
  });

  it('packs the CLI, the server, core and the templates, and serves them', async () => {
    tmp = await mkdtemp(join(tmpdir(), 'kehoach-release-local-'));
    const port = await freePort();
    const started = await startUntil(
      process.execPath,
      [BIN, '--dir', join(tmp, 'registry'), '--out', join(tmp, 'packages'), '--listen', `127.0.0.1:${port}`],
      process.env,
      /registry running: (\S+)/,
    );
    server = started.child;
    url = started.match[1] as string;
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    const tarballs = await readdir(join(tmp, 'packages'));
    for (const name of ['kehoach-cli-0.1.0.tgz', 'kehoach-lsp-0.1.0.tgz', 'kehoach-core-0.1.0.tgz', 'kehoach-template-commune-1.0.0.tgz', 'kehoach-template-province-1.0.0.tgz']) {
      expect(tarballs).toContain(name);
    }
    // The publishing line the province is told to use on this machine.
    const publishLine = /NPM_CONFIG_USERCONFIG=(\S+) npx @changesets\/cli publish/.exec(started.output());
    expect(publishLine, started.output()).not.toBeNull();
    publishWith = publishLine?.[1] as string;

    // As the README says: export npm_config_registry once, then plain npm commands.
    const home = join(tmp, 'home');
    await mkdir(home);
    const env = userEnv({ HOME: home, npm_config_registry: url, npm_config_cache: join(tmp, 'npm-cache') });
    sh = (cwd, cmd, args, extra = {}) => run(cmd, args, cwd, { ...env, ...extra });
  });

  it('a commune installs the CLI into an empty folder and plans over a template installed by the CLI’s own hint', async () => {
    expect(url, 'the registry started').not.toBe('');
    xa = join(tmp as string, 'xa-duong-quan');
    await mkdir(xa);
    ok(await sh(xa, 'npm', ['init', '-y']), 'npm init');
    ok(await sh(xa, 'npm', ['install', '@kehoach/cli', '@kehoach/lsp']), 'npm install @kehoach/cli @kehoach/lsp');
    expect(ok(await sh(xa, 'npx', ['kehoach', '--version']), 'kehoach --version').stdout.trim()).toBe('0.1.0');
    expect(ok(await sh(xa, 'npx', ['kehoach-lsp', '--version']), 'kehoach-lsp --version').stdout.trim()).toBe('kehoach-lsp 0.1.0');

    // `kehoach new` before the template is installed: its hint, run as written, installs it.
    const newArgs = ['kehoach', 'new', '--template', '@kehoach/template-commune', '--issuer', 'Ủy ban nhân dân xã Dương Quan', '--year', '2026'];
    const missing = await sh(xa, 'npx', newArgs);
    expect(missing.code).toBe(2);
    const hint = /: (npm install @kehoach\/template-commune --registry \S+)$/m.exec(missing.stderr);
    expect(hint, missing.stderr).not.toBeNull();
    expect(hint?.[1]).toBe(`npm install @kehoach/template-commune --registry ${url}`);
    const [cmd, ...args] = words(hint?.[1] as string);
    ok(await sh(xa, cmd as string, args), hint?.[1] as string);
    const created = ok(await sh(xa, 'npx', newArgs), 'kehoach new');
    expect(created.stdout).toContain('Đã tạo ke-hoach-2026.kehoach.yaml theo mẫu @kehoach/template-commune@^1.0.0');
    const plan = await readFile(join(xa, 'ke-hoach-2026.kehoach.yaml'), 'utf8');
    expect(plan).toContain('extends: "@kehoach/template-commune@^1.0.0"');
    // The blanks of the template are what is left to fill, nothing else.
    const checked = await sh(xa, 'npx', ['kehoach', 'validate', 'ke-hoach-2026.kehoach.yaml', '--format', 'json']);
    expect(checked.code, checked.stderr).toBe(1);
    const rules = new Set((JSON.parse(checked.stdout)[0].messages as { ruleId: string }[]).map((m) => m.ruleId));
    expect([...rules]).toEqual(['template-placeholder']);
  });

  it('the province publishes its fork with changesets by the hints kehoach fork prints', async () => {
    expect(url, 'the registry started').not.toBe('');
    const tinh = join(tmp as string, 'mau-quang-ngai');
    await mkdir(tinh);
    ok(await sh(tinh, 'git', ['init', '-q']), 'git init');
    await writeFile(join(tinh, 'package.json'), `${JSON.stringify({ name: 'mau-quang-ngai', private: true, workspaces: ['packages/*'] }, null, 2)}\n`);
    ok(await sh(tinh, 'npm', ['install', '@kehoach/cli', '@kehoach/template-commune']), 'npm install in the province workspace');
    const forked = ok(
      await sh(tinh, 'npx', ['kehoach', 'fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune', '--dir', 'packages/template-commune']),
      'kehoach fork',
    );
    const init = /(npx @changesets\/cli init)/.exec(forked.stdout)?.[1];
    const publish = /(npx @changesets\/cli publish)/.exec(forked.stdout)?.[1];
    expect(init, forked.stdout).toBeDefined();
    expect(publish, forked.stdout).toBeDefined();
    expect(forked.stdout).not.toMatch(/npx changeset\b/);
    ok(await sh(tinh, 'npm', ['install']), 'npm install (links the fork)');
    ok(await sh(tinh, 'npx', ['kehoach', 'validate', 'packages/template-commune/template.yaml']), 'kehoach validate the fork');
    ok(await sh(tinh, ...(split(init as string))), init as string);
    const published = ok(await sh(tinh, ...split(publish as string), { NPM_CONFIG_USERCONFIG: publishWith }), publish as string);
    expect(published.stdout + published.stderr).toContain('@quang-ngai/template-commune@1.0.0');
    const packument = (await (await fetch(`${url}@quang-ngai%2ftemplate-commune`)).json()) as { versions: Record<string, unknown> };
    expect(Object.keys(packument.versions)).toEqual(['1.0.0']);
  });

  it('the commune plans over the province’s fork; Ctrl+C stops the registry', async () => {
    expect(xa, 'the commune step ran').not.toBe('');
    ok(await sh(xa, 'npm', ['install', '@quang-ngai/template-commune']), 'npm install the fork');
    ok(await sh(xa, 'npx', ['kehoach', 'new', '--template', '@quang-ngai/template-commune', '--year', '2026', '-o', 'ke-hoach-tinh.kehoach.yaml']), 'kehoach new over the fork');
    const resolved = JSON.parse(ok(await sh(xa, 'npx', ['kehoach', 'resolve', 'ke-hoach-tinh.kehoach.yaml', '--format', 'json']), 'kehoach resolve').stdout);
    expect(resolved.layers.map((l: { role: string }) => l.role)).toEqual(['base', 'fork', 'plan']);

    // Ctrl+C stops the registry cleanly.
    const exited = new Promise<number | null>((resolve) => server?.once('exit', (code) => resolve(code)));
    server?.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

function split(command: string): [string, string[]] {
  const [cmd, ...args] = words(command);
  return [cmd as string, args];
}
