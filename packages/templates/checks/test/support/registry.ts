import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Where a tool lives, or a clear failure naming what to install. */
export function toolPath(pkg: string, bin: string, hint: string): string {
  try {
    return join(dirname(require.resolve(`${pkg}/package.json`)), bin);
  } catch {
    throw new Error(`${pkg} is not installed (${hint}). Run "pnpm install" at the repository root.`);
  }
}

export const VERDACCIO = (): string => toolPath('verdaccio', 'bin/verdaccio', 'verdaccio 5.x, a devDependency of @kehoach/template-checks');
export const CHANGESET = (): string => {
  // The repository root declares @changesets/cli; resolve it from there.
  const root = createRequire(join(dirname(require.resolve('@kehoach/cli/package.json')), '../../package.json'));
  try {
    return join(dirname(root.resolve('@changesets/cli/package.json')), 'bin.js');
  } catch {
    throw new Error('@changesets/cli is not installed (a devDependency of the repository root). Run "pnpm install".');
  }
};
export const KEHOACH = (): string => join(dirname(require.resolve('@kehoach/cli/package.json')), 'dist/bin.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command to completion; never throws on a non-zero exit (the test asserts it). */
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Registry {
  url: string;
  /** Environment for npm/changesets/kehoach children: this registry only, logged in. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * A real verdaccio on 127.0.0.1 with its own storage and no uplink: nothing is ever
 * fetched from another registry, so the test needs no network.
 */
export async function startRegistry(dir: string): Promise<Registry> {
  const bin = VERDACCIO();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  await mkdir(join(dir, 'storage'), { recursive: true });
  const config = join(dir, 'config.yaml');
  await writeFile(
    config,
    `storage: ${JSON.stringify(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: 10
uplinks: {}
packages:
  '@*/*':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  '**':
    access: $all
    publish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`,
  );
  const child: ChildProcess = spawn(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString('utf8')));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await waitFor(async () => (await fetch(`${url}-/ping`)).ok, () => `verdaccio did not start on ${url}:\n${output}`, () => child.exitCode !== null);
    const res = await fetch(`${url}-/user/org.couchdb.user:kehoach`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'kehoach', password: 'kehoach-e2e', email: 'e2e@kehoach.invalid' }),
    });
    const token = ((await res.json()) as { token?: string }).token;
    if (!token) throw new Error(`verdaccio refused to create the test user (${res.status})`);
    const npmrc = join(dir, 'npmrc');
    await writeFile(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    const env: NodeJS.ProcessEnv = {};
    // npm settings pnpm passes to its children (registry, user config...) must not leak in.
    for (const [k, v] of Object.entries(process.env)) if (!/^npm_|^pnpm_/i.test(k)) env[k] = v;
    Object.assign(env, {
      npm_config_userconfig: npmrc,
      npm_config_registry: url,
      npm_config_cache: join(dir, 'npm-cache'),
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      CI: 'true',
    });
    return { url, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitFor(probe: () => Promise<boolean>, message: () => string, dead: () => boolean): Promise<void> {
  // A hang guard (ten minutes), not a speed limit.
  for (let i = 0; i < 6000; i++) {
    if (dead()) break;
    try {
      if (await probe()) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(message());
}
