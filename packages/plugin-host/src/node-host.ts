import type { PluginHost, ProjectHost } from '@kehoach/core';
import { importPlugin } from './import-plugin.js';
import { WorkerIsolate, type IsolateOptions } from './isolate.js';
import { resolvePlugin } from './resolve.js';

export interface NodePluginHost extends PluginHost {
  isolate: WorkerIsolate;
  /** Stop the worker (a CLI run ends, a language server shuts down). */
  close(): Promise<void>;
}

/**
 * The plugin host for Node.js programs (the CLI, the language server): plugins are
 * resolved from the folder of the config that names them, imported first in the worker
 * (so a module that hangs while loading is stopped there), then in this thread for their
 * rules' metadata; their rules run in the worker with a time limit per rule.
 * `files` is the Project's own host, so the worker sees the same texts.
 *
 * Only create it where plugin code may run (a trusted workspace); otherwise give the
 * Project no plugin host and built-in rules run alone.
 */
export function createNodePluginHost(files: ProjectHost, options: IsolateOptions = {}): NodePluginHost {
  const isolate = new WorkerIsolate(files, options);
  return {
    async import(specifier, base) {
      resolvePlugin(specifier, base); // not installed: say so without starting a worker
      await isolate.probe(specifier, base);
      return importPlugin(specifier, base);
    },
    isolate,
    close: () => isolate.close(),
  };
}
