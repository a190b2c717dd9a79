import { stripMarks } from '@kehoach/core';

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space; a
 * fold never splits a UTF-8 sequence (Vietnamese letters take 2-3 octets).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // A continuation line starts with a space, which counts towards its 75 octets.
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Content lines joined with CRLF, each folded, ending with CRLF. */
export function contentLines(lines: string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** '2024-11-25' -> '20241125'. */
export function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}


/** A UID part: lowercase ASCII letters, digits and dashes ("84/KH-UBND" -> "84-kh-ubnd"). */
export function slug(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
