import { inSkippedFolder, isInside, ownString, planNumberOf, projectFileKind } from '@kehoach/core';
import type { Workspace } from './workspace.js';

/**
 * Which files the editor checks, by core's project policy — the one `kehoach validate`
 * follows: YAML files core recognises under the workspace folders, outside dependency,
 * build and dot folders, that no `ignore:` pattern of the configs in effect excludes. A
 * workspace folder the user opened counts as a folder they named: a pattern covering
 * the folder itself does not hide its files (as `kehoach validate examples/invalid`).
 */

/** Files read at once while scanning. */
const SCAN_READS = 16;
/** Only the name is looked at for larger files (core refuses to parse them anyway). */
export const MAX_SNIFF = 8 * 1024 * 1024;

export interface ProjectFile {
  path: string;
  /**
   * The plan number its text states (core's `planNumberOf`, for the catalog), a copy:
   * the text itself is let go once read — a workspace of 16,000 files is 60 MB of text,
   * which the scan held whole — and read again when the file is checked.
   */
  number: string | undefined;
}

/** The deepest workspace folder holding `path`. */
export function folderOf(folders: readonly string[], path: string): string | undefined {
  let best: string | undefined;
  for (const f of folders) if (isInside(f, path) && (best === undefined || f.length > best.length)) best = f;
  return best;
}

/** `path` with its plan number when it is one of the project's files, else undefined. */
export async function projectFile(ws: Workspace, folders: readonly string[], path: string): Promise<ProjectFile | undefined> {
  const folder = folderOf(folders, path);
  if (folder === undefined || inSkippedFolder(folder, path)) return undefined;
  const size = await ws.sizeOnDisk(path);
  const text = size !== undefined && size > MAX_SNIFF ? '' : await ws.readDisk(path);
  if (text === undefined || projectFileKind(path, text) === undefined) return undefined;
  if (await ws.ignore.ignored(path, folder).catch(() => false)) return undefined;
  const number = planNumberOf(text);
  return { path, number: number === undefined ? undefined : ownString(number) };
}

/** The project's files found by a scan, and where it stopped when there were more than it may keep. */
export interface ScanResult {
  /** In the order the candidates were listed. */
  files: ProjectFile[];
  /** The first project file left out (the scan found more than `maxFiles`), if any. */
  cutOff?: string;
}

/**
 * Of `candidates` (the YAML files listed under the folders, as a list or as they are
 * found), the project's files, in the order given: at most `maxFiles` of them. Only
 * the project's files count — not folders, nor YAML files that are not plans,
 * reports, registries, templates or configs, nor ignored ones. Once one more than
 * `maxFiles` is found, no further candidate is read (a lazy listing stops walking).
 */
export async function projectFiles(
  ws: Workspace,
  folders: readonly string[],
  candidates: Iterable<string> | AsyncIterable<string>,
  maxFiles = Infinity,
): Promise<ScanResult> {
  const iterator: Iterator<string> | AsyncIterator<string> =
    Symbol.asyncIterator in candidates ? candidates[Symbol.asyncIterator]() : (candidates as Iterable<string>)[Symbol.iterator]();
  const found: (ProjectFile | undefined)[] = [];
  let next = 0;
  let count = 0;
  let done = false;
  const reader = async (): Promise<void> => {
    while (!done) {
      // The index is taken before asking: a listing answers its callers in the order they asked.
      const i = next++;
      const item = await iterator.next();
      if (item.done) {
        done = true;
        return;
      }
      const file = await projectFile(ws, folders, item.value).catch(() => undefined);
      found[i] = file;
      // Every file listed before this one is read or being read: the first `maxFiles + 1` are among them.
      if (file && ++count > maxFiles) done = true;
    }
  };
  await Promise.all(Array.from({ length: SCAN_READS }, reader));
  await iterator.return?.();
  const files = found.filter((f): f is ProjectFile => f !== undefined);
  if (files.length <= maxFiles) return { files };
  return { files: files.slice(0, maxFiles), cutOff: (files[maxFiles] as ProjectFile).path };
}
