import { readdir, stat } from 'node:fs/promises';
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
      for (const file of await walk(path, failures)) candidates.push({ path: file, explicit: false, walkedFrom: path });
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
  // Read ahead: a few files are being read while the one before is looked at, so that a
  // folder of thousands of files does not wait for the disk once per file (the country
  // benchmark spent 1.2 s of its 5.3 idle). The host keeps what it read for the checks.
  let ahead = 0;
  for (const [i, c] of wanted.entries()) {
    for (; ahead < Math.min(wanted.length, i + READ_AHEAD); ahead++) void host.entry((wanted[ahead] as Candidate).path).catch(() => undefined);
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

/** Files being read at once while expanding the inputs. */
const READ_AHEAD = 16;

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
        if (!isSkippedFolder(e.name)) pending.push(path);
      } else if (YAML_FILE.test(e.name) && (e.isFile() || e.isSymbolicLink())) {
        // Symlinked folders are not followed (no loops); symlinked files are read as files.
        out.push(path);
      }
    }
  }
  return out;
}
