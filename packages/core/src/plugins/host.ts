import type { Message } from '../i18n/message.js';
import type { Diagnostic } from '../diagnostics.js';
import type { RuleSettings } from '../schema/rule-settings.js';

/**
 * What a host that may run plugin code gives core. Core cannot import modules from
 * disk (it runs in browsers and web workers too), so the host resolves and imports.
 */
export interface PluginHost {
  /**
   * Import the plugin `specifier` (an npm package name or a path relative to `base`,
   * the folder of the file that names it) and return the module. Throw an error with
   * `code: 'PLUGIN_NOT_FOUND'` when it is not installed or the path does not exist, and
   * one with `code: 'PLUGIN_LOAD_TIMEOUT'` and `ms` when loading was stopped, and a
   * PluginShapeError when the module was checked elsewhere (a worker) and found wrong.
   */
  import(specifier: string, base: string): Promise<unknown>;
  /**
   * Runs plugin rules away from the caller's thread, with a time limit per rule, so a
   * rule that loops forever cannot hang the CLI or the language server. Without it
   * plugin rules run in-process: a throw is contained, an endless loop is not.
   */
  isolate?: PluginIsolate;
}

export interface IsolatedCheck {
  path: string;
  /** The text being checked (an editor's unsaved buffer), else read through the host. */
  text?: string;
  hostSettings?: RuleSettings;
  /** Ids of the plugin rules to run. */
  rules: string[];
  /**
   * The plugins those rules come from, one entry per `plugins:` entry that named them
   * (as the caller loaded them): an isolate imports these and no other, and blames a
   * failure while loading on the one that was loading.
   */
  plugins?: IsolatedPlugin[];
}

export interface IsolatedPlugin {
  specifier: string;
  /** The folder `specifier` is relative to (the folder of the config naming it). */
  base: string;
  /** Ids of the rules asked for that this plugin owns. */
  rules: string[];
}

export interface PluginIsolate {
  /**
   * Diagnostics of the plugin rules, before suppression comments are applied,
   * including refused options of those rules (the isolate holds their schemas).
   */
  check(request: IsolatedCheck): Promise<Diagnostic[]>;
  /** A file changed: forget what was read of it. */
  invalidate?(path: string): void;
}

export class PluginNotFoundError extends Error {
  readonly code = 'PLUGIN_NOT_FOUND';
  constructor(readonly specifier: string) {
    super(`plugin ${specifier} not found`);
    this.name = 'PluginNotFoundError';
  }
}

/** A plugin module checked away from the caller (in a worker) that has the wrong shape. */
export class PluginShapeError extends Error {
  readonly code = 'PLUGIN_BAD_SHAPE';
  constructor(readonly problem: Message) {
    super(problem.en);
    this.name = 'PluginShapeError';
  }
}

export function isPluginNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'PLUGIN_NOT_FOUND';
}
