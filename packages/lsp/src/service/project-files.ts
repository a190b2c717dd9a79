import { inSkippedFolder, isInside, ownString, planNumberOf, projectFileKind } from '@kehoach/core';
import { eachLimited } from './pool.js';
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

/** Of `candidates` (the YAML files listed under the folders), the project's files, in the order given. */
export async function projectFiles(ws: Workspace, folders: readonly string[], candidates: readonly string[]): Promise<ProjectFile[]> {
  const found = new Array<ProjectFile | undefined>(candidates.length);
  await eachLimited(candidates, SCAN_READS, async (path, i) => {
    found[i] = await projectFile(ws, folders, path).catch(() => undefined);
  });
  return found.filter((f): f is ProjectFile => f !== undefined);
}
