import { matchKey, stripMarks } from '../text/normalize.js';
import {
  ADMIN_TYPE_CODES,
  LEGACY_ADMIN_TYPE_CODES,
  NORMATIVE_TYPE_CODES,
  PARTY_TYPE_CODES,
  typeNameKeys,
  type DocTypeName,
  type TypeCodeTable,
} from './document-types.js';

/**
 * Numbers ("số, ký hiệu") of Vietnamese documents:
 * - administrative, Nghị định 30/2020/NĐ-CP Điều 8: "84/KH-UBND" (number/type-issuer);
 * - official letters (công văn), same decree: "123/UBND-VP" (number/issuer-drafting unit);
 * - normative, Luật Ban hành VBQPPL: "61/2018/NĐ-CP" (number/year/type-issuer), "80/2015/QH13";
 * - Party, Hướng dẫn 36-HD/VPTW: "186-KH/HU" (number-type/issuer).
 */
export type RefKind = 'administrative' | 'normative' | 'party' | 'official-letter';

export interface LegalRef {
  kind: RefKind;
  number: number;
  /** As written, leading zeros kept ("07"): the number is quoted as issued. */
  numberText: string;
  /** Normative documents only. */
  year?: number;
  /** Canonical spelling ("QĐ", "CTr"). */
  typeCode?: string;
  typeName?: DocTypeName;
  issuerCode: string;
  /** Official letters: the drafting unit ("UBND-VP" -> "VP"). */
  unitCode?: string;
  canonical: string;
}

export type LegalRefErrorId = 'empty' | 'unrecognised' | 'unknown-type-code' | 'bad-number';

export type LegalRefResult =
  | {
      ok: true;
      value: LegalRef;
      /** canonical differs from the input, only in formatting (spaces, dash kind, case of codes, Unicode form). */
      normalized: boolean;
    }
  | {
      ok: false;
      error: { messageId: LegalRefErrorId; data?: Record<string, string | number> };
      /** Best-effort corrected number, only when the correction is unambiguous ("84/QD-UBND" -> "84/QĐ-UBND"). */
      suggestion?: string;
    };

// Issuers whose spelling is mixed-case or easy to mistype in lowercase.
const KNOWN_ISSUERS = [
  'UBND', 'HĐND', 'CP', 'TTg', 'VPCP', 'CTN', 'TW', 'TU', 'HU', 'ĐU', 'ThU', 'QU', 'VPTW', 'BCĐ', 'MTTQ',
  'UBMTTQ', 'VP', 'BNV', 'BTP', 'BTC', 'BCA', 'BQP', 'BYT', 'BXD', 'BKHĐT', 'BTTTT', 'BGDĐT', 'BVHTTDL',
  'BTNMT', 'BNNPTNT', 'BLĐTBXH', 'BGTVT', 'BKHCN', 'NHNN', 'TANDTC', 'VKSNDTC', 'KTNN',
];
const ISSUER_BY_UPPER = new Map(KNOWN_ISSUERS.map((c) => [c.toUpperCase(), c]));
const LEGISLATURE = /^(QH|UBTVQH)(\d+)$/i;
const SEGMENT = /^[\p{L}\p{N}]+$/u;
const DASHES = /\s*[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]\s*/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

function err(
  messageId: LegalRefErrorId,
  data?: Record<string, string | number>,
  suggestion?: string,
): LegalRefResult {
  const error = data === undefined ? { messageId } : { messageId, data };
  return suggestion === undefined ? { ok: false, error } : { ok: false, error, suggestion };
}

function upper(s: string): string {
  return s.toUpperCase();
}

/** The canonical code for seg in the tables, matched exactly first, then case-insensitively. */
function findCode(tables: readonly TypeCodeTable[], seg: string): { code: string; name: DocTypeName } | undefined {
  for (const t of tables) {
    const name = t[seg];
    if (name) return { code: seg, name };
  }
  for (const t of tables) {
    for (const [code, name] of Object.entries(t)) if (upper(code) === upper(seg)) return { code, name };
  }
  return undefined;
}

/** A code differing only in marks ("QD" for "QĐ"), when exactly one fits. */
function nearCode(tables: readonly TypeCodeTable[], seg: string): string | undefined {
  const want = upper(stripMarks(seg));
  const hits = new Set<string>();
  for (const t of tables) for (const code of Object.keys(t)) if (upper(stripMarks(code)) === want) hits.add(code);
  return hits.size === 1 ? [...hits][0] : undefined;
}

