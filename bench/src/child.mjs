// Runs measure-child.mjs in a fresh process and returns its one JSON line.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./measure-child.mjs', import.meta.url));

/** One measurement in a fresh process (see measure-child.mjs). */
export function measure(mode, path) {
  const out = execFileSync(process.execPath, [child, mode, path], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1));
}
