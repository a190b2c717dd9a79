import { timeframeText, walkPlan, type PlanAnalysis, type Table, type TableItem, type TimeframeValue, tableOrder } from '@kehoach/core';
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { reportText, timeframeSummary } from './describe.js';
import { fromLabel } from './describe-task.js';
import { reportHints } from './report.js';
import { indexOf } from './symbols-index.js';

/**
 * After a timeframe phrase, the dates it resolves to; after a task's id, what the
 * task inherits (a group's lead or requested bodies, a timeframe, a report path) when
 * it states none itself — the plan's general report path only on the first task; before
 * a table row, its order number.
 */
export async function inlayHints(ctx: ServiceContext, uri: string, range: Range): Promise<InlayHint[]> {
  const dc = await docContext(ctx, uri);
  if (!dc || (dc.doc.kind !== 'plan' && dc.doc.kind !== 'report')) return [];
  const from = dc.offsetAt(range.start);
  const to = dc.offsetAt(range.end);
  const analysis = dc.analysis;
  const out: InlayHint[] = [];
  const inRange = (offset: number): boolean => offset >= from && offset <= to;
  // A report: its deadline after `period:`, each result's task deadline after `task:`.
  if (dc.doc.kind === 'report') return reportHints(dc, inRange).map((h) => hint(dc, h.offset, h.label, undefined));

  for (const m of indexOf(analysis).mentions) {
    if (m.kind !== 'timeframe' || !inRange(m.range.end)) continue;
    const summary = timeframeSummary(analysis.timeframe(m.text), dc.locale);
    if (summary) out.push(hint(dc, m.range.end, `→ ${summary}`, InlayHintKind.Type));
  }

  // The plan's general report path applies to every task alike: said once, on the first
  // task that inherits it, not repeated on each.
  let planReportShown = false;
  for (const view of analysis.tasks()) {
    const planReport = view.report?.source === 'plan';
    const showReport = view.report && view.report.source !== 'task' && !(planReport && planReportShown);
    if (planReport) planReportShown = true;
    const idRange = analysis.source.valueRange(view.task, 'id');
    if (!idRange || !inRange(idRange.end)) continue;
    const lineEnd = analysis.source.lines.lineEnd(analysis.source.lines.positionAt(idRange.end).line);
    const parts: string[] = [];
    const en = dc.locale === 'en';
    if (view.leadSource === 'group' && view.leads.length) {
      const label = view.request ? (en ? 'requested of' : 'đề nghị') : en ? 'lead' : 'chủ trì';
      parts.push(`${label}: ${view.leads.join('; ')} (${fromLabel('group', view.leadHolder, dc.locale)})`);
    }
    if (view.timeframe && view.timeframe.source !== 'task') parts.push(inherited(dc, analysis, view.timeframe.value, view.timeframe.source, view.timeframe.holder));
    if (view.report && showReport) {
      parts.push(`${en ? 'report' : 'báo cáo'}: ${reportText(view.report.value, dc.locale)} (${fromLabel(view.report.source, view.report.holder, dc.locale)})`);
    }
    if (parts.length) out.push(hint(dc, lineEnd, parts.join(' · '), undefined));
  }
  out.push(...rowNumbers(dc, analysis, inRange));
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/** "STT 3" before each row of a task table (group rows: "I", "II"), as the rendered table numbers it. */
function rowNumbers(dc: DocContext, analysis: PlanAnalysis, inRange: (offset: number) => boolean): InlayHint[] {
  const plan = analysis.plan;
  if (!plan) return [];
  const out: InlayHint[] = [];
  const label = dc.locale === 'en' ? 'No.' : 'STT';
  walkPlan(plan, (v) => {
    if (v.kind !== 'table') return;
    const table = (v.item as TableItem).table as Table | undefined;
    if (!table || typeof table !== 'object') return;
    for (const [row, n] of tableOrder(table)) {
      const r = analysis.source.range(row);
      if (!r || !inRange(r.start)) continue;
      out.push({ position: dc.rangeOf({ start: r.start, end: r.start }).start, label: `${label} ${n}`, paddingRight: true });
    }
  });
  return out;
}

function inherited(dc: DocContext, analysis: PlanAnalysis, value: TimeframeValue, source: Parameters<typeof fromLabel>[0], holder: object | undefined): string {
  const dates = timeframeSummary(analysis.timeframe(value), dc.locale);
  const label = dc.locale === 'en' ? 'timeframe' : 'thời gian';
  return `${label}: ${timeframeText(value)}${dates ? ` → ${dates}` : ''} (${fromLabel(source, holder, dc.locale)})`;
}

function hint(dc: DocContext, offset: number, label: string, kind: InlayHintKind | undefined): InlayHint {
  return { position: dc.rangeOf({ start: offset, end: offset }).start, label, paddingLeft: true, ...(kind ? { kind } : {}) };
}
