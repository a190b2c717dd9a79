/**
 * Keys for matching Vietnamese names the way a reader does: two spellings that a
 * person would call "the same name" get the same key. Agency names in real plans
 * differ in Unicode form (PDF extraction gives NFD), in tone-mark placement
 * ("Văn hoá" / "Văn hóa"), in dashes ("–" / "-"), in "&" / "và" and in a few
 * abbreviations ("UBND"), and all of these must still resolve to one agency.
 */
import { ownString } from './own.js';

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** True when s is already NFC. */
export function isNfc(s: string): boolean {
  return s === s.normalize('NFC');
}

const GRAVE = 0x300;
const ACUTE = 0x301;
const TILDE = 0x303;
const HOOK = 0x309;
const DOT_BELOW = 0x323;
const TONE_MARKS = new Set([GRAVE, ACUTE, TILDE, HOOK, DOT_BELOW]);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
// Open two-vowel rhymes whose tone mark sits on a different letter in each style.
const STYLE_PAIRS = new Set(['oa', 'oe', 'uy']);

/**
 * Where the tone mark sits in open "oa", "oe", "uy": 'classic' (kiểu cũ: "hòa, thủy,
 * khỏe", the mark on the first vowel) or 'reformed' (kiểu mới of the 1984 spelling
 * rules: "hoà, thuỷ, khoẻ", on the second). Both are correct Vietnamese; offices mix them.
 */
export type TonePlacementStyle = 'classic' | 'reformed';

interface Letter {
  /** Base letter as written (case kept), without any combining mark. */
  base: string;
  lower: string;
  /** Vowel-quality marks (circumflex, breve, horn) in their NFD order. */
  quality: string;
}

interface Syllable {
  letters: Letter[];
  tone: number;
  /** Index (into letters) of the letter carrying the tone as written. */
  toneAt: number;
  /** First and one-past-last index of the vowel nucleus, after "qu"/"gi" onsets. */
  from: number;
  to: number;
  hasCoda: boolean;
}

/** Splits an NFD word into letters; undefined when it is not one Vietnamese syllable with one tone mark. */
function analyse(nfdWord: string): Syllable | undefined {
  const letters: Letter[] = [];
  let tone = 0;
  let toneAt = -1;
  for (const ch of nfdWord) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x300 && cp <= 0x36f) {
      const last = letters[letters.length - 1];
      if (!last) return undefined;
      if (TONE_MARKS.has(cp)) {
        // Two tone marks in one syllable is a typo we cannot fix by moving one.
        if (tone !== 0) return undefined;
        tone = cp;
        toneAt = letters.length - 1;
      } else last.quality += ch;
      continue;
    }
    letters.push({ base: ch, lower: ch.toLowerCase(), quality: '' });
  }
  if (tone === 0) return undefined;
  let from = letters.findIndex((l) => VOWELS.has(l.lower));
  if (from < 0) return undefined;
  const isVowelAt = (i: number): boolean => {
    const l = letters[i];
    return l !== undefined && VOWELS.has(l.lower);
  };
  const onset = letters
    .slice(0, from)
    .map((l) => l.lower)
    .join('');
  const first = letters[from] as Letter;
  // In "quý", "giá" the u / i belong to the onset; in "gì", "gìn" the i is the vowel.
  if (onset === 'q' && first.lower === 'u' && isVowelAt(from + 1)) from++;
  else if (onset === 'g' && first.lower === 'i' && first.quality === '' && isVowelAt(from + 1)) from++;
  let to = from;
  while (isVowelAt(to)) to++;
  if (to - from > 3) return undefined;
  const coda = letters
    .slice(to)
    .map((l) => l.lower)
    .join('');
  if (!CODAS.has(coda)) return undefined;
  return { letters, tone, toneAt, from, to, hasCoda: coda !== '' };
}

/** Where the tone mark belongs in a syllable (index into letters). */
function tonePosition(s: Syllable, style: TonePlacementStyle): number {
  const { letters, from, to } = s;
  // A vowel with a quality mark carries the tone (the last one: "ươ" -> ơ, "uyê" -> ê).
  for (let i = to - 1; i >= from; i--) if ((letters[i] as Letter).quality !== '') return i;
  if (s.hasCoda) return to - 1;
  const n = to - from;
  if (n === 3) return from + 1;
  if (n === 2) {
    const pair = (letters[from] as Letter).lower + (letters[from + 1] as Letter).lower;
    if (STYLE_PAIRS.has(pair)) return style === 'classic' ? from : from + 1;
  }
  return from;
}

