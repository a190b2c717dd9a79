import { addDays, type Timeframe } from '@kehoach/core';
import { icsDate } from './format.js';

/** A recurring all-day event: its first day and its RRULE (RFC 5545). */
export interface Recurrence {
  first: string;
  rrule: string;
  /** How it repeats, for the event's description. */
  text: string;
}

function lastOfMonth(year: number, month: number): string {
  // Day 0 of the next month is the last day of this one.
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/**
 * Work that recurs ("Hàng tháng", "Hàng quý", "định kỳ 6 tháng", "Hằng năm") or goes on
 * ("Thường xuyên") as one recurring event on the last day of each period, from the
 * first period that starts the work to the end of its span; continuous work is recalled
 * at the end of each month. Undefined for anything else.
 */
export function recurrence(tf: Timeframe): Recurrence | undefined {
  const year = Number(tf.start.slice(0, 4));
  const month = Number(tf.start.slice(5, 7));
  const until = `UNTIL=${icsDate(tf.end)}`;
  const monthly = (interval: number, firstMonth: number, text: string): Recurrence | undefined => {
    const first = lastOfMonth(year, firstMonth);
    if (first > tf.end) return undefined;
    return { first, rrule: `FREQ=MONTHLY;${interval > 1 ? `INTERVAL=${interval};` : ''}BYMONTHDAY=-1;${until}`, text };
  };
  if (tf.kind === 'continuous') return monthly(1, month, 'Thường xuyên: nhắc vào ngày cuối mỗi tháng');
  if (tf.kind !== 'cadence') return undefined;
  const cadence = tf.cadences?.[0];
  if (!cadence) return undefined;
  const every = Math.max(1, Math.floor(cadence.every || 1));
  switch (cadence.unit) {
    case 'month':
      return monthly(every, month, every > 1 ? `${every} tháng một lần, ngày cuối tháng` : 'Hằng tháng, ngày cuối tháng');
    case 'quarter':
      return monthly(3 * every, Math.ceil(month / 3) * 3, every > 1 ? `${every} quý một lần, ngày cuối quý` : 'Hằng quý, ngày cuối quý');
    case 'half-year':
      return monthly(6 * every, month <= 6 ? 6 : 12, 'Sáu tháng một lần, ngày cuối kỳ');
    case 'year': {
      const first = `${year}-12-31`;
      if (first > tf.end) return undefined;
      return { first, rrule: `FREQ=YEARLY;${every > 1 ? `INTERVAL=${every};` : ''}BYMONTH=12;BYMONTHDAY=31;${until}`, text: 'Hằng năm, ngày cuối năm' };
    }
    case 'week': {
      const first = addDays(tf.start, 6);
      if (first > tf.end) return undefined;
      return { first, rrule: `FREQ=WEEKLY;${every > 1 ? `INTERVAL=${every};` : ''}${until}`, text: 'Hằng tuần' };
    }
    case 'day':
      return { first: tf.start, rrule: `FREQ=DAILY;${every > 1 ? `INTERVAL=${every};` : ''}${until}`, text: 'Hằng ngày' };
    default:
      return undefined;
  }
}
