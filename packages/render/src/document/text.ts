import { timeframeText, type ReportPath } from '@kehoach/core';
import { matchKey } from '@kehoach/core';

/**
 * Characters XML 1.0 cannot hold, even escaped: C0 controls but tab, newline and
 * carriage return, U+FFFE, U+FFFF and halves of surrogate pairs standing alone.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids (a DOCX part holding one is not well-formed). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** NFC, whitespace collapsed, trimmed, XML-safe; anything that is not a string becomes ''. */
export function clean(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  return xmlSafe(value.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** Vietnamese upper case ("Ủy ban nhân dân" -> "ỦY BAN NHÂN DÂN"). */
export function upper(s: string): string {
  return clean(s).toLocaleUpperCase('vi');
}

export function capitalize(s: string): string {
  const t = clean(s);
  return t ? t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) : t;
}

const TRAILING = /[\s.;,:]+$/;

/** The text with its final ',', ';', ':' or '.' replaced by `mark` (kept when it ends "..." or "…"). */
export function endWith(s: string, mark: string): string {
  const t = clean(s);
  if (!t) return t;
  if (/(\.\.\.|…)$/.test(t) && mark === '.') return t;
  return t.replace(TRAILING, '') + mark;
}

/** A sentence ends with '.', unless it already ends with a stop, a colon or an ellipsis. */
export function sentence(s: string): string {
  const t = clean(s);
  if (!t) return t;
  return /[.!?:…;]$/.test(t) ? t : `${t}.`;
}

/** The closing of a document ends "./." (Nghị định 30/2020, Phụ lục I). */
export function closingMark(s: string): string {
  const t = clean(s);
  if (!t) return t;
  if (t.endsWith('./.')) return t;
  return `${t.replace(/[\s./;,:]+$/, '')}./.`;
}

/** Whether `needle` is already said in `haystack`, the way a reader compares wording. */
export function mentions(haystack: string, needle: string): boolean {
  const n = matchKey(clean(needle)).replace(/[.;,:]+$/, '');
  if (!n) return true;
  return matchKey(clean(haystack)).includes(n);
}

// Letters and Roman numerals are core's: the editor shows the numbers the document prints.
export { letterAt, roman } from '@kehoach/core';

/** A marker the author already wrote at the start of a point: "a)", "a,", "1.", "-", "+", "•". */
const WRITTEN_MARKER = /^(?:([a-zđ])[),]|(\d{1,2})[.)]|([-–+•]))\s+/u;

export function splitMarker(text: string): { marker?: string; text: string } {
  const m = WRITTEN_MARKER.exec(text);
  if (!m) return { text };
  const marker = m[1] ? `${m[1]})` : m[2] ? `${m[2]}.` : m[3] === '+' ? '+' : '-';
  return { marker, text: text.slice(m[0].length) };
}

/** A report path's deadlines as one phrase ("trước ngày 15/6; trước ngày 15/12"). */
export function dueText(due: ReportPath['due']): string {
  if (due === undefined) return '';
  return (Array.isArray(due) ? due : [due]).map((d) => clean(timeframeText(d))).filter(Boolean).join('; ');
}
