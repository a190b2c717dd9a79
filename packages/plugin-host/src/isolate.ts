import { Worker } from 'node:worker_threads';
import { PluginNotFoundError, formatMessage, type Diagnostic, type IsolatedCheck, type MessageData, type PluginIsolate, type ProjectHost } from '@kehoach/core';
import { PLUGIN_MESSAGES } from '@kehoach/core/internal';
import type { FromWorker, ToWorker, WorkerData } from './protocol.js';

export interface IsolateOptions {
  /** How long one plugin rule may run on one file before it is stopped. */
  ruleTimeoutMs?: number;
  /** How long loading plugins and analysing a file may take in the worker (not waiting on reads). */
  loadTimeoutMs?: number;
  /** Heap limit of the worker, so a plugin that allocates without end fails alone. */
  maxMemoryMb?: number;
  /** The worker script; the built `worker.js` next to this file by default (tests of the sources point at dist). */
  workerUrl?: URL;
  /** Stop the worker after this long without work (a CLI run that ends need not call `close`). */
  idleMs?: number;
}

export const DEFAULT_RULE_TIMEOUT_MS = 2000;

type Outcome =
  | { kind: 'done'; diagnostics: Diagnostic[] }
  | { kind: 'timeout'; ruleId: string | undefined; ms: number }
  | { kind: 'crash'; ruleId: string | undefined; error: string };

/**
 * Plugin rules run in one worker thread, one file at a time. Before each rule the
 * worker says which rule starts; if that rule is still running after the time limit
 * the worker is terminated (the only way to stop a synchronous endless loop), the rule
 * gets a diagnostic, and the other rules run again in a fresh worker.
 */
export class WorkerIsolate implements PluginIsolate {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private idle: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly ruleTimeoutMs: number;
  private readonly loadTimeoutMs: number;
  /** Workers started so far (a new one after each stop): for tests and diagnostics of the host. */
  started = 0;

  constructor(
    private readonly host: ProjectHost,
    private readonly options: IsolateOptions = {},
  ) {
    this.ruleTimeoutMs = options.ruleTimeoutMs ?? DEFAULT_RULE_TIMEOUT_MS;
    this.loadTimeoutMs = options.loadTimeoutMs ?? Math.max(10_000, 5 * this.ruleTimeoutMs);
  }

  /** Whether a worker is alive (idle or busy). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  check(request: IsolatedCheck): Promise<Diagnostic[]> {
    return this.enqueue(() => this.run(request));
  }

  /** One request at a time: the time limits measure one rule, never a queue. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    clearTimeout(this.idle);
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    const settled = this.queue;
    if (this.options.idleMs !== undefined) {
      void settled.then(() => {
        if (this.queue !== settled) return; // more work arrived meanwhile
        this.idle = setTimeout(() => void this.close(), this.options.idleMs);
        this.idle.unref();
      });
    }
    return run;
  }

  /**
   * Import a plugin in the worker before the host imports it for its metadata: a module
   * whose top level throws or never returns fails here, within the load time limit.
   */
  probe(specifier: string, base: string): Promise<void> {
    return this.enqueue(() => this.probeOnce(specifier, base));
  }

