import { stripMarks } from './normalize.js';

/**
 * Abbreviations (chữ viết tắt) in Vietnamese administrative prose: "CCHC", "TTHC",
 * "HĐND&UBND". A plan defines one by writing it in parentheses after the words it
 * stands for ("cải cách hành chính (CCHC)"), or by expanding it in parentheses
 * ("CCHC (cải cách hành chính)").
 */

/**
 * Abbreviations every reader of a government document knows; they need no
 * definition. Kept short on purpose: "CCHC" is the plan's own subject and is
 * defined in the plan's opening, as real plans do.
 */
export const WELL_KNOWN_ABBREVIATIONS: readonly string[] = [
  // Bodies and the state (Nghị định 30/2020/NĐ-CP uses these in document numbers)
  'UBND', 'HĐND', 'MTTQ', 'UBMTTQ', 'MTTQVN', 'UBMTTQVN', 'CP', 'TW', 'QH', 'TAND', 'VKSND',
  'CHXHCN', 'XHCN', 'VN',
  // Everyday administrative terms
  'TTHC', 'CNTT', 'CBCCVC', 'CBCC', 'CCVC', 'BHXH', 'BHYT', 'CCCD', 'THPT', 'THCS',
  // Table headers: "số thứ tự", "thứ tự"
  'STT', 'TT',
  // International
  'ASEAN', 'WTO', 'UNESCO', 'COVID', 'SMS', 'ICT', 'IT', 'AI', 'GDP', 'USD', 'VND', 'ISO', 'QR', 'GPS', 'TV', 'PDF', 'URL', 'ID',
];

export interface AbbreviationUse {
  /** The abbreviation as written ("HĐND&UBND"). */
  text: string;
  /** Parts joined by "&", each an abbreviation of its own ("HĐND", "UBND"). */
  parts: string[];
  /** UTF-16 offset in the scanned text. */
  index: number;
  /** True when this occurrence is where the text defines it. */
  defines: boolean;
}

const UPPER = 'A-ZĐ';
const TOKEN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}&])[${UPPER}][${UPPER}0-9]*(?:&[${UPPER}][${UPPER}0-9]*)*(?![\\p{L}\\p{M}\\p{N}&])`, 'gu');
const MAYBE_ABBREVIATION = new RegExp(`[${UPPER}][${UPPER}0-9&]*[${UPPER}]`, 'u');
const PART = new RegExp(`^[${UPPER}][${UPPER}0-9]*$`, 'u');
/** Document numbers ("76/NQ-CP", "04-NQ/TU", "61/2018/NĐ-CP") carry codes, not abbreviations of the prose. */
const DOC_NUMBER = /\p{N}+(?:[/.-][\p{L}\p{N}&]+)+/gu;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const WORD = /[\p{L}\p{M}]+/gu;
/** "(CCHC)", "(PAR Index)", "(gọi tắt là CCHC)", "(sau đây viết tắt là TTHC)". */
const PAREN = /\(([^()]{1,80})\)/gu;
const INTRO = /^(?:sau đây\s+)?(?:gọi|viết)\s+tắt(?:\s+là|\s*:)?\s+/iu;

function mask(text: string): string {
  return text.replace(DOC_NUMBER, (m) => ' '.repeat(m.length));
}

function letterCount(s: string): number {
  return s.replace(/[^A-ZĐ]/gu, '').length;
}

function isAbbreviation(token: string): boolean {
  return token.split('&').every((p) => PART.test(p) && letterCount(p) >= 2) && !ROMAN.test(token);
}

/** An all-capitals word with Vietnamese marks ("HOẠCH", "MỤC"): a heading written in capitals. */
function isCapsWord(w: string): boolean {
  return w.length > 0 && w === w.toUpperCase() && w !== w.toLowerCase() && /[^A-ZĐ]/u.test(w.normalize('NFC'));
}

/** "cải cách hành chính" for "CCHC": the initials of the words spell the abbreviation. */
function expands(abbr: string, words: string): boolean {
  const initials = words
    .split(/[\s\-–]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => stripMarks(w).charAt(0).toUpperCase())
    .join('');
  return initials === stripMarks(abbr).toUpperCase();
}

/**
 * Every abbreviation in `text`, in order, with the occurrences that define one
 * marked. Capitals that are a heading ("NỘI DUNG"), Roman numerals ("Quý II")
 * and the codes of document numbers are not abbreviations.
 */
export function scanAbbreviations(text: string): AbbreviationUse[] {
  // Every abbreviation has two capitals in one token: most prose has none, skip it cheaply.
  if (!MAYBE_ABBREVIATION.test(text)) return [];
  const masked = mask(text);
  const letters = masked.replace(/[^\p{L}]/gu, '');
  // A line written in capitals is a heading, not prose with abbreviations in it.
  if (letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.7) return [];
  const words = [...masked.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  const defining = new Set<number>();
  for (const m of masked.matchAll(PAREN)) {
    const inner = (m[1] as string).trim();
    const intro = INTRO.exec(inner);
    const body = intro ? inner.slice(intro[0].length) : inner;
    const bodyStart = m.index + 1 + (m[1] as string).indexOf(body);
    const tokens = [...body.matchAll(TOKEN)].filter((t) => isAbbreviation(t[0]));
    if (tokens.length === 0) {
      // "CCHC (cải cách hành chính)": the expansion follows the abbreviation.
      const before = /([A-ZĐ][A-ZĐ0-9]*)\s*$/u.exec(masked.slice(0, m.index));
      if (before && isAbbreviation(before[1] as string) && expands(before[1] as string, inner)) defining.add(before.index);
      continue;
    }
    // Only capitals and capitalised Latin words ("PAR Index"), a few of them.
    const rest = body.replace(TOKEN, ' ').trim();
    if (!intro && (rest !== '' && !/^(?:[A-Z][a-z]+\s*)+$/u.test(rest))) continue;
    if (body.split(/\s+/).length > 4) continue;
    for (const t of tokens) defining.add(bodyStart + t.index);
  }
  const out: AbbreviationUse[] = [];
  // Tokens and words both come in text order: one pointer keeps a long text linear.
  let i = 0;
  for (const m of masked.matchAll(TOKEN)) {
    const token = m[0];
    if (!isAbbreviation(token)) continue;
    while (i < words.length && (words[i] as { end: number }).end <= m.index) i++;
    const prev = words[i - 1]?.w ?? '';
    const next = words[i + 1]?.w ?? '';
    if (isCapsWord(prev) || isCapsWord(next)) continue;
    out.push({ text: token, parts: token.split('&'), index: m.index, defines: defining.has(m.index) });
  }
  return out;
}

/** Offset of occurrence `nth` (0-based) of `token` as a whole word in `text`; -1 when absent. */
export function nthTokenOffset(text: string, token: string, nth: number): number {
  let seen = 0;
  for (const m of mask(text).matchAll(TOKEN)) {
    if (m[0] !== token) continue;
    if (seen === nth) return m.index;
    seen++;
  }
  return -1;
}

/** How many times `token` occurs as a whole word in `text` before `index`. */
export function tokenOrdinal(text: string, token: string, index: number): number {
  let seen = 0;
  for (const m of mask(text).matchAll(TOKEN)) {
    if (m.index >= index) break;
    if (m[0] === token) seen++;
  }
  return seen;
}
