import { addDays, compareIso, isoDate, type IsoDate } from '../date.js';
import { TimeframeFailure } from './cursor.js';
import { itemInterval, type Interval, type Item, type Seq } from './periods.js';
import type { Cadence, CadenceUnit, Frag, Timeframe } from './types.js';

interface SeqValue extends Interval {
  months: number[];
  quarters: number[];
  lastYear: number;
}

interface Deadline {
  date: IsoDate;
  exclusive: boolean;
  /** last day the work may end on */
  last: IsoDate;
}

function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return compareIso(a, b) <= 0 ? a : b;
}
function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return compareIso(a, b) >= 0 ? a : b;
}

/** Months or quarters named by a range "tháng 3 - tháng 5" are 3, 4 and 5; never more than a full cycle. */
function cycle(from: number, fromYear: number, to: number, toYear: number, size: number): number[] {
  const out: number[] = [];
  let k = fromYear * size + from - 1;
  const end = toYear * size + to - 1;
  for (let n = 0; k <= end && n < size; k++, n++) out.push((k % size) + 1);
  return out;
}

function resolveSeq(seq: Seq, yearFor: (y: number | undefined) => number): SeqValue {
  const years = seq.items.map((it) => yearFor(it.year));
  const spans = seq.items.map((it, k) => itemInterval(it, years[k] as number));
  const months = new Set<number>();
  const quarters = new Set<number>();
  const name = (it: Item): void => {
    if (it.u === 'month') months.add(it.month);
    if (it.u === 'quarter') quarters.add(it.quarter);
  };
  // A range runs from its first item's start to its last item's end ("từ tháng 3 đến
  // hết năm" starts in March even though "năm" alone would start in January); list
  // items and separate ranges are then joined into one hull.
  let start: IsoDate | undefined;
  let end: IsoDate | undefined;
  let groupStart = (spans[0] as Interval).start;
  seq.items.forEach((it, k) => {
    const span = spans[k] as Interval;
    name(it);
    if (k > 0 && seq.joins[k - 1] === 'range') {
      const prev = seq.items[k - 1] as Item;
      const prevSpan = spans[k - 1] as Interval;
      if (compareIso(span.end, prevSpan.start) < 0) {
        throw new TimeframeFailure('reversed-range', { from: prevSpan.start, to: span.end });
      }
      const y0 = years[k - 1] as number;
      const y1 = years[k] as number;
      if (prev.u === 'month' && it.u === 'month') cycle(prev.month, y0, it.month, y1, 12).forEach((m) => months.add(m));
      if (prev.u === 'quarter' && it.u === 'quarter') cycle(prev.quarter, y0, it.quarter, y1, 4).forEach((q) => quarters.add(q));
    } else {
      groupStart = span.start;
    }
    start = start === undefined ? groupStart : minIso(start, groupStart);
    end = end === undefined ? span.end : maxIso(end, span.end);
  });
  const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  return {
    start: start as IsoDate,
    end: end as IsoDate,
    months: sorted(months),
    quarters: sorted(quarters),
    lastYear: years[years.length - 1] as number,
  };
}

function resolveDeadline(seq: Seq, rule: 'on' | 'before', v: SeqValue): Deadline {
  if (rule === 'on') return { date: v.end, exclusive: false, last: v.end };
  // "trước ngày X" keeps X and is exclusive; "trước tháng 11" means by the end of October.
  if (seq.items.length === 1 && seq.items[0]?.u === 'day') return { date: v.start, exclusive: true, last: addDays(v.start, -1) };
  const last = addDays(v.start, -1);
  return { date: last, exclusive: false, last };
}

function addCadence(list: Cadence[], cad: Cadence): void {
  const same = list.find((x) => x.unit === cad.unit && x.every === cad.every);
  if (!same) list.push({ ...cad });
  else if (same.count === undefined && cad.count !== undefined) same.count = cad.count;
}

function firstYear(frags: readonly Frag[]): number | undefined {
  for (const f of frags) {
    if (f.k !== 'span' && f.k !== 'deadline') continue;
    for (const it of f.seq.items) if (it.year !== undefined) return it.year;
  }
  return undefined;
}

/**
 * Fills in missing years and combines the clauses: a year stated anywhere in the
 * phrase covers the parts that leave it out ("Hàng quý, trước ngày 15/12/2024");
 * otherwise the context year; otherwise 'no-year'.
 */
