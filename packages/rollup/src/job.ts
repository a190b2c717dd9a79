import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Project, parseReportingPeriod, type ProjectHost } from '@kehoach/core';
import { collect } from './collect.js';
import { computeRollup } from './compute.js';
import { eachRollupFile, type RollupFormat } from './format/outputs.js';
import type { Summary } from './summarize.js';
import type { Problem, ReportState } from './types.js';
import { Workspace } from './workspace.js';

/**
 * One unit of roll-up work: the plans of one folder rolled up over the files of that
 * folder, the outputs written. Plain data, so that a worker thread can take it: a
 * country is 34 such jobs, run side by side, each holding one province at a time.
 */
export interface RollupJob {
  /** The plans to roll up (absolute paths). */
  plans: string[];
  /** Where lower plans and reports are searched, and what output paths are relative to. */
  folder: string;
  /** The files of that folder to read. */
  files: string[];
  /** Files of the folder read already (the plans, when a folder was searched for them): not read again. */
  summaries?: Summary[];
  /** The project root: no file outside it is read. */
  root: string;
  /** Output folder of each plan. */
  outDirs: Record<string, string>;
  formats: RollupFormat[];
  /** The period asked for, as written ("Quý I/2026"). */
  period?: string;
  /** Threads for reading the files (a job in a worker reads in that worker: 1). */
  jobs?: number;
}

export interface JobResult {
  plan: string;
  /** Why the plan was not rolled up ('not-a-plan'), when it was not. */
  skipped?: 'not-a-plan';
  dir?: string;
  files?: string[];
  number?: string;
  implementers?: number;
  committees?: number;
  withPlan?: number;
  periods?: string[];
  reports?: Partial<Record<ReportState, number>>;
  problems?: Problem[];
  /** Files that could not be read. */
  failures?: { path: string; reason: string }[];
}

/** The disk as core reads it: texts of files inside `root`, links followed. */
function diskHost(root: string): ProjectHost {
  return {
    root,
    readFile: (p) => readFile(p, 'utf8').then((t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t)).catch(() => undefined),
    realpath: (p) => realpath(p).then((r) => r.replace(/\\/g, '/')).catch(() => p),
  };
}

/** Run one job in this thread. */
export async function runRollupJob(job: RollupJob): Promise<JobResult[]> {
  const known = new Set((job.summaries ?? []).map((s) => s.path));
  const { summaries, failures } = await collect(known.size ? job.files.filter((f) => !known.has(f)) : job.files, { jobs: job.jobs ?? 1 });
  const workspace = new Workspace([...(job.summaries ?? []), ...summaries]);
  const project = new Project(diskHost(job.root));
  const period = job.period !== undefined ? parseReportingPeriod(job.period) : undefined;
  const out: JobResult[] = [];
  for (const plan of job.plans) {
    const loaded = await project.analyze(plan);
    if (!loaded || loaded.kind !== 'plan' || !loaded.analysis.plan) {
      out.push({ plan, skipped: 'not-a-plan' });
      continue;
    }
    // Paths relative to the folder rolled up, as the outputs show them.
    const rollup = computeRollup(loaded.analysis, plan, workspace, { ...(period ? { period } : {}), base: job.folder });
    const dir = job.outDirs[plan] ?? join(dirname(plan), 'tong-hop');
    mkdirSync(dir, { recursive: true });
    // Each file written as soon as it is made: one of a province's outputs in memory at a time.
    const files: { name: string }[] = [];
    await eachRollupFile(loaded.analysis, rollup, job.formats, (f) => {
      writeFileAtomic(join(dir, f.name), f.data);
      files.push({ name: f.name });
    });
    const reports: Partial<Record<ReportState, number>> = {};
    for (const r of rollup.reports) reports[r.state] = (reports[r.state] ?? 0) + 1;
    const committees = rollup.implementers.filter((i) => i.kind === 'committee');
    out.push({
      plan,
      dir,
      files: files.map((f) => f.name),
      ...(rollup.plan.number ? { number: rollup.plan.number } : {}),
      implementers: rollup.implementers.length,
      committees: committees.length,
      withPlan: committees.filter((i) => i.plan).length,
      periods: rollup.periods.map((p) => p.label),
      reports,
      problems: rollup.problems,
    });
    project.forget(plan);
  }
  if (out[0] && failures.length) out[0].failures = failures;
  return out;
}

