import { addDays, parseDate, planReporting, timeframeText, type PlanAnalysis, type ReportPath, type Timeframe, type TimeframeValue } from '@kehoach/core';
import { BuildContext } from '../document/context.js';
import { asItems } from '../document/lists.js';
import { recurrence } from './recurrence.js';
import { clean, dueText } from '../document/text.js';
import { contentLines, escapeText, icsDate, slug } from './format.js';
import { recurringReportEvents } from './report-events.js';

export interface CalendarOptions {
  /** DTSTAMP as an ISO date; by default the plan's date (or 1 January of its year), so the file is reproducible. */
  stamp?: string;
}

interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string[];
  /** RRULE of a recurring event. */
  rrule?: string;
}

/**
 * The plan's deadlines as iCalendar (RFC 5545): one all-day event per task deadline
 * (its deadline, or the end of a bounded period) and one per report due date.
 */
export function renderCalendar(analysis: PlanAnalysis, options: CalendarOptions = {}): string {
  const ctx = new BuildContext(analysis);
  const plan = ctx.plan;
  const base = [analysis.year ?? '', slug(clean(plan.number) || clean(plan.issuer?.name) || clean(plan.title))].filter(Boolean).join('-');
  const planLine = `Kế hoạch${clean(plan.number) ? ` số ${clean(plan.number)}` : ''}${clean(plan.issuer?.name) ? ` của ${clean(plan.issuer?.name)}` : ''}: ${clean(plan.title)}`;
  const events: CalendarEvent[] = [];
  const uids = new Set<string>();
  const uid = (key: string): string => {
    let id = `${base}-${key}`;
    for (let n = 2; uids.has(id); n++) id = `${base}-${key}-${n}`;
    uids.add(id);
    return `${id}@kehoach`;
  };
  const seenReports = new Set<object>();
  const paths: { value: ReportPath; key: string; leads?: string[] }[] = [];

  for (const view of analysis.tasks()) {
    const task = view.task;
    const content = asItems(task.content);
    const title = clean(task.title) || (typeof content[0] === 'string' ? clean(content[0]) : '') || clean(task.id);
    if (view.timeframe && view.timeframe.source !== 'plan-year') {
      const date = dueDate(analysis, view.timeframe.value);
      // Recurring ("Hàng quý") and continuous work: one event repeating at each period's end.
      const repeat = date ? undefined : recurringOf(analysis, view.timeframe.value);
      if (date || repeat) {
        events.push({
          uid: uid(slug(clean(task.id)) || 'nhiem-vu'),
          date: date ?? (repeat?.first as string),
          summary: title,
          description: [
            `Cơ quan chủ trì: ${ctx.agencies(view.leads, (r) => ctx.officialName(r))}`,
            ...(ctx.agencies(task.coordinators) ? [`Cơ quan phối hợp: ${ctx.agencies(task.coordinators, (r) => ctx.officialName(r))}`] : []),
            `Thời gian thực hiện: ${clean(timeframeText(view.timeframe.value))}`,
            ...(repeat ? [`Lặp lại: ${repeat.text}`] : []),
            planLine,
          ],
          ...(repeat ? { rrule: repeat.rrule } : {}),
        });
      }
    }
    const report = view.report;
    if (!report || report.value.due === undefined || seenReports.has(report.holder)) continue;
    seenReports.add(report.holder);
    // One event per deadline: "trước ngày 15/6 và 15/12" is two.
    const dues = Array.isArray(report.value.due) ? report.value.due : [report.value.due];
    const holderId = clean((report.holder as { id?: unknown }).id);
    const key =
      report.source === 'task' || (report.source === 'group' && holderId)
        ? `${slug(report.source === 'task' ? clean(task.id) : holderId)}-bao-cao`
        : reportKey(ctx, report.value, report.source);
    paths.push({ value: report.value, key, ...(report.source === 'task' ? { leads: view.leads } : {}) });
    for (const due of dues) {
      const date = dueDate(analysis, due);
      if (!date) continue;
      events.push({
        uid: uid(key),
        date,
        summary: `Hạn báo cáo ${ctx.agencies(report.value.to, (r) => ctx.officialName(r))}${report.source === 'task' ? `: ${title}` : ''}`,
        description: reportDescription(ctx, report.value, report.source === 'task' ? view.leads : undefined).concat(planLine),
      });
    }
  }

  // Every report path (those no task reaches too): its recurring deadlines and data cut-offs.
  for (const entry of planReporting(plan)) if (!paths.some((p) => p.value === entry)) paths.push({ value: entry, key: reportKey(ctx, entry, 'plan') });
  for (const p of paths) {
    const to = ctx.agencies(p.value.to, (r) => ctx.officialName(r));
    for (const ev of recurringReportEvents(analysis, p.value, p.key, to, reportDescription(ctx, p.value, p.leads).concat(planLine))) {
      events.push({ uid: uid(ev.key), date: ev.date, summary: ev.summary, description: ev.description, ...(ev.rrule ? { rrule: ev.rrule } : {}) });
    }
  }

  const stamp = `${icsDate(stampDate(ctx, options))}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kehoach//kehoach render//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Kế hoạch ${clean(plan.title)}`.trim())}`,
  ];
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(e.date, 1))}`,
      ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description.join('\n'))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

