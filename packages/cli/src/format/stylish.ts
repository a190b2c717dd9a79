import { pick, type Diagnostic, type Locale } from '@kehoach/core';
import { plural, t } from '../messages.js';
import { displayPath } from '../paths.js';
import { palette, type Palette } from './colors.js';
import { totals, type Counts, type FileReport, type Report } from './report.js';
import { displayWidth, snippet } from './snippet.js';
import { terminalLine } from './terminal-text.js';

/**
 * Human output, grouped by file as ESLint's "stylish" is, with each problem's source
 * line and a caret underline so the reader need not open the file to see what is meant.
 * Every problem also carries a `path:line:col` link that terminals and editors open.
 */
export function formatStylish(report: Report): string {
  const p = palette(report.color);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    // One line at a time: a plan with a hundred thousand problems has more lines than a call takes arguments.
    for (const line of fileBlock(file, report, p)) out.push(line);
    out.push('');
  }
  out.push(summary(report, p));
  return `${out.join('\n')}\n`;
}

function fileBlock(file: FileReport, report: Report, p: Palette): string[] {
  const { locale } = report;
  // Every value from a file, a path or a plugin is escaped before the palette colours the line.
  const shown = terminalLine(displayPath(report.cwd, file.path));
  const rows = file.diagnostics.map((d) => ({
    d,
    where: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
    label: t(locale, d.severity),
  }));
  const whereWidth = rows.reduce((w, r) => Math.max(w, r.where.length), 0);
  const labelWidth = rows.reduce((w, r) => Math.max(w, displayWidth(r.label)), 0);
  const lines = [p.underline(shown)];
  for (const { d, where, label } of rows) {
    const paddedLabel = label + ' '.repeat(labelWidth - displayWidth(label));
    lines.push(`  ${p.dim(where.padEnd(whereWidth))}  ${severityColor(d, p)(paddedLabel)}  ${terminalLine(pick(d.message, locale))}  ${p.dim(terminalLine(d.ruleId))}`);
    lines.push(...source(file, d, shown, p));
    for (const r of d.related ?? []) {
      const at = `${terminalLine(displayPath(report.cwd, r.uri))}:${r.range.start.line + 1}:${r.range.start.character + 1}`;
      lines.push(`      ${p.dim('↳')} ${terminalLine(pick(r.message, locale))} ${p.dim(`(${at})`)}`);
    }
  }
  return lines;
}

function source(file: FileReport, d: Diagnostic, shown: string, p: Palette): string[] {
  const s = snippet(file.lines, d.range);
  const gutter = ' '.repeat(s.gutter.length);
  return [
    `    ${p.dim('-->')} ${shown}:${d.range.start.line + 1}:${d.range.start.character + 1}`,
    `    ${p.dim(`${s.gutter} |`)} ${s.code}`,
    `    ${p.dim(`${gutter} |`)} ${' '.repeat(s.pad)}${severityColor(d, p)(s.carets)}`,
  ];
}

function severityColor(d: Diagnostic, p: Palette): (s: string) => string {
  return d.severity === 'error' ? p.red : d.severity === 'warning' ? p.yellow : p.blue;
}

function summary(report: Report, p: Palette): string {
  const c = totals(report.files);
  const { locale } = report;
  const suppressed = c.suppressed > 0 ? `; ${t(locale, 'summarySuppressed', { count: c.suppressed })}` : '';
  if (c.errors + c.warnings + c.infos === 0) {
    const files = report.files.length;
    return p.green(`✓ ${t(locale, 'summaryClean', { files, fileWord: plural(files, 'file') })}${suppressed}`);
  }
  const color = c.errors > 0 ? p.red : c.warnings > 0 ? p.yellow : p.blue;
  const head = p.bold(color(`✖ ${problemLine(c, locale)}`)) + suppressed;
  // After --fix, what is left has no safe fix that applied: do not promise one.
  if (c.fixable > 0 && !report.fixing) return `${head}
  ${t(locale, 'summaryFixable', { count: c.fixable })}`;
  return head;
}

export function problemLine(c: Counts, locale: Locale): string {
  const parts = [
    t(locale, 'summaryErrors', { count: c.errors, errorWord: plural(c.errors, 'error') }),
    t(locale, 'summaryWarnings', { count: c.warnings, warningWord: plural(c.warnings, 'warning') }),
  ];
  if (c.infos > 0) parts.push(t(locale, 'summaryInfos', { count: c.infos }));
  const count = c.errors + c.warnings + c.infos;
  return t(locale, 'summaryProblems', { count, problemWord: plural(count, 'problem'), parts: parts.join(', ') });
}
