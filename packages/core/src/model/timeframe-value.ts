import { parseDate, compareIso, isoDate } from '../parse/date.js';
import { parseTimeframe, type Timeframe, type TimeframeParseResult } from '../parse/timeframe.js';
import type { TimeframeValue } from '../schema/common.js';

/**
 * Turn a timeframe as written (phrase or explicit dates) into dates. Explicit dates
 * win over the wording when both are given: the wording is kept for rendering.
 */
export function resolveTimeframe(value: TimeframeValue, year: number | undefined): TimeframeParseResult {
  if (typeof value === 'string') return parseTimeframe(value, year === undefined ? {} : { year });
  const { from, to, deadline, text } = value;
  if (from === undefined && to === undefined && deadline === undefined) {
    if (text !== undefined) return parseTimeframe(text, year === undefined ? {} : { year });
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
