import { existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { canonicalPath, decodeUtf8, detectDocumentKind, type LinkView, type SyntaxProblem } from '@kehoach/core';
import { eachLimited } from './service/pool.js';
import type { FileSystem } from './service/workspace.js';

/**
 * The server's side of the file system: files that are not open are read from disk
 * (bytes decoded as core wants, invalid UTF-8 reported where it sits).
 */
export class DiskFileSystem implements FileSystem {
  private readonly problems = new Map<string, readonly SyntaxProblem[]>();

  async readFile(path: string): Promise<string | undefined> {
    try {
      const bytes = await fs.readFile(path);
      const { text, problems } = decodeUtf8(bytes);
      if (problems.length) this.problems.set(path, problems);
      else this.problems.delete(path);
      return text;
    } catch {
      return undefined;
    }
  }

  problemsOf(path: string): readonly SyntaxProblem[] | undefined {
    return this.problems.get(path);
  }

  /** Where `path` really leads, every symbolic link followed (for core's containment policy). */
  realpath(path: string): Promise<string> {
    return canonicalPath(path, DISK_LINKS);
  }
}

/** The disk as core's link resolution sees it. */
const DISK_LINKS: LinkView = {
  async kind(path) {
    try {
      return (await fs.lstat(path)).isSymbolicLink() ? 'link' : 'other';
    } catch {
      return 'missing';
    }
  },
  async readLink(path) {
    try {
      return await fs.readlink(path);
    } catch {
      return undefined;
    }
  },
};

const SKIP_DIRS = new Set(['node_modules', 'dist', 'out', 'coverage']);
const MAX_FILES = 20_000;
/** Files read at once while scanning. */
const SCAN_READS = 16;
/** Only the name is checked for larger files (core refuses to parse them anyway). */
const MAX_SNIFF = 8 * 1024 * 1024;

/** Plans, registries, configs and templates under the folders; skips node_modules, dist and dot-folders. */
export async function scanWorkspace(folders: string[], fileSystem: DiskFileSystem): Promise<string[]> {
  const candidates: string[] = [];
  let seen = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 24 || seen > MAX_FILES) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (++seen > MAX_FILES) return;
      const path = `${dir === '/' ? '' : dir}/${e.name}`;
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) await walk(path, depth + 1);
      } else if (e.isFile() && /\.ya?ml$/i.test(e.name)) {
        candidates.push(path);
      }
    }
  };
  for (const folder of folders) await walk(folder.replace(/\/+$/, '') || '/', 0);
  // Read a few files at a time: one by one, a country's 3,390 plans took seconds of waiting.
  const kept = new Array<boolean>(candidates.length).fill(false);
  await eachLimited(candidates, SCAN_READS, async (path, i) => {
    const size = (await fs.stat(path).catch(() => undefined))?.size ?? 0;
    const text = size > MAX_SNIFF ? '' : ((await fileSystem.readFile(path)) ?? '');
    kept[i] = detectDocumentKind(path, text) !== undefined;
  });
  return candidates.filter((_, i) => kept[i]);
}

/** The deepest folder holding every path (the Project's root). */
export function commonRoot(paths: string[]): string {
  if (paths.length === 0) return '/';
  const split = paths.map((p) => p.replace(/\/+$/, '').split('/'));
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

/** file:// URL of a rule's docs page in the installed @kehoach/core, so links work offline. */
export function docsUrlResolver(): (ruleId: string) => string | undefined {
  let docsDir: string | undefined;
  try {
    docsDir = join(dirname(createRequire(import.meta.url).resolve('@kehoach/core/package.json')), 'docs', 'rules');
  } catch {
    docsDir = undefined;
  }
  const cache = new Map<string, string | undefined>();
  return (ruleId) => {
    if (!docsDir || !/^[a-z0-9-]+$/.test(ruleId)) return undefined;
    if (!cache.has(ruleId)) {
      const file = join(docsDir, `${ruleId}.md`);
      cache.set(ruleId, existsSync(file) ? pathToFileURL(file).href : undefined);
    }
    return cache.get(ruleId);
  };
}

/**
 * V8's full collection, reached without starting node with --expose-gc: the flag is
 * set now and a fresh context gets the `gc` function it installs. Undefined if the
 * runtime refuses (see MemoryKeeper for why the server asks for one).
 */
export function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => void (gc as () => unknown)() : undefined;
  } catch {
    return undefined;
  }
}
