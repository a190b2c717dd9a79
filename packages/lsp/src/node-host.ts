import { existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { canonicalPath, decodeUtf8, isSkippedFolder, YAML_FILE, type LinkView, type SyntaxProblem } from '@kehoach/core';
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

  async sizeOf(path: string): Promise<number | undefined> {
    return (await fs.stat(path).catch(() => undefined))?.size;
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

/**
 * Directory entries (folders and files of every kind) the listing reads at most: only a
 * backstop for a workspace folder such as `/` or a home folder, far above any folder of
 * plans (a whole country with a year of reports is ~20,000 entries). How many of the
 * project's files the server keeps is the `kehoach.maxFiles` setting, which counts
 * those files only (service/project-files.ts).
 */
export const MAX_ENTRIES = 1_000_000;
/** Folder depth the listing descends to at most. */
const MAX_DEPTH = 24;

export interface ListingOptions {
  maxEntries?: number;
  /** Called once if the listing stopped at `maxEntries`, with the folder it was reading. */
  stopped?: (folder: string) => void;
}

/**
 * Every YAML file under the folders, as it is found — depth first, each folder's entries
 * in name order —, not descending into the folders core's project policy skips
 * (dependencies, build output, dot folders); the server keeps the project's files among
 * them (service/project-files.ts) and stops asking once it has as many as it may keep.
 */
export async function* listYamlFiles(folders: readonly string[], options: ListingOptions = {}): AsyncGenerator<string> {
  const max = options.maxEntries ?? MAX_ENTRIES;
  let seen = 0;
  let stopped = false;
  async function* walk(dir: string, depth: number): AsyncGenerator<string> {
    if (depth > MAX_DEPTH || stopped) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (stopped) return;
      if (++seen > max) {
        stopped = true;
        options.stopped?.(dir);
        return;
      }
      const path = `${dir === '/' ? '' : dir}/${e.name}`;
      if (e.isDirectory()) {
        if (!isSkippedFolder(e.name)) yield* walk(path, depth + 1);
      } else if ((e.isFile() || e.isSymbolicLink()) && YAML_FILE.test(e.name)) yield path;
    }
  }
  for (const folder of folders) yield* walk(folder.replace(/\/+$/, '') || '/', 0);
}

export async function exists(path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * file:// URL of a rule's docs page, so links work offline: the docs that travel with
 * the server (`docs/rules/` next to its folder: the VS Code extension bundles them
 * there, as `dist/server.mjs` + `docs/rules/`), else those of the installed
 * @kehoach/core (the npm package).
 */
export function docsUrlResolver(serverDir: string = dirname(fileURLToPath(import.meta.url))): (ruleId: string) => string | undefined {
  let docsDir: string | undefined = join(serverDir, '..', 'docs', 'rules');
  if (!existsSync(docsDir)) {
    try {
      docsDir = join(dirname(createRequire(import.meta.url).resolve('@kehoach/core/package.json')), 'docs', 'rules');
    } catch {
      docsDir = undefined;
    }
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
