import { timeframeText, type PlanAnalysis, type TimeframeValue } from '@kehoach/core';
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { reportText, sourceLabel, timeframeSummary } from './describe.js';
import { indexOf } from './symbols-index.js';

/**
 * After a timeframe phrase, the dates it resolves to; after a task's id, what the
 * task inherits (timeframe, report path) when it states none itself.
 */
export async function inlayHints(ctx: ServiceContext, uri: string, range: Range): Promise<InlayHint[]> {
  const dc = await docContext(ctx, uri);
  if (!dc || dc.doc.kind !== 'plan') return [];
  const from = dc.offsetAt(range.start);
  const to = dc.offsetAt(range.end);
  const analysis = dc.analysis;
  const out: InlayHint[] = [];
  const inRange = (offset: number): boolean => offset >= from && offset <= to;

  for (const m of indexOf(analysis).mentions) {
    if (m.kind !== 'timeframe' || !inRange(m.range.end)) continue;
    const summary = timeframeSummary(analysis.timeframe(m.text), dc.locale);
    if (summary) out.push(hint(dc, m.range.end, `→ ${summary}`, InlayHintKind.Type));
  }

  for (const view of analysis.tasks()) {
    const idRange = analysis.source.valueRange(view.task, 'id');
    if (!idRange || !inRange(idRange.end)) continue;
    const lineEnd = analysis.source.lines.lineEnd(analysis.source.lines.positionAt(idRange.end).line);
    const parts: string[] = [];
    if (view.timeframe && view.timeframe.source !== 'task') parts.push(inherited(dc, analysis, view.timeframe.value, view.timeframe.source));
    if (view.report && view.report.source !== 'task') {
      const label = dc.locale === 'en' ? 'report' : 'báo cáo';
      parts.push(`${label}: ${reportText(view.report.value, dc.locale)} (${sourceLabel(view.report.source, dc.locale)})`);
    }
    if (parts.length) out.push(hint(dc, lineEnd, parts.join(' · '), undefined));
  }
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function inherited(dc: DocContext, analysis: PlanAnalysis, value: TimeframeValue, source: Parameters<typeof sourceLabel>[0]): string {
  const dates = timeframeSummary(analysis.timeframe(value), dc.locale);
  const label = dc.locale === 'en' ? 'timeframe' : 'thời gian';
  return `${label}: ${timeframeText(value)}${dates ? ` → ${dates}` : ''} (${sourceLabel(source, dc.locale)})`;
}

function hint(dc: DocContext, offset: number, label: string, kind: InlayHintKind | undefined): InlayHint {
  return { position: dc.rangeOf({ start: offset, end: offset }).start, label, paddingLeft: true, ...(kind ? { kind } : {}) };
}
