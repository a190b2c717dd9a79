import { untrustedPluginsNotice, type Message, type PluginStatus, type ProjectHost } from '@kehoach/core';
import { createNodePluginHost, type NodePluginHost } from './node-host.js';
import type { IsolateOptions } from './isolate.js';

export interface EditorPlugins {
  /** For `new Project(host, { plugins })`: undefined in an untrusted workspace (built-in rules only). */
  plugins: NodePluginHost | undefined;
  /**
   * The information message to show, once per session: the first check that skipped
   * plugins because the workspace is not trusted returns it, later ones undefined.
   */
  noticeFor(check: { plugins?: PluginStatus } | undefined): Message | undefined;
  close(): Promise<void>;
}

/**
 * Plugins for a language server: loaded only when the editor says the workspace is
 * trusted (VS Code's `workspace.isTrusted`, sent by the client at initialisation).
 */
export function editorPlugins(files: ProjectHost, trusted: boolean, options: IsolateOptions = {}): EditorPlugins {
  const plugins = trusted ? createNodePluginHost(files, options) : undefined;
  let shown = false;
  return {
    plugins,
    noticeFor(check) {
      if (shown || plugins) return undefined;
      const notice = untrustedPluginsNotice(check?.plugins?.skipped ?? []);
      if (notice) shown = true;
      return notice;
    },
    close: async () => plugins?.close(),
  };
}
