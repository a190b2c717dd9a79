import {
  compareDiagnostics,
  type Diagnostic,
  type Fix,
  type Severity,
  type SuppressedDiagnostic,
} from '../diagnostics.js';
import { ENGINE_MESSAGES } from '../i18n/engine-messages.js';
import { formatMessage, type Message, type MessageData } from '../i18n/message.js';
import type { PlanAnalysis } from '../model/analysis.js';
import type { ParentLink } from '../model/parent.js';
import type { FileLink } from '../model/links.js';
import type { RuleSettings } from '../schema/rule-settings.js';
import type { OffsetRange } from '../text/positions.js';
import type { RuleContextApi } from './context-api.js';
import type { AnyRule, FixInput, Locator, ReportInput } from './define.js';
import { editKeepsStructure } from './edits.js';
import { locateIn } from './locate.js';
import { effectiveRules, mergeSettings, type EffectiveRule } from './settings.js';
import { applySuppressions } from './apply-suppressions.js';

const PLAN_ONLY = ['plan'] as const;

export interface CheckInput {
  analysis: PlanAnalysis;
  rules: ReadonlyMap<string, AnyRule>;
  /** Settings from the config chain; the plan's own `rules:` are applied on top. */
  settings?: RuleSettings;
  parent?: ParentLink;
  links?: readonly FileLink[];
  /** 'file' skips rules that need other files (a lone text with no project). */
  scope?: 'file' | 'project';
  /** Rules run elsewhere (plugin rules in an isolate): known for settings and suppressions, not run here. */
  skip?: ReadonlySet<string>;
  /** Run only these rules (the isolate's side of `skip`). */
  only?: ReadonlySet<string>;
  /** Diagnostics computed elsewhere, subject to suppression comments like the rest. */
  external?: readonly Diagnostic[];
  /** Return every diagnostic without applying suppression comments (the isolate's side of `external`). */
  raw?: boolean;
  /** Called before each rule runs, so an isolate can time each rule. */
  onRule?: (ruleId: string) => void;
  /** Rule ids a suppression comment may name that cannot be checked here (a plugin not loaded). */
  unverifiable?: (ruleId: string) => boolean;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  suppressed: SuppressedDiagnostic[];
  /** The rules as they ran, for hosts that explain severities. */
  rules: EffectiveRule[];
}

export function checkPlan(input: CheckInput): CheckResult {
  const { analysis } = input;
  const plan = analysis.plan ?? {};
  const settings = mergeSettings(input.settings, plan.rules);
  const rules = effectiveRules(input.rules, settings);
  const parent = input.parent ?? { status: 'none' };
  const diagnostics: Diagnostic[] = [];
  const source = analysis.source;

  const toDiagnostic = (
    rule: AnyRule,
    severity: Severity,
    messageId: string,
    message: Message,
    data: MessageData,
    offsets: OffsetRange,
    extra: Partial<Diagnostic> = {},
  ): Diagnostic => ({
    uri: analysis.uri,
    ruleId: rule.meta.id,
    severity,
    messageId,
    data,
    message: formatMessage(message, data),
    range: source.lines.range(offsets),
    offsets,
    ...extra,
  });

  for (const eff of rules) {
    if (eff.severity === 'off') continue;
    if (input.skip?.has(eff.rule.meta.id) || (input.only && !input.only.has(eff.rule.meta.id))) continue;
    if (eff.rule.meta.scope === 'project' && input.scope === 'file') continue;
    if (!(eff.rule.meta.appliesTo ?? PLAN_ONLY).includes(analysis.kind)) continue;
    const severity = eff.severity;
    const rule = eff.rule;
    const toFix = (f: FixInput): Fix => (f.uri === undefined ? { title: f.title, edits: f.edits } : { ...f });
    const keepsStructure = (f: FixInput): boolean => (f.uri !== undefined && f.uri !== analysis.uri) || f.edits.every((e) => editKeepsStructure(source, e));
    const ctx: RuleContextApi<string, unknown> = {
      ruleId: rule.meta.id,
      uri: analysis.uri,
      source,
      analysis,
      plan,
      year: analysis.year,
      options: eff.options,
      agencies: analysis.agencies,
      schemaProblems: analysis.model.problems,
      parent,
      links: input.links ?? [],
      tasks: () => analysis.tasks(),
      rangeOf: (at: Locator) => locateIn(analysis, at).offsets,
      ruleIds: new Set(input.rules.keys()),
      report: (r: ReportInput<string>) => {
        const message = rule.meta.messages[r.messageId];
        if (!message) throw new Error(`unknown message id ${r.messageId}`);
        const extra: Partial<Diagnostic> = {};
        const where = locateIn(analysis, r.at);
        const related = [...(r.related ?? [])];
        if (where.foreign) {
          // The value comes from a template: the author fixes it through `patch:` in
          // this file, so the diagnostic stays here and points at the template too.
          const { layer, offsets } = where.foreign;
          related.unshift({
            uri: layer.uri,
            offsets,
            range: layer.source.lines.range(offsets),
            message: { vi: `Giá trị này đến từ mẫu ${layer.label}`, en: `This value comes from template ${layer.label}` },
          });
          extra.origin = layer.role === 'base' ? 'template' : 'fork';
        }
        // Fixes edit this file only: a fix computed against a template's text would be wrong here.
        // A fix that would swallow a list, a map or a comment it did not parse is dropped.
        if (r.fix && !where.foreign && keepsStructure(r.fix)) extra.fix = toFix(r.fix);
        const suggestions = where.foreign ? [] : (r.suggestions ?? []).filter(keepsStructure);
        if (suggestions.length) extra.suggestions = suggestions.map(toFix);
        if (related.length) extra.related = related;
        if (r.origin) extra.origin = r.origin;
        diagnostics.push(toDiagnostic(rule, severity, r.messageId, message, r.data ?? {}, where.offsets, extra));
      },
    };
    try {
      input.onRule?.(rule.meta.id);
      rule.check(ctx);
    } catch (error) {
      const data = { rule: rule.meta.id, error: error instanceof Error ? error.message : String(error) };
      const head = { start: 0, end: Math.min(source.text.length, source.lines.lineEnd(0)) };
      diagnostics.push(toDiagnostic(rule, 'error', 'ruleCrashed', ENGINE_MESSAGES.ruleCrashed, data, head));
    }
  }

  if (input.external) diagnostics.push(...input.external);
  if (input.raw) return { diagnostics, suppressed: [], rules };
  const { kept, suppressed } = applySuppressions(analysis, diagnostics, rules, input.rules, input.unverifiable);
  kept.sort(compareDiagnostics);
  return { diagnostics: kept, suppressed, rules };
}
