import type { Diagnostic } from '../diagnostics.js';
import type { AnyRule } from '../engine/define.js';
import type { CheckInput } from '../engine/run.js';
import { effectiveRules, mergeSettings } from '../engine/settings.js';
import { formatMessage, type MessageData } from '../i18n/message.js';
import type { PlanAnalysis } from '../model/analysis.js';
import type { ResolvedConfig } from '../project/config-resolver.js';
import type { RuleSettings } from '../schema/rule-settings.js';
import { pluginDiagnostic } from './diagnostics.js';
import { errorText, type PluginLoader, type PluginSet } from './load.js';
import { PLUGIN_MESSAGES } from './messages.js';

/** How an isolate asks the project to run plugin rules only, raw, timing each rule. */
export interface PluginRunOptions {
  only: ReadonlySet<string>;
  raw?: boolean;
  onRule?: (ruleId: string) => void;
}

export interface PluginStatus {
  /** Names (namespaces) of the plugins whose rules ran. */
  loaded: string[];
  /** Specifiers named by configs but not loaded: the host may not run plugin code. */
  skipped: string[];
}

interface FileInput {
  path: string;
  text: string | undefined;
  hostSettings: RuleSettings | undefined;
  run: PluginRunOptions | undefined;
  analysis: PlanAnalysis;
  config: ResolvedConfig;
  templateRules: RuleSettings;
}

export interface FilePlugins {
  rules: ReadonlyMap<string, AnyRule>;
  /** The config chain's settings with the plugins' shared configs in place. */
  configRules: RuleSettings;
  checkInput: Pick<CheckInput, 'skip' | 'only' | 'external' | 'raw' | 'onRule' | 'unverifiable'>;
  /** Names the plugin in the message of a plugin rule that crashed. */
  relabel<D extends Diagnostic>(diagnostics: D[]): D[];
  status: PluginStatus;
}

const PLAN_ONLY = ['plan'];

/**
 * The plugin side of one `Project.check`: load what the config chain names, turn loading problems and refused options into diagnostics, and hand the
 * plugin rules to the host's isolate when it has one.
 */
export async function pluginsForFile(loader: PluginLoader, input: FileInput): Promise<FilePlugins> {
  // Only the user's own config names plugins: a template's `plugins:` is never loaded.
  const refs = input.config.plugins ?? [];
  const shared = (input.config.ruleLayers ?? []).flatMap((l) => ('shared' in l ? [l.shared] : []));
  if (refs.length === 0 && shared.length === 0) {
    return {
      rules: loader.builtinRules,
      configRules: input.config.rules,
      checkInput: input.run ?? {},
      relabel: (d) => d,
      status: { loaded: [], skipped: [] },
    };
  }
  const set = await loader.load(refs, shared);
  const configRules = input.config.ruleLayers
    ? mergeSettings(...input.config.ruleLayers.map((l) => ('rules' in l ? l.rules : set.shared.get(l.shared.ref))))
    : input.config.rules;
  const status: PluginStatus = { loaded: set.plugins.map((p) => p.plugin.name), skipped: set.skipped };
  const relabel = <D extends Diagnostic>(list: D[]): D[] => list.map((d) => relabelCrash(d, set));
  // A plugin that did not load (untrusted, missing, broken): its rule ids in suppression comments can't be checked.
  const unverifiable = set.skipped.length || set.problems.length ? (id: string) => id.includes('/') && !set.rules.has(id) : undefined;
  const { analysis, run } = input;
  const isolate = run ? undefined : loader.host?.isolate;
  // Problems show on plans (which lose rules) and on the file that names the plugin, not on
  // registries; the isolate's own run leaves them to the caller, which reports them once.
  const shown = run ? [] : set.problems.filter((p) => analysis.kind === 'plan' || p.where.uri === analysis.uri);
  const external: Diagnostic[] = shown.map((p) => pluginDiagnostic(analysis, p));
  const settings = mergeSettings(input.templateRules, configRules, input.hostSettings, analysis.ownPlan?.rules, analysis.plan?.rules);
  const active: string[] = [];
  for (const eff of effectiveRules(set.rules, settings)) {
    const owner = set.owners.get(eff.rule.meta.id);
    if (!owner || eff.severity === 'off' || (run && !run.only.has(eff.rule.meta.id))) continue;
    // Options are checked where the rule's schema is: here, or in the isolate's own run.
    if (eff.optionsError !== undefined && analysis.kind === 'plan' && !isolate) {
      const data: MessageData = { rule: eff.rule.meta.id, plugin: owner.specifier, error: eff.optionsError };
      const where = owner.refs[0];
      external.push(pluginDiagnostic(analysis, { messageId: 'badOptions', data, where: where ?? { uri: analysis.uri, source: analysis.source, at: { range: { start: 0, end: 0 } } } }));
    }
    if ((eff.rule.meta.appliesTo ?? PLAN_ONLY).includes(analysis.kind)) active.push(eff.rule.meta.id);
  }
  if (run) return { rules: set.rules, configRules, checkInput: { ...run, external }, relabel, status };
  const base = { external, ...(unverifiable ? { unverifiable } : {}) };
  if (!isolate || set.owners.size === 0) return { rules: set.rules, configRules, checkInput: base, relabel, status };
  if (active.length) {
    // The isolate imports the plugins these rules come from, and no other.
    const plugins = set.plugins.flatMap((p) => {
      const rules = active.filter((id) => set.owners.get(id) === p);
      return rules.length ? p.refs.map((r) => ({ specifier: r.specifier, base: r.base, rules })) : [];
    });
    const request = { path: input.path, rules: active, plugins, ...(input.text === undefined ? {} : { text: input.text }), ...(input.hostSettings ? { hostSettings: input.hostSettings } : {}) };
    try {
      external.push(...(await isolate.check(request)));
    } catch (error) {
      // The isolate itself failed (no worker could start): each plugin rule says so, the rest runs.
      const head = { start: 0, end: Math.min(analysis.source.text.length, analysis.source.lines.lineEnd(0)) };
      for (const rule of active) {
        const data = { rule, error: errorText(error) };
        external.push({ uri: analysis.uri, ruleId: rule, severity: 'error', messageId: 'ruleCrashed', data, message: formatMessage(PLUGIN_MESSAGES.ruleCrashed, data), range: analysis.source.lines.range(head), offsets: head });
      }
    }
  }
  return { rules: set.rules, configRules, checkInput: { ...base, skip: new Set(set.owners.keys()) }, relabel, status };
}

/** A plugin rule that crashed or was stopped: the message names the plugin as well as the rule. */
function relabelCrash<D extends Diagnostic>(d: D, set: PluginSet): D {
  if (d.messageId !== 'ruleCrashed' && d.messageId !== 'ruleTimedOut') return d;
  const owner = set.owners.get(d.ruleId);
  if (!owner) return d;
  const data = { ...d.data, plugin: owner.specifier };
  return { ...d, data, message: formatMessage(PLUGIN_MESSAGES[d.messageId], data) };
}

/**
 * The one information message a host shows when the workspace is not trusted and
 * configs name plugins (undefined when nothing was skipped).
 */
export function untrustedPluginsNotice(skipped: readonly string[]): { vi: string; en: string } | undefined {
  if (skipped.length === 0) return undefined;
  // Each name quoted: a plugin named ".." must not read as an ellipsis ending the sentence.
  return formatMessage(PLUGIN_MESSAGES.untrusted, { plugins: [...new Set(skipped)].map((p) => `"${p}"`).join(', ') });
}