function issuer(seg: string): string {
  const known = ISSUER_BY_UPPER.get(upper(seg));
  if (known) return known;
  if (LEGISLATURE.test(seg)) return upper(seg);
  // All-lowercase is someone typing fast; mixed case may be deliberate ("TTg"), so it stays.
  return seg === seg.toLowerCase() ? upper(seg) : seg;
}

function isNumber(text: string): boolean {
  return /^\d+$/.test(text) && Number(text) > 0;
}

function ok(value: Omit<LegalRef, 'canonical'>, canonical: string, input: string): LegalRefResult {
  const ref: LegalRef = { ...value, canonical };
  for (const k of Object.keys(ref) as (keyof LegalRef)[]) if (ref[k] === undefined) delete ref[k];
  return { ok: true, value: ref, normalized: canonical !== input };
}

function parseAdministrative(num: string, rest: string, input: string): LegalRefResult {
  const segs = rest.split('-');
  if (!segs.every((s) => SEGMENT.test(s))) return err('unrecognised', { text: input });
  const [first, ...others] = segs as [string, ...string[]];
  const issuers = others.map(issuer);
  const found = findCode([ADMIN_TYPE_CODES, LEGACY_ADMIN_TYPE_CODES], first);
  if (found) {
    if (issuers.length === 0) return err('unrecognised', { text: input });
    const issuerCode = issuers.join('-');
    const value = { kind: 'administrative' as const, number: Number(num), numberText: num, typeCode: found.code, typeName: found.name, issuerCode };
    return ok(value, `${num}/${found.code}-${issuerCode}`, input);
  }
  // A công văn has no type code: "CV" is the most common mistake for its number.
  if (upper(first) === 'CV') return err('unknown-type-code', { code: first });
  const near = nearCode([ADMIN_TYPE_CODES], first);
  if (near) {
    const suggestion = issuers.length > 0 ? `${num}/${near}-${issuers.join('-')}` : undefined;
    return err('unknown-type-code', { code: first }, suggestion);
  }
  // Normative codes need the year ("61/2018/NĐ-CP"); without it the number is wrong, not a công văn.
  if (findCode([NORMATIVE_TYPE_CODES], first) ?? nearCode([NORMATIVE_TYPE_CODES], first)) {
    return err('unknown-type-code', { code: first });
  }
  const issuerCode = issuer(first);
  const unitCode = issuers.length > 0 ? issuers.join('-') : undefined;
  const canonical = unitCode ? `${num}/${issuerCode}-${unitCode}` : `${num}/${issuerCode}`;
  return ok({ kind: 'official-letter', number: Number(num), numberText: num, issuerCode, unitCode }, canonical, input);
}

function parseNormative(num: string, yearText: string, rest: string, input: string): LegalRefResult {
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1945 || year > 2100) return err('bad-number', { year: yearText });
  const segs = rest.split('-');
  if (!segs.every((s) => SEGMENT.test(s))) return err('unrecognised', { text: input });
  const [first, ...others] = segs as [string, ...string[]];
  const base = { kind: 'normative' as const, number: Number(num), numberText: num, year };
  if (others.length === 0) {
    // Laws and resolutions of the National Assembly and its Standing Committee: "80/2015/QH13".
    if (LEGISLATURE.test(first)) return ok({ ...base, issuerCode: upper(first) }, `${num}/${year}/${upper(first)}`, input);
    return err('unrecognised', { text: input });
  }
  const issuerCode = others.map(issuer).join('-');
  const found = findCode([NORMATIVE_TYPE_CODES], first);
  if (found) {
    const value = { ...base, typeCode: found.code, typeName: found.name, issuerCode };
    return ok(value, `${num}/${year}/${found.code}-${issuerCode}`, input);
  }
  const near = nearCode([NORMATIVE_TYPE_CODES], first);
  const suggestion = near ? `${num}/${year}/${near}-${issuerCode}` : undefined;
  return err('unknown-type-code', { code: first }, suggestion);
}

function parseParty(num: string, code: string, rest: string, input: string): LegalRefResult {
  const segs = rest.split('-');
  if (!SEGMENT.test(code) || !segs.every((s) => SEGMENT.test(s))) return err('unrecognised', { text: input });
  const issuerCode = segs.map(issuer).join('-');
  const found = findCode([PARTY_TYPE_CODES], code);
  if (found) {
    const value = { kind: 'party' as const, number: Number(num), numberText: num, typeCode: found.code, typeName: found.name, issuerCode };
    return ok(value, `${num}-${found.code}/${issuerCode}`, input);
  }
  const near = nearCode([PARTY_TYPE_CODES], code);
  return err('unknown-type-code', { code }, near ? `${num}-${near}/${issuerCode}` : undefined);
}

