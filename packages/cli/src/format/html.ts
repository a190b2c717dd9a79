import { fill, pick, type AnyRule, type Diagnostic, type Locale, type SuppressedDiagnostic } from '@kehoach/core';
import { autoFix } from '../fix.js';
import { displayPath } from '../paths.js';
import { countOf, totals, type FileReport, type Report } from './report.js';
import { RULE_DOCS } from './sarif.js';
import { terminalLine, terminalText } from './terminal-text.js';

/**
 * One self-contained HTML page for a validation run (`kehoach validate --format html`):
 * a summary, then per file each problem with its line:column, severity, message, rule
 * and the source line with the span marked, then the rules that fired, explained. No
 * script, no network: its Content-Security-Policy forbids both, and every value taken
 * from a file, a path or a plugin is escaped (control and bidi characters shown as
 * `\x1b`, `\u202E`, as in the terminal).
 */
export function formatHtml(report: Report, generatedAt: Date = new Date()): string {
  const { locale } = report;
  const w = (id: WordId, data?: Record<string, string | number>): string => word(locale, id, data);
  const c = totals(report.files);
  const withProblems = report.files.filter((f) => f.diagnostics.length > 0);
  const clean = report.files.filter((f) => f.diagnostics.length === 0);
  const fired = new Map<string, AnyRule | undefined>();
  for (const f of report.files) for (const d of [...f.diagnostics, ...f.suppressed]) if (!fired.has(d.ruleId)) fired.set(d.ruleId, report.rules.get(d.ruleId));
  const verdict = report.failures.length > 0 ? 'verdictFailures' : c.errors > 0 ? 'verdictErrors' : c.warnings + c.infos > 0 ? 'verdictWarnings' : 'verdictClean';

  const out: string[] = [];
  out.push(`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kehoach ${esc(report.version)}">
<title>${esc(w('title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(w('title'))}</h1>
<p class="meta">${esc(w('meta', { version: report.version, root: report.root, time: stamp(generatedAt, locale) }))}</p>
<p class="verdict ${verdict}" id="verdict">${esc(w(verdict))}</p>
<dl class="summary" id="summary">
${count('errors', c.errors, w('errors'))}
${count('warnings', c.warnings, w('warnings'))}
${count('infos', c.infos, w('infos'))}
${count('files', report.files.length, w('filesChecked'))}
${count('files-with-problems', withProblems.length, w('filesWithProblems'))}
${count('suppressed', c.suppressed, w('suppressed'))}
${count('fixable', report.fixing ? 0 : c.fixable, w('fixable'))}
${report.failures.length ? count('failures', report.failures.length, w('unreadable')) : ''}
</dl>`);
  if (withProblems.length) {
    out.push(`<nav aria-label="${esc(w('files'))}"><ol class="toc">`);
    withProblems.forEach((f, i) => {
      const fc = countOf(f.diagnostics);
      out.push(`<li><a href="#file-${i + 1}">${esc(shown(report, f.path))}</a> <span class="tally">${esc(tally(fc, locale))}</span></li>`);
    });
    out.push('</ol></nav>');
  }
  out.push('</header>', '<main>');

  if (report.failures.length) {
    out.push(`<section class="failures" id="failures"><h2>${esc(w('unreadable'))}</h2><ul>`);
    for (const f of report.failures) out.push(`<li>${esc(line(f.message))}</li>`);
    out.push('</ul></section>');
  }
  withProblems.forEach((f, i) => out.push(fileSection(f, i + 1, report)));
  if (clean.length) {
    out.push(`<section class="clean" id="clean"><h2>${esc(w('cleanFiles', { count: clean.length }))}</h2><ul>`);
    for (const f of clean) out.push(`<li>${esc(shown(report, f.path))}${f.suppressed.length ? ` <span class="tally">${esc(w('suppressedCount', { count: f.suppressed.length }))}</span>` : ''}</li>`);
    out.push('</ul></section>');
  }
  if (fired.size) {
    out.push(`<section class="rules" id="rules"><h2>${esc(w('rules'))}</h2>`);
    for (const [id, rule] of [...fired].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out.push(ruleArticle(id, rule, locale));
    out.push('</section>');
  }
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

function fileSection(file: FileReport, n: number, report: Report): string {
  const { locale } = report;
  const path = shown(report, file.path);
  const out = [`<section class="file" id="file-${n}">`, `<h2><span class="path">${esc(path)}</span> <span class="tally">${esc(tally(countOf(file.diagnostics), locale))}</span></h2>`, '<ol class="problems">'];
  for (const d of file.diagnostics) out.push(problem(d, file, report, path));
  out.push('</ol>');
  if (file.suppressed.length) {
    out.push(`<details class="suppressed"><summary>${esc(word(locale, 'suppressedCount', { count: file.suppressed.length }))}</summary><ol class="problems">`);
    for (const d of file.suppressed) out.push(problem(d, file, report, path));
    out.push('</ol></details>');
  }
  out.push('</section>');
  return out.join('\n');
}

function problem(d: Diagnostic | SuppressedDiagnostic, file: FileReport, report: Report, path: string): string {
  const { locale } = report;
  const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
  const sev = d.severity;
  const parts = [
    `<li class="problem ${sev}" data-rule="${esc(d.ruleId)}">`,
    `<p class="head"><span class="where" title="${esc(`${path}:${where}`)}">${where}</span> <span class="severity">${esc(word(locale, sev))}</span> <span class="message">${esc(line(pick(d.message, locale)))}</span> <a class="rule-id" href="#rule-${esc(d.ruleId)}">${esc(line(d.ruleId))}</a>${autoFix(d) && !report.fixing ? ` <span class="fixable">${esc(word(locale, 'fixableOne'))}</span>` : ''}</p>`,
    sourceLine(file, d),
  ];
  if ('suppression' in d) parts.push(`<p class="reason">${esc(word(locale, 'suppressedBecause', { reason: line(d.suppression.reason) }))}</p>`);
  if (d.related?.length) {
    parts.push('<ul class="related">');
    for (const r of d.related) {
      const at = `${shown(report, r.uri)}:${r.range.start.line + 1}:${r.range.start.character + 1}`;
      parts.push(`<li>${esc(line(pick(r.message, locale)))} <span class="at">(${esc(at)})</span></li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</li>');
  return parts.join('\n');
}

/** The reported line, its range marked (to the end of the line when the range goes on). */
function sourceLine(file: FileReport, d: Diagnostic): string {
  const n = d.range.start.line;
  if (n >= file.lines.lineCount) return '';
  const text = file.lines.lineText(n).replace(/\t/g, ' ');
  const s = Math.min(d.range.start.character, text.length);
  const multi = d.range.end.line > n;
  const e = Math.max(s, multi ? text.length : Math.min(d.range.end.character, text.length));
  const marked = text.slice(s, e);
  const mark = marked === '' ? '<mark class="empty"></mark>' : `<mark>${esc(line(marked))}</mark>`;
  return `<pre class="source"><span class="ln">${n + 1}</span>${esc(line(text.slice(0, s)))}${mark}${esc(line(text.slice(e)))}${multi ? '<span class="more">…</span>' : ''}</pre>`;
}

function ruleArticle(id: string, rule: AnyRule | undefined, locale: Locale): string {
  const out = [`<article class="rule" id="rule-${esc(id)}">`, `<h3>${esc(line(id))}</h3>`];
  if (rule) {
    const m = rule.meta;
    out.push(`<p>${esc(line(pick(m.description, locale)))}</p>`);
    out.push(`<p class="rationale">${esc(terminalText(pick(m.rationale, locale)))}</p>`);
    out.push(`<p class="default">${esc(word(locale, 'defaultSeverity', { severity: word(locale, m.severity === 'warn' ? 'warning' : m.severity === 'off' ? 'off' : m.severity) }))}</p>`);
  }
  out.push(`<p class="more">${esc(word(locale, 'explain'))} <code>kehoach explain ${esc(line(id))}</code>${rule ? ` · <a href="${esc(`${RULE_DOCS}/${encodeURIComponent(id)}.md`)}" rel="noreferrer">${esc(word(locale, 'docs'))}</a>` : ''}</p>`);
  out.push('</article>');
  return out.join('\n');
}

function count(id: string, n: number, label: string): string {
  return `<div class="count ${id}${n === 0 ? ' zero' : ''}" id="count-${id}"><dt>${esc(label)}</dt><dd>${n}</dd></div>`;
}

function tally(c: { errors: number; warnings: number; infos: number }, locale: Locale): string {
  const parts = [word(locale, 'nErrors', { count: c.errors }), word(locale, 'nWarnings', { count: c.warnings })];
  if (c.infos) parts.push(word(locale, 'nInfos', { count: c.infos }));
  return parts.join(', ');
}

function shown(report: Report, path: string): string {
  return line(displayPath(report.cwd, path));
}

/** A value on one line of the page: control and bidi characters made visible, as in the terminal. */
function line(text: string): string {
  return terminalLine(text);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

function stamp(at: Date, locale: Locale): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  const date = `${p(at.getDate())}/${p(at.getMonth() + 1)}/${at.getFullYear()}`;
  const time = `${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}`;
  return locale === 'en' ? `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${time}` : `${time} ngày ${date}`;
}

const WORDS = {
  title: { vi: 'Kết quả kiểm tra kế hoạch', en: 'Plan check report' },
  meta: { vi: 'kehoach {version} · gốc dự án {root} · lúc {time}', en: 'kehoach {version} · project root {root} · at {time}' },
  verdictClean: { vi: 'Không có vấn đề nào.', en: 'No problems found.' },
  verdictErrors: { vi: 'Có lỗi phải sửa trước khi ban hành.', en: 'There are errors to fix before issuing.' },
  verdictWarnings: { vi: 'Không có lỗi; còn cảnh báo hoặc thông tin nên xem.', en: 'No errors; some warnings or notes to look at.' },
  verdictFailures: { vi: 'Có tệp không đọc được (xem dưới).', en: 'Some files could not be read (see below).' },
  errors: { vi: 'Lỗi', en: 'Errors' },
  warnings: { vi: 'Cảnh báo', en: 'Warnings' },
  infos: { vi: 'Thông tin', en: 'Notes' },
  filesChecked: { vi: 'Tệp đã kiểm tra', en: 'Files checked' },
  filesWithProblems: { vi: 'Tệp có vấn đề', en: 'Files with problems' },
  suppressed: { vi: 'Đã tắt bằng chú thích', en: 'Suppressed by comments' },
  fixable: { vi: 'Sửa tự động được (--fix)', en: 'Fixable with --fix' },
  unreadable: { vi: 'Tệp không đọc được', en: 'Files that could not be read' },
  files: { vi: 'Các tệp', en: 'Files' },
  cleanFiles: { vi: 'Tệp không có vấn đề ({count})', en: 'Files without problems ({count})' },
  suppressedCount: { vi: '{count} vấn đề đã tắt bằng chú thích', en: '{count} suppressed by comments' },
  suppressedBecause: { vi: 'Đã tắt, lý do: {reason}', en: 'Suppressed, because: {reason}' },
  rules: { vi: 'Các quy tắc', en: 'Rules' },
  defaultSeverity: { vi: 'Mức mặc định: {severity}', en: 'Default severity: {severity}' },
  explain: { vi: 'Giải thích đầy đủ, ví dụ đúng và sai:', en: 'Full explanation with examples:' },
  docs: { vi: 'trang tài liệu', en: 'docs page' },
  fixableOne: { vi: 'sửa tự động được', en: 'fixable' },
  nErrors: { vi: '{count} lỗi', en: '{count} error(s)' },
  nWarnings: { vi: '{count} cảnh báo', en: '{count} warning(s)' },
  nInfos: { vi: '{count} thông tin', en: '{count} note(s)' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'thông tin', en: 'note' },
  off: { vi: 'tắt', en: 'off' },
} as const satisfies Record<string, { vi: string; en: string }>;

type WordId = keyof typeof WORDS;

function word(locale: Locale, id: WordId, data?: Record<string, string | number>): string {
  return fill(WORDS[id][locale], data);
}

const STYLE = `
:root{color-scheme:light;--err:#b3261e;--warn:#8a5a00;--info:#1f5fa8;--ok:#1e6b34;--line:#d9d9d9}
body{font:15px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1c1c1c;background:#fff}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.6rem 0 .4rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.meta{color:#555;margin:.2rem 0 .8rem;overflow-wrap:anywhere}
.verdict{font-weight:600;padding:.4rem .7rem;border-radius:4px;display:inline-block}
.verdictErrors,.verdictFailures{background:#fbe9e7;color:var(--err)}.verdictWarnings{background:#fff4d6;color:var(--warn)}.verdictClean{background:#e6f4ea;color:var(--ok)}
.summary{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
.count{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;min-width:7rem}
.count dt{font-size:.85rem;color:#555}.count dd{margin:0;font-size:1.5rem;font-weight:700}
.count.errors:not(.zero) dd{color:var(--err)}.count.warnings:not(.zero) dd{color:var(--warn)}.count.infos:not(.zero) dd{color:var(--info)}
.toc{padding-left:1.4rem}.tally{color:#555;font-size:.9rem;font-weight:normal}
.path{font-family:ui-monospace,Consolas,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
.problems{list-style:none;padding:0;margin:0}
.problem{border-left:4px solid var(--line);padding:.3rem .8rem;margin:.6rem 0}
.problem.error{border-color:var(--err)}.problem.warning{border-color:var(--warn)}.problem.info{border-color:var(--info)}
.head{margin:0}.where{font-family:ui-monospace,Consolas,monospace;color:#555}
.severity{font-weight:700;text-transform:uppercase;font-size:.8rem;margin:0 .3rem}
.error .severity{color:var(--err)}.warning .severity{color:var(--warn)}.info .severity{color:var(--info)}
.rule-id{font-family:ui-monospace,Consolas,monospace;font-size:.85rem}.fixable{font-size:.8rem;color:var(--ok)}
.source{background:#f6f6f6;border:1px solid var(--line);border-radius:4px;padding:.3rem .6rem;margin:.3rem 0;white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.45 ui-monospace,Consolas,"DejaVu Sans Mono",monospace}
.ln{color:#888;user-select:none;margin-right:.8rem}.ln::after{content:" |"}
mark{background:#ffd7d2;color:inherit;text-decoration:underline wavy var(--err);text-underline-offset:3px}
.warning mark{background:#fff0c2;text-decoration-color:var(--warn)}.info mark{background:#dbe9f8;text-decoration-color:var(--info)}
mark.empty{display:inline-block;width:.5ch;height:1em;vertical-align:text-bottom}
.related{margin:.2rem 0;padding-left:1.2rem;color:#444}.at{font-family:ui-monospace,Consolas,monospace;font-size:.85rem}
.reason{margin:.2rem 0;color:#444}
article.rule{border:1px solid var(--line);border-radius:6px;padding:.2rem .9rem;margin:.7rem 0}
article.rule h3{font-family:ui-monospace,Consolas,monospace;font-size:1rem}.rationale{color:#333;white-space:pre-line}
@media print{.summary{gap:.3rem}.problem{break-inside:avoid}}
`;