function rebuild(s: Syllable, at: number): string {
  let out = '';
  s.letters.forEach((l, i) => {
    out += l.base + l.quality;
    if (i === at) out += String.fromCodePoint(s.tone);
  });
  return out;
}

const WORD = /[\p{L}\p{M}]+/gu;
// Words without a tone mark, or with a single vowel, cannot have the mark in the
// wrong place: most words of a name, skipped without analysis.
const HAS_TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const TWO_VOWELS = /[aeiouy][\u0300-\u036f]*[aeiouy]/i;

/**
 * Rewrite each syllable to the given tone-placement style. Returns NFC.
 *
 * 'classic' puts the mark on the first vowel of an open "oa", "oe", "uy" ("hóa,
 * thủy, khỏe"); 'reformed' on the second ("hoá, thuỷ, khoẻ"). Syllables where the
 * styles agree are only repaired: a mark on the wrong letter ("qúy", "hoàn"
 * written "hòan") moves to where it belongs.
 */
export function toTonePlacement(s: string, style: TonePlacementStyle): string {
  const d = s.normalize('NFD');
  if (!HAS_TONE.test(d)) return d.normalize('NFC');
  return d
    .replace(WORD, (w) => {
      if (!HAS_TONE.test(w) || !TWO_VOWELS.test(w)) return w;
      const syl = analyse(w);
      if (!syl) return w;
      const at = tonePosition(syl, style);
      return at === syl.toneAt ? w : rebuild(syl, at);
    })
    .normalize('NFC');
}

/**
 * Which style a syllable uses, for syllables where the two styles differ (open oa,
 * oe, uy with a tone: hoá/hóa, thuỷ/thủy, khoẻ/khỏe); undefined when the word is
 * neutral. For a longer text, the first syllable that tells.
 */
export function tonePlacementOf(word: string): TonePlacementStyle | undefined {
  const d = word.normalize('NFD');
  for (const m of d.matchAll(WORD)) {
    const syl = analyse(m[0]);
    if (!syl || syl.hasCoda || syl.to - syl.from !== 2) continue;
    const { letters, from } = syl;
    const a = letters[from] as Letter;
    const b = letters[from + 1] as Letter;
    if (a.quality !== '' || b.quality !== '' || !STYLE_PAIRS.has(a.lower + b.lower)) continue;
    if (syl.toneAt === from) return 'classic';
    if (syl.toneAt === from + 1) return 'reformed';
  }
  return undefined;
}

// Unambiguous abbreviations only: "VH&TT" could be văn hóa/thể thao or thông
// tin, "TP" thành phố or tư pháp, so they stay as written.
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  ubmttqvn: 'ủy ban mặt trận tổ quốc việt nam',
  ubmttq: 'ủy ban mặt trận tổ quốc',
  mttqvn: 'mặt trận tổ quốc việt nam',
  mttq: 'mặt trận tổ quốc',
  vp: 'văn phòng',
};
const ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${Object.keys(ABBREVIATIONS).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);
const LOOSE_ABBREVIATIONS: Record<string, string> = Object.fromEntries(
  Object.entries(ABBREVIATIONS).map(([k, v]) => [stripMarks(k), stripMarks(v)]),
);
const LOOSE_ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${Object.keys(LOOSE_ABBREVIATIONS).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);

const DASH_RE = /\s*[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]\s*/g;
const QUOTE_RE = /["'`\u00B4\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/g;
// Zero-width characters come with PDF extraction and copy-paste from the web.
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const TRAILING_RE = /[\s.,;:]+$/;
const SPACES_RE = /\s+/g;

/**
 * Ð (U+00D0, Icelandic eth) looks exactly like Đ and arrives from some fonts and
 * PDF extractors; no Vietnamese text means it.
 */
function fixEth(s: string): string {
  return s.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111');
}

function punctuation(s: string, and: string): string {
  return s
    .replace(INVISIBLE_RE, '')
    .replace(QUOTE_RE, '')
    .replace(DASH_RE, '-')
    .replace(/\s*&\s*/g, and)
    .replace(SPACES_RE, ' ')
    .replace(TRAILING_RE, '')
    .trim();
}

/** Removes every combining mark and folds đ to d; does not change case. */
export function stripMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0111/g, 'd')
    .replace(/\u0110/g, 'D')
    .normalize('NFC');
}

/**
 * Key for EXACT-but-forgiving matching of Vietnamese names: NFC, case-folded (Đ
 * kept as đ), one tone-mark placement ("hoá" == "hóa", "Uỷ" == "Ủy"), dashes unified
 * ("–", "—", "-" with or without spaces -> "-"), "&" == "và", whitespace collapsed,
 * trailing .,;: and quotes dropped, and the unambiguous abbreviations (UBND, HĐND,
 * UBMTTQ(VN), MTTQ(VN), VP) expanded.
 */
