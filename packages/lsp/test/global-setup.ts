/**
 * The protocol and Neovim tests start the built `dist/server.js` (the `kehoach-lsp`
 * binary). turbo builds before it tests, but `npx vitest run` on a fresh clone or
 * after an edit of src/ must not test an old binary: build what is missing or stale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function build(dir: string, what: string): void {
  // tsup comes from the workspace root, like every package's build script uses it.
  const manifest = createRequire(join(dir, 'package.json')).resolve('tsup/package.json');
  const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin.tsup as string;
  const tsup = join(dirname(manifest), bin);
  const run = spawnSync(process.execPath, [tsup], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`building ${what} failed (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
}

export default function setup(): void {
  // The server imports @kehoach/core from its dist.
  const core = realpathSync(join(PACKAGE, 'node_modules', '@kehoach', 'core'));
  if (!existsSync(join(core, 'dist', 'index.js'))) build(core, '@kehoach/core');

  const server = join(PACKAGE, 'dist', 'server.js');
  const built = existsSync(server) ? statSync(server).mtimeMs : 0;
  const sources = Math.max(newest(join(PACKAGE, 'src')), newest(join(PACKAGE, 'package.json')), newest(join(PACKAGE, 'tsup.config.ts')));
  if (built < sources) build(PACKAGE, '@kehoach/lsp');
  if (!existsSync(server)) throw new Error(`${server} is still missing after the build`);
}