  private async probeOnce(specifier: string, base: string): Promise<void> {
    const worker = await this.spawn();
    worker.ref();
    return new Promise<void>((resolve, reject) => {
      const done = (error: Error | undefined, kill: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (kill) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        } else worker.unref();
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(
        () => done(Object.assign(new Error(`loading took longer than ${this.loadTimeoutMs} ms`), { code: 'PLUGIN_LOAD_TIMEOUT', ms: this.loadTimeoutMs }), true),
        this.loadTimeoutMs,
      );
      const onMessage = (message: FromWorker): void => {
        if (message.type !== 'probed') return;
        if (message.notFound) done(new PluginNotFoundError(specifier), false);
        else done(message.error === undefined ? undefined : new Error(message.error), false);
      };
      const onError = (error: Error): void => done(error, true);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ type: 'probe', specifier, base } satisfies ToWorker);
    });
  }

  invalidate(path: string): void {
    this.worker?.postMessage({ type: 'invalidate', path } satisfies ToWorker);
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private async run(request: IsolatedCheck): Promise<Diagnostic[]> {
    const stopped: Diagnostic[] = [];
    let rules = [...request.rules];
    while (rules.length > 0) {
      const outcome = await this.once({ ...request, rules });
      if (outcome.kind === 'done') return [...outcome.diagnostics, ...stopped];
      const culprits = outcome.ruleId === undefined ? rules : [outcome.ruleId];
      for (const ruleId of culprits) stopped.push(await this.stoppedDiagnostic(request, ruleId, outcome));
      rules = rules.filter((r) => !culprits.includes(r));
    }
    return stopped;
  }

  /** The worker, once it has loaded: its start-up is not counted against any plugin's time. */
  private async spawn(): Promise<Worker> {
    if (this.worker && this.ready) {
      await this.ready;
      return this.worker;
    }
    const workerData: WorkerData = { root: this.host.root };
    const options = { resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb ?? 512 } };
    const worker = new Worker(this.options.workerUrl ?? new URL('./worker.js', import.meta.url), { workerData, ...options });
    this.worker = worker;
    this.started++;
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: FromWorker): void => {
        if (m.type !== 'ready') return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`worker exited (${code})`)));
    });
    try {
      await this.ready;
    } catch (error) {
      if (this.worker === worker) this.worker = undefined;
      throw error;
    }
    return worker;
  }

  private async once(request: IsolatedCheck): Promise<Outcome> {
    let worker: Worker;
    try {
      worker = await this.spawn();
    } catch (error) {
      return { kind: 'crash', ruleId: undefined, error: error instanceof Error ? error.message : String(error) };
    }
    worker.ref();
    return new Promise<Outcome>((resolve) => {
      let current: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const arm = (ms: number): void => {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ kind: 'timeout', ruleId: current, ms }, true), ms);
      };
      const finish = (outcome: Outcome, kill: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill || outcome.kind === 'crash') {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        } else worker.unref();
        resolve(outcome);
      };
      const onMessage = (message: FromWorker): void => {
        if (message.type === 'rule') {
          current = message.ruleId;
          arm(this.ruleTimeoutMs);
        } else if (message.type === 'read') {
          // Waiting on the disk is not the plugin's time.
          clearTimeout(timer);
          Promise.resolve(this.host.readFile(message.path))
            .catch(() => undefined)
            .then((text) => {
              if (settled) return;
              const reply: ToWorker = { type: 'read-result', rid: message.rid, text, problems: this.host.problemsOf?.(message.path) };
              worker.postMessage(reply);
              arm(this.loadTimeoutMs);
            });
        } else if (message.type === 'realpath') {
          clearTimeout(timer);
          const host = this.host;
          // Without a way to follow links the path is taken as written, as core does.
          Promise.resolve(host.realpath ? host.realpath(message.path) : message.path)
            .catch(() => '\0unknown')
            .then((real) => {
              if (settled) return;
              const reply: ToWorker = { type: 'realpath-result', rid: message.rid, real };
              worker.postMessage(reply);
              arm(this.loadTimeoutMs);
            });
        } else if (message.type === 'done') finish({ kind: 'done', diagnostics: message.diagnostics }, false);
        else if (message.type === 'failed') finish({ kind: 'crash', ruleId: undefined, error: message.error }, false);
      };
      const onError = (error: Error): void => finish({ kind: 'crash', ruleId: current, error: error.message }, true);
      const onExit = (code: number): void => finish({ kind: 'crash', ruleId: current, error: `worker exited (${code})` }, false);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      arm(this.loadTimeoutMs);
      worker.postMessage({ type: 'check', request } satisfies ToWorker);
    });
  }

  private async stoppedDiagnostic(request: IsolatedCheck, ruleId: string, outcome: Exclude<Outcome, { kind: 'done' }>): Promise<Diagnostic> {
    const text = request.text ?? (await Promise.resolve(this.host.readFile(request.path)).catch(() => undefined)) ?? '';
    const firstLine = text.search(/\r?\n|\r/);
    const end = firstLine < 0 ? text.length : firstLine;
    const timeout = outcome.kind === 'timeout';
    const data: MessageData = timeout ? { rule: ruleId, ms: outcome.ms } : { rule: ruleId, error: outcome.error };
    return {
      uri: request.path,
      ruleId,
      severity: 'error',
      messageId: timeout ? 'ruleTimedOut' : 'ruleCrashed',
      data,
      message: formatMessage(timeout ? PLUGIN_MESSAGES.ruleTimedOut : PLUGIN_MESSAGES.ruleCrashed, data),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: end } },
      offsets: { start: 0, end },
    };
  }
}