/** Write through a temporary file in the same folder, so that a reader never sees half a file. */
function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** The built job worker: next to this module once bundled, in dist/ when running from the sources (tests). */
function workerUrl(): URL {
  const here = new URL('./job-worker.js', import.meta.url);
  return existsSync(here) ? here : new URL('../dist/job-worker.js', import.meta.url);
}

/**
 * Worker threads for roll-up jobs, started before the jobs are known: each loads its
 * modules (core, the renderer, docx: a good part of a second) while this thread still
 * lists the folder and finds the plans to roll up, on a core that would be idle.
 */
export class RollupWorkers {
  private readonly workers: Worker[];
  private used = false;

  constructor(readonly threads = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(workerUrl(), { resourceLimits: WORKER_LIMITS }));
    for (const w of this.workers) {
      // Waiting for work keeps no process alive; a worker that failed before it is given work says so when it is.
      w.unref();
      w.on('error', () => {});
    }
  }

  /**
   * Run the jobs, largest first, each to the first worker free (a worker slowed by other
   * work on the machine takes fewer); the workers end when done.
   */
  async run(jobs: readonly RollupJob[]): Promise<JobResult[][]> {
    if (this.used) throw new Error('RollupWorkers: run once');
    this.used = true;
    const results: JobResult[][] = new Array(jobs.length);
    const queue = [...jobs.keys()].sort((a, b) => (jobs[b]?.files.length ?? 0) - (jobs[a]?.files.length ?? 0));
    const n = Math.min(this.workers.length, jobs.length);
    void Promise.all(this.workers.slice(n).map((w) => w.terminate()));
    try {
      await Promise.all(
        this.workers.slice(0, n).map(async (worker) => {
          for (let i = queue.shift(); i !== undefined; i = queue.shift()) results[i] = await inJobWorker(worker, jobs[i] as RollupJob);
        }),
      );
    } finally {
      await this.close();
    }
    return results;
  }

  /** End the workers (those not given work, or all when the jobs run otherwise). */
  async close(): Promise<void> {
    this.used = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Run jobs side by side on `threads` worker threads (or on workers started already),
 * each taking the next job, largest first, when it is done with one. A single job runs
 * in this thread. This thread only waits: its heap, which no limit holds, stays small,
 * and the workers' heaps are bounded.
 */
export async function runRollupJobs(jobs: readonly RollupJob[], threads = availableParallelism(), workers?: RollupWorkers): Promise<JobResult[][]> {
  const n = Math.max(1, Math.min(workers?.threads ?? threads, jobs.length));
  if (n === 1) {
    await workers?.close();
    const results: JobResult[][] = [];
    for (const job of jobs) results.push(await runRollupJob(job));
    return results;
  }
  return (workers ?? new RollupWorkers(n)).run(jobs);
}

/**
 * Each worker holds one folder (a province) at a time in a bounded heap. The bounds
 * steer V8's collector more than they hold memory: a province lives in ~40 MB, and with
 * 112 MB of old generation V8 collected so eagerly that a single worker spent a fifth of
 * the country's CPU more than with 256 MB, for the same peak RSS (~315 MiB for the
 * country, both outputs). The young generation is large enough for a province's
 * outputs, made and written one after another, to die young (24 MB: a tenth more CPU;
 * 64 MB: ~380 MiB peak RSS for no gain).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 48 };

/** One job in a worker thread: it is given the job and sends back its results (or why it failed). */
function inJobWorker(worker: Worker, job: RollupJob): Promise<JobResult[]> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number): void => reject(new Error(`roll-up worker exited with code ${code} before it answered`));
    worker.once('message', (res: JobResult[] | { error: string }) => {
      worker.off('error', reject);
      worker.off('exit', onExit);
      // Idle between jobs, it keeps no process alive.
      worker.unref();
      if (Array.isArray(res)) resolve(res);
      else reject(new Error(res.error));
    });
    worker.once('error', reject);
    worker.once('exit', onExit);
    worker.ref();
    worker.postMessage(job);
  });
}
