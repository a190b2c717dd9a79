import { readdir, stat } from 'node:fs/promises';
import { detectDocumentKind, dirname, relativePath, type ConfigResolver } from '@kehoach/core';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './errors.js';
import type { NodeHost } from './node-host.js';
import { absolute, toPosix } from './paths.js';

/** Folders never searched: dependencies, VCS data and build output hold no plans of ours. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist']);
const YAML_FILE = /\.ya?ml$/i;

export interface ExpandResult {
  /** Absolute paths (forward slashes), sorted, each once. */
  files: string[];
  /** Files that exist but could not be read or listed, with the error. */
  failures: { path: string; error: unknown }[];
}

interface Candidate {
  path: string;
  /** Named on the command line: checked whatever its name or the ignore patterns say. */
  explicit: boolean;
  /** The folder the user named, when found by walking it. */
  walkedFrom?: string;
}

/**
 * Turn command-line paths, folders and globs into the files to check. Folders and
 * globs keep only YAML files core recognises (plan, registry, config, template) that no
 * `ignore:` pattern of the configs in effect excludes; a file named explicitly is
 * always checked. A path that does not exist is a usage error.
 */
export async function expandInputs(inputs: readonly string[], cwd: string, host: NodeHost, configs: ConfigResolver): Promise<ExpandResult> {
  const candidates: Candidate[] = [];
  const failures: ExpandResult['failures'] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**', '**/dist/**'] });
      for (const path of found) if (YAML_FILE.test(path)) candidates.push({ path: toPosix(path), explicit: false });
      continue;
    }
    const path = absolute(cwd, input);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT' || (error as { code?: string }).code === 'ENOTDIR') {
        throw new CliError('pathNotFound', { path: input });
      }
      failures.push({ path, error });
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walk(path, failures)) candidates.push({ path: file, explicit: false, walkedFrom: path });
    } else candidates.push({ path, explicit: true });
  }

  const ignores = new IgnoreMatcher(configs);
  const files = new Set<string>();
  const failed = new Set(failures.map((f) => f.path));
  for (const c of candidates) {
    if (files.has(c.path) || failed.has(c.path)) continue;
    if (!c.explicit && (await ignores.ignored(c.path, c.walkedFrom))) continue;
    const entry = await host.entry(c.path);
    if (!entry) {
      const error = host.failureOf(c.path);
      if (error !== undefined) {
        failures.push({ path: c.path, error });
        failed.add(c.path);
      }
      continue;
    }
    if (c.explicit || detectDocumentKind(c.path, entry.text) !== undefined) files.add(c.path);
  }
  return { files: [...files].sort(), failures };
}

/** Every YAML file under `dir`, skipping dependency, VCS and build folders. */
async function walk(dir: string, failures: ExpandResult['failures']): Promise<string[]> {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length) {
    const current = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      failures.push({ path: current, error });
      continue;
    }
    for (const e of entries) {
      const path = `${current}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) pending.push(path);
      } else if (YAML_FILE.test(e.name) && (e.isFile() || e.isSymbolicLink())) {
        // Symlinked folders are not followed (no loops); symlinked files are read as files.
        out.push(path);
      }
    }
  }
  return out;
}

/**
 * The `ignore:` globs of the configs in effect, each relative to its config's folder,
 * with .gitignore habits: a pattern naming a folder ignores what is under it, and a
 * pattern without "/" matches a name at any depth.
 */
export class IgnoreMatcher {
  private readonly compiled = new Map<string, picomatch.Matcher>();

  constructor(private readonly configs: ConfigResolver) {}

  async ignored(path: string, walkedFrom: string | undefined): Promise<boolean> {
    const { ignore } = await this.configs.forDirectory(dirname(path));
    for (const { base, pattern } of ignore) {
      const rel = relativePath(base, path);
      if (outside(rel)) continue;
      const match = this.matcher(pattern);
      // The user named a folder the pattern covers: they asked for it, check it.
      if (walkedFrom !== undefined && this.covers(match, relativePath(base, walkedFrom))) continue;
      if (this.covers(match, rel)) return true;
    }
    return false;
  }

  /** The path or one of its parent folders matches. */
  private covers(match: picomatch.Matcher, rel: string): boolean {
    if (rel === '.' || outside(rel)) return false;
    const parts = rel.split('/');
    for (let i = parts.length; i > 0; i--) if (match(parts.slice(0, i).join('/'))) return true;
    return false;
  }

  private matcher(pattern: string): picomatch.Matcher {
    let m = this.compiled.get(pattern);
    if (!m) {
      const clean = pattern.replace(/^\.\//, '').replace(/\/$/, '');
      m = picomatch(clean, { dot: true, basename: !clean.includes('/') });
      this.compiled.set(pattern, m);
    }
    return m;
  }
}

function outside(rel: string): boolean {
  return rel === '..' || rel.startsWith('../');
}
