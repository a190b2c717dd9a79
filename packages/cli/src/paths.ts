import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Core speaks forward slashes only (it also runs in browsers); convert at the border. */
export function toPosix(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/** `path` resolved against `cwd`, with forward slashes. */
export function absolute(cwd: string, path: string): string {
  return toPosix(isAbsolute(path) ? resolve(path) : resolve(cwd, path));
}

/** How a file is shown to the user: relative to the working directory when inside it. */
export function displayPath(cwd: string, path: string): string {
  const rel = toPosix(relative(cwd, path));
  return rel === '' ? '.' : rel;
}
