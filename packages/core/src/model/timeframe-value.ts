import { parseDate, compareIso, isoDate } from '../parse/date.js';
import { parseTimeframe, type Timeframe, type TimeframeContext, type TimeframeParseResult } from '../parse/timeframe.js';
import type { IsoDate } from '../parse/date.js';
import type { Period } from '../schema/plan.js';

/** The dates a plan covers when it states a period rather than one year. */
export interface PlanPeriod {
  start: IsoDate;
  end: IsoDate;
}

/**
 * The plan's period as dates: `period` when stated (years or dates), else undefined
 * (a one-year plan is its `year`). Undefined too when the period does not read.
 */
export function planPeriod(period: Period | undefined): PlanPeriod | undefined {
  if (!period) return undefined;
  const bound = (v: number | string, end: boolean): IsoDate | undefined => {
    if (typeof v === 'number') return end ? isoDate(v, 12, 31) : isoDate(v, 1, 1);
    const parsed = parseDate(v);
    return parsed.ok ? parsed.date : undefined;
  };
  const start = bound(period.from, false);
  const end = bound(period.to, true);
  if (!start || !end || compareIso(start, end) > 0) return undefined;
  return { start, end };
}
import type { TimeframeValue } from '../schema/common.js';

/**
 * Turn a timeframe as written (phrase or explicit dates) into dates. Explicit dates
 * win over the wording when both are given: the wording is kept for rendering.
 */
export function resolveTimeframe(value: TimeframeValue, year: number | undefined, period?: PlanPeriod): TimeframeParseResult {
  const ctx: TimeframeContext = year === undefined ? {} : { year };
  if (period) ctx.period = period;
  if (typeof value === 'string') return parseTimeframe(value, ctx);
  const { from, to, deadline, text } = value;
  if (from === undefined && to === undefined && deadline === undefined) {
    if (text !== undefined) return parseTimeframe(text, ctx);
    return { ok: false, error: { messageId: 'empty' } };
  }
  const dates: Record<string, string | undefined> = {};
  for (const [k, v] of [['from', from], ['to', to], ['deadline', deadline]] as const) {
    if (v === undefined) continue;
    const parsed = parseDate(v);
    if (!parsed.ok) return { ok: false, error: { messageId: 'invalid-date', data: { date: v } } };
    dates[k] = parsed.date;
  }
  const y = year ?? Number((dates.from ?? dates.to ?? dates.deadline ?? '').slice(0, 4));
  const start = dates.from ?? isoDate(y, 1, 1);
  const end = dates.to ?? dates.deadline ?? isoDate(y, 12, 31);
  if (compareIso(start, end) > 0) {
    return { ok: false, error: { messageId: 'reversed-range', data: { from: start, to: end } } };
  }
  const tf: Timeframe = {
    kind: dates.deadline && !dates.from && !dates.to ? 'deadline' : 'range',
    start,
    end,
    yearFromContext: !dates.from && !dates.to && !dates.deadline,
    text: text ?? '',
  };
  if (dates.deadline) tf.deadline = dates.deadline;
  return { ok: true, value: tf };
}

/** The text a timeframe value shows to people. */
export function timeframeText(value: TimeframeValue): string {
  if (typeof value === 'string') return value;
  if (value.text) return value.text;
  const parts: string[] = [];
  if (value.from) parts.push(`Từ ngày ${value.from}`);
  if (value.to) parts.push(`đến ngày ${value.to}`);
  if (value.deadline) parts.push(`chậm nhất ngày ${value.deadline}`);
  return parts.join(' ');
}
