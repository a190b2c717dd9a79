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

export function effectiveRules(rules: ReadonlyMap<string, AnyRule>, settings: RuleSettings): EffectiveRule[] {
  const out: EffectiveRule[] = [];
  for (const [id, rule] of rules) {
    const setting = settings[id];
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
    out.push(entry);
  }
  return out;
}
