import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic, DocumentKind, SuppressedDiagnostic } from '@kehoach/core';

/** What a worker sends back for one file: enough to report it, nothing that needs a class. */
export interface CheckedFile {
  path: string;
  kind: DocumentKind;
  /** The file's text when it has diagnostics (to place them), else ''. */
  text: string;
  diagnostics: Diagnostic[];
  suppressed: SuppressedDiagnostic[];
}

export interface WorkerInput {
  root: string;
  files: string[];
  /** Index of files[0] in the whole run. */
  offset: number;
  /** The run's plans by number (core's PlanCatalog), so every worker resolves `parent.ref` alike. */
  catalog: [string, string][];
}

type WorkerMessage =
  | { type: 'file'; index: number; result: CheckedFile | undefined }
  | { type: 'error'; index: number; message: string }
  | { type: 'done' };

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_FROM = 64;

/**
 * How many workers to use: `--jobs` if given, else one per core but one (at most 8), 1
 * for small runs. The main thread keeps a core: on 2 cores one thread checked the
 * whole-country corpus (3,390 files) in 7.1 s and two workers took 9.8 s.
 */
export function jobCount(requested: number | undefined, files: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(cores - 1, 8, Math.ceil(files / PARALLEL_FROM)));
}

/**
 * Check `files` (sorted paths) in `jobs` worker threads. Each worker takes a contiguous
 * run of the sorted list, so a province folder and its communes mostly land in one
 * worker and the parent plan is parsed once per worker, not once per file.
 * `onProgress` gets the number of files done. Results come back in input order.
 */
export async function checkInWorkers(
  root: string,
  files: readonly string[],
  jobs: number,
  onProgress?: (done: number) => void,
  catalog: [string, string][] = [],
): Promise<(CheckedFile | undefined)[]> {
  const results: (CheckedFile | undefined)[] = new Array(files.length);
  const size = Math.ceil(files.length / jobs);
  let done = 0;
  const url = new URL('./worker.js', import.meta.url);
  await Promise.all(
    Array.from({ length: jobs }, (_, j) => {
      const offset = j * size;
      const shard = files.slice(offset, offset + size);
      if (shard.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(url, { workerData: { root, files: shard, offset, catalog } satisfies WorkerInput });
        let finished = false;
        worker.on('message', (m: WorkerMessage) => {
          if (m.type === 'done') {
            finished = true;
            void worker.terminate();
            resolve();
            return;
          }
          if (m.type === 'file') results[m.index] = m.result;
          else reject(new Error(`${files[m.index]}: ${m.message}`));
          onProgress?.(++done);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (!finished) reject(new Error(`worker stopped with exit code ${code}`));
        });
      });
    }),
  );
  return results;
}
