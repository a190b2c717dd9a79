import type { AnyRule, Locator } from '../engine/define.js';
import { formatMessage, type MessageData } from '../i18n/message.js';
import type { RuleSettings } from '../schema/rule-settings.js';
import type { YamlSource } from '../yaml/source.js';
import { parseSharedConfigRef, type Plugin } from './define-plugin.js';
import { isPluginNotFound, type PluginHost, type PluginShapeError } from './host.js';
import { PLUGIN_MESSAGES, type PluginMessageId } from './messages.js';
import { validatePlugin } from './validate.js';

/** Where a file names something: for problems located at the entry itself. */
export interface WrittenAt {
  uri: string;
  source: YamlSource;
  at: Locator;
}

/** One `plugins:` entry of a config file or template. */
export interface PluginRef extends WrittenAt {
  specifier: string;
  /** Folder the specifier is relative to (the folder of the file naming it). */
  base: string;
}

/** One `extends: plugin:<name>/<config>` entry of a config file. */
export interface SharedConfigRef extends WrittenAt {
  ref: string;
}

export interface LoadedPlugin {
  specifier: string;
  plugin: Plugin;
  /** The refs that named it (a plugin may be listed by several configs). */
  refs: PluginRef[];
}

export interface PluginProblem {
  messageId: PluginMessageId;
  data: MessageData;
  where: WrittenAt;
}

export interface PluginSet {
  /** Built-in rules and the rules of every plugin that loaded. */
  rules: ReadonlyMap<string, AnyRule>;
  plugins: LoadedPlugin[];
  /** The plugin each plugin rule comes from. */
  owners: ReadonlyMap<string, LoadedPlugin>;
  /** Settings of each `plugin:` reference that resolved. */
  shared: ReadonlyMap<string, RuleSettings>;
  problems: PluginProblem[];
  /** Plugins named but not loaded because the host may not run plugin code (untrusted). */
  skipped: string[];
}

type Imported = { ok: true; plugin: Plugin } | { ok: false; messageId: PluginMessageId; data: MessageData };

/**
 * Loads the plugins named by configs and templates, once per (folder, specifier), and
 * combines them with the built-in rules. Every failure becomes a problem naming the
 * plugin; nothing here throws, so built-in rules always run.
 */
export class PluginLoader {
  private readonly cache = new Map<string, Promise<Imported>>();
  private readonly seen = new Map<string, AnyRule>();

  constructor(
    readonly host: PluginHost | undefined,
    readonly builtinRules: ReadonlyMap<string, AnyRule>,
  ) {}

  invalidate(): void {
    this.cache.clear();
  }

  /** Built-in rules and every plugin rule loaded so far: for reports that describe the rules that fired (SARIF). */
  knownRules(): ReadonlyMap<string, AnyRule> {
    return new Map([...this.builtinRules, ...this.seen]);
  }

  async load(refs: readonly PluginRef[], sharedRefs: readonly SharedConfigRef[] = []): Promise<PluginSet> {
    const problems: PluginProblem[] = [];
    const rules = new Map(this.builtinRules);
    const plugins: LoadedPlugin[] = [];
    const owners = new Map<string, LoadedPlugin>();
    const shared = new Map<string, RuleSettings>();
    if (!this.host) {
      const skipped = [...new Set(refs.map((r) => r.specifier))];
      return { rules, plugins, owners, shared, problems, skipped };
    }
    for (const ref of refs) {
      const imported = await this.import(ref);
      if (!imported.ok) {
        problems.push({ messageId: imported.messageId, data: imported.data, where: ref });
        continue;
      }
      const { plugin } = imported;
      const same = plugins.find((p) => p.plugin.name === plugin.name);
      if (same) {
        // The same package listed by two configs is one plugin; two packages claiming one name clash.
        if (same.specifier === ref.specifier || same.plugin.rules === plugin.rules) same.refs.push(ref);
        else problems.push({ messageId: 'nameClash', data: { plugin: ref.specifier, name: plugin.name, other: same.specifier }, where: ref });
        continue;
      }
      const loaded: LoadedPlugin = { specifier: ref.specifier, plugin, refs: [ref] };
      plugins.push(loaded);
      for (const rule of Object.values(plugin.rules)) {
        rules.set(rule.meta.id, rule);
        owners.set(rule.meta.id, loaded);
        this.seen.set(rule.meta.id, rule);
      }
    }
    const someFailed = problems.length > 0;
    for (const s of sharedRefs) {
      const parsed = parseSharedConfigRef(s.ref);
      const name = parsed?.plugin ?? s.ref;
      const owner = plugins.find((p) => p.plugin.name === name);
      if (!owner || !parsed) {
        // The plugin may be one that failed to load: that has its own problem already.
        if (!parsed || !someFailed) problems.push({ messageId: 'pluginNotListed', data: { ref: s.ref, name }, where: s });
        continue;
      }
      const config = owner.plugin.configs?.[parsed.config];
      if (!config) {
        const available = Object.keys(owner.plugin.configs ?? {}).map((k) => `plugin:${name}/${k}`).join(', ') || '—';
        problems.push({ messageId: 'unknownConfig', data: { ref: s.ref, name, available }, where: s });
        continue;
      }
      shared.set(s.ref, config.rules ?? {});
    }
    return { rules, plugins, owners, shared, problems, skipped: [] };
  }

  private import(ref: PluginRef): Promise<Imported> {
    const key = `${ref.base}\0${ref.specifier}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.importUncached(ref);
      this.cache.set(key, hit);
      // "Not installed" is looked up again next time: the user may run `npm install` meanwhile.
      void hit.then((r) => {
        if (!r.ok && r.messageId === 'notFound') this.cache.delete(key);
      });
    }
    return hit;
  }

  private async importUncached(ref: PluginRef): Promise<Imported> {
    const plugin = ref.specifier;
    let mod: unknown;
    try {
      mod = await (this.host as PluginHost).import(ref.specifier, ref.base);
    } catch (error) {
      if (isPluginNotFound(error)) return { ok: false, messageId: 'notFound', data: { plugin } };
      const ms = (error as { code?: unknown; ms?: unknown } | null)?.code === 'PLUGIN_LOAD_TIMEOUT' ? (error as { ms?: unknown }).ms : undefined;
      if (typeof ms === 'number') return { ok: false, messageId: 'loadTimedOut', data: { plugin, ms } };
      const shape = (error as { code?: unknown; problem?: PluginShapeError['problem'] } | null)?.code === 'PLUGIN_BAD_SHAPE' ? (error as PluginShapeError).problem : undefined;
      if (shape) return { ok: false, messageId: 'badShape', data: { plugin, problem: shape.vi, problemEn: shape.en } };
      return { ok: false, messageId: 'loadFailed', data: { plugin, error: errorText(error) } };
    }
    const checked = validatePlugin(mod);
    if (!checked.ok) return { ok: false, messageId: 'badShape', data: { plugin, problem: checked.problem.vi, problemEn: checked.problem.en } };
    return { ok: true, plugin: checked.plugin };
  }
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.slice(0, 300) ?? '';
}

/** A plugin problem's message, in both languages (a shape problem carries its own English). */
export function pluginProblemMessage(p: PluginProblem): { vi: string; en: string } {
  const message = formatMessage(PLUGIN_MESSAGES[p.messageId], p.data);
  if (p.messageId === 'badShape' && typeof p.data.problemEn === 'string') {
    message.en = formatMessage(PLUGIN_MESSAGES.badShape, { ...p.data, problem: p.data.problemEn }).en;
  }
  return message;
}