/**
 * The last day the work may take: a deadline's, or the end of a bounded period shorter
 * than the plan's own (its year, or its period: work "trong giai đoạn 2026 - 2030" has
 * no deadline of its own, work "năm 2027" of a 2026 - 2030 plan has).
 */
function dueDate(analysis: PlanAnalysis, value: TimeframeValue): string | undefined {
  const result = analysis.timeframe(value);
  if (!result.ok) return undefined;
  const tf: Timeframe = result.value;
  if (tf.kind === 'deadline') return tf.end;
  if (tf.kind !== 'range') return undefined;
  const wholeYear = !analysis.period && tf.start.endsWith('-01-01') && tf.end.endsWith('-12-31') && tf.start.slice(0, 4) === tf.end.slice(0, 4);
  const span = analysis.span;
  const wholePlan = span !== undefined && tf.start <= span.start && tf.end >= span.end;
  return wholeYear || wholePlan ? undefined : tf.end;
}

function recurringOf(analysis: PlanAnalysis, value: TimeframeValue): ReturnType<typeof recurrence> {
  const result = analysis.timeframe(value);
  return result.ok ? recurrence(result.value) : undefined;
}

/** Stable UID parts of shared report paths: a duty's by its agency, the plan's by position. */
function reportKey(ctx: BuildContext, report: ReportPath, source: string): string {
  if (source === 'duty') {
    const duty = (ctx.plan.duties ?? []).find((d) => d.report === report);
    return `bao-cao-${slug(ctx.agencies(duty?.agency)) || 'to-chuc-thuc-hien'}`;
  }
  return `bao-cao-${planReporting(ctx.plan).indexOf(report) + 1}`;
}

function reportDescription(ctx: BuildContext, report: ReportPath, leads: string[] | undefined): string[] {
  const from = leads ?? report.from;
  const due = dueText(report.due);
  return [
    `Cơ quan báo cáo: ${ctx.agencies(from, (r) => ctx.officialName(r)) || 'Các cơ quan, đơn vị được giao nhiệm vụ'}`,
    `Báo cáo cho: ${ctx.agencies(report.to, (r) => ctx.officialName(r))}`,
    ...(clean(report.via) ? [`Qua: ${ctx.officialName(report.via)}`] : []),
    ...(due ? [`Hạn: ${due}`] : []),
    ...(clean(report.what) ? [`Nội dung: ${clean(report.what)}`] : []),
  ];
}

function stampDate(ctx: BuildContext, options: CalendarOptions): string {
  for (const candidate of [options.stamp, ctx.plan.date]) {
    const parsed = candidate ? parseDate(clean(candidate).slice(0, 10)) : undefined;
    if (parsed?.ok) return parsed.date;
  }
  return `${ctx.analysis.year ?? 1970}-01-01`;
}
