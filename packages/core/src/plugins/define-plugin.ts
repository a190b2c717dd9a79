import type { AnyRule } from '../engine/define.js';
import type { RuleSettings } from '../schema/rule-settings.js';

/** A shared configuration a plugin offers, pulled in with `extends: plugin:<name>/<config>`. */
export interface PluginConfig {
  rules?: RuleSettings;
}

/**
 * What a rule plugin's package exports (as its default export or as `plugin`).
 * `rules` are keyed by their short id; each rule's `meta.id` is `<name>/<short id>`
 * (or just the short id: the loader adds the namespace).
 */
export interface Plugin {
  /** The namespace of the plugin's rules: kebab-case, e.g. `quang-ngai`. */
  name: string;
  rules: Record<string, AnyRule>;
  configs?: Record<string, PluginConfig>;
}

/** Identity with inference, like `defineRule`: plugin authors get types without classes. */
export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}

/** `plugin:quang-ngai/recommended` -> { plugin: 'quang-ngai', config: 'recommended' }. */
export function parseSharedConfigRef(ref: string): { plugin: string; config: string } | undefined {
  const m = /^plugin:(.+)\/([^/]+)$/.exec(ref.trim());
  return m ? { plugin: m[1] as string, config: m[2] as string } : undefined;
}

export function isSharedConfigRef(ref: string): boolean {
  return ref.trim().startsWith('plugin:');
}
