import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  PluginNotFoundError,
  PluginShapeError,
  formatMessage,
  type Diagnostic,
  type IsolatedCheck,
  type IsolatedPlugin,
  type MessageData,
  type PluginIsolate,
  type ProjectHost,
} from '@kehoach/core';
import { PLUGIN_MESSAGES, PLUGIN_PROBLEM_RULE_ID } from '@kehoach/core/internal';
import type { PluginDescription } from './describe-plugin.js';
import { resolvePlugin } from './resolve.js';
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

/** The plugin a fresh worker was importing for a check when it was stopped. */
type Loading = { specifier: string; base: string };

type Outcome =
  | { kind: 'done'; diagnostics: Diagnostic[] }
  | { kind: 'timeout'; ruleId: string | undefined; ms: number; loading?: Loading }
  | { kind: 'crash'; ruleId: string | undefined; error: string; loading?: Loading; stack?: string };

/** The plugin whose module file an error's stack names first, if any. */
function throwingPlugin(stack: string | undefined, plugins: readonly IsolatedPlugin[] | undefined): IsolatedPlugin | undefined {
  if (!stack || !plugins) return undefined;
  let first: { at: number; plugin: IsolatedPlugin } | undefined;
  for (const plugin of plugins) {
    let file: string;
    try {
      file = pathToFileURL(resolvePlugin(plugin.specifier, plugin.base)).href;
    } catch {
      continue;
    }
    const at = stack.indexOf(file);
    if (at >= 0 && (!first || at < first.at)) first = { at, plugin };
  }
  return first?.plugin;
}

