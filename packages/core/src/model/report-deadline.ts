import { addDays, compareIso, isoDate, isValidDay, lastDayOfMonth, parseDate, type IsoDate } from '../parse/date.js';
import { parseTimeframe } from '../parse/timeframe.js';
import type { ReportPath, TimeframeValue } from '../schema/common.js';
import { asList } from './tasks.js';
import { timeframeText } from './timeframe-value.js';
import type { ReportingPeriod } from './report-period.js';

/** The deadline of one report: the last day it may be sent, and the wording it comes from. */
export interface ReportDeadline {
  /** The last day allowed ("trước ngày 18/3" is the 17th). */
  last: IsoDate;
  /** The due date as stated ("trước ngày 18/3": the 18th). */
  stated: IsoDate;
  exclusive: boolean;
  /** The wording of the plan (or the report) it was read from. */
  text: string;
  /** The value as written, to point at it. */
  value: TimeframeValue;
}

const DAY = String.raw`ngày\s+(\d{1,2})`;
/** "trước ngày 18 của tháng cuối quý", "chậm nhất ngày 20 tháng đầu quý sau". */
const QUARTER_DAY = new RegExp(`${DAY}\\s+(?:của\\s+|trong\\s+)?tháng\\s+(cuối|đầu)\\s+(?:của\\s+)?(quý|kỳ)(\\s+(?:sau|tiếp theo|kế tiếp))?`, 'u');
/** "trước ngày 20 hằng tháng", "ngày 5 tháng sau". */
const MONTH_DAY = new RegExp(`${DAY}\\s+(?:(?:hằng|hàng|mỗi)\\s+tháng|tháng\\s+(?:sau|tiếp theo|kế tiếp))`, 'u');
const EXCLUSIVE = /(^|\s)trước(\s|$)/u;

/**
 * When a report path's deadline falls for one reporting period: the first due day
 * the path states that comes after the period's cut-off (Điều 8, khoản 5 of Nghị định
 * 09/2019/NĐ-CP: a report is due after its data is closed). Reads fixed dates
 * ("trước ngày 25/11/2026"), yearly ones ("trước ngày 15/6 hằng năm") and days inside
 * each month or quarter ("trước ngày 18 của tháng cuối quý", "trước ngày 20 hằng
 * tháng"). Undefined when the path gives no day (only "Hằng quý").
 */
export function deadlineFor(due: ReportPath['due'] | TimeframeValue | undefined, period: ReportingPeriod): ReportDeadline | undefined {
  let best: ReportDeadline | undefined;
  for (const value of asList(due as TimeframeValue | TimeframeValue[] | undefined)) {
    const found = oneDeadline(value, period);
    if (found && (!best || compareIso(found.last, best.last) < 0)) best = found;
  }
  return best;
}

function oneDeadline(value: TimeframeValue, period: ReportingPeriod): ReportDeadline | undefined {
  const after = period.cutoff.end;
  if (typeof value === 'object' && value.deadline !== undefined) {
    const parsed = parseDate(value.deadline);
    return parsed.ok ? make(parsed.date, false, value) : undefined;
  }
  const text = timeframeText(value).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const exclusive = EXCLUSIVE.test(text);
  const quarter = QUARTER_DAY.exec(text);
  if (quarter) {
    const day = Number(quarter[1]);
    // The last month of a quarter, or the first month of one (of the next, after the cut-off).
    const months = quarter[2] === 'cuối' ? [3, 6, 9, 12] : [1, 4, 7, 10];
    return nextDay(day, months, after, exclusive, value);
  }
  const monthly = MONTH_DAY.exec(text);
  if (monthly) return nextDay(Number(monthly[1]), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], after, exclusive, value);
  const parsed = parseTimeframe(text, { year: Number(after.slice(0, 4)) });
  if (!parsed.ok) return undefined;
  const tf = parsed.value;
  const stated = tf.deadline ?? (tf.kind === 'deadline' || tf.kind === 'range' ? addDays(tf.end, 1) : undefined);
  if (!stated) return undefined;
  const isExclusive = tf.deadline ? tf.deadlineExclusive === true : true;
  // A day written without its year, or every year ("trước ngày 15/6 hằng năm"): the first one after the cut-off.
  if (tf.yearFromContext || tf.kind === 'cadence') {
    const month = Number(stated.slice(5, 7));
    const day = Number(stated.slice(8, 10));
    return nextDay(day, [month], after, isExclusive, value);
  }
  return make(stated, isExclusive, value);
}

/** The first `day` of one of `months` after `after` (within the next two years). */
function nextDay(day: number, months: number[], after: IsoDate, exclusive: boolean, value: TimeframeValue): ReportDeadline | undefined {
  const year = Number(after.slice(0, 4));
  for (let y = year; y <= year + 2; y++) {
    for (const m of months) {
      const d = Math.min(day, lastDayOfMonth(y, m));
      if (!isValidDay(y, m, d)) continue;
      const date = isoDate(y, m, d);
      if (compareIso(date, after) > 0) return make(date, exclusive, value);
    }
  }
  return undefined;
}

function make(stated: IsoDate, exclusive: boolean, value: TimeframeValue): ReportDeadline {
  return { stated, exclusive, last: exclusive ? addDays(stated, -1) : stated, text: timeframeText(value), value };
}

/**
 * The periods a report path asks a report for: its cadence ("Hằng quý", "định kỳ 6
 * tháng, năm"), or what its due days say ("trước ngày 18 của tháng cuối quý": each
 * quarter; "trước ngày 20 hằng tháng": each month; "trước ngày 15/6 và 15/12 hằng năm":
 * each half-year; one day every year: each year). Empty for a one-off deadline.
 */
export function pathPeriodKinds(path: Pick<ReportPath, 'due' | 'cadence'>): Exclude<ReportingPeriod['kind'], 'ad-hoc'>[] {
  const kinds = new Set<Exclude<ReportingPeriod['kind'], 'ad-hoc'>>();
  const addCadences = (text: string): void => {
    // Any year will do: only the rhythm is read.
    const parsed = parseTimeframe(text, { year: 2000 });
    if (!parsed.ok) return;
    for (const c of parsed.value.cadences ?? []) if (c.every === 1 && (c.unit === 'month' || c.unit === 'quarter' || c.unit === 'half-year' || c.unit === 'year')) kinds.add(c.unit);
  };
  if (path.cadence) addCadences(path.cadence);
  const yearly = new Set<string>();
  for (const value of asList(path.due as TimeframeValue | TimeframeValue[] | undefined)) {
    const text = timeframeText(value).normalize('NFC').toLowerCase();
    if (QUARTER_DAY.test(text)) kinds.add('quarter');
    else if (MONTH_DAY.test(text)) kinds.add('month');
    else {
      const parsed = parseTimeframe(text, { year: 2000 });
      if (!parsed.ok) continue;
      const tf = parsed.value;
      // A day without its year, or "hằng năm": the same day every year.
      if (tf.deadline && (tf.yearFromContext || tf.kind === 'cadence')) yearly.add(tf.deadline.slice(5));
      else if (tf.kind === 'cadence') addCadences(text);
    }
  }
  if (yearly.size === 1) kinds.add('year');
  else if (yearly.size === 2) kinds.add('half-year');
  else if (yearly.size === 4) kinds.add('quarter');
  return [...kinds];
}
