import type { LineIndex, PathSegment } from '@kehoach/core';
import { containerPath, itemPath, lineShape, siblingKeys } from './text-context.js';

/** What the cursor is about to type, found from the line and the indentation above. */
export type Site =
  | {
      type: 'key';
      /** Path of the map the key goes into. */
      path: PathSegment[];
      col: number;
      /** Offsets (in the text) of the word to replace. */
      start: number;
      end: number;
      prefix: string;
      siblings: Set<string>;
      /** The line already holds `key: value`: only the key is replaced. */
      keyOnly: boolean;
      /** A "- " was typed at the start of the line (a new sequence item). */
      dashTyped: boolean;
    }
  | {
      type: 'value';
      path: PathSegment[];
      start: number;
      end: number;
      /** What was typed, without an opening quote (for matching). */
      prefix: string;
      /** What was typed as is (for the client's own filtering). */
      typed: string;
      flow: boolean;
      quote: '"' | "'" | undefined;
      /** Text to put before the value ("lead:|" needs a space). */
      lead: string;
    }
  | {
      /** A blank line inside a sequence: a whole new item goes here. */
      type: 'item';
      path: PathSegment[];
      col: number;
      start: number;
      end: number;
    };

/** The sites the cursor may be at, most likely first (a `- ` item may start a map or be a value). */
export function sitesAt(lines: LineIndex, line: number, character: number): Site[] {
  const lineStart = lines.lineStart(line);
  const full = lines.lineText(line);
  const before = full.slice(0, character);
  if (/(^|\s)#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return [];
  const shape = lineShape(before);
  const whole = lineShape(full);

  // `- { field: |, header: STT }`, `- { authority: |, for: Chủ tịch }`: a value in a flow map item.
  const flowOpen = shape.key !== undefined ? shape.valueCol : shape.keyCol;
  if (full.slice(flowOpen).trimStart().startsWith('{') && before.length > flowOpen) {
    const mapPath = shape.key !== undefined ? undefined : shape.dash ? itemPath(lines, line, shape.indent) : undefined;
    const value = mapPath && flowMapValue(mapPath, full, flowOpen, character, lineStart);
    return value ? [value] : [];
  }

  if (shape.key !== undefined && before.length >= shape.valueCol) {
    const ownerPath = shape.dash ? itemPath(lines, line, shape.indent) : containerPath(lines, line, shape.keyCol, false);
    const value = ownerPath && valueSite([...ownerPath, shape.key], full, shape.valueCol, character, lineStart);
    return value ? [value] : [];
  }

  if (shape.dash) {
    const item = itemPath(lines, line, shape.indent);
    if (!item) return [];
    const prefix = before.slice(shape.keyCol);
    if (/^[\s]*[[{|>]/.test(prefix)) return [];
    const keyOnly = whole.key !== undefined;
    const end = keyOnly ? lineStart + whole.keyCol + (whole.key as string).length : lineStart + endOfWord(full, character);
    const key: Site = {
      type: 'key',
      path: item,
      col: shape.keyCol,
      start: lineStart + shape.keyCol,
      end: Math.max(end, lineStart + character),
      prefix,
      siblings: siblingKeys(lines, line, shape.keyCol),
      keyOnly,
      dashTyped: true,
    };
    // An item may be a plain value too ("- Phòng Nội vụ" under coordinators).
    const value = valueSite(item, full, shape.keyCol, character, lineStart);
    return value ? [key, value] : [key];
  }

  const path = containerPath(lines, line, shape.indent, false);
  if (!path) return [];
  const prefix = before.slice(shape.indent);
  if (/[^\p{L}\p{N}_\- ]/u.test(prefix)) return [];
  if (prefix === '' && whole.blank) {
    const item: Site = { type: 'item', path, col: shape.indent, start: lineStart + shape.indent, end: lineStart + full.length };
    const key: Site = {
      type: 'key',
      path,
      col: shape.indent,
      start: lineStart + shape.indent,
      end: lineStart + full.length,
      prefix,
      siblings: siblingKeys(lines, line, shape.indent),
      keyOnly: false,
      dashTyped: false,
    };
    return [key, item];
  }
  const keyOnly = whole.key !== undefined;
  const end = keyOnly ? lineStart + whole.keyCol + (whole.key as string).length : lineStart + endOfWord(full, character);
  return [
    {
      type: 'key',
      path,
      col: shape.indent,
      start: lineStart + shape.indent,
      end: Math.max(end, lineStart + character),
      prefix,
      siblings: siblingKeys(lines, line, shape.indent),
      keyOnly,
      dashTyped: false,
    },
  ];
}

function endOfWord(line: string, from: number): number {
  let i = from;
  while (i < line.length && /[\p{L}\p{N}_\-]/u.test(line.charAt(i))) i++;
  return i;
}

/** A value from `valueCol` on: a plain or quoted scalar, or an element of a flow sequence. */
function valueSite(path: PathSegment[], full: string, valueCol: number, character: number, lineStart: number): Site | undefined {
  const raw = full.slice(valueCol);
  const typed = full.slice(valueCol, character);
  if (/^[|>{&*!]/.test(raw)) return undefined;
  if (raw.startsWith('[')) {
    const open = valueCol + 1;
    const lastSep = Math.max(typed.lastIndexOf(','), typed.lastIndexOf('['));
    const elemStart = skipSpaces(full, valueCol + lastSep + 1);
    let elemEnd = character;
    while (elemEnd < full.length && !/[,\]]/.test(full.charAt(elemEnd))) elemEnd++;
    while (elemEnd > elemStart && full.charAt(elemEnd - 1) === ' ') elemEnd--;
    const start = Math.max(open, Math.min(elemStart, character));
    const prefix = full.slice(start, character);
    return {
      type: 'value',
      path: [...path, flowIndex(full.slice(valueCol + 1, start))],
      start: lineStart + start,
      end: lineStart + Math.max(elemEnd, character),
      prefix: unquote(prefix),
      typed: prefix,
      flow: true,
      quote: quoteOf(prefix),
      lead: '',
    };
  }
  let end = full.length;
  const comment = full.slice(valueCol).search(/\s#/);
  if (comment >= 0) end = valueCol + comment;
  while (end > valueCol && /\s/.test(full.charAt(end - 1))) end--;
  return {
    type: 'value',
    path,
    start: lineStart + valueCol,
    end: lineStart + Math.max(end, character),
    prefix: unquote(typed),
    typed,
    flow: false,
    quote: quoteOf(typed),
    lead: full.charAt(valueCol - 1) === ':' ? ' ' : '',
  };
}

/**
 * The value of a one-level flow map that starts at `open` (`{ field: lead, header: ... }`)
 * under the cursor: `key: |` gives the value site of `key` in the map at `mapPath`.
 */
function flowMapValue(mapPath: PathSegment[], full: string, open: number, character: number, lineStart: number): Site | undefined {
  const inner = full.slice(open, character).replace(/^\s*\{/, '');
  const masked = inner.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, (q) => 'x'.repeat(q.length));
  if (/[{}[\]]/.test(masked)) return undefined;
  const segStart = masked.lastIndexOf(',') + 1;
  const m = /^(\s*)([^\s:,]+)\s*:(\s*)/.exec(inner.slice(segStart));
  if (!m) return undefined;
  const start = character - inner.length + segStart + m[0].length;
  if (start > character) return undefined;
  let end = character;
  while (end < full.length && !/[,}]/.test(full.charAt(end))) end++;
  while (end > character && full.charAt(end - 1) === ' ') end--;
  const typed = full.slice(start, character);
  return {
    type: 'value',
    path: [...mapPath, m[2] as string],
    start: lineStart + start,
    end: lineStart + end,
    prefix: unquote(typed),
    typed,
    flow: true,
    quote: quoteOf(typed),
    lead: m[3] === '' ? ' ' : '',
  };
}

/** The index of the flow-sequence element that starts after `before` (commas outside quotes). */
function flowIndex(before: string): number {
  return before.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '').split(',').length - 1;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && s.charAt(i) === ' ') i++;
  return i;
}

function quoteOf(prefix: string): '"' | "'" | undefined {
  const c = prefix.charAt(0);
  return c === '"' || c === "'" ? c : undefined;
}

function unquote(prefix: string): string {
  return quoteOf(prefix) ? prefix.slice(1).replace(/["']$/, '') : prefix;
}
