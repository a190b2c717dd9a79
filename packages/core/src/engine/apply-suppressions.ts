import type { Diagnostic, SuppressedDiagnostic } from '../diagnostics.js';
import { formatMessage } from '../i18n/message.js';
import type { PlanAnalysis } from '../model/analysis.js';
import type { AnyRule } from './define.js';
import type { EffectiveRule } from './settings.js';
import { CleanVersions } from '../yaml/clean-versions.js';
import { DIRECTIVE_WORD, findDirectives } from './suppressions.js';

/** The rule that reports the comments themselves (rules/suppression-comment.ts), found among the known rules. */
const SELF = 'suppression-comment';
type SelfMessage = 'missingRule' | 'unknownRule' | 'missingReason' | 'unused';

/**
 * Move diagnostics covered by a valid suppression comment aside, and report comments
 * that are malformed (no reason, unknown rule) or that suppress nothing.
 */
/** The versions of each file without a suppression comment (see CleanVersions). */
const withoutDirectives = new CleanVersions();

export function applySuppressions(
  analysis: PlanAnalysis,
  diagnostics: Diagnostic[],
  effective: EffectiveRule[],
  known: ReadonlyMap<string, AnyRule>,
  /** Ids of rules from plugins that were not loaded: neither unknown nor unused, just unchecked. */
  unverifiable: (ruleId: string) => boolean = () => false,
): { kept: Diagnostic[]; suppressed: SuppressedDiagnostic[] } {
  const source = analysis.source;
  // Nearly every text has no directive, and after a version without one only the lines
  // of the change can bring one in.
  if (withoutDirectives.clean(source.history, source.text, (span) => !span.includes(DIRECTIVE_WORD))) return { kept: diagnostics, suppressed: [] };
  const directives = findDirectives(source.text, source.lines).filter((d) => d.kind !== 'enable');
  if (directives.length === 0) return { kept: diagnostics, suppressed: [] };
  const self = known.get(SELF);
  const selfSetting = effective.find((e) => e.rule.meta.id === SELF);
  const selfSeverity = selfSetting?.severity ?? 'error';
  const problems: Diagnostic[] = [];
  const report = (messageId: SelfMessage, data: Record<string, string>, start: number, end: number) => {
    const message = self?.meta.messages[messageId];
    if (selfSeverity === 'off' || !message) return;
    const offsets = { start, end };
    problems.push({
      uri: analysis.uri,
      ruleId: SELF,
      severity: selfSeverity,
      messageId,
      data,
      message: formatMessage(message, data),
      range: source.lines.range(offsets),
      offsets,
    });
  };

  const valid = directives.filter((d) => {
    if (d.ruleIds.length === 0) {
      report('missingRule', {}, d.range.start, d.range.end);
      return false;
    }
    const unknown = d.ruleIds.filter((id) => !known.has(id) && !unverifiable(id));
    for (const id of unknown) report('unknownRule', { rule: id }, d.range.start, d.range.end);
    if (!d.reason) {
      report('missingReason', { rules: d.ruleIds.join(', ') }, d.range.start, d.range.end);
      return false;
    }
    return unknown.length < d.ruleIds.length;
  });

  const used = new Set<(typeof valid)[number]>();
  const kept: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  for (const diag of diagnostics) {
    const line = diag.range.start.line;
    const by = valid.find((d) => d.ruleIds.includes(diag.ruleId) && line >= d.fromLine && line <= d.toLine);
    if (by) {
      used.add(by);
      suppressed.push({ ...diag, suppression: { reason: by.reason ?? '', range: source.lines.range(by.range) } });
    } else kept.push(diag);
  }
  for (const d of valid) {
    if (!used.has(d) && !d.ruleIds.some(unverifiable)) report('unused', { rules: d.ruleIds.join(', ') }, d.range.start, d.range.end);
  }
  return { kept: [...kept, ...problems], suppressed };
}
