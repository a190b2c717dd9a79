import type { NumTok, Tok } from './tokenize.js';

export type FailureId = 'unrecognised' | 'no-year' | 'invalid-date' | 'reversed-range' | 'empty';

/**
 * Thrown for a phrase that is recognisably wrong (a day that does not exist, a
 * range that runs backwards): no other reading could make it right, so the parse
 * stops instead of trying alternatives.
 */
export class TimeframeFailure extends Error {
  constructor(
    readonly messageId: FailureId,
    readonly data: Record<string, string | number>,
  ) {
    super(messageId);
    this.name = 'TimeframeFailure';
  }
}

const phraseCache = new Map<string, string[]>();
function words(phrase: string): string[] {
  let ws = phraseCache.get(phrase);
  if (!ws) {
    ws = phrase.split(' ');
    phraseCache.set(phrase, ws);
  }
  return ws;
}

/** A position in the token list; every parser either advances it or leaves it where it was. */
export class Cursor {
  i = 0;
  /** Where the phrase itself starts, after a label ("Thời gian thực hiện:"). */
  phraseStart = 0;
  constructor(readonly toks: readonly Tok[]) {}

  get done(): boolean {
    return this.i >= this.toks.length;
  }

  peek(offset = 0): Tok | undefined {
    return this.toks[this.i + offset];
  }

  word(offset = 0): string | undefined {
    const t = this.peek(offset);
    return t?.t === 'w' ? t.v : undefined;
  }

  num(offset = 0): NumTok | undefined {
    const t = this.peek(offset);
    return t?.t === 'n' ? t : undefined;
  }

  isPunct(v: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.t === 'p' && t.v === v;
  }

  /** True when the words of `phrase` ("chậm nhất") come next. */
  at(phrase: string, offset = 0): boolean {
    const ws = words(phrase);
    for (let k = 0; k < ws.length; k++) if (this.word(offset + k) !== ws[k]) return false;
    return true;
  }

  eat(phrase: string): boolean {
    if (!this.at(phrase)) return false;
    this.i += words(phrase).length;
    return true;
  }

  /** Eats the first phrase that matches; list longer phrases before their prefixes. */
  eatAny(phrases: readonly string[]): string | undefined {
    for (const p of phrases) if (this.eat(p)) return p;
    return undefined;
  }

  eatPunct(v: string): boolean {
    if (!this.isPunct(v)) return false;
    this.i++;
    return true;
  }
}

/** Runs `f`; when it yields null the cursor goes back to where it was. */
export function attempt<T>(c: Cursor, f: () => T | null): T | null {
  const save = c.i;
  const r = f();
  if (r === null) c.i = save;
  return r;
}

/** A stated year: four digits, no leading zero. */
export function yearValue(t: Tok | undefined): number | undefined {
  if (t?.t !== 'n' || t.parts.length !== 1) return undefined;
  return yearPart(t.parts[0]);
}

export function yearPart(s: string | undefined): number | undefined {
  return s !== undefined && s.length === 4 && s[0] !== '0' ? Number(s) : undefined;
}

/** One or two digits, "01" zero padding allowed. */
export function smallPart(s: string | undefined): number | undefined {
  return s !== undefined && s.length >= 1 && s.length <= 2 ? Number(s) : undefined;
}

const NUMBER_WORDS: readonly [string, number][] = [
  ['mười một', 11],
  ['mười hai', 12],
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  // "năm" (five) is left out on purpose: it is also "year", the word this grammar cares about.
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
  ['mười', 10],
];

/** A small count: "02", "6", "một", "sáu". Consumes it. */
export function eatCount(c: Cursor, max = 999): number | undefined {
  const n = c.num();
  if (n) {
    const s = n.parts[0] as string;
    if (n.parts.length !== 1 || s.length > 3) return undefined;
    const v = Number(s);
    if (v < 1 || v > max) return undefined;
    c.i++;
    return v;
  }
  for (const [w, v] of NUMBER_WORDS) {
    if (v <= max && c.eat(w)) return v;
  }
  return undefined;
}
