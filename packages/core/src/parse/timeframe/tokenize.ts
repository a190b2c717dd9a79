/**
 * Tokens of a timeframe phrase. Words are lowercased NFC with their diacritics
 * kept: "năm" (year) and "nam" (south) must stay different words.
 */
export type Tok = WordTok | NumTok | PunctTok;
export interface WordTok {
  t: 'w';
  v: string;
}
/** Digits joined by '/', '.' or '-' with no space: "20/04/2024", "3/2024", "2024". */
export interface NumTok {
  t: 'n';
  parts: string[];
  seps: string[];
  raw: string;
}
export interface PunctTok {
  t: 'p';
  v: string;
}

// Older spellings and tone-mark placements that documents still use; mapping them
// here keeps the grammar to one spelling per word. "hằng" and "hàng" are both
// accepted for "every", so the grammar only knows "hàng".
const ALIASES: Record<string, string> = {
  quí: 'quý',
  qúy: 'quý',
  qúi: 'quý',
  kì: 'kỳ',
  hằng: 'hàng',
  bẩy: 'bảy',
};

// Emphasis and quote marks carry no meaning in a timeframe ("**20/04/2024**" in the seeds).
const IGNORED = new Set(['*', '_', '"', '“', '”', '‘', '’', "'", '`', '«', '»']);
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /[\s\u200B\u2060\uFEFF]/u;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(DASHES, '-');
}

/**
 * One pass, no backtracking. Text in parentheses is dropped, nested or not (an
 * unclosed "(" drops the rest): real timeframes put asides there, e.g.
 * "Mỗi tháng 01 chương trình (10 - 15 phút)".
 */
export function tokenize(text: string): Tok[] {
  const chars = Array.from(normalise(text));
  const out: Tok[] = [];
  let i = 0;
  let depth = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (ch === '(') {
      depth++;
      i++;
      continue;
    }
    if (depth > 0) {
      if (ch === ')') depth--;
      i++;
      continue;
    }
    if (SPACE.test(ch) || IGNORED.has(ch)) {
      i++;
      continue;
    }
    if (isDigit(ch)) {
      i = readNumber(chars, i, out);
      continue;
    }
    if (LETTER.test(ch)) {
      let j = i;
      let w = '';
      while (j < chars.length && LETTER.test(chars[j] as string)) w += chars[j++];
      out.push({ t: 'w', v: ALIASES[w] ?? w });
      i = j;
      continue;
    }
    out.push({ t: 'p', v: ch });
    i++;
  }
  return out;
}

function readNumber(chars: string[], start: number, out: Tok[]): number {
  const parts: string[] = [];
  const seps: string[] = [];
  let i = start;
  for (;;) {
    let d = '';
    while (isDigit(chars[i])) d += chars[i++];
    parts.push(d);
    const sep = chars[i];
    if ((sep === '/' || sep === '.' || sep === '-') && isDigit(chars[i + 1])) {
      seps.push(sep);
      i++;
      continue;
    }
    break;
  }
  emitNumber(parts, seps, out);
  return i;
}

/**
 * "-" between digits is a date separator in "17-01-2024" and "2024-01-17" but a
 * range in "3-5/2024", "01/3/2024-30/5/2024" and "2021-2025"; split it off in the
 * latter cases so the grammar sees the same tokens as for "3 - 5/2024".
 */
function emitNumber(parts: string[], seps: string[], out: Tok[]): void {
  const dashIsRange = seps.includes('-') && (seps.some((s) => s !== '-') || parts.length === 2);
  if (!dashIsRange) {
    out.push(numTok(parts, seps));
    return;
  }
  let cur: string[] = [parts[0] as string];
  let curSeps: string[] = [];
  for (let k = 0; k < seps.length; k++) {
    const s = seps[k] as string;
    const next = parts[k + 1] as string;
    if (s === '-') {
      out.push(numTok(cur, curSeps), { t: 'p', v: '-' });
      cur = [next];
      curSeps = [];
    } else {
      cur.push(next);
      curSeps.push(s);
    }
  }
  out.push(numTok(cur, curSeps));
}

function numTok(parts: string[], seps: string[]): NumTok {
  let raw = parts[0] ?? '';
  for (let k = 0; k < seps.length; k++) raw += `${seps[k]}${parts[k + 1]}`;
  return { t: 'n', parts, seps, raw };
}
