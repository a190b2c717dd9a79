import { validatePlugin, type AnyRule, type Message, type PluginConfig } from '@kehoach/core';

/**
 * What the host thread knows of a plugin: its name, shared configs and each rule's
 * metadata as plain data (what settings, reports, SARIF and hover need). The module
 * itself is imported only in the worker; its rules run only there, and their options
 * are checked there, against the schemas the worker holds.
 */
export interface PluginDescription {
  name: string;
  configs: Record<string, PluginConfig>;
  /** Rule metadata by short id, without `options` (a zod schema cannot leave the worker). */
  rules: Record<string, Omit<AnyRule['meta'], 'options'>>;
}

export type Described = { ok: true; plugin: PluginDescription } | { ok: false; problem: Message };

/** In the worker: the plugin a module exports, checked by core and copied as data. */
export function describePlugin(mod: unknown): Described {
  const checked = validatePlugin(mod);
  if (!checked.ok) return checked;
  const rules: PluginDescription['rules'] = {};
  for (const [key, rule] of Object.entries(checked.plugin.rules)) {
    const { options: _options, ...meta } = rule.meta;
    rules[key] = meta;
  }
  // Only what JSON keeps crosses to the host thread: a function or a getter in a
  // plugin's metadata runs here, never there.
  const plugin = JSON.parse(JSON.stringify({ name: checked.plugin.name, configs: checked.plugin.configs ?? {}, rules })) as PluginDescription;
  return { ok: true, plugin };
}

/** Rules of a described plugin never run in the host thread: the isolate runs them. */
function runsInTheWorker(): never {
  throw new Error('plugin rules run in the plugin worker, not in the host thread');
}

/** In the host thread: a module core's loader accepts, standing for the one the worker imported. */
export function pluginModule(plugin: PluginDescription): { default: unknown } {
  const rules: Record<string, unknown> = {};
  for (const [key, meta] of Object.entries(plugin.rules)) rules[key] = { meta, check: runsInTheWorker };
  return { default: { name: plugin.name, configs: plugin.configs, rules } };
}
