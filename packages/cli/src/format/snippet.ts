import type { LineIndex, Range } from '@kehoach/core';
import { terminalLine } from './terminal-text.js';

/** Widest source line shown; longer lines are clipped around the reported range. */
const MAX_WIDTH = 100;
/** Columns kept before the range when a line is clipped. */
const CONTEXT = 32;

/**
 * Terminal columns a text takes: combining marks (the tone marks of NFD Vietnamese)
 * take none, so carets stay under the letters they point at.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch)) w++;
  return w;
}

/**
 * The reported line and a caret underline of the range (to the end of the line when the
 * range spans lines; one caret for an empty range). Control and bidi characters of the
 * line are shown escaped (`\x1b`), and the carets count the escapes' width.
 */
export function snippet(lines: LineIndex, range: Range): { gutter: string; code: string; carets: string; pad: number } {
  const line = lines.lineText(range.start.line);
  const s = Math.min(range.start.character, line.length);
  let e = range.end.line === range.start.line ? Math.min(range.end.character, line.length) : line.length;
  if (e < s) e = s;
  let from = 0;
  let to = line.length;
  if (displayWidth(line) > MAX_WIDTH) {
    from = safe(line, Math.max(0, s - CONTEXT));
    to = safe(line, Math.min(line.length, from + MAX_WIDTH));
  }
  const lead = from > 0 ? '…' : '';
  const tail = to < line.length ? '…' : '';
  const shown = (part: string): string => terminalLine(part.replace(/\t/g, ' '));
  const code = lead + shown(line.slice(from, to)) + tail;
  const pad = lead.length + displayWidth(shown(line.slice(from, Math.max(from, s))));
  const underlined = line.slice(Math.max(s, from), Math.min(e, to));
  const carets = '^'.repeat(Math.max(1, displayWidth(shown(underlined))));
  return { gutter: String(range.start.line + 1), code, carets, pad };
}

/** Never cut between the two halves of a surrogate pair. */
function safe(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at + 1 : at;
}
