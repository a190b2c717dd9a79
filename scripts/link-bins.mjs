// Puts `kehoach` and `kehoach-lsp` on the PATH after the quick start's first command: a
// small shim for each, in npm's global bin folder (the one `npm install -g pnpm` just
// used, so it is on the PATH and writable), running this checkout's build. A command
// of the same name that is not one of our shims is left alone and reported.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const MARK = 'kehoach-shim';

/** The bins this checkout provides: name -> absolute path of its built script. */
export function repoBins(root) {
  return {
    kehoach: join(root, 'packages/cli/dist/bin.js'),
    'kehoach-lsp': join(root, 'packages/lsp/dist/server.js'),
  };
}

/** npm's global bin folder (`npm prefix -g` + /bin, or the prefix itself on Windows). */
export function globalBinDir(env = process.env) {
  // pnpm passes its own npm_config_* settings to scripts: npm must not read pnpm's.
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_(config|package|lifecycle)_/i.test(k) || /^npm_config_prefix$/i.test(k)));
  const r = spawnSync('npm', ['prefix', '-g'], { env: clean, encoding: 'utf8', shell: process.platform === 'win32' });
  const prefix = r.status === 0 ? r.stdout.trim() : '';
  if (!prefix) return undefined;
  return process.platform === 'win32' ? prefix : join(prefix, 'bin');
}

function shim(script) {
  if (process.platform === 'win32') return `@REM ${MARK}\r\n@node "${script}" %*\r\n`;
  return `#!/bin/sh\n# ${MARK}: this checkout's build (scripts/link-bins.mjs)\nexec node "${script}" "$@"\n`;
}

function ours(path) {
  try {
    return readFileSync(path, 'utf8').includes(MARK);
  } catch {
    return false;
  }
}

/**
 * Write the shims into `dir`. Returns, per bin, where it went or why not:
 * { name, path, status: 'linked' | 'kept-other' | 'failed', reason? }.
 */
export function linkBins(root, dir) {
  const out = [];
  for (const [name, script] of Object.entries(repoBins(root))) {
    const path = join(dir, process.platform === 'win32' ? `${name}.cmd` : name);
    if (existsSync(path) && !ours(path)) {
      out.push({ name, path, status: 'kept-other' });
      continue;
    }
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, shim(resolve(script)));
      chmodSync(path, 0o755);
      out.push({ name, path, status: 'linked' });
    } catch (error) {
      out.push({ name, path, status: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

export function onPath(dir, env = process.env) {
  const want = resolve(dir);
  return (env.PATH ?? '').split(delimiter).some((p) => p && resolve(p) === want);
}
