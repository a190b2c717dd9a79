import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { decodeUtf8 } from '@kehoach/core';
import { summarize, type Summary } from './summarize.js';

/** Folders never searched: dependencies, VCS data and build output hold no plans of ours. */
const SKIPPED = new Set(['node_modules', '.git', 'dist']);
const YAML = /\.ya?ml$/i;

export interface CollectOptions {
  /** Worker threads; by default one per core for large folders (a country), none for small ones (a province: starting threads costs more than they save). */
  jobs?: number;
  /** Leave out a file (the `ignore:` patterns of the configs in effect). */
  ignored?: (path: string) => boolean | Promise<boolean>;
  /** Told how many files were found so far, after each folder (a caller may start work for a large folder before the listing ends). */
  found?: (count: number) => void;
}

export interface Collected {
  summaries: Summary[];
  /** Files that could not be read, with why. */
  failures: { path: string; reason: string }[];
}

/**
 * Every YAML file under `dir` (forward slashes, sorted), skipping dependency, VCS and
 * build folders. The files of a folder are checked against `ignored` together, the
 * folders one after another: listing thousands of folders at once held every listing
 * and every pending check in memory at the same time (a country's: 50 MB more) and was
 * no faster.
 */
export async function yamlFiles(dir: string, options: Pick<CollectOptions, 'ignored' | 'found'> = {}): Promise<string[]> {
  const out: string[] = [];
  const { ignored } = options;
  const pending = [dir.replace(/\\/g, '/').replace(/\/$/, '')];
  while (pending.length) {
    const current = pending.pop() as string;
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    const files: string[] = [];
    for (const e of entries) {
      const path = `${current}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIPPED.has(e.name)) pending.push(path);
      } else if (YAML.test(e.name) && (e.isFile() || e.isSymbolicLink())) files.push(path);
    }
    const kept = ignored ? await Promise.all(files.map(async (p) => ((await ignored(p)) ? undefined : p))) : files;
    for (const p of kept) if (p !== undefined) out.push(p);
    options.found?.(out.length);
  }
  return out.sort();
}

/**
 * Read and summarise one file, in this thread. Synchronously: thousands of small files
 * read one after another in a worker go faster than through the thread pool.
 */
export function summarizeFile(path: string): Summary | { failure: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { failure: (error as { code?: string }).code ?? String(error) };
  }
  const text = decodeUtf8(bytes).text;
  try {
    return summarize(path, text) ?? { failure: '' };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Summaries of every plan and report among `files`. Large sets are read in worker
 * threads, each sending back only the summaries (the texts stay in the worker and are
 * dropped), so a country of plans and reports is read in parallel and in little memory.
 */
export async function collect(files: readonly string[], options: CollectOptions = {}): Promise<Collected> {
  const jobs = Math.max(1, options.jobs ?? (files.length >= 2000 ? availableParallelism() : 1));
  const results: (Summary | { failure: string } | undefined)[] = new Array(files.length);
  if (jobs <= 1) {
    for (let i = 0; i < files.length; i++) results[i] = summarizeFile(files[i] as string);
  } else {
    const chunks: number[][] = Array.from({ length: jobs }, () => []);
    files.forEach((_, i) => chunks[i % jobs]?.push(i));
    await Promise.all(chunks.filter((c) => c.length).map((chunk) => inWorker(chunk.map((i) => files[i] as string)).then((out) => out.forEach((r, k) => (results[chunk[k] as number] = r)))));
  }
  const summaries: Summary[] = [];
  const failures: Collected['failures'] = [];
  results.forEach((r, i) => {
    if (!r) return;
    if ('failure' in r) {
      if (r.failure) failures.push({ path: files[i] as string, reason: r.failure });
    } else summaries.push(r);
  });
  return { summaries, failures };
}

/** The built worker: next to this module once bundled, in dist/ when running from the sources (tests). */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  return existsSync(here) ? here : new URL('../dist/worker.js', import.meta.url);
}

function inWorker(paths: string[]): Promise<(Summary | { failure: string })[]> {
  return new Promise((resolve, reject) => {
    // Summaries only are kept: a bounded heap makes the worker let go of the texts it read.
    const worker = new Worker(workerUrl(), { workerData: paths, resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 } });
    const out: (Summary | { failure: string })[] = [];
    let finished = false;
    worker.on('message', (batch: (Summary | { failure: string })[] | 'done') => {
      if (batch !== 'done') {
        for (const s of batch) out.push(s);
        return;
      }
      finished = true;
      // Gone before the caller goes on: the next threads do not count on top of this one.
      void worker.terminate().then(() => resolve(out), () => resolve(out));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!finished) reject(new Error(`worker exited with code ${code} before it was done`));
    });
  });
}
