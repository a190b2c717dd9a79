import { countClause, dueClause, periodicClause } from './cadence.js';
import { attempt, Cursor, TimeframeFailure, yearValue } from './cursor.js';
import { parseItem, parseSeq } from './periods.js';
import type { Tok } from './tokenize.js';
import type { Frag } from './types.js';

/*
 * Grammar, over tokens (see tokenize.ts):
 *
 *   phrase   := label? segment (separator segment)*
 *   segment  := clause+                      clauses may follow each other directly
 *   clause   := continuous | span | deadline | completion | periodic | count | due
 *   separator:= ',' | ';' | '.' | ':' | '-' | 'và'
 *
 * The first segment must be understood to its end. A later segment that is not
 * understood is ignored when a punctuation separator comes before it ("Hàng quý,
 * có ít nhất 01 tin/bài về ..."), so trailing remarks do not make a good phrase
 * fail; after a bare "và", or with no separator at all, unknown words are an error:
 * "Quý I/2024 khi có yêu cầu" is not silently read as "Quý I/2024".
 */

const PUNCT_SEPARATORS = new Set([',', ';', '.', ':', '-']);

const WHOLE_YEAR = ['trong suốt cả năm', 'trong suốt năm', 'trong cả năm', 'suốt cả năm', 'suốt năm', 'cả năm', 'quanh năm'];

/** Verbs a phrase may open with before saying when: "Thực hiện thường xuyên". */
const LEADING_VERBS = ['thực hiện', 'triển khai', 'tổ chức', 'đảm bảo', 'bảo đảm'];

/** "Thường xuyên", "Thường xuyên, liên tục", "Cả năm 2024", "quanh năm", "Thực hiện thường xuyên" */
function continuousClause(c: Cursor): Frag[] | null {
  const start = c.i;
  c.eatAny(LEADING_VERBS);
  if (c.eatAny(['thường xuyên', 'liên tục']) !== undefined) return [{ k: 'continuous' }];
  c.i = start;
  if (c.eatAny(WHOLE_YEAR) === undefined) return null;
  const year = yearValue(c.peek());
  if (year === undefined) return [{ k: 'continuous' }];
  c.i++;
  return [{ k: 'continuous' }, { k: 'span', seq: { items: [{ u: 'year', year }], joins: [] } }];
}

/**
 * "Quý I/2024", "Trong quý II, III năm 2024", "Từ tháng 3 đến tháng 5/2024",
 * "Ngày 10/10/2024", "Trong năm"
 */
function spanClause(c: Cursor): Frag[] | null {
  if (c.eatAny(['kể từ', 'từ']) !== undefined) {
    const seq = parseSeq(c);
    if (!seq) return null;
    // "Từ tháng 11/2025 đến khi kết thúc ...": from a date until an event, which runs
    // on to the end of the plan's period.
    if (c.eatAny(['cho đến khi', 'đến khi', 'tới khi']) !== undefined) {
      skipRest(c);
      return [{ k: 'span', seq, openEnd: true }, { k: 'onward' }];
    }
    // "Từ ngày 01/3/2024" with no end: open until the end of that year
    return [{ k: 'span', seq, openEnd: !seq.joins.includes('range') }];
  }
  // "giai đoạn 2021 - 2025": bare years
  if (c.eat('giai đoạn')) {
    const seq = parseSeq(c, { inherit: 'year' });
    return seq ? [{ k: 'span', seq }] : null;
  }
  const prefixed = c.eatAny(['trong suốt', 'trong', 'suốt', 'vào']) !== undefined;
  // A year alone or a range of years, as tables write them: "2026", "2026 - 2030".
  if (!prefixed && yearValue(c.peek()) !== undefined) {
    const years = attempt(c, () => parseSeq(c, { inherit: 'year' }));
    if (years) return [{ k: 'span', seq: years }];
  }
  const seq = parseSeq(c, { bareYear: prefixed });
  return seq ? [{ k: 'span', seq }] : null;
}

/** "... và các năm tiếp theo", "những năm sau": the work goes on after the period named. */
function onwardClause(c: Cursor): Frag[] | null {
  if (c.eatAny(['các năm tiếp theo', 'những năm tiếp theo', 'các năm sau', 'những năm sau', 'các năm tiếp']) === undefined) return null;
  return [{ k: 'onward' }];
}

/** Words that tie the work to an event or another schedule rather than to dates. */
const CONDITIONS = ['ngay sau khi', 'sau khi', 'khi', 'theo', 'căn cứ'];

/**
 * "Sau khi Nghị định ... được ban hành", "Theo kế hoạch công tác hằng năm", "Triển khai
 * đảm bảo theo lộ trình của Bộ": the whole rest of the phrase names the event.
 */
function conditionalClause(c: Cursor): Frag[] | null {
  // Only a whole phrase is an event: "Quý I/2024 khi có yêu cầu" is not silently "Quý I/2024".
  if (c.i !== c.phraseStart) return null;
  const start = c.i;
  for (let k = 0; k < 3 && c.eatAny(LEADING_VERBS) !== undefined; k++);
  if (c.eatAny(CONDITIONS) === undefined || c.done) {
    c.i = start;
    return null;
  }
  skipRest(c);
  return [{ k: 'conditional' }];
}

function skipRest(c: Cursor): void {
  while (!c.done) c.i++;
}

const ON_OR_BEFORE = [
  'chậm nhất là',
  'chậm nhất',
  'muộn nhất là',
  'muộn nhất',
  'hạn chót là',
  'hạn chót',
  'hạn cuối',
  'thời hạn là',
  'thời hạn',
  'hạn',
  'không quá',
  'không muộn hơn',
];