/** Ð (U+00D0) looks exactly like Đ and comes from some fonts and PDF extractors. */
function fixEth(s: string): string {
  return s.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111');
}

/** Parses one document number ("84/KH-UBND", "61/2018/NĐ-CP", "186-KH/HU", "123/UBND-VP"). */
export function parseLegalRef(text: string): LegalRefResult {
  let s = fixEth(text.normalize('NFC')).replace(INVISIBLE, '').trim();
  // "Số: 84/KH-UBND" is how the number is printed in the document's header.
  s = s.replace(/^số\s*:?\s*/iu, '');
  s = s
    .replace(DASHES, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s.,;:]+$/, '');
  if (s === '') return err('empty');
  if (/\s/.test(s)) return err('unrecognised', { text: s });
  const slash = s.indexOf('/');
  const dash = s.indexOf('-');
  if (slash < 0) return err('unrecognised', { text: s });
  if (dash >= 0 && dash < slash) {
    const num = s.slice(0, dash);
    if (!isNumber(num)) return err('bad-number', { number: num });
    return parseParty(num, s.slice(dash + 1, slash), s.slice(slash + 1), text);
  }
  const parts = s.split('/');
  const num = parts[0] as string;
  if (parts.length > 3 || parts.some((p, i) => i > 0 && p === '')) return err('unrecognised', { text: s });
  if (!isNumber(num)) return err('bad-number', { number: num });
  if (parts.length === 3) return parseNormative(num, parts[1] as string, parts[2] as string, text);
  return parseAdministrative(num, parts[1] as string, text);
}

/** A reference found in running text, with what the sentence says about it. */
export interface RefMention {
  ref: LegalRef;
  /** Offsets of the number in the text (UTF-16, end exclusive). */
  start: number;
  end: number;
  /** The type word before the number as written ("Quyết định", "Nghị định"), whitespace collapsed. */
  typeWord?: string;
  /** The date after "ngày", as written ("14/10/2021", "14 tháng 10 năm 2021"). */
  date?: string;
  /** The issuer after "của", up to "về", "ban hành", ";" or "," and similar. */
  issuer?: string;
}

