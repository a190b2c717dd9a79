import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface RegistryOptions {
  /** Folder for the config, the storage, the accounts and the publisher's npmrc. */
  dir: string;
  host: string;
  port: number;
  /** Registry to fetch everything else from (zod, yaml...), or undefined for none. */
  uplink?: string;
  /** Scopes served from this registry only, never from the uplink (besides @kehoach). */
  scopes: string[];
}

export interface RunningRegistry {
  url: string;
  /** npmrc holding this registry and the publisher's token. */
  npmrc: string;
  token: string;
  stop(): Promise<void>;
}

/**
 * Verdaccio's config: @kehoach/* and the given scopes are this registry's own (never
 * looked up upstream, so nobody else's package of that name can slip in); every other
 * package comes through the uplink and is kept in the storage.
 */
export function verdaccioConfig(options: RegistryOptions, env: NodeJS.ProcessEnv = process.env): string {
  const own = ['@kehoach/*', ...options.scopes.map((s) => `${s.replace(/\/.*$/, '')}/*`)];
  const rule = (proxy: boolean): string =>
    `    access: $all\n    publish: $authenticated\n    unpublish: $authenticated\n${proxy ? '    proxy: upstream\n' : ''}`;
  const proxies = ['https_proxy', 'http_proxy', 'no_proxy']
    .map((k) => [k, env[k] ?? env[k.toUpperCase()]] as const)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`)
    .join('');
  return `# Registry của tỉnh cho kehoach (pnpm release:local). / A province registry for kehoach.
storage: ${JSON.stringify(join(options.dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(options.dir, 'htpasswd'))}
    max_users: 1000
uplinks:
${options.uplink ? `  upstream:\n    url: ${JSON.stringify(options.uplink)}\n    timeout: 120s\n` : '  {}\n'}packages:
${own.map((p) => `  '${p}':\n${rule(false)}`).join('')}  '**':
${rule(options.uplink !== undefined)}server:
  keepAliveTimeout: 60
web:
  enable: false
${proxies}log: { type: stdout, format: pretty, level: warn }
`;
}

function verdaccioBin(): string {
  return join(dirname(require.resolve('verdaccio/package.json')), 'bin', 'verdaccio');
}

/** Start verdaccio, wait until it answers, log the publisher in (creating it the first time). */
export async function startRegistry(options: RegistryOptions): Promise<RunningRegistry> {
  mkdirSync(join(options.dir, 'storage'), { recursive: true });
  const config = join(options.dir, 'config.yaml');
  writeFileSync(config, verdaccioConfig(options));
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const url = `http://${host}:${options.port}/`;
  const child: ChildProcess = spawn(process.execPath, [verdaccioBin(), '--config', config, '--listen', `${options.host}:${options.port}`], {
    cwd: options.dir,
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
    // A hang guard, not a speed limit: ten minutes.
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`verdaccio dừng / stopped:\n${output.trim()}`);
      if (i > 6000) throw new Error(`verdaccio không trả lời ở / does not answer at ${url}:\n${output.trim()}`);
      const ok = await fetch(`${url}-/ping`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const npmrc = join(options.dir, 'npmrc');
    const token = await publisherToken(options.dir, url);
    writeFileSync(npmrc, `registry=${url}\n//${host}:${options.port}/:_authToken=${token}\n`, { mode: 0o600 });
    return { url, npmrc, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The publisher account of this registry (random password kept in publisher.json), logged in. */
async function publisherToken(dir: string, url: string): Promise<string> {
  const file = join(dir, 'publisher.json');
  let account = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name: string; password: string }) : undefined;
  if (!account) {
    account = { name: 'kehoach-publisher', password: randomBytes(18).toString('base64url') };
    writeFileSync(file, `${JSON.stringify(account, null, 2)}\n`, { mode: 0o600 });
  }
  // The first time this creates the account; after that verdaccio answers 409 and logs in
  // only with the password as basic authentication (as `npm login` does).
  const login = (basic: boolean): Promise<Response> =>
    fetch(`${url}-/user/org.couchdb.user:${account.name}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        ...(basic ? { authorization: `Basic ${Buffer.from(`${account.name}:${account.password}`).toString('base64')}` } : {}),
      },
      body: JSON.stringify({ name: account.name, password: account.password, email: 'publisher@kehoach.invalid' }),
    });
  let res = await login(false);
  if (res.status === 409) res = await login(true);
  const token = ((await res.json().catch(() => ({}))) as { token?: string }).token;
  if (!token) throw new Error(`registry không cho tài khoản phát hành đăng nhập / refused the publisher account (${res.status}); xóa / delete ${file} và ${join(dir, 'htpasswd')} nếu đã đổi / if changed`);
  return token;
}

/** The versions of `name` this registry holds (its own storage; an unknown name holds none). */
export async function publishedVersions(url: string, name: string): Promise<string[]> {
  const res = await fetch(`${url}${name.replace('/', '%2f')}`);
  if (!res.ok) return [];
  return Object.keys(((await res.json()) as { versions?: Record<string, unknown> }).versions ?? {});
}
