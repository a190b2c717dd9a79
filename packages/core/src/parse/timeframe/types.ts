import type { IsoDate } from '../date.js';
import type { Seq } from './periods.js';

export type CadenceUnit = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'year';

export interface Cadence {
  unit: CadenceUnit;
  /** every N units (default 1): "6 tháng" = { unit: 'month', every: 6 } is normalised to { unit: 'half-year', every: 1 } */
  every: number;
  /** how many times per period when stated: "Mỗi tháng 01 chương trình" -> 1, "ít nhất 02 lần/quý" -> 2 */
  count?: number;
}

export interface Timeframe {
  /**
   * continuous: all year/ongoing ("Thường xuyên trong năm"); range: a bounded period;
   * deadline: "Chậm nhất ngày ...", "trước ngày ..."; cadence: recurring ("Hàng quý");
   * conditional: tied to an event or another schedule, not to dates ("Sau khi Nghị định
   * ... được ban hành", "Theo lộ trình của Bộ"): it spans the plan's period or year.
   */
  kind: 'continuous' | 'range' | 'deadline' | 'cadence' | 'conditional';
  /** the interval the work spans (inclusive). For a deadline without a start: start of the context year (or of the deadline's year). */
  start: IsoDate;
  /** inclusive; for "trước ngày 25/11/2024" alone this is '2024-11-24', the last day allowed */
  end: IsoDate;
  /** the hard deadline as stated: "trước ngày 25/11/2024" -> '2024-11-25' with deadlineExclusive: true */
  deadline?: IsoDate;
  /** true when the deadline is "trước ngày X" (strictly before X); false for "chậm nhất ngày X" / "hạn X" (on or before) */
  deadlineExclusive?: boolean;
  cadences?: Cadence[];
  /** 1..4 when the phrase names quarters */
  quarters?: number[];
  /** 1..12 when it names months */
  months?: number[];
  /** true when the year was not in the phrase and was taken from the context */
  yearFromContext: boolean;
  /** the input, trimmed */
  text: string;
}

export interface TimeframeContext {
  year?: number;
  /**
   * The plan's period when it is not one calendar year ("giai đoạn 2026 - 2030", or
   * part of a year): continuous and recurring work without dates of its own spans it,
   * and a deadline without a start starts with it. `year` is then its first year.
   */
  period?: { start: IsoDate; end: IsoDate };
}

export type TimeframeParseResult =
  | { ok: true; value: Timeframe }
  | {
      ok: false;
      error: {
        messageId: 'unrecognised' | 'no-year' | 'invalid-date' | 'empty' | 'reversed-range';
        data?: Record<string, string | number>;
      };
    };

/** What one clause of a phrase says, before years are filled in. */
export type Frag =
  | { k: 'continuous' }
  /** "Sau khi ... ban hành", "Theo kế hoạch ... hằng năm": when an event happens, not a date */
  | { k: 'conditional' }
  /** "... và các năm tiếp theo", "đến khi kết thúc ...": runs on to the end of the plan's period */
  | { k: 'onward' }
  /** `openEnd`: "từ tháng 3/2024" with no end runs to the end of that year */
  | { k: 'span'; seq: Seq; openEnd?: boolean }
  /** 'on': on or before the end of the period; 'before': strictly before the day, or by the end of the previous period */
  | { k: 'deadline'; seq: Seq; rule: 'on' | 'before' }
  | { k: 'cadence'; cadences: Cadence[] }
  /** "trước ngày 15 của tháng cuối quý": a due day inside each period of `unit` (undefined: "cuối kỳ", the period of a cadence stated elsewhere) */
  | { k: 'due'; unit?: CadenceUnit };
