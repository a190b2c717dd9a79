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

/** The job a worker is sent once the files are known. */
export interface WorkerJob {
  root: string;
  files: string[];
  /** Where each chunk of `files` starts; a chunk ends where the next starts. */
  chunks: number[];
  /** Chunks are claimed by adding 1 at index 0 (Atomics): the main thread and the workers share it. */
  next: SharedArrayBuffer;
  /** The run's plans by number (core's PlanCatalog), so every thread resolves `parent.ref` alike. */
  catalog: [string, string][];
  /** The folders the main thread listed (a folder per commune): a worker need not list them again. */
  listings: [string, string[]][];
}

export type WorkerMessage =
  | { type: 'chunk'; chunk: number; results: (CheckedFile | undefined)[] }
  | { type: 'error'; index: number; message: string }
  | { type: 'done' };

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_FROM = 64;

/**
 * How many threads check: `--jobs` if given, else one per core (at most 8), 1 for small
 * runs. The main thread is one of them: it checks chunks beside its workers.
 */
export function jobCount(requested: number | undefined, files: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(cores, 8, Math.ceil(files / PARALLEL_FROM)));
}

/**
 * Cut sorted `files` into runs of work, each claimed whole by one thread: a folder under
 * `root`'s top level (a province and its communes) stays in one chunk, so its parent plan
 * and registry are read by one thread only, unless the folder is too big to share the work
 * (more than a quarter of a thread's share), when it is cut into pieces of that size.
 * Returns the start of each chunk.
 */
export function chunkStarts(files: readonly string[], root: string, threads: number): number[] {
  const most = Math.max(1, Math.ceil(files.length / (threads * 4)));
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const top = (path: string): string => {
    const rel = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    const slash = rel.indexOf('/');
    return slash < 0 ? '' : rel.slice(0, slash);
  };
  const starts: number[] = [];
  let start = 0;
  for (let i = 0; i < files.length; i++) {
    if (i === 0 || i - start >= most || top(files[i] as string) !== top(files[i - 1] as string)) {
      starts.push(i);
      start = i;
    }
  }
  return starts;
}

/** Claim the next chunk (shared with the workers); undefined when all are taken. */
export function claim(next: SharedArrayBuffer, chunks: readonly number[]): number | undefined {
  const i = Atomics.add(new Int32Array(next), 0, 1);
  return i < chunks.length ? i : undefined;
}

/**
 * Worker threads, started before the files are read (loading the checker takes a
 * while, and that while is spent beside the main thread's reading), then handed the
 * job. `finish` resolves with every chunk they checked, by chunk index.
 */
export class CheckWorkers {
  private readonly workers: Worker[] = [];

  constructor(count: number) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < count; i++) this.workers.push(new Worker(url));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Send the job; resolves when every worker is done, with the results of the chunks each took. */
  run(job: WorkerJob, onFile?: () => void): Promise<Map<number, (CheckedFile | undefined)[]>> {
    const results = new Map<number, (CheckedFile | undefined)[]>();
    return Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let finished = false;
            worker.on('message', (m: WorkerMessage) => {
              if (m.type === 'done') {
                finished = true;
                void worker.terminate();
                resolve();
              } else if (m.type === 'chunk') {
                results.set(m.chunk, m.results);
                for (let i = 0; i < m.results.length; i++) onFile?.();
              } else reject(new Error(`${job.files[m.index]}: ${m.message}`));
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (!finished) reject(new Error(`worker stopped with exit code ${code}`));
            });
            worker.postMessage(job);
          }),
      ),
    ).then(
      () => results,
      (error: unknown) => {
        // One failed: the others stop too, or they would keep the process alive.
        this.close();
        throw error;
      },
    );
  }

  /** Stop workers that will not be given a job (the run turned out small). */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
    this.workers.length = 0;
  }
}
