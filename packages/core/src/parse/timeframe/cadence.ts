import { attempt, Cursor, eatCount, smallPart, yearValue } from './cursor.js';
import type { Cadence, CadenceUnit, Frag } from './types.js';

// Longer phrases first: "nửa năm" before "năm".
const UNIT_WORDS: readonly [string, CadenceUnit][] = [
  ['nửa năm', 'half-year'],
  ['ngày', 'day'],
  ['tuần', 'week'],
  ['tháng', 'month'],
  ['quý', 'quarter'],
  ['năm', 'year'],
];

const AT_LEAST = ['ít nhất', 'tối thiểu', 'không ít hơn'];

/**
 * Words that start a clause of their own; a counted noun ("01 chương trình",
 * "01 tin/bài") stops before them so "Mỗi tháng 01 chương trình trong năm 2024"
 * still reads the year.
 */
const NOUN_STOP = new Set([
  'trong', 'từ', 'kể', 'trước', 'chậm', 'muộn', 'hạn', 'thời', 'hàng', 'mỗi',
  'định', 'và', 'đến', 'tới', 'vào', 'quý', 'tháng', 'năm', 'ngày', 'tuần',
  'nửa', 'hoàn', 'thường', 'cả', 'suốt', 'liên', 'quanh', 'không',
]);
const MAX_NOUN_WORDS = 4;

/** "every N units" in the largest unit that divides evenly: 6 months is a half-year, 3 quarters stay 3 quarters. */
export function normaliseCadence(unit: CadenceUnit, every: number): Cadence {
  if (unit === 'month' && every % 12 === 0) return { unit: 'year', every: every / 12 };
  if (unit === 'month' && every % 6 === 0) return { unit: 'half-year', every: every / 6 };
  if (unit === 'month' && every % 3 === 0) return { unit: 'quarter', every: every / 3 };
  if (unit === 'quarter' && every % 4 === 0) return { unit: 'year', every: every / 4 };
  if (unit === 'quarter' && every % 2 === 0) return { unit: 'half-year', every: every / 2 };
  if (unit === 'half-year' && every % 2 === 0) return { unit: 'year', every: every / 2 };
  if (unit === 'day' && every % 7 === 0) return { unit: 'week', every: every / 7 };
  return { unit, every };
}

function eatUnitWord(c: Cursor): CadenceUnit | undefined {
  for (const [w, unit] of UNIT_WORDS) {
    if (!c.at(w)) continue;
    const len = w.split(' ').length;
    // "năm 2024" is a year, not "yearly"
    if (unit === 'year' && yearValue(c.peek(len)) !== undefined) return undefined;
    c.i += len;
    return unit;
  }
  return undefined;
}

/** "[N] unit": "quý", "06 tháng", "2 tuần". */
function unitSpec(c: Cursor): Cadence | null {
  return attempt(c, () => {
    const every = eatCount(c) ?? 1;
    const unit = eatUnitWord(c);
    return unit ? normaliseCadence(unit, every) : null;
  });
}

/** "hàng quý", "định kỳ 06 tháng, năm", "mỗi tháng 01 chương trình", "định kỳ hàng tháng, quý" */
export function periodicClause(c: Cursor): Frag[] | null {
  const periodic = c.eat('định kỳ');
  const lead = c.eatAny(['hàng', 'mỗi']) !== undefined;
  if (!periodic && !lead) return null;
  const first = unitSpec(c);
  if (!first) return null;
  const cadences = [first];
  for (;;) {
    const next = attempt(c, () => {
      if (!c.eatPunct(',') && !c.eat('và')) return null;
      c.eatAny(['hàng', 'mỗi']);
      const spec = unitSpec(c);
      // "Hàng quý, tháng 3/2024": a month of its own, not a second cadence
      return spec && !c.num() && !isRoman(c.word()) ? spec : null;
    });
    if (!next) break;
    cadences.push(next);
  }
  const count = attempt(c, () => countTail(c));
  if (count !== null) (cadences[cadences.length - 1] as Cadence).count = count;
  return [{ k: 'cadence', cadences }];
}

