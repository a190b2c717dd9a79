import { isoDate, isValidDay, lastDayOfMonth, parseDate, type IsoDate } from '../date.js';
import { attempt, Cursor, eatCount, smallPart, TimeframeFailure, yearPart, yearValue } from './cursor.js';
import type { NumTok } from './tokenize.js';

/** A named period, its year still open when the phrase leaves it out ("Quý IV", "ngày 20/4"). */
export type Item =
  | { u: 'day'; day: number; month: number; year?: number }
  | { u: 'month'; month: number; year?: number }
  | { u: 'quarter'; quarter: number; year?: number }
  /** months `from`..`to` of one year: "6 tháng đầu năm", "nửa cuối năm" */
  | { u: 'part'; from: number; to: number; year?: number }
  | { u: 'year'; year?: number };

export type Unit = Item['u'];
/** How item k is joined to item k+1: "quý II, III" is a list, "tháng 3 - tháng 5" a range. */
export type Join = 'list' | 'range';
export interface Seq {
  items: Item[];
  joins: Join[];
}
export interface Interval {
  start: IsoDate;
  end: IsoDate;
}

interface ItemOptions {
  /** unit of the previous item, for bare numbers: "quý II, III", "tháng 3, 4/2024" */
  inherit?: Unit;
  /** accept "năm" without a number: "trong năm", "đến hết năm" */
  bareYear?: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function invalid(text: string): never {
  throw new TimeframeFailure('invalid-date', { date: text });
}

export function parseItem(c: Cursor, opts: ItemOptions = {}): Item | null {
  return attempt(c, () => {
    const item = itemCore(c, opts);
    if (!item) return null;
    if (item.year === undefined && item.u !== 'year') {
      const y = yearSuffix(c);
      if (y !== undefined) item.year = y;
    }
    if (item.u === 'day' && item.year !== undefined && !isValidDay(item.year, item.month, item.day)) {
      invalid(`${item.day}/${item.month}/${item.year}`);
    }
    return item;
  });
}

function itemCore(c: Cursor, opts: ItemOptions): Item | null {
  const w = c.word();
  if (w === 'ngày') {
    c.i++;
    return dayAfterKeyword(c);
  }
  if (w === 'tháng') {
    c.i++;
    return monthNumber(c);
  }
  if (w === 'quý') {
    c.i++;
    return quarterNumber(c);
  }
  if (w === 'năm') {
    c.i++;
    const y = yearValue(c.peek());
    if (y !== undefined) {
      c.i++;
      return { u: 'year', year: y };
    }
    return opts.bareYear ? { u: 'year' } : null;
  }
  const part = attempt(c, () => partOfYear(c));
  if (part) return part;
  if (w !== undefined && opts.inherit === 'quarter' && ROMAN[w] !== undefined) {
    c.i++;
    return { u: 'quarter', quarter: ROMAN[w] };
  }
  const n = c.num();
  return n ? bareNumber(c, n, opts.inherit) : null;
}

/** "/2024" or "năm 2024" after an item. */
function yearSuffix(c: Cursor): number | undefined {
  if (!c.isPunct('/') && c.word() !== 'năm') return undefined;
  const y = yearValue(c.peek(1));
  if (y !== undefined) c.i += 2;
  return y;
}

/** "6 tháng đầu năm [2024]", "06 tháng cuối năm", "nửa đầu năm" */
function partOfYear(c: Cursor): Item | null {
  let n: number | undefined = 6;
  if (!c.eat('nửa')) {
    n = eatCount(c, 12);
    if (n === undefined || !c.eat('tháng')) return null;
  }
  const edge = c.eatAny(['đầu', 'cuối']);
  if (!edge || !c.eat('năm')) return null;
  const item: Item = edge === 'đầu' ? { u: 'part', from: 1, to: n } : { u: 'part', from: 13 - n, to: 12 };
  const y = yearValue(c.peek());
  if (y !== undefined) {
    c.i++;
    item.year = y;
  }
  return item;
}

function dayAfterKeyword(c: Cursor): Item | null {
  const n = c.num();
  if (!n) return null;
  if (n.parts.length === 3) return fullDate(c, n);
  if (n.parts.length === 2) return n.seps[0] === '-' ? null : dayMonth(c, n);
  // "ngày 30 tháng 6 [năm 2024]"
  const day = smallPart(n.parts[0]);
  if (n.parts.length !== 1 || day === undefined || c.word(1) !== 'tháng') return null;
  const m = c.num(2);
  if (!m) return null;
  const month = smallPart(m.parts[0]);
  if (month === undefined || m.parts.length > 2) return null;
  let year: number | undefined;
  if (m.parts.length === 2) {
    year = yearPart(m.parts[1]);
    if (year === undefined) return null;
  }
  c.i += 3;
  checkDayMonth(day, month, `${n.raw}/${m.raw}`);
  return year === undefined ? { u: 'day', day, month } : { u: 'day', day, month, year };
}

function fullDate(c: Cursor, n: NumTok): Item | null {
  const r = parseDate(n.raw);
  if (!r.ok) {
    if (r.reason === 'invalid') invalid(n.raw);
    return null;
  }
  c.i++;
  const [y, m, d] = r.date.split('-').map(Number) as [number, number, number];
  return { u: 'day', day: d, month: m, year: y };
}

/** "20/04", "20.4": day and month, the year comes later in the phrase or from the context. */
function dayMonth(c: Cursor, n: NumTok): Item | null {
  const day = smallPart(n.parts[0]);
  const month = smallPart(n.parts[1]);
  if (day === undefined || month === undefined) return null;
  c.i++;
  checkDayMonth(day, month, n.raw);
  return { u: 'day', day, month };
}

function checkDayMonth(day: number, month: number, text: string): void {
  // 2024 is a leap year: the widest month lengths; the real year is checked once known.
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(2024, month)) invalid(text);
}