export function resolveFrags(
  frags: readonly Frag[],
  ctxYear: number | undefined,
  text: string,
  ctxPeriod?: { start: IsoDate; end: IsoDate },
): Timeframe {
  const phraseYear = firstYear(frags);
  let usedContext = false;
  const yearFor = (y: number | undefined): number => {
    if (y !== undefined) return y;
    if (phraseYear !== undefined) return phraseYear;
    if (ctxYear === undefined) throw new TimeframeFailure('no-year', {});
    usedContext = true;
    return ctxYear;
  };

  let span: Interval | undefined;
  let continuous = false;
  let conditional = false;
  let onward = false;
  let deadline: Deadline | undefined;
  const months = new Set<number>();
  const quarters = new Set<number>();
  const cadences: Cadence[] = [];
  const dues: (CadenceUnit | undefined)[] = [];

  for (const f of frags) {
    switch (f.k) {
      case 'continuous':
        continuous = true;
        break;
      case 'conditional':
        conditional = true;
        break;
      case 'onward':
        onward = true;
        break;
      case 'span': {
        const v = resolveSeq(f.seq, yearFor);
        const end = f.openEnd ? isoDate(v.lastYear, 12, 31) : v.end;
        span = span ? { start: minIso(span.start, v.start), end: maxIso(span.end, end) } : { start: v.start, end };
        v.months.forEach((m) => months.add(m));
        v.quarters.forEach((q) => quarters.add(q));
        break;
      }
      case 'deadline': {
        const d = resolveDeadline(f.seq, f.rule, resolveSeq(f.seq, yearFor));
        // Two deadlines in one phrase: the earlier one binds.
        if (!deadline || compareIso(d.last, deadline.last) < 0) deadline = d;
        break;
      }
      case 'cadence':
        f.cadences.forEach((cad) => addCadence(cadences, cad));
        break;
      case 'due':
        dues.push(f.unit);
        break;
    }
  }
  for (const unit of dues) {
    if (unit !== undefined) {
      if (!cadences.some((x) => x.unit === unit)) cadences.push({ unit, every: 1 });
    } else if (cadences.length === 0) {
      // "trước ngày 15 của tháng cuối kỳ" says nothing without a cadence to give the period
      throw new TimeframeFailure('unrecognised', { near: '' });
    }
  }

  let kind: Timeframe['kind'];
  if (conditional && !span && !deadline && cadences.length === 0) kind = 'conditional';
  else if (cadences.length > 0) kind = 'cadence';
  else if (continuous) kind = 'continuous';
  else if (span) kind = 'range';
  else kind = 'deadline';

  if (!span) {
    if (kind === 'deadline' && deadline) {
      const end = deadline.last;
      const ctxStart = ctxPeriod?.start ?? (ctxYear === undefined ? undefined : isoDate(ctxYear, 1, 1));
      const start = ctxStart !== undefined && compareIso(ctxStart, end) <= 0 ? ctxStart : `${end.slice(0, 4)}-01-01`;
      span = { start, end };
    } else if (kind === 'conditional' && !ctxPeriod && ctxYear === undefined) {
      // An event with no plan year to place it in: nothing says when.
      throw new TimeframeFailure('no-year', {});
    } else if (ctxPeriod && phraseYear === undefined) {
      // Continuous or recurring work of a plan over a period runs for the whole period.
      usedContext = true;
      span = { start: ctxPeriod.start, end: ctxPeriod.end };
    } else {
      const y = yearFor(undefined);
      span = { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31) };
    }
  }

  // "... và các năm tiếp theo", "đến khi kết thúc ...": on to the end of the plan's period.
  if (onward && ctxPeriod && compareIso(ctxPeriod.end, span.end) > 0) span = { start: span.start, end: ctxPeriod.end };
  const value: Timeframe = { kind, start: span.start, end: span.end, yearFromContext: usedContext, text };
  if (deadline) {
    value.deadline = deadline.date;
    value.deadlineExclusive = deadline.exclusive;
  }
  if (cadences.length > 0) value.cadences = cadences;
  if (quarters.size > 0) value.quarters = [...quarters].sort((a, b) => a - b);
  if (months.size > 0) value.months = [...months].sort((a, b) => a - b);
  return value;
}
