import type { PluginHost, ProjectHost } from '@kehoach/core';
import { pluginModule } from './describe-plugin.js';
import { WorkerIsolate, type IsolateOptions } from './isolate.js';
import { resolvePlugin } from './resolve.js';

export interface NodePluginHost extends PluginHost {
  isolate: WorkerIsolate;
  /** Stop the worker (a CLI run ends, a language server shuts down). */
  close(): Promise<void>;
}

/**
 * The plugin host for Node.js programs (the CLI, the language server): plugins are
 * resolved from the folder of the config that names them and imported only in the
 * worker, which describes them to this thread (names, rule metadata, shared configs);
 * their rules run there with a time limit per rule. A module that exits, hangs or
 * throws while loading stops the worker, never this thread. `files` is the Project's
 * own host, so the worker sees the same texts.
 *
 * Only create it where plugin code may run (a trusted workspace); otherwise give the
 * Project no plugin host and built-in rules run alone.
 */
export function createNodePluginHost(files: ProjectHost, options: IsolateOptions = {}): NodePluginHost {
  const isolate = new WorkerIsolate(files, options);
  return {
    async import(specifier, base) {
      resolvePlugin(specifier, base); // not installed: say so without starting a worker
      return pluginModule(await isolate.load(specifier, base));
    },
    isolate,
    close: () => isolate.close(),
  };
}
