import type { Diagnostic, IsolatedCheck, Message, SyntaxProblem } from '@kehoach/core';
import type { PluginDescription } from './describe-plugin.js';

/** Main thread -> worker. */
export type ToWorker =
  | { type: 'check'; request: IsolatedCheck }
  | { type: 'read-result'; rid: number; text: string | undefined; problems: readonly SyntaxProblem[] | undefined }
  /** Where a path really leads, as the main thread's host says (the same containment policy here). */
  | { type: 'realpath-result'; rid: number; real: string }
  | { type: 'invalidate'; path: string }
  /** Import a plugin here (and only here) and describe it: a module that hangs or exits while loading stops the worker, not the host. */
  | { type: 'load'; specifier: string; base: string };

/** Worker -> main thread. `rule` is sent before each rule runs, so the main thread can time it. */
export type FromWorker =
  | { type: 'read'; rid: number; path: string }
  | { type: 'realpath'; rid: number; path: string }
  | { type: 'rule'; ruleId: string }
  /** A check imports a plugin (a fresh worker): a stop until `loaded` is that plugin's. */
  | { type: 'loading'; specifier: string; base: string }
  | { type: 'loaded' }
  | { type: 'done'; diagnostics: Diagnostic[] }
  | { type: 'failed'; error: string }
  | { type: 'described'; plugin?: PluginDescription; error?: string; notFound?: boolean; problem?: Message }
  /** Sent once, when the worker has loaded and listens. */
  | { type: 'ready' };

export interface WorkerData {
  root: string;
}
