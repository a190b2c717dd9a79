import { compareIso, isoDate, lastDayOfMonth, parseDate, type IsoDate } from '../parse/date.js';
import { parseTimeframe } from '../parse/timeframe.js';

/**
 * Reporting periods of state administrative bodies and their cut-off dates ("thời gian
 * chốt số liệu"), per Nghị định 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về
 * chế độ báo cáo của cơ quan hành chính nhà nước, Điều 12 (Thời gian chốt số liệu báo
 * cáo trong chế độ báo cáo định kỳ):
 *   1. hằng tháng: từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo;
 *   2. hằng quý: từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý;
 *   3. 6 tháng: 6 tháng đầu năm từ ngày 15/12 năm trước đến ngày 14/6; 6 tháng cuối năm
 *      từ ngày 15/6 đến ngày 14/12 của kỳ báo cáo;
 *   4. hằng năm: từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/12 của kỳ báo cáo.
 * Điều 8 khoản 5 adds that a report is due at least one working day after its cut-off,
 * and that ad hoc and thematic reports ("chuyên đề, đột xuất") take the dates the body
 * asking for them sets. Sources read: the decree as published on thuvienphapluat.vn
 * (van-ban/bo-may-hanh-chinh/Nghi-dinh-09-2019-ND-CP-...-386322.aspx) and the article
 * quoted on luatvietnam.vn and thuvienphapluat.vn (hoi-dap-phap-luat/45351).
 */

export type ReportingPeriodKind = 'month' | 'quarter' | 'half-year' | 'year' | 'ad-hoc';

export interface DateSpan {
  start: IsoDate;
  end: IsoDate;
}

