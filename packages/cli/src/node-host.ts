import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { lstat, readlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { canonicalPath, decodeUtf8, type LinkView, type ProjectHost, type SyntaxProblem } from '@kehoach/core';
import { toPosix } from './paths.js';

/**
 * Bytes read at most from one file. Core refuses texts over 8 MiB characters without
 * parsing them; a UTF-8 character is at most 3 bytes per UTF-16 unit, so a 64 MiB
 * prefix is always "too large" for core too, and a huge file never fills memory.
 */
export const READ_LIMIT = 64 * 1024 * 1024;

export interface FileEntry {
  /** Decoded text, without the byte order mark. */
  text: string;
  problems: SyntaxProblem[];
  /** The file started with a UTF-8 byte order mark (kept when writing fixes). */
  bom: boolean;
  /** Only a prefix was read: never write this text back. */
  truncated: boolean;
}

/**
 * The CLI's window on the disk for core: reads each file once, decodes it with core's
 * `decodeUtf8` (so invalid bytes become a located diagnostic, not a crash) and keeps
 * why a read failed, for an I/O error message instead of a silent skip.
 *
 * Reads are synchronous, as in other command-line checkers: a plan is a few kilobytes,
 * and an asynchronous read is five trips through libuv's thread pool (stat, open,
 * fstat, read, close). Reading the country benchmark's 3,390 files took 0.8 s that way,
 * a quarter of it waiting; read in one go, about 0.2 s.
 */
export class NodeHost implements ProjectHost {
  private readonly entries = new Map<string, Promise<FileEntry | undefined>>();
  private readonly failures = new Map<string, unknown>();
  /** Entries already read, for the synchronous `problemsOf`. */
  private readonly settled = new Map<string, FileEntry>();
  /** Names in each folder asked about: most lookups (a config in every folder) find nothing. */
  private readonly listings = new Map<string, Set<string> | undefined>();

  constructor(readonly root: string) {}

  async readFile(path: string): Promise<string | undefined> {
    return (await this.entry(path))?.text;
  }

  /** Where `path` really leads, every symbolic link followed (for core's containment policy). */
  realpath(path: string): Promise<string> {
    return canonicalPath(path, DISK_LINKS);
  }

  problemsOf(path: string): readonly SyntaxProblem[] | undefined {
    const problems = this.settled.get(path)?.problems;
    return problems?.length ? problems : undefined;
  }

  /** The read error of `path`, when it exists but could not be read. */
  failureOf(path: string): unknown {
    return this.failures.get(path);
  }

  entry(path: string): Promise<FileEntry | undefined> {
    let hit = this.entries.get(path);
    if (!hit) {
      hit = Promise.resolve(this.load(path));
      this.entries.set(path, hit);
    }
    return hit;
  }

  /** The names in folder `dir`, as a walk of it just listed them: no second listing for the config lookups. */
  noteListing(dir: string, names: Iterable<string>): void {
    this.listings.set(dir, new Set(names));
  }

  /** The folders listed so far, for a worker thread's host (`noteListing` each). */
  listed(): [string, string[]][] {
    const out: [string, string[]][] = [];
    for (const [dir, names] of this.listings) if (names) out.push([dir, [...names]]);
    return out;
  }

  /** After a fix is written: the new text is what every later read sees. */
  setText(path: string, text: string): void {
    const old = this.settled.get(path);
    const entry: FileEntry = { text, problems: [], bom: old?.bom ?? false, truncated: false };
    this.settled.set(path, entry);
    this.entries.set(path, Promise.resolve(entry));
  }

  /**
   * The file (or folder) at `path` changed on disk (`kehoach validate --watch`): what was
   * read of it, of anything under it, and the listing of its folder, is read again.
   */
  forget(path: string): void {
    const under = `${path}/`;
    for (const map of [this.entries, this.failures, this.settled, this.listings] as Map<string, unknown>[]) {
      for (const key of [...map.keys()]) if (key === path || key.startsWith(under)) map.delete(key);
    }
    this.listings.delete(dirname(path));
  }

  /**
   * Let go of the text read from `path` (a checked file nothing else needs); a later
   * read reads it again. Read failures are kept for the report.
   */
  release(path: string): void {
    this.entries.delete(path);
    this.settled.delete(path);
  }

  /**
   * Whether `path` may exist: false only when its folder was listed and lacks the name,
   * which spares a failed system call (and its exception) per missing config file.
   */
  private mayExist(path: string): boolean {
    const dir = dirname(path);
    let listing = this.listings.get(dir);
    if (!this.listings.has(dir)) {
      try {
        listing = new Set(readdirSync(dir));
      } catch {
        listing = undefined;
      }
      this.listings.set(dir, listing);
    }
    return listing === undefined || listing.has(path.slice(dir.length + 1));
  }

  private load(path: string): FileEntry | undefined {
    let bytes: Uint8Array;
    let truncated = false;
    if (!this.mayExist(path)) return undefined;
    try {
      // Stat first: opening a named pipe that happens to end in .yaml would wait forever.
      const info = statSync(path);
      if (!info.isFile()) return undefined;
      if (info.size > READ_LIMIT) {
        bytes = readPrefix(path, READ_LIMIT);
        truncated = true;
      } else bytes = readFileSync(path);
    } catch (error) {
      // A missing file is an ordinary answer (a link to nowhere); anything else is kept.
      if ((error as { code?: string }).code !== 'ENOENT' && (error as { code?: string }).code !== 'ENOTDIR') {
        this.failures.set(path, error);
      }
      return undefined;
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const decoded = decodeUtf8(bytes);
    // TextDecoder drops a leading BOM already; strip it anyway should that ever change.
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const entry: FileEntry = { text, problems: decoded.problems, bom, truncated };
    this.settled.set(path, entry);
    return entry;
  }
}

/** The disk as core's link resolution sees it (paths with forward slashes work on every platform). */
export const DISK_LINKS: LinkView = {
  async kind(path) {
    try {
      return (await lstat(path)).isSymbolicLink() ? 'link' : 'other';
    } catch {
      return 'missing';
    }
  },
  async readLink(path) {
    try {
      return await readlink(path);
    } catch {
      return undefined;
    }
  },
};

/** Read the first `limit` bytes, cut back to a character boundary (no false NOT_UTF8). */
function readPrefix(path: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(limit);
    let end = 0;
    for (let n; end < limit && (n = readSync(fd, buffer, end, limit - end, end)) > 0; ) end += n;
    while (end > 0 && ((buffer[end - 1] as number) & 0xc0) === 0x80) end--;
    if (end > 0 && (buffer[end - 1] as number) >= 0xc0) end--;
    return buffer.subarray(0, end);
  } finally {
    closeSync(fd);
  }
}

/**
 * The nearest ancestor of `cwd` holding a .git folder (or file), else cwd.
 * @deprecated The CLI finds the project root by core's policy (project-root.ts), from
 * the folders it is given; kept for programs that import it.
 */
export function findRoot(cwd: string): string {
  let dir = cwd;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return toPosix(dir);
    const up = dirname(dir);
    if (up === dir) return toPosix(cwd);
    dir = up;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