const CODE = String.raw`\p{Lu}[\p{L}\p{N}]*`;
const CAPS = String.raw`[\p{Lu}\p{N}]+(?![\p{L}\p{N}])`;
const DASH = String.raw`[-\u2010-\u2015\u2212]`;
// A dash at the end of a line joins a code broken by PDF extraction ("21/CT-\n\nUBND");
// only all-capital codes may follow such a break, so prose after a dash is not taken.
const SEG = String.raw`${DASH}(?:${CODE}|[^\S\n]*\n\s*${CAPS})`;
const REF_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,\-])\d+(?:\/(?:\d{4}\/)?${CODE}(?:${SEG})*|${DASH}${CODE}\/${CODE}(?:${SEG})*)`,
  'gu',
);
const TOKEN_RE = /([\p{L}\p{M}\p{N}]+)|(\s+)|([^\s\p{L}\p{M}\p{N}])/uy;
const DATE_RE = /(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+th[\p{L}\p{M}]+\s+\d{1,2}\s+n[\p{L}\p{M}]+\s+\d{4})/uy;
const ISSUER_STOP_PUNCT = new Set([';', ',', '.', ':', '(', ')', '"', '“', '”', '/', '!', '?']);
// Words and word pairs that end an issuer ("của UBND tỉnh về việc ..."), as matchKey
// keys: diacritics matter here ("đã" ends an issuer, "Đà Nẵng" does not).
const ISSUER_STOP_WORDS = new Set(['về', 'tại', 'trên', 'theo', 'nhằm', 'để', 'đã', 'ngày']);
const ISSUER_STOP_PAIRS = new Set([
  'ban hành', 'phê duyệt', 'hướng dẫn', 'sửa đổi', 'quy định', 'thực hiện', 'triển khai', 'căn cứ', 'về việc',
]);
const MAX_ISSUER_WORDS = 15;

interface Tok {
  text: string;
  kind: 'word' | 'space' | 'punct';
  start: number;
  end: number;
}

function tokenAt(text: string, at: number): Tok | undefined {
  TOKEN_RE.lastIndex = at;
  const m = TOKEN_RE.exec(text);
  if (!m) return undefined;
  const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'space' : 'punct';
  return { text: m[0], kind, start: at, end: at + m[0].length };
}

/** The next word at or after `at`, skipping whitespace. */
function nextWord(text: string, at: number): Tok | undefined {
  let t = tokenAt(text, at);
  if (t?.kind === 'space') t = tokenAt(text, t.end);
  return t?.kind === 'word' ? t : undefined;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function typeWordBefore(text: string, start: number, names: ReadonlySet<string>): string | undefined {
  const window = text.slice(Math.max(0, start - 80), start);
  const offset = start - window.length;
  const words = [...window.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({ text: m[0], start: offset + (m.index ?? 0) }));
  let end = words.length;
  let last = start;
  const sep = (from: number, to: number): string => text.slice(from, to);
  const tail = words[end - 1];
  if (tail && matchKey(tail.text) === 'số' && /^\s*:?\s*$/.test(sep(tail.start + tail.text.length, last))) {
    end--;
    last = tail.start;
  }
  const lastWord = words[end - 1];
  if (!lastWord || !/^\s*$/.test(sep(lastWord.start + lastWord.text.length, last))) return undefined;
  for (let n = Math.min(4, end); n >= 1; n--) {
    const group = words.slice(end - n, end);
    const spaced = group.every((w, i) => {
      const prev = group[i - 1];
      return !prev || /^\s+$/.test(sep(prev.start + prev.text.length, w.start));
    });
    if (!spaced) continue;
    const phrase = group.map((w) => w.text).join(' ');
    if (names.has(matchKey(phrase))) return collapse(phrase);
  }
  return undefined;
}

function dateAfter(text: string, at: number): { date: string; end: number } | undefined {
  let t = tokenAt(text, at);
  if (t?.kind === 'punct' && t.text === ',') t = tokenAt(text, t.end);
  if (t?.kind === 'space') t = tokenAt(text, t.end);
  if (t?.kind !== 'word' || matchKey(t.text) !== 'ngày') return undefined;
  let p = t.end;
  const space = tokenAt(text, p);
  if (space?.kind === 'space') p = space.end;
  DATE_RE.lastIndex = p;
  const m = DATE_RE.exec(text);
  return m ? { date: collapse(m[0]), end: p + m[0].length } : undefined;
}

function issuerAfter(text: string, at: number, names: ReadonlySet<string>): string | undefined {
  const cua = nextWord(text, at);
  if (!cua || matchKey(cua.text) !== 'của') return undefined;
  let from = -1;
  let to = -1;
  let count = 0;
  let p = cua.end;
  for (;;) {
    const t = tokenAt(text, p);
    if (!t || (t.kind === 'punct' && ISSUER_STOP_PUNCT.has(t.text))) break;
    p = t.end;
    if (t.kind !== 'word') continue;
    const key = matchKey(t.text);
    const next = nextWord(text, t.end);
    if (ISSUER_STOP_WORDS.has(key)) break;
    if (next && ISSUER_STOP_PAIRS.has(`${key} ${matchKey(next.text)}`)) break;
    // "của Chính phủ và Chỉ thị số ...": "và" starting the next reference ends the issuer.
    if (key === 'và' && next && startsTypeName(text, next.start, names)) break;
    if (from < 0) from = t.start;
    to = t.end;
    if (++count > MAX_ISSUER_WORDS) return undefined;
  }
  return from < 0 ? undefined : collapse(text.slice(from, to));
}

function startsTypeName(text: string, at: number, names: ReadonlySet<string>): boolean {
  const phrase: string[] = [];
  let p = at;
  for (let n = 0; n < 4; n++) {
    const w = nextWord(text, p);
    if (!w) break;
    phrase.push(w.text);
    if (names.has(matchKey(phrase.join(' ')))) return true;
    p = w.end;
  }
  return false;
}

/**
 * Every reference in free text ("Quyết định số 2631/QĐ-UBND ngày 14/10/2021 của UBND
 * tỉnh ...") with its offsets, the type word before it, the date after "ngày" and the
 * issuer after "của". Numbers that do not parse (such as "12/CV-UBND") are left out.
 */
export function findLegalRefs(text: string): RefMention[] {
  const names = typeNameKeys();
  const out: RefMention[] = [];
  for (const m of text.matchAll(REF_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const parsed = parseLegalRef(m[0]);
    if (!parsed.ok) continue;
    const mention: RefMention = { ref: parsed.value, start, end };
    const typeWord = typeWordBefore(text, start, names);
    if (typeWord) mention.typeWord = typeWord;
    const date = dateAfter(text, end);
    if (date) mention.date = date.date;
    const issuer = issuerAfter(text, date ? date.end : end, names);
    if (issuer) mention.issuer = issuer;
    out.push(mention);
  }
  return out;
}
