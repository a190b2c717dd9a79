import { parse } from 'yaml';
import { detectDocumentKind, type DocumentKind } from '../model/document-kind.js';
import { CONFIG_FILE_NAMES } from '../schema/config.js';
import type { ConfigResolver } from './config-resolver.js';
import { globMatcher, type GlobMatcher } from './glob.js';
import { dirname, isInside, joinPath, normalizePath, relativePath } from './paths.js';

/**
 * The project policy every host follows — `kehoach validate`, the Node language server
 * and the server in a browser worker — so that the editor says exactly what CI says:
 *
 * - the project root (`findProjectRoot`): the nearest folder, from the folder the user
 *   gave (the CLI's inputs, the editor's workspace folder) upwards, whose
 *   kehoach.config.yaml says `root: true`; else the repository (the folder holding
 *   `.git`); else the folder given. Never the working directory of the process;
 * - which files are the project's (`isSkippedFolder`, `projectFileKind`, `IgnoreRules`):
 *   YAML files core recognises, outside dependency, build and dot folders, that no
 *   `ignore:` pattern of the configs in effect excludes — unless the user named the
 *   file itself, or a folder the pattern covers;
 * - how references resolve: paths through the containment policy (containment.ts),
 *   a `parent.ref` without a path among the project's plans (catalog.ts).
 */

/** What finding the root asks of a host: whether a path exists, and a file's text. */
export interface RootProbe {
  exists(path: string): Promise<boolean>;
  readFile(path: string): Promise<string | undefined>;
}

/** Folders never searched for plans: dependencies, build output, and dot folders (.git, .vscode...). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out', 'coverage']);

export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name) || name.startsWith('.');
}

/** A YAML file name (the only files a project holds). */
export const YAML_FILE = /\.ya?ml$/i;

/**
 * Whether a file found under `folder` lies in a folder the search skips (a listing that
 * could not skip them itself, such as the browser's workspace search).
 */
export function inSkippedFolder(folder: string, path: string): boolean {
  if (!isInside(folder, path)) return false;
  const parts = relativePath(folder, path).split('/');
  return parts.slice(0, -1).some(isSkippedFolder);
}

/** The kind of a project file: its name and first lines, as `detectDocumentKind` reads them. */
export function projectFileKind(path: string, text: string): DocumentKind | undefined {
  return YAML_FILE.test(path) ? detectDocumentKind(path, text) : undefined;
}

/** The project root for `folder`: see the policy above. Absolute paths, forward slashes. */
export async function findProjectRoot(folder: string, probe: RootProbe): Promise<string> {
  const start = normalizePath(folder);
  let dir = start;
  for (let guard = 0; guard < 256; guard++) {
    for (const name of CONFIG_FILE_NAMES) {
      const text = await probe.readFile(joinPath(dir, name)).catch(() => undefined);
      if (text !== undefined && declaresRoot(text)) return dir;
    }
    if (await probe.exists(joinPath(dir, '.git')).catch(() => false)) return dir;
    const up = dirname(dir);
    if (up === dir || up === '.') break;
    dir = up;
  }
  return start;
}

function declaresRoot(text: string): boolean {
  try {
    const value = parse(text) as { root?: unknown } | null;
    return value?.root === true;
  } catch {
    return false;
  }
}

/** The deepest folder holding every path (absolute paths, forward slashes). */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '/';
  const split = paths.map((p) => normalizePath(p).split('/'));
  const first = split[0] as string[];
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && parts[i] === first[i]) i++;
    n = i;
  }
  const joined = first.slice(0, n).join('/');
  return joined === '' ? '/' : joined;
}

/**
 * The `ignore:` globs of the configs in effect, each relative to its config's folder,
 * with .gitignore habits: a pattern naming a folder ignores what is under it, and a
 * pattern without "/" matches a name at any depth. A folder the user named (the CLI's
 * argument, the editor's workspace folder) that a pattern covers is checked all the
 * same: they asked for it.
 */
export class IgnoreRules {
  private readonly compiled = new Map<string, GlobMatcher>();

  constructor(private readonly configs: ConfigResolver) {}

  /** Whether `path` is ignored; `namedFolder` is the folder the user named, when it was found by walking one. */
  async ignored(path: string, namedFolder?: string): Promise<boolean> {
    const { ignore } = await this.configs.forDirectory(dirname(path));
    for (const { base, pattern } of ignore) {
      const rel = relativePath(base, path);
      if (outside(rel)) continue;
      const match = this.matcher(pattern);
      if (namedFolder !== undefined && this.covers(match, relativePath(base, namedFolder))) continue;
      if (this.covers(match, rel)) return true;
    }
    return false;
  }

  /** The path or one of its parent folders matches. */
  private covers(match: GlobMatcher, rel: string): boolean {
    if (rel === '.' || outside(rel)) return false;
    const parts = rel.split('/');
    for (let i = parts.length; i > 0; i--) if (match(parts.slice(0, i).join('/'))) return true;
    return false;
  }

  private matcher(pattern: string): GlobMatcher {
    let m = this.compiled.get(pattern);
    if (!m) {
      const clean = pattern.replace(/^\.\//, '').replace(/\/$/, '');
      if (clean.includes('/')) m = globMatcher(clean);
      else {
        // No slash: the name at any depth (the last part of the path).
        const name = globMatcher(clean);
        m = (p) => name(p.slice(p.lastIndexOf('/') + 1));
      }
      this.compiled.set(pattern, m);
    }
    return m;
  }
}

function outside(rel: string): boolean {
  return rel === '..' || rel.startsWith('../');
}