export interface ReportingPeriod extends DateSpan {
  kind: ReportingPeriodKind;
  year: number;
  /** Month 1-12, quarter 1-4, half 1-2; 1 for a year; 0 for an ad hoc period. */
  index: number;
  /** Cut-off dates of the data (Điều 12); for an ad hoc period, the period itself. */
  cutoff: DateSpan;
  /** "Quý I năm 2026", "Tháng 3 năm 2026", "6 tháng đầu năm 2026", "Năm 2026". */
  label: string;
  /** Stable key: "2026-Q1", "2026-M03", "2026-H1", "2026", "2026-02-01..2026-02-20". */
  key: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The cut-off dates of Điều 12 for a period. */
export function cutoffOf(kind: Exclude<ReportingPeriodKind, 'ad-hoc'>, year: number, index: number): DateSpan {
  const day15Before = (y: number, m: number): IsoDate => (m === 1 ? isoDate(y - 1, 12, 15) : isoDate(y, m - 1, 15));
  switch (kind) {
    case 'month':
      return { start: day15Before(year, index), end: isoDate(year, index, 14) };
    case 'quarter':
      return { start: day15Before(year, 3 * index - 2), end: isoDate(year, 3 * index, 14) };
    case 'half-year':
      return index === 1 ? { start: isoDate(year - 1, 12, 15), end: isoDate(year, 6, 14) } : { start: isoDate(year, 6, 15), end: isoDate(year, 12, 14) };
    case 'year':
      return { start: isoDate(year - 1, 12, 15), end: isoDate(year, 12, 14) };
  }
}

/** A period of a kind: its calendar span, its cut-off and its label. */
export function reportingPeriod(kind: Exclude<ReportingPeriodKind, 'ad-hoc'>, year: number, index: number): ReportingPeriod {
  let start: IsoDate;
  let end: IsoDate;
  let label: string;
  let key: string;
  switch (kind) {
    case 'month':
      start = isoDate(year, index, 1);
      end = isoDate(year, index, lastDayOfMonth(year, index));
      label = `Tháng ${index} năm ${year}`;
      key = `${year}-M${String(index).padStart(2, '0')}`;
      break;
    case 'quarter':
      start = isoDate(year, 3 * index - 2, 1);
      end = isoDate(year, 3 * index, lastDayOfMonth(year, 3 * index));
      label = `Quý ${ROMAN[index - 1]} năm ${year}`;
      key = `${year}-Q${index}`;
      break;
    case 'half-year':
      start = index === 1 ? isoDate(year, 1, 1) : isoDate(year, 7, 1);
      end = index === 1 ? isoDate(year, 6, 30) : isoDate(year, 12, 31);
      label = `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
      key = `${year}-H${index}`;
      break;
    case 'year':
      start = isoDate(year, 1, 1);
      end = isoDate(year, 12, 31);
      label = `Năm ${year}`;
      key = String(year);
      break;
  }
  return { kind, year, index, start, end, cutoff: cutoffOf(kind, year, index), label, key };
}

/** An ad hoc period ("đột xuất"): the dates as given, the same dates as cut-off. */
export function adHocPeriod(start: IsoDate, end: IsoDate, label?: string): ReportingPeriod {
  return {
    kind: 'ad-hoc',
    year: Number(start.slice(0, 4)),
    index: 0,
    start,
    end,
    cutoff: { start, end },
    label: label ?? `Từ ngày ${viDate(start)} đến ngày ${viDate(end)}`,
    key: `${start}..${end}`,
  };
}

/** The period a span of dates is: a calendar month, quarter, half-year or year, else ad hoc. */
export function periodOfSpan(start: IsoDate, end: IsoDate, label?: string): ReportingPeriod {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  if (start.slice(8) === '01' && end.slice(0, 4) === start.slice(0, 4)) {
    const candidates: [Exclude<ReportingPeriodKind, 'ad-hoc'>, number][] = [['month', m], ['quarter', Math.ceil(m / 3)], ['half-year', m <= 6 ? 1 : 2], ['year', 1]];
    for (const [kind, index] of candidates) {
      const p = reportingPeriod(kind, y, index);
      if (p.start === start && p.end === end) return label ? { ...p, label } : p;
    }
  }
  return adHocPeriod(start, end, label);
}

const HALF = /^(?:báo cáo\s+)?(?:06|6)\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})$/iu;

/**
 * A reporting period as written in a report: "Quý I/2026", "Quý I năm 2026", "Tháng
 * 3/2026", "6 tháng đầu năm 2026", "Năm 2026", or dates. Undefined when it does not read.
 */
export function parseReportingPeriod(value: string | { from: string; to: string; text?: string | undefined }): ReportingPeriod | undefined {
  if (typeof value !== 'string') {
    const from = parseDate(value.from);
    const to = parseDate(value.to);
    if (!from.ok || !to.ok || compareIso(from.date, to.date) > 0) return undefined;
    return periodOfSpan(from.date, to.date, value.text);
  }
  const text = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  const half = HALF.exec(text);
  if (half) return reportingPeriod('half-year', Number(half[2]), half[1]?.toLowerCase() === 'đầu' ? 1 : 2);
  const parsed = parseTimeframe(text);
  if (!parsed.ok || parsed.value.yearFromContext) return undefined;
  const tf = parsed.value;
  if (tf.kind !== 'range') return undefined;
  const period = periodOfSpan(tf.start, tf.end);
  return period.kind === 'ad-hoc' ? undefined : period;
}

/** The periods of a cadence unit that overlap a span, in order ("Hằng quý" over 2026: Q1..Q4). */
export function periodsIn(kind: Exclude<ReportingPeriodKind, 'ad-hoc'>, span: DateSpan, limit = 400): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  const first = Number(span.start.slice(0, 4));
  const last = Number(span.end.slice(0, 4));
  const per = kind === 'month' ? 12 : kind === 'quarter' ? 4 : kind === 'half-year' ? 2 : 1;
  for (let y = first; y <= last && out.length < limit; y++) {
    for (let i = 1; i <= per && out.length < limit; i++) {
      const p = reportingPeriod(kind, y, i);
      if (compareIso(p.end, span.start) >= 0 && compareIso(p.start, span.end) <= 0) out.push(p);
    }
  }
  return out;
}


function viDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
