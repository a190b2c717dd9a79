/**
 * Seeded mutations of plan texts for the fuzz test: what a careless user, a broken
 * editor or an attacker makes of a plan. Pure functions of a seed, so a failing mutant
 * is found again from its seed and index alone.
 */

/** A small, fast PRNG (mulberry32): the same seed gives the same mutants on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (r: Random, n: number): number => Math.floor(r() * n);
const pickOne = <T>(r: Random, items: readonly T[]): T => items[int(r, items.length)] as T;

/** YAML punctuation and what it takes to break a block structure. */
const PUNCTUATION = [':', ': ', '-', '- ', '#', ' #', '[', ']', '{', '}', ',', "'", '"', '|', '>', '|-', '>-', '|+', '&a ', '*a', '!', '!!binary ', '%', '@', '`', '?', '? ', '\\', '---\n', '...\n', ' ', '\n', '\t', '<<: *a\n'];

/** Characters that matter for Vietnamese text and for readers of it. */
const UNICODE = [
  '\u0301', // combining acute (NFD tone mark)
  '\u0323', // combining dot below
  '\u0300\u0309', // two marks
  'Đ',
  'Ð', // Eth, looks like Đ
  'đ',
  '\u202e', // RLO
  '\u202c',
  '\u0000', // NUL
  '\ufffe', // noncharacter
  '\uffff',
  '\ufeff', // BOM / zero-width no-break space
  '\u00a0', // no-break space
  '\u2028', // line separator
  '\u0085', // next line
  '\u001b[2J', // clear screen
  '\ud800', // lone high surrogate
  'Ủy ban nhân dân',
  'ệ',
];

export type Mutation = (text: string, r: Random) => string;

/** Positions the mutations aim at: anywhere, or a line start. */
function at(text: string, r: Random): number {
  return int(r, text.length + 1);
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

export const MUTATIONS: Record<string, Mutation> = {
  /** Flip one bit of the UTF-8 bytes and decode as a host would (invalid bytes become U+FFFD). */
  byteFlip(text, r) {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length === 0) return text;
    const i = int(r, bytes.length);
    bytes[i] = (bytes[i] as number) ^ (1 << int(r, 8));
    return new TextDecoder('utf-8').decode(bytes);
  },
  insertPunctuation(text, r) {
    const i = at(text, r);
    return text.slice(0, i) + pickOne(r, PUNCTUATION) + text.slice(i);
  },
  deletePunctuation(text, r) {
    const spots: number[] = [];
    for (let i = 0; i < text.length; i++) if (/[:\-#[\]{},'"|>\s]/.test(text[i] as string)) spots.push(i);
    if (spots.length === 0) return text;
    const i = pickOne(r, spots);
    return text.slice(0, i) + text.slice(i + 1 + (r() < 0.2 ? int(r, 4) : 0));
  },
  /** Indent or dedent a line (spaces, sometimes a tab). */
  indent(text, r) {
    const starts = lineStarts(text);
    const s = pickOne(r, starts);
    if (r() < 0.5) {
      const pad = r() < 0.15 ? '\t' : ' '.repeat(1 + int(r, 4));
      return text.slice(0, s) + pad + text.slice(s);
    }
    let e = s;
    const n = 1 + int(r, 4);
    while (e < text.length && e - s < n && text[e] === ' ') e++;
    return text.slice(0, s) + text.slice(e);
  },
  /** Duplicate a line or a run of lines (duplicate keys, repeated items). */
  duplicateLines(text, r) {
    const starts = lineStarts(text);
    const a = int(r, starts.length);
    const b = Math.min(starts.length, a + 1 + int(r, 4));
    const from = starts[a] as number;
    const to = b < starts.length ? (starts[b] as number) : text.length;
    const block = text.slice(from, to);
    return text.slice(0, to) + (block.endsWith('\n') || to < text.length ? block : `\n${block}`) + text.slice(to);
  },
  /** Delete a run of lines. */
  deleteLines(text, r) {
    const starts = lineStarts(text);
    const a = int(r, starts.length);
    const b = Math.min(starts.length, a + 1 + int(r, 3));
    return text.slice(0, starts[a]) + (b < starts.length ? text.slice(starts[b]) : '');
  },
  unicode(text, r) {
    const u = pickOne(r, UNICODE);
    if (u === 'Đ' || u === 'Ð') {
      // Swap one Đ for the look-alike Eth, or the other way round.
      const from = u === 'Đ' ? 'Ð' : 'Đ';
      const i = text.indexOf(from, int(r, text.length));
      if (i >= 0) return text.slice(0, i) + u + text.slice(i + 1);
    }
    // At a line start half of the time: a BOM or NUL there is what readers disagree on.
    const i = r() < 0.5 ? pickOne(r, lineStarts(text)) : at(text, r);
    return text.slice(0, i) + u + text.slice(i);
  },
  lineEnds(text, r) {
    const k = int(r, 4);
    if (k === 0) return text.replace(/\r?\n/g, '\r\n');
    if (k === 1) return text.replace(/\r/g, '');
    if (k === 2) return `${text.replace(/\n+$/, '')}\r`; // a lone CR at the end
    const i = pickOne(r, lineStarts(text));
    return `${text.slice(0, i)}\r${text.slice(i)}`;
  },
  /** Cut the text short (an editor that saved half a file). */
  truncate(text, r) {
    return text.slice(0, at(text, r));
  },
};

const NAMES = Object.keys(MUTATIONS);

/** One mutant: one to three mutations of `text`, named so a failure says what was done. */
export function mutant(text: string, seed: number): { text: string; applied: string[] } {
  const r = prng(seed);
  let out = text;
  const applied: string[] = [];
  const count = 1 + int(r, 3);
  for (let k = 0; k < count; k++) {
    const name = pickOne(r, NAMES);
    out = (MUTATIONS[name] as Mutation)(out, r);
    applied.push(name);
  }
  return { text: out, applied };
}
