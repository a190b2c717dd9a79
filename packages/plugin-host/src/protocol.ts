import type { Diagnostic, IsolatedCheck, SyntaxProblem } from '@kehoach/core';

/** Main thread -> worker. */
export type ToWorker =
  | { type: 'check'; request: IsolatedCheck }
  | { type: 'read-result'; rid: number; text: string | undefined; problems: readonly SyntaxProblem[] | undefined }
  /** Where a path really leads, as the main thread's host says (the same containment policy here). */
  | { type: 'realpath-result'; rid: number; real: string }
  | { type: 'invalidate'; path: string }
  /** Import a plugin here first, so a module that hangs while loading stops the worker, not the host. */
  | { type: 'probe'; specifier: string; base: string };

/** Worker -> main thread. `rule` is sent before each rule runs, so the main thread can time it. */
export type FromWorker =
  | { type: 'read'; rid: number; path: string }
  | { type: 'realpath'; rid: number; path: string }
  | { type: 'rule'; ruleId: string }
  | { type: 'done'; diagnostics: Diagnostic[] }
  | { type: 'failed'; error: string }
  | { type: 'probed'; error?: string; notFound?: boolean }
  /** Sent once, when the worker has loaded and listens. */
  | { type: 'ready' };

export interface WorkerData {
  root: string;
}
