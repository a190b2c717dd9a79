import { pick, type Diagnostic, type Fix, type Locale, type SuppressedDiagnostic } from '@kehoach/core';
import { countOf, type Report } from './report.js';

/**
 * Machine output in ESLint's shape (one entry per checked file), so tools that read
 * ESLint's JSON need little change. Positions are 1-based; `endColumn` is just past the
 * range; fix ranges are UTF-16 offsets into the text without its byte order mark.
 */
export function formatJson(report: Report): string {
  const out = report.files.map((f) => {
    const c = countOf(f.diagnostics);
    return {
      filePath: f.path,
      kind: f.kind,
      errorCount: c.errors,
      warningCount: c.warnings,
      infoCount: c.infos,
      fixableCount: c.fixable,
      messages: f.diagnostics.map((d) => message(d, report.locale)),
      suppressed: f.suppressed.map((d) => suppressedMessage(d, report.locale)),
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}

function message(d: Diagnostic, locale: Locale) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    messageId: d.messageId,
    message: pick(d.message, locale),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    ...(d.origin ? { origin: d.origin } : {}),
    ...(d.fix ? { fix: fix(d.fix, locale) } : {}),
    ...(d.suggestions?.length ? { suggestions: d.suggestions.map((s) => fix(s, locale)) } : {}),
  };
}

function suppressedMessage(d: SuppressedDiagnostic, locale: Locale) {
  const at = d.suppression.range.start;
  return { ...message(d, locale), suppression: { reason: d.suppression.reason, line: at.line + 1, column: at.character + 1 } };
}

function fix(f: Fix, locale: Locale) {
  return {
    title: pick(f.title, locale),
    ...(f.uri ? { filePath: f.uri } : {}),
    edits: f.edits.map((e) => ({ range: [e.range.start, e.range.end], text: e.newText })),
  };
}
