import { readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { IgnoreRules, isSkippedFolder, projectFileKind, YAML_FILE, type ConfigResolver, type PlanCatalog } from '@kehoach/core';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './errors.js';
import type { NodeHost } from './node-host.js';
import { absolute, toPosix } from './paths.js';


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
 * Turn command-line paths, folders and globs into the files to check, by core's project
 * policy (the editor's workspace scan follows the same one): folders and globs keep
 * only YAML files core recognises (plan, registry, config, template) outside skipped
 * folders that no `ignore:` pattern of the configs in effect excludes; a file named
 * explicitly is always checked. A path that does not exist is a usage error.
 */
export async function expandInputs(
  inputs: readonly string[],
  cwd: string,
  host: NodeHost,
  configs: ConfigResolver,
  /** Filled with the plans found, for `parent.ref` lookups (see core's catalog.ts). */
  catalog?: PlanCatalog,
  /** Told how many files there are to read, before they are read (to start workers meanwhile). */
  onCandidates?: (count: number) => void,
): Promise<ExpandResult> {
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
      for (const file of walk(path, host, failures)) candidates.push({ path: file, explicit: false, walkedFrom: path });
    } else candidates.push({ path, explicit: true });
  }

  const ignores = new IgnoreRules(configs);
  const files = new Set<string>();
  const failed = new Set(failures.map((f) => f.path));
  const wanted: Candidate[] = [];
  for (const c of candidates) {
    if (!c.explicit && (await ignores.ignored(c.path, c.walkedFrom))) continue;
    wanted.push(c);
  }
  onCandidates?.(wanted.length);
  for (const c of wanted) {
    if (files.has(c.path) || failed.has(c.path)) continue;
    const entry = await host.entry(c.path);
    if (!entry) {
      const error = host.failureOf(c.path);
      if (error !== undefined) {
        failures.push({ path: c.path, error });
        failed.add(c.path);
      }
      continue;
    }
    if (c.explicit || projectFileKind(c.path, entry.text) !== undefined) {
      files.add(c.path);
      catalog?.set(c.path, entry.text);
    }
  }
  return { files: [...files].sort(), failures };
}

/**
 * Every YAML file under `dir`, skipping dependency, VCS and build folders. Each folder
 * is listed once, synchronously (the country benchmark has a folder per commune), and
 * the host keeps the listing for the config lookups that follow.
 */
function walk(dir: string, host: NodeHost, failures: ExpandResult['failures']): string[] {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length) {
    const current = pending.pop() as string;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      failures.push({ path: current, error });
      continue;
    }
    host.noteListing(current, entries.map((e) => e.name));
    for (const e of entries) {
      const path = `${current}/${e.name}`;
      if (e.isDirectory()) {
        if (!isSkippedFolder(e.name)) pending.push(path);
      } else if (YAML_FILE.test(e.name) && (e.isFile() || e.isSymbolicLink())) {
        // Symlinked folders are not followed (no loops); symlinked files are read as files.
        out.push(path);
      }
    }
  }
  return out;
}
