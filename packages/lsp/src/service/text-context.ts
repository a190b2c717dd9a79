import type { LineIndex, PathSegment } from '@kehoach/core';

/**
 * Where the cursor is in a YAML text, worked out from indentation alone: completion
 * runs on half-typed lines ("    le", "  - ") that the parser cannot place yet.
 */
export interface LineShape {
  indent: number;
  /** The line starts with "- " (a sequence item). */
  dash: boolean;
  /** Column where the item's content (or the key) starts. */
  keyCol: number;
  key: string | undefined;
  /** Whether something follows the key's colon on the same line. */
  hasValue: boolean;
  /** Offset (in the line) where the value starts, after the colon and spaces. */
  valueCol: number;
  blank: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:,[\]{}][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)/;

export function lineShape(line: string): LineShape {
  const m = /^( *)((?:-(?: +|$))?)(.*)$/.exec(line) as RegExpExecArray;
  const indent = (m[1] as string).length;
  const dashText = m[2] as string;
  const rest = m[3] as string;
  const keyCol = indent + dashText.length;
  const trimmed = rest.trim();
  const blank = trimmed === '' && dashText === '';
  if (trimmed.startsWith('#')) {
    return { indent, dash: dashText !== '', keyCol, key: undefined, hasValue: false, valueCol: keyCol, blank: dashText === '' };
  }
  const k = KEY.exec(rest);
  if (!k) return { indent, dash: dashText !== '', keyCol, key: undefined, hasValue: trimmed !== '', valueCol: keyCol, blank };
  const rawKey = k[1] as string;
  const key = /^["']/.test(rawKey) ? rawKey.slice(1, -1) : rawKey;
  const after = rest.slice(k[0].length);
  const value = after.replace(/^[ \t]+/, '');
  const hasValue = value !== '' && !value.startsWith('#');
  return { indent, dash: dashText !== '', keyCol, key, hasValue, valueCol: keyCol + k[0].length + (after.length - value.length), blank };
}

function skippable(s: LineShape): boolean {
  return s.blank || (s.key === undefined && !s.hasValue && !s.dash);
}

/**
 * The path of the collection that a line at `col` belongs to: a key at `col` (its
 * map), or with `dash`, an item at `col` (its sequence). Undefined when the text
 * above does not say. List indices are the item's real place (items above it at its
 * column are counted), so the document's data at the path is the item's own.
 */
export function containerPath(lines: LineIndex, line: number, col: number, dash: boolean, depth = 0): PathSegment[] | undefined {
  if (depth > 64) return undefined;
  for (let l = line - 1; l >= 0; l--) {
    const s = lineShape(lines.lineText(l));
    if (skippable(s)) continue;
    if (dash) {
      if (s.indent > col) continue;
      if (s.indent === col && s.dash) continue;
      // "key:" above, with the items indented under it or at its own column.
      if (s.key !== undefined && !s.hasValue && s.keyCol <= col) return withKey(lines, l, s, depth);
      return undefined;
    }
    if (s.dash && s.keyCol === col) return itemPath(lines, l, s.indent, depth + 1);
    if (s.indent > col) continue;
    if (!s.dash && s.indent === col) continue;
    if (s.key !== undefined && !s.hasValue && s.keyCol < col) return withKey(lines, l, s, depth);
    return undefined;
  }
  return col === 0 && !dash ? [] : undefined;
}

/** The path of the sequence item whose dash is at `col` on `line`: its sequence, then its index. */
export function itemPath(lines: LineIndex, line: number, col: number, depth = 0): PathSegment[] | undefined {
  const seq = containerPath(lines, line, col, true, depth);
  return seq ? [...seq, itemsAbove(lines, line, col)] : undefined;
}

/** How many items of the same sequence start above `line` (dashes at `col`, up to the sequence's key). */
function itemsAbove(lines: LineIndex, line: number, col: number): number {
  let n = 0;
  for (let l = line - 1; l >= 0; l--) {
    const s = lineShape(lines.lineText(l));
    if (skippable(s) || s.indent > col) continue;
    if (s.indent === col && s.dash) n++;
    else break;
  }
  return n;
}

function withKey(lines: LineIndex, l: number, s: LineShape, depth: number): PathSegment[] | undefined {
  const owner = s.dash ? itemPath(lines, l, s.indent, depth + 1) : containerPath(lines, l, s.keyCol, false, depth + 1);
  if (!owner) return undefined;
  return [...owner, s.key as string];
}

/** Keys already present in the map a key at `col` on `line` belongs to. */
export function siblingKeys(lines: LineIndex, line: number, col: number): Set<string> {
  const keys = new Set<string>();
  const own = lineShape(lines.lineText(line));
  // The current line's own key is being edited: not a sibling.
  if (!own.dash || own.keyCol !== col) {
    for (let l = line - 1; l >= 0; l--) {
      const s = lineShape(lines.lineText(l));
      if (skippable(s)) continue;
      if (s.keyCol === col && s.key) keys.add(s.key);
      if (s.dash && s.keyCol === col) break;
      if (s.indent < col && !(s.dash && s.keyCol === col)) break;
    }
  }
  for (let l = line + 1; l < lines.lineCount; l++) {
    const s = lineShape(lines.lineText(l));
    if (skippable(s)) continue;
    if (s.indent < col || (s.dash && s.indent <= col)) break;
    if (s.indent === col && s.key) keys.add(s.key);
  }
  return keys;
}