/** Why a worker is gone, in the words of a diagnostic (it stops only what ran in it). */
const threadStopped = (code: number): string => `luồng chạy plugin đã dừng, mã ${code} (the plugin thread stopped, exit code ${code})`;

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
   * Import a plugin in the worker, the only place plugin code runs, and describe it for
   * this thread: a module whose top level throws, exits or never returns fails here,
   * within the load time limit, and this thread never imports it.
   */
  load(specifier: string, base: string): Promise<PluginDescription> {
    return this.enqueue(() => this.loadOnce(specifier, base));
  }

  private async loadOnce(specifier: string, base: string): Promise<PluginDescription> {
    const worker = await this.spawn();
    worker.ref();
    return new Promise<PluginDescription>((resolve, reject) => {
      const done = (result: PluginDescription | Error, kill: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill) this.stop(worker);
        else worker.unref();
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      const timer = setTimeout(
        () => done(Object.assign(new Error(`loading took longer than ${this.loadTimeoutMs} ms`), { code: 'PLUGIN_LOAD_TIMEOUT', ms: this.loadTimeoutMs }), true),
        this.loadTimeoutMs,
      );
      const onMessage = (message: FromWorker): void => {
        if (message.type !== 'described') return;
        if (message.notFound) done(new PluginNotFoundError(specifier), false);
        else if (message.problem) done(new PluginShapeError(message.problem), false);
        else if (message.plugin) done(message.plugin, false);
        else done(new Error(message.error ?? 'no plugin'), false);
      };
      const onError = (error: Error): void => done(error, true);
      const onExit = (code: number): void => done(new Error(threadStopped(code)), true);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ type: 'load', specifier, base } satisfies ToWorker);
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

  /** Forget a worker and stop it (a stop it caused itself is already over). */
  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }

  private async run(request: IsolatedCheck): Promise<Diagnostic[]> {
    const stopped: Diagnostic[] = [];
    let rules = [...request.rules];
    let plugins = request.plugins;
    while (rules.length > 0) {
      const outcome = await this.once({ ...request, rules, ...(plugins ? { plugins } : {}) });
      if (outcome.kind === 'done') return [...outcome.diagnostics, ...stopped];
      const { loading } = outcome;
      const culprit = loading && plugins?.find((p) => p.specifier === loading.specifier && p.base === loading.base);
      if (plugins && culprit) {
        // Stopped while importing a plugin: that plugin is named, its rules cannot run, and
        // the other plugins' rules run again in a fresh worker that never imports it.
        stopped.push(await this.loadStoppedDiagnostic(request, culprit, outcome));
        const gone = new Set(culprit.rules);
        rules = rules.filter((r) => !gone.has(r));
        plugins = plugins.filter((p) => p !== culprit && p.rules.some((r) => rules.includes(r)));
        continue;
      }
      // An uncaught error (a plugin's timer, a promise it left rejected) belongs to the plugin
      // whose file its stack names, whatever rule ran last; that plugin is not imported again.
      const thrower = outcome.kind === 'crash' ? throwingPlugin(outcome.stack, plugins) : undefined;
      const culprits = thrower ? rules.filter((r) => thrower.rules.includes(r)) : outcome.ruleId === undefined ? rules : [outcome.ruleId];
      for (const ruleId of culprits) stopped.push(await this.stoppedDiagnostic(request, ruleId, outcome));
      rules = rules.filter((r) => !culprits.includes(r));
      if (plugins && thrower) plugins = plugins.filter((p) => p.specifier !== thrower.specifier || p.base !== thrower.base);
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
    // The worker's console goes to this process's stderr: its stdout may be a protocol
    // (the language server's) or a report (`--format json`) that a plugin's log would break.
    const options = { resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb ?? 512 }, stdout: true, stderr: true };
    const worker = new Worker(this.options.workerUrl ?? new URL('./worker.js', import.meta.url), { workerData, ...options });
    for (const stream of [worker.stdout, worker.stderr]) stream.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    // A worker that dies between requests (a plugin's timer threw) is forgotten, never an
    // unhandled 'error' event in this thread; the next request starts a fresh one.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
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
      let loading: Loading | undefined;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const arm = (ms: number): void => {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ kind: 'timeout', ruleId: current, ms, ...(loading ? { loading } : {}) }, true), ms);
      };
      const finish = (outcome: Outcome, kill: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill || outcome.kind === 'crash') this.stop(worker);
        else worker.unref();
        resolve(outcome);
      };
      const onMessage = (message: FromWorker): void => {
        if (message.type === 'rule') {
          current = message.ruleId;
          arm(this.ruleTimeoutMs);
        } else if (message.type === 'loading' || message.type === 'loaded') {
          loading = message.type === 'loading' ? { specifier: message.specifier, base: message.base } : undefined;
          arm(this.loadTimeoutMs);
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
      const at = (): { loading?: Loading } => (loading ? { loading } : {});
      const onError = (error: Error): void => finish({ kind: 'crash', ruleId: current, error: error.message, ...at(), ...(error.stack ? { stack: error.stack } : {}) }, true);
      const onExit = (code: number): void => finish({ kind: 'crash', ruleId: current, error: threadStopped(code), ...at() }, false);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      arm(this.loadTimeoutMs);
      worker.postMessage({ type: 'check', request } satisfies ToWorker);
    });
  }

  /** The first line of the file checked: where a problem with no place of its own is shown. */
  private async head(request: IsolatedCheck): Promise<{ start: number; end: number }> {
    const text = request.text ?? (await Promise.resolve(this.host.readFile(request.path)).catch(() => undefined)) ?? '';
    const firstLine = text.search(/\r?\n|\r/);
    return { start: 0, end: firstLine < 0 ? text.length : firstLine };
  }

  private async stoppedDiagnostic(request: IsolatedCheck, ruleId: string, outcome: Exclude<Outcome, { kind: 'done' }>): Promise<Diagnostic> {
    const { end } = await this.head(request);
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

  /** A plugin that loaded for this thread but hung or failed while a fresh worker imported it for a check. */
  private async loadStoppedDiagnostic(request: IsolatedCheck, plugin: IsolatedPlugin, outcome: Exclude<Outcome, { kind: 'done' }>): Promise<Diagnostic> {
    const { end } = await this.head(request);
    const timeout = outcome.kind === 'timeout';
    const data: MessageData = timeout ? { plugin: plugin.specifier, ms: outcome.ms } : { plugin: plugin.specifier, error: outcome.error };
    const messageId = timeout ? 'loadTimedOut' : 'loadFailed';
    return {
      uri: request.path,
      ruleId: PLUGIN_PROBLEM_RULE_ID,
      severity: 'error',
      messageId,
      data,
      message: formatMessage(PLUGIN_MESSAGES[messageId], data),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: end } },
      offsets: { start: 0, end },
    };
  }
}