/**
 * "Chậm nhất ngày 20/04/2024", "trước ngày 25/11/2024", "trước tháng 11 năm 2024",
 * "Hạn chót 15/12/2024", "Đến hết năm"
 */
function deadlineClause(c: Cursor): Frag[] | null {
  let rule: 'on' | 'before';
  let toEnd = false;
  if (c.eat('trước')) rule = 'before';
  else if (c.eatAny(ON_OR_BEFORE) !== undefined) {
    rule = 'on';
    c.eatPunct(':');
    c.eatAny(['vào', 'trong']);
  } else if (c.eatAny(['cho đến', 'đến', 'tới']) !== undefined) {
    rule = 'on';
    toEnd = c.eatAny(['hết', 'cuối']) !== undefined;
  } else return null;
  const item = parseItem(c, { bareYear: toEnd });
  return item ? [{ k: 'deadline', seq: { items: [item], joins: [] }, rule }] : null;
}

// Words that end the free text after "hoàn thành" ("hoàn thành các nội dung trước ...").
const COMPLETION_STOP = new Set([
  'trước', 'chậm', 'muộn', 'hạn', 'thời', 'trong', 'vào', 'đến', 'tới', 'cho', 'không',
  'quý', 'tháng', 'năm', 'ngày', 'nửa', 'xong',
]);
const MAX_COMPLETION_WORDS = 8;

/**
 * "Hoàn thành trước 30/6/2024", "hoàn thành các nội dung trước tháng 11 năm 2024",
 * "hoàn thành trong quý II/2024"
 */
function completionClause(c: Cursor): Frag[] | null {
  // "xong trong quý II/2026": done within that period, like "hoàn thành trong".
  if (c.eatAny(['hoàn thành', 'hoàn tất', 'xong']) === undefined) return null;
  // What is completed may be a short list: "hoàn thành đầu tư, lắp đặt và vận hành xong trước ...".
  for (let k = 0; k < MAX_COMPLETION_WORDS * 2; k++) {
    const w = c.word();
    if (w !== undefined && COMPLETION_STOP.has(w)) break;
    if (w === undefined && !c.isPunct(',')) break;
    c.i++;
  }
  c.eat('xong');
  const deadline = attempt(c, () => deadlineClause(c));
  if (deadline) return deadline;
  // "hoàn thành trong quý II/2024": the work happens in that period and is due at its end
  c.eatAny(['trong', 'vào']);
  const seq = parseSeq(c);
  return seq ? [{ k: 'span', seq }, { k: 'deadline', seq, rule: 'on' }] : null;
}

const CLAUSES: readonly ((c: Cursor) => Frag[] | null)[] = [
  conditionalClause,
  onwardClause,
  continuousClause,
  spanClause,
  deadlineClause,
  completionClause,
  periodicClause,
  countClause,
  dueClause,
];

/** The longest reading wins, so "trước ngày 15 của tháng cuối quý" is a due day, not a failed date. */
function parseClause(c: Cursor): Frag[] | null {
  const start = c.i;
  let best: Frag[] | null = null;
  let bestEnd = start;
  for (const clause of CLAUSES) {
    c.i = start;
    const frags = clause(c);
    if (frags && c.i > bestEnd) {
      best = frags;
      bestEnd = c.i;
    }
  }
  c.i = bestEnd;
  return best;
}

function isPunctSeparator(t: Tok | undefined): boolean {
  return t?.t === 'p' && PUNCT_SEPARATORS.has(t.v);
}

function atSeparator(c: Cursor): boolean {
  return isPunctSeparator(c.peek()) || c.word() === 'và';
}

/** Eats separators; true when one of them was punctuation. */
function eatSeparators(c: Cursor): boolean {
  let punct = false;
  while (!c.done && atSeparator(c)) {
    if (c.peek()?.t === 'p') punct = true;
    c.i++;
  }
  return punct;
}

/** "Thời gian thực hiện:", "Tần suất:" in front of the phrase itself. */
function skipLabel(c: Cursor): void {
  if (!c.at('thời gian') && !c.at('tần suất')) return;
  for (let k = 1; k <= 8; k++) {
    const t = c.peek(k);
    if (t?.t === 'p' && t.v === ':') {
      c.i += k + 1;
      return;
    }
    if (t?.t !== 'w') return;
  }
}

function describe(t: Tok | undefined): string {
  if (!t) return '';
  return t.t === 'n' ? t.raw : t.v;
}

export function parseFrags(toks: readonly Tok[]): Frag[] {
  const c = new Cursor(toks);
  eatSeparators(c);
  skipLabel(c);
  c.phraseStart = c.i;
  const frags: Frag[] = [];
  let first = true;
  let afterPunct = false;
  while (!c.done) {
    const run: Frag[] = [];
    for (;;) {
      const clause = parseClause(c);
      if (!clause) break;
      run.push(...clause);
    }
    const complete = run.length > 0 && (c.done || atSeparator(c));
    if (complete) frags.push(...run);
    else if (first || !afterPunct) throw new TimeframeFailure('unrecognised', { near: describe(c.peek()) });
    else {
      // An unknown remark after a punctuation separator: skip it up to the next one.
      while (!c.done && !isPunctSeparator(c.peek())) c.i++;
    }
    first = false;
    afterPunct = eatSeparators(c);
  }
  if (frags.length === 0) throw new TimeframeFailure('unrecognised', { near: '' });
  return frags;
}
