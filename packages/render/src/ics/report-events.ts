import { deadlineFor, pathPeriodKinds, periodsIn, type PlanAnalysis, type ReportingPeriod, type ReportPath } from '@kehoach/core';
/** An all-day event of the calendar, repeating when `rrule` says so (RFC 5545). */
export interface RecurringEvent {
  key: string;
  date: string;
  summary: string;
  description: string[];
  rrule?: string;
}

const KIND_TEXT: Record<Exclude<ReportingPeriod['kind'], 'ad-hoc'>, { every: string; of: string }> = {
  month: { every: 'hằng tháng', of: 'tháng' },
  quarter: { every: 'hằng quý', of: 'quý' },
  'half-year': { every: '6 tháng', of: '6 tháng' },
  year: { every: 'hằng năm', of: 'năm' },
};

/**
 * The deadlines and data cut-offs of a report path that recurs ("trước ngày 18 của tháng
 * cuối quý", "Hằng quý", "trước ngày 15/6 và 15/12 hằng năm") over the plan's span:
 * for each kind of period the path asks for, one event repeating on each period's
 * deadline (when the path gives a day) and one repeating on each period's last day of
 * data (thời gian chốt số liệu, Điều 12 Nghị định 09/2019/NĐ-CP: the 14th of the
 * period's last month). A one-off deadline ("trước ngày 25/11/2026") is not here: the
 * calendar gives it its own event.
 */
export function recurringReportEvents(analysis: PlanAnalysis, path: ReportPath, key: string, to: string, describe: string[]): RecurringEvent[] {
  const span = analysis.span;
  if (!span) return [];
  const out: RecurringEvent[] = [];
  for (const kind of pathPeriodKinds(path)) {
    const periods = periodsIn(kind, span);
    if (!periods.length) continue;
    const text = KIND_TEXT[kind];
    const deadlines = periods.map((p) => deadlineFor(path.due, p)?.last).filter((d): d is string => d !== undefined);
    const dueWords = deadlines.length ? deadlineFor(path.due, periods[0] as ReportingPeriod)?.text : undefined;
    out.push(
      ...series(`${key}-han-${kind}`, deadlines, `Hạn báo cáo ${to} (${text.every})`, [
        ...describe,
        ...(dueWords ? [`Hạn: ${dueWords}`] : []),
        `Kỳ báo cáo: ${periods.map((p) => p.label).join('; ')}`,
      ]),
    );
    const cutoffs = periods.map((p) => p.cutoff.end);
    out.push(
      ...series(`${key}-chot-so-lieu-${kind}`, cutoffs, `Chốt số liệu báo cáo ${text.of} gửi ${to}`, [
        `Ngày cuối của thời gian chốt số liệu báo cáo ${text.of} (Điều 12 Nghị định 09/2019/NĐ-CP): ${periods
          .map((p) => `${p.label}: từ ${vi(p.cutoff.start)} đến ${vi(p.cutoff.end)}`)
          .join('; ')}`,
        ...describe,
      ]),
    );
  }
  return out;
}

/**
 * Dates as one repeating event when they step by whole months on the same day
 * ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=17;COUNT=20"), else one event each.
 */
function series(key: string, dates: readonly string[], summary: string, description: string[]): RecurringEvent[] {
  const unique = [...new Set(dates)].sort();
  const first = unique[0];
  if (!first) return [];
  if (unique.length === 1) return [{ key, date: first, summary, description }];
  const day = first.slice(8, 10);
  const months = unique.map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)));
  const step = (months[1] as number) - (months[0] as number);
  const regular = step > 0 && unique.every((d, i) => d.slice(8, 10) === day && (months[i] as number) - (months[0] as number) === i * step);
  if (!regular) return unique.map((date, i) => ({ key: `${key}-${i + 1}`, date, summary, description }));
  const rrule = step % 12 === 0 ? `FREQ=YEARLY;${step > 12 ? `INTERVAL=${step / 12};` : ''}BYMONTH=${Number(first.slice(5, 7))};BYMONTHDAY=${Number(day)};COUNT=${unique.length}` : `FREQ=MONTHLY;${step > 1 ? `INTERVAL=${step};` : ''}BYMONTHDAY=${Number(day)};COUNT=${unique.length}`;
  return [{ key, date: first, summary, description: [...description, `Lặp lại đến ngày ${vi(unique.at(-1) as string)} (${unique.length} lần)`], rrule }];
}

function vi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
