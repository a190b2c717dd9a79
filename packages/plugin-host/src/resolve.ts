import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { PluginNotFoundError } from '@kehoach/core';

const EXTENSIONS = ['', '.js', '.mjs', '.cjs'];

/**
 * The file a plugin specifier names, as Node would load it with `import()`: a path
 * relative to `base` (the folder of the config or template naming it), or an npm
 * package found in `node_modules` from `base` upwards. Throws PluginNotFoundError.
 */
export function resolvePlugin(specifier: string, base: string): string {
  const found = isPathLike(specifier) ? fromPath(resolve(base, specifier)) : fromPackage(specifier, base);
  if (!found) throw new PluginNotFoundError(specifier);
  return found;
}

function isPathLike(s: string): boolean {
  return s.startsWith('./') || s.startsWith('../') || s === '.' || s === '..' || isAbsolute(s);
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function fromPath(path: string): string | undefined {
  for (const ext of EXTENSIONS) if (isFile(path + ext)) return path + ext;
  if (existsSync(join(path, 'package.json'))) return packageEntry(path, '.');
  for (const ext of EXTENSIONS.slice(1)) if (isFile(join(path, `index${ext}`))) return join(path, `index${ext}`);
  return undefined;
}

function fromPackage(specifier: string, base: string): string | undefined {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = parts.length > nameLength ? `./${parts.slice(nameLength).join('/')}` : '.';
  for (let dir = resolve(base); ; dir = dirname(dir)) {
    const pkgDir = join(dir, 'node_modules', name);
    if (existsSync(join(pkgDir, 'package.json'))) return packageEntry(pkgDir, subpath);
    if (dirname(dir) === dir) return undefined;
  }
}

type Exports = string | null | { [key: string]: Exports } | Exports[];

function packageEntry(pkgDir: string, subpath: string): string | undefined {
  let pkg: { exports?: Exports; main?: string };
  try {
    pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as typeof pkg;
  } catch {
    return undefined;
  }
  if (pkg.exports !== undefined) {
    const target = exportTarget(pkg.exports, subpath);
    return target && isFile(join(pkgDir, target)) ? join(pkgDir, target) : undefined;
  }
  if (subpath !== '.') return fromPath(join(pkgDir, subpath));
  return fromPath(join(pkgDir, pkg.main ?? 'index.js'));
}

/** The `exports` target for a subpath under the conditions `import()` uses in Node. */
function exportTarget(exports: Exports, subpath: string): string | undefined {
  if (typeof exports === 'string' || Array.isArray(exports)) return subpath === '.' ? conditions(exports) : undefined;
  if (exports === null) return undefined;
  const keys = Object.keys(exports);
  if (keys.some((k) => k.startsWith('.'))) {
    const entry = exports[subpath];
    return entry === undefined ? undefined : conditions(entry);
  }
  return subpath === '.' ? conditions(exports) : undefined;
}

function conditions(value: Exports): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = conditions(v);
      if (t) return t;
    }
    return undefined;
  }
  for (const key of ['node', 'import', 'default']) {
    const v = value[key];
    if (v !== undefined) {
      const t = conditions(v);
      if (t) return t;
    }
  }
  return undefined;
}