/** "01 chương trình", "có ít nhất 01 tin/bài" after a cadence. */
function countTail(c: Cursor): number | null {
  c.eat('có');
  c.eatAny(AT_LEAST);
  const n = eatCount(c);
  if (n === undefined) return null;
  const noun = nounPhrase(c);
  return noun && !noun.per ? n : null;
}

/**
 * "01 lần/1 tháng", "01 lần/tháng", "ít nhất 02 lần/quý", "01 tin/bài/quý",
 * "02 lần mỗi năm", "12 tin/bài trong năm"
 */
export function countClause(c: Cursor): Frag[] | null {
  c.eatAny(AT_LEAST);
  const count = eatCount(c);
  if (count === undefined) return null;
  const noun = nounPhrase(c);
  if (!noun) return null;
  let per = noun.per;
  if (!per && c.eatAny(['hàng', 'mỗi', 'trong']) !== undefined) {
    per = unitSpec(c) ?? undefined;
    // "trong năm 2024", "trong quý II": a span, not a rate
    if (per && (c.num() || isRoman(c.word()))) return null;
  }
  if (!per) return null;
  return [{ k: 'cadence', cadences: [{ ...per, count }] }];
}

function isRoman(w: string | undefined): boolean {
  return w === 'i' || w === 'ii' || w === 'iii' || w === 'iv';
}

/** Up to four words, '/' between them allowed; a '/' followed by a unit ends it as a rate ("lần/1 tháng"). */
function nounPhrase(c: Cursor): { per?: Cadence } | null {
  let words = 0;
  for (;;) {
    const w = c.word();
    if (w !== undefined && !NOUN_STOP.has(w)) {
      if (++words > MAX_NOUN_WORDS) return null;
      c.i++;
      continue;
    }
    if (words > 0 && c.isPunct('/')) {
      const save = c.i;
      c.i++;
      const per = unitSpec(c);
      if (per) return { per };
      const next = c.word();
      if (next !== undefined && !NOUN_STOP.has(next)) continue;
      c.i = save;
    }
    break;
  }
  return words > 0 ? {} : null;
}

/**
 * "trước ngày 15 của tháng cuối quý", "vào ngày 5 hàng tháng", "trước ngày 20 tháng
 * đầu quý sau": a day inside each period. Recognised so the cadence parses; the day
 * itself is not kept in the result (see the gaps in timeframe.ts).
 */
export function dueClause(c: Cursor): Frag[] | null {
  if (c.eatAny(['trước', 'chậm nhất là', 'chậm nhất', 'vào', 'hạn', 'không quá']) === undefined) return null;
  if (!c.eat('ngày')) return null;
  const n = c.num();
  const day = n && n.parts.length === 1 ? smallPart(n.parts[0]) : undefined;
  if (day === undefined || day < 1 || day > 31) return null;
  c.i++;
  c.eatAny(['của', 'trong']);
  if (c.eatAny(['hàng', 'mỗi']) !== undefined) return c.eat('tháng') ? [{ k: 'due', unit: 'month' }] : null;
  if (!c.eat('tháng')) return null;
  if (c.eatAny(['tiếp theo', 'kế tiếp', 'sau']) !== undefined) return [{ k: 'due', unit: 'month' }];
  if (c.eatAny(['cuối', 'đầu']) === undefined) return null;
  c.eat('của');
  let unit: CadenceUnit | undefined;
  if (c.eat('kỳ')) unit = undefined;
  else {
    const spec = unitSpec(c);
    if (!spec || spec.unit === 'day' || spec.unit === 'week' || spec.unit === 'month') return null;
    unit = spec.unit;
  }
  c.eatAny(['tiếp theo', 'kế tiếp', 'sau']);
  return unit === undefined ? [{ k: 'due' }] : [{ k: 'due', unit }];
}
