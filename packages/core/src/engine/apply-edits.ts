import type { TextEdit } from '../diagnostics.js';

/**
 * Apply non-overlapping edits to a text. Overlapping edits (two fixes touching the
 * same bytes) are skipped after the first; callers re-check and fix again.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number; skipped: number } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let pos = 0;
  let applied = 0;
  let skipped = 0;
  for (const e of sorted) {
    if (e.range.start < pos) {
      skipped++;
      continue;
    }
    out += text.slice(pos, e.range.start) + e.newText;
    pos = e.range.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied, skipped };
}
