import { Lexer } from 'yaml';
import type { LineIndex, OffsetRange } from '../text/positions.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  ruleIds: string[];
  reason: string | undefined;
  /** The comment itself. */
  range: OffsetRange;
  /** Lines (0-based, inclusive) the directive covers; for `enable` unused. */
  fromLine: number;
  toLine: number;
}

/** What every directive holds, on one line: a text without it has none. */
export const DIRECTIVE_WORD = 'kehoach-';
const DIRECTIVE = /^#\s*kehoach-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;

/**
 * Find suppression comments with the YAML lexer, so that a `#` inside a quoted or
 * block scalar is never mistaken for a comment.
 */
export function findDirectives(text: string, lines: LineIndex): Directive[] {
  const found: Omit<Directive, 'fromLine' | 'toLine'>[] = [];
  if (!text.includes(DIRECTIVE_WORD)) return [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.length === 1 && token.charCodeAt(0) < 0x20 && token !== '\n' && token !== '\t' && token !== '\r') continue;
    if (token.charCodeAt(0) === 35 /* # */) {
      const m = DIRECTIVE.exec(token);
      if (m) {
        const [ids, reason] = splitReason(m[2] ?? '');
        found.push({
          kind: m[1] as DirectiveKind,
          ruleIds: ids,
          reason,
          range: { start: offset, end: offset + token.length },
        });
      }
    }
    offset += token.length;
  }
  return withLines(found, text, lines);
}

function splitReason(rest: string): [string[], string | undefined] {
  const sep = rest.search(/\s--\s|\s--$|^--\s|^--$/);
  const idsText = sep >= 0 ? rest.slice(0, sep) : rest;
  const reasonText = sep >= 0 ? rest.slice(sep).replace(/^\s*--\s*/, '').trim() : undefined;
  const ids = idsText
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [ids, reasonText ? reasonText : undefined];
}

function withLines(found: Omit<Directive, 'fromLine' | 'toLine'>[], text: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  const lastLine = lines.lineCount - 1;
  for (const d of found) {
    const line = lines.positionAt(d.range.start).line;
    if (d.kind === 'disable-line') out.push({ ...d, fromLine: line, toLine: line });
    else if (d.kind === 'disable-next-line') {
      const target = nextContentLine(lines, line + 1);
      out.push({ ...d, fromLine: target, toLine: target });
    } else if (d.kind === 'disable') {
      const enable = found.find(
        (e) =>
          e.kind === 'enable' &&
          e.range.start > d.range.start &&
          (e.ruleIds.length === 0 || e.ruleIds.some((id) => d.ruleIds.includes(id))),
      );
      const end = enable ? lines.positionAt(enable.range.start).line : lastLine;
      out.push({ ...d, fromLine: line, toLine: end });
    } else out.push({ ...d, fromLine: line, toLine: line });
  }
  void text;
  return out;
}

/** The next line that holds something other than blanks or a comment. */
function nextContentLine(lines: LineIndex, from: number): number {
  for (let l = from; l < lines.lineCount; l++) {
    const t = lines.lineText(l).trim();
    if (t !== '' && !t.startsWith('#')) return l;
  }
  return Math.min(from, lines.lineCount - 1);
}
