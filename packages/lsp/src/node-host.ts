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

const MAX_FILES = 20_000;

/**
 * Every YAML file under the folders, not descending into the folders core's project
 * policy skips (dependencies, build output, dot folders); the server keeps the project's
 * files among them (service/project-files.ts).
 */
export async function listYamlFiles(folders: readonly string[]): Promise<string[]> {
  const out: string[] = [];
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
        if (!isSkippedFolder(e.name)) await walk(path, depth + 1);
      } else if ((e.isFile() || e.isSymbolicLink()) && YAML_FILE.test(e.name)) out.push(path);
    }
  };
  for (const folder of folders) await walk(folder.replace(/\/+$/, '') || '/', 0);
  return out;
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