export function matchKey(s: string): string {
  let key = matchKeys.get(s);
  if (key === undefined) {
    const folded = fixEth(s.normalize('NFC')).toLowerCase();
    const placed = toTonePlacement(punctuation(folded, ' và '), 'classic');
    // Names repeat across every plan of a run (registries, leads, "UBND các xã"):
    // remember the keys, in a bounded table so a long-lived server never grows without end.
    // Both are copies: a name read from a file is a slice of its text, and the table
    // would keep every such text alive (a country's roll-up grew by its reports).
    key = ownString(placed.replace(ABBREVIATION_RE, (m) => ABBREVIATIONS[m] ?? m));
    if (matchKeys.size >= MATCH_KEY_CACHE) matchKeys.clear();
    matchKeys.set(ownString(s), key);
  }
  return key;
}

const MATCH_KEY_CACHE = 20_000;
const matchKeys = new Map<string, string>();

// looseKey runs on every candidate of a "did you mean" pass, so it is one loop
// over the string with a per-character table (built on first use) instead of a
// chain of regexes. A table entry is the ASCII fold of the character, or one of:
const OTHER = 0; // no ASCII fold: strip marks and lowercase the hard way
const SKIP = 1; // combining marks, quotes, invisible characters
const GAP = 2; // whitespace
const JOIN = 3; // dashes
const AND = 4; // "&"
const TABLE_SIZE = 0x2100;
let charTable: Uint8Array | undefined;

function charTableOf(): Uint8Array {
  if (charTable) return charTable;
  const t = new Uint8Array(TABLE_SIZE);
  for (let cp = 0x21; cp < 0x7f; cp++) t[cp] = cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  for (let cp = 0xc0; cp < TABLE_SIZE; cp++) {
    if ((cp >= 0x250 && cp < 0x1e00) || cp >= 0x1f00) continue;
    const base = String.fromCharCode(cp).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (base.length === 1 && base.charCodeAt(0) < 0x80) t[cp] = base.charCodeAt(0);
  }
  for (const cp of [0x110, 0x111, 0xd0, 0xf0]) t[cp] = 0x64;
  for (let cp = 0x300; cp <= 0x36f; cp++) t[cp] = SKIP;
  for (const c of '"\'`\u00B4\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u200B\u200C\u200D\u2060\u00AD') {
    t[c.charCodeAt(0)] = SKIP;
  }
  for (const c of ' \t\n\v\f\r\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F') {
    t[c.charCodeAt(0)] = GAP;
  }
  for (const c of '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212') t[c.charCodeAt(0)] = JOIN;
  t[0x26] = AND;
  return (charTable = t);
}

function classOf(table: Uint8Array, c: number): number {
  if (c < TABLE_SIZE) return table[c] as number;
  if (c === 0xfeff) return SKIP;
  if (c === 0x3000 || c === 0x1680) return GAP;
  if (c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return JOIN;
  return OTHER;
}

const LOOSE_HINT = /ubnd|hdnd|mttq|vp/;
// Single-character strings for the folded ASCII range, so the loop only concatenates.
const ASCII = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i));

/** Diacritics-INsensitive key for completion and fuzzy search: matchKey then strip all marks, đ->d. "Phòng Văn hóa" -> "phong van hoa". */
export function looseKey(s: string): string {
  const table = charTableOf();
  let key = '';
  // 0: nothing pending, 1: a space is pending, 2: just wrote a joiner, so spaces after it are dropped.
  let gap = 0;
  for (let i = 0; i < s.length; i++) {
    const k = classOf(table, s.charCodeAt(i));
    if (k === SKIP) continue;
    if (k === GAP) {
      if (gap === 0 && key !== '') gap = 1;
      continue;
    }
    if (k === JOIN) {
      key += '-';
      gap = 2;
      continue;
    }
    if (k === AND) {
      key += key === '' ? 'va ' : ' va ';
      gap = 2;
      continue;
    }
    if (gap === 1) key += ' ';
    gap = 0;
    key += k === OTHER ? stripMarks(s[i] as string).toLowerCase() : (ASCII[k] as string);
  }
  let end = key.length;
  while (end > 0) {
    const c = key.charCodeAt(end - 1);
    if (c !== 0x2e && c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x20) break;
    end--;
  }
  if (end < key.length) key = key.slice(0, end);
  return LOOSE_HINT.test(key) ? key.replace(LOOSE_ABBREVIATION_RE, (m) => LOOSE_ABBREVIATIONS[m] ?? m) : key;
}