function monthNumber(c: Cursor): Item | null {
  const n = c.num();
  if (!n) return null;
  return numberWithYear(c, n, 'month');
}

function quarterNumber(c: Cursor): Item | null {
  const w = c.word();
  if (w !== undefined) {
    const q = ROMAN[w];
    if (q === undefined) return null;
    c.i++;
    return { u: 'quarter', quarter: q };
  }
  const n = c.num();
  return n ? numberWithYear(c, n, 'quarter') : null;
}

/** "3", "03/2024", "1.2024" after "tháng"/"quý" (or inherited from the previous item). */
function numberWithYear(c: Cursor, n: NumTok, unit: 'month' | 'quarter'): Item | null {
  if (n.parts.length > 2 || n.seps[0] === '-') return null;
  const v = smallPart(n.parts[0]);
  if (v === undefined) return null;
  let year: number | undefined;
  if (n.parts.length === 2) {
    year = yearPart(n.parts[1]);
    if (year === undefined) return null;
  }
  c.i++;
  const max = unit === 'month' ? 12 : 4;
  if (v < 1 || v > max) invalid(`${unit === 'month' ? 'tháng' : 'quý'} ${n.raw}`);
  const item: Item = unit === 'month' ? { u: 'month', month: v } : { u: 'quarter', quarter: v };
  if (year !== undefined) item.year = year;
  return item;
}

function bareNumber(c: Cursor, n: NumTok, inherit: Unit | undefined): Item | null {
  if (n.parts.length === 3) return fullDate(c, n);
  if (n.parts.length === 2) {
    if (n.seps[0] === '-') return null;
    if (yearPart(n.parts[1]) !== undefined) {
      // "3/2024": month/year, or quarter/year after a quarter
      if (inherit === 'quarter') return numberWithYear(c, n, 'quarter');
      return inherit === undefined || inherit === 'month' ? numberWithYear(c, n, 'month') : null;
    }
    return inherit === undefined || inherit === 'day' ? dayMonth(c, n) : null;
  }
  if (n.parts.length !== 1) return null;
  if (inherit === 'month' || inherit === 'quarter') return numberWithYear(c, n, inherit);
  if (inherit === 'year') {
    const y = yearValue(n);
    if (y === undefined) return null;
    c.i++;
    return { u: 'year', year: y };
  }
  return null;
}

function eatJoin(c: Cursor): Join | undefined {
  if (c.eatPunct(',')) {
    c.eat('và');
    return 'list';
  }
  if (c.eatPunct('&') || c.eatPunct('+') || c.eat('và')) return 'list';
  if (c.eatPunct('-') || c.eatAny(['cho đến', 'đến', 'tới']) !== undefined) return 'range';
  return undefined;
}

/**
 * Items joined into lists and ranges: "quý II, III năm 2024", "tháng 3 - tháng 5/2024",
 * "ngày 01/3/2024 đến ngày 30/5/2024". A joiner is only taken when an item follows,
 * so "Hàng quý, trước ngày ..." leaves the comma to the clause level.
 */
export function parseSeq(c: Cursor, opts: ItemOptions = {}): Seq | null {
  const first = parseItem(c, opts);
  if (!first) return null;
  const items: Item[] = [first];
  const joins: Join[] = [];
  for (;;) {
    const save = c.i;
    const join = eatJoin(c);
    if (!join) break;
    const toEnd = join === 'range' && c.eatAny(['hết', 'cuối']) !== undefined;
    const prev = items[items.length - 1] as Item;
    const next = parseItem(c, { inherit: prev.u, bareYear: toEnd });
    if (!next) {
      c.i = save;
      break;
    }
    items.push(next);
    joins.push(join);
  }
  // A year stated at the end covers the items before it: "quý II, III năm 2024".
  for (let k = items.length - 2; k >= 0; k--) {
    const it = items[k] as Item;
    const y = (items[k + 1] as Item).year;
    if (it.year === undefined && y !== undefined) it.year = y;
  }
  return { items, joins };
}

export function itemInterval(item: Item, year: number): Interval {
  switch (item.u) {
    case 'day': {
      if (!isValidDay(year, item.month, item.day)) invalid(`${item.day}/${item.month}/${year}`);
      const d = isoDate(year, item.month, item.day);
      return { start: d, end: d };
    }
    case 'month':
      return monthsInterval(year, item.month, item.month);
    case 'quarter':
      return monthsInterval(year, item.quarter * 3 - 2, item.quarter * 3);
    case 'part':
      return monthsInterval(year, item.from, item.to);
    case 'year':
      return monthsInterval(year, 1, 12);
  }
}

function monthsInterval(year: number, from: number, to: number): Interval {
  return { start: isoDate(year, from, 1), end: isoDate(year, to, lastDayOfMonth(year, to)) };
}
