import { detectEol, pick, type Diagnostic, type Fix, type TextEdit } from '@kehoach/core';
import { keyName } from '@kehoach/core/internal';
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { toLspDiagnostic } from './diagnostics.js';
import { REPORT_MESSAGES, readingOf, say, scaffoldEdit } from './report.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kehoach`;

export async function codeActions(ctx: ServiceContext, uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
  const dc = await docContext(ctx, uri);
  if (!dc) return [];
  const entry = ctx.ws.check(dc.doc.path);
  const check = await entry.promise;
  if (!check || entry.version !== dc.doc.version) return [];
  const start = dc.offsetAt(range.start);
  const end = dc.offsetAt(range.end);
  const convert = (d: Diagnostic) =>
    toLspDiagnostic(d, { locale: dc.locale, version: dc.doc.version, source: dc.analysis.source, uriOf: (p) => ctx.ws.uriOf(p), docsUrl: ctx.docsUrl });
  const actions: CodeAction[] = [];
  for (const d of check.diagnostics) {
    if (d.offsets.end < start || d.offsets.start > end) continue;
    const lsp = convert(d);
    if (d.fix) {
      const edit = await workspaceEdit(ctx, dc, d, d.fix);
      if (edit) actions.push({ title: pick(d.fix.title, dc.locale), kind: CodeActionKind.QuickFix, diagnostics: [lsp], isPreferred: true, edit });
    }
    for (const s of d.suggestions ?? []) {
      const edit = await workspaceEdit(ctx, dc, d, s);
      if (edit) actions.push({ title: pick(s.title, dc.locale), kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit });
    }
    if (d.ruleId !== 'suppression-comment') actions.push(suppressAction(ctx, dc, d, lsp));
  }
  const due = addDueAction(dc, start, end, check.diagnostics, convert);
  if (due) actions.push(due);
  const fixAll = fixAllAction(dc, check.diagnostics);
  if (fixAll) actions.push(fixAll);
  if (!only?.length) return actions;
  return actions.filter((a) => only.some((k) => a.kind === k || (a.kind ?? '').startsWith(`${k}.`)));
}

async function workspaceEdit(ctx: ServiceContext, dc: DocContext, d: Diagnostic, fix: Fix): Promise<WorkspaceEdit | undefined> {
  const target = fix.uri ?? d.uri;
  let lines = dc.analysis.source.lines;
  if (target !== dc.doc.path) {
    const other = await ctx.ws.analyze(target);
    if (!other) return undefined;
    lines = other.analysis.source.lines;
  }
  const edits: LspTextEdit[] = fix.edits.map((e) => ({ range: lines.range(e.range), newText: e.newText }));
  // A value the author must write ("lead: <Cơ quan chủ trì>") is inserted selected, where
  // the client takes snippet edits: typing replaces it, no "<...>" is left behind.
  if (ctx.snippetEdits && target === dc.doc.path && edits.some((e) => PLACEHOLDER.test(e.newText))) {
    let n = 0;
    const snippet = (text: string): string =>
      text
        .split(PLACEHOLDERS)
        .map((part, i) => (i % 2 === 1 ? `\${${++n}:${escapeSnippet(part)}}` : escapeSnippet(part)))
        .join('');
    return {
      documentChanges: [
        {
          textDocument: { uri: dc.doc.uri, version: dc.doc.version },
          edits: edits.map((e) => (PLACEHOLDER.test(e.newText) ? { range: e.range, snippet: { kind: 'snippet', value: snippet(e.newText) } } : e)),
        },
      ],
    } as WorkspaceEdit;
  }
  return { changes: { [ctx.ws.uriOf(target)]: edits } };
}

const PLACEHOLDER = /<[^<>\n]+>/;
/** Splits a text into plain parts and the insides of its `<...>` placeholders (odd indexes). */
const PLACEHOLDERS = /<([^<>\n]+)>/;

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * "# kehoach-disable-next-line <rule> -- <lý do>" above the diagnostic's line, at that
 * line's indentation. The reason is the author's to write: a snippet selects it where
 * the client can, and the placeholder says what belongs there everywhere else.
 */
