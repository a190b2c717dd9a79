import type { Severity } from '../diagnostics.js';
import type { RuleSetting, RuleSettings, SeveritySetting } from '../schema/rule-settings.js';
import type { AnyRule } from './define.js';

export interface EffectiveRule {
  rule: AnyRule;
  severity: Severity | 'off';
  options: unknown;
  /** Why an options value was refused, for the rule-config rule to report. */
  optionsError?: string;
}

export function toSeverity(s: SeveritySetting): Severity | 'off' {
  return s === 'warn' ? 'warning' : s;
}

export function settingSeverity(setting: RuleSetting): SeveritySetting {
  return typeof setting === 'string' ? setting : setting[0];
}

export function settingOptions(setting: RuleSetting | undefined): unknown {
  return setting === undefined || typeof setting === 'string' ? undefined : setting[1];
}

/** Later layers win: built-in defaults, then each config in the `extends` chain, then the plan. */
export function mergeSettings(...layers: (RuleSettings | undefined)[]): RuleSettings {
  const out: RuleSettings = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, setting] of Object.entries(layer)) {
      const prev = out[id];
      // `rule: warn` after `rule: [error, {opts}]` changes the level and keeps the options.
      if (typeof setting === 'string' && prev !== undefined && typeof prev !== 'string') {
        out[id] = [setting, ...prev.slice(1)] as RuleSetting;
      } else out[id] = setting;
    }
  }
  return out;
}

/**
 * What each rule's setting made of it before, by rule and setting (a string, or the
 * array itself): every check of every keystroke asks again, with the same settings.
 * The options a rule gets are shared between checks, as they were shared between the
 * files of one check: rules read them, never change them.
 */
const effective = new WeakMap<AnyRule, Map<RuleSetting | undefined, EffectiveRule>>();

export function effectiveRules(rules: ReadonlyMap<string, AnyRule>, settings: RuleSettings): EffectiveRule[] {
  const out: EffectiveRule[] = [];
  for (const [id, rule] of rules) {
    const setting = settings[id];
    let byRule = effective.get(rule);
    if (!byRule) effective.set(rule, (byRule = new Map()));
    let entry = byRule.get(setting);
    if (!entry) {
      entry = effectiveRule(rule, setting);
      // Settings made anew (a plan's own `rules:` after each edit) would fill the map.
      if (byRule.size > 64) byRule.clear();
      byRule.set(setting, entry);
    }
    out.push(entry);
  }
  return out;
}

function effectiveRule(rule: AnyRule, setting: RuleSetting | undefined): EffectiveRule {
  const severity = toSeverity(setting === undefined ? rule.meta.severity : settingSeverity(setting));
  const raw = settingOptions(setting);
  let options: unknown = raw;
  let optionsError: string | undefined;
  if (rule.meta.options) {
    const parsed = rule.meta.options.safeParse(raw ?? {});
    if (parsed.success) options = parsed.data;
    else {
      optionsError = parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ');
      options = rule.meta.options.parse({});
    }
  }
  const entry: EffectiveRule = { rule, severity, options };
  if (optionsError !== undefined) entry.optionsError = optionsError;
  return entry;
}