function suppressAction(ctx: ServiceContext, dc: DocContext, d: Diagnostic, lsp: LspDiagnostic): CodeAction {
  const lines = dc.analysis.source.lines;
  const line = d.range.start.line;
  const indent = /^[ \t]*/.exec(lines.lineText(line))?.[0] ?? '';
  const eol = detectEol(dc.doc.text);
  const reason = dc.locale === 'en' ? '<reason>' : '<lý do>';
  const head = `${indent}# kehoach-disable-next-line ${d.ruleId} -- `;
  const at = { line, character: 0 };
  const title = dc.locale === 'en' ? `Suppress ${d.ruleId} on this line (give a reason)` : `Tắt ${d.ruleId} cho dòng này (ghi rõ lý do)`;
  const edit: WorkspaceEdit = ctx.snippetEdits
    ? {
        documentChanges: [
          {
            textDocument: { uri: dc.doc.uri, version: dc.doc.version },
            edits: [{ range: { start: at, end: at }, snippet: { kind: 'snippet', value: `${head}\${1:${reason}}${eol}` } }],
          },
        ],
      }
    : { changes: { [dc.doc.uri]: [{ range: { start: at, end: at }, newText: `${head}${reason}${eol}` }] } };
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit };
}

/**
 * In a report, "add every task due in this period": a result (the task's title as a
 * comment, its id) for each task of the reporter due in the period that has none yet,
 * from core's `scaffoldResults`. Offered on `period:`, on `results` and its items, and on the
 * diagnostics of report-covers-due-tasks (which it fixes all at once), also where the
 * rule is turned off or suppressed.
 */
function addDueAction(dc: DocContext, start: number, end: number, diagnostics: Diagnostic[], convert: (d: Diagnostic) => LspDiagnostic): CodeAction | undefined {
  if (dc.loaded.kind !== 'report') return undefined;
  const overlaps = (r: { start: number; end: number }): boolean => r.start <= end && start <= r.end;
  const missing = diagnostics.filter((d) => d.ruleId === 'report-covers-due-tasks' && d.messageId === 'missing' && overlaps(d.offsets));
  const root = dc.analysis.source.root;
  const spans = (root?.kind === 'map' ? root.items : []).flatMap((p) => {
    const name = p.key ? keyName(p.key) : '';
    if (!p.key || (name !== 'results' && name !== 'period')) return [];
    return [{ start: p.key.range[0], end: p.value?.range[1] ?? p.key.range[1] }];
  });
  if (!missing.length && !spans.some(overlaps)) return undefined;
  const reading = readingOf(dc);
  const edit = reading ? scaffoldEdit(dc, reading) : undefined;
  if (!edit) return undefined;
  const lines = dc.analysis.source.lines;
  return {
    title: say(REPORT_MESSAGES.addDue, dc.locale),
    kind: CodeActionKind.QuickFix,
    ...(missing.length ? { diagnostics: missing.map(convert), isPreferred: true } : {}),
    edit: { changes: { [dc.doc.uri]: [{ range: lines.range(edit.range), newText: edit.newText }] } },
  };
}

/** Every safe fix of the file at once; overlapping fixes wait for the next run. */
function fixAllAction(dc: DocContext, diagnostics: Diagnostic[]): CodeAction | undefined {
  const chosen: TextEdit[] = [];
  for (const d of diagnostics) {
    if (!d.fix || (d.fix.uri !== undefined && d.fix.uri !== d.uri)) continue;
    const edits = d.fix.edits;
    const clash = edits.some((e) => chosen.some((c) => e.range.start < c.range.end && c.range.start < e.range.end));
    if (!clash) chosen.push(...edits);
  }
  if (chosen.length === 0) return undefined;
  chosen.sort((a, b) => a.range.start - b.range.start);
  const lines = dc.analysis.source.lines;
  return {
    title: dc.locale === 'en' ? 'Fix all safely fixable problems (kehoach)' : 'Sửa tất cả lỗi sửa được an toàn (kehoach)',
    kind: FIX_ALL_KIND,
    edit: { changes: { [dc.doc.uri]: chosen.map((e) => ({ range: lines.range(e.range), newText: e.newText })) } },
  };
}
