import type { Footnote } from './model.js';

/** A piece of running text: words, or the reference to a footnote (its 1-based number). */
export type Inline = { kind: 'text'; text: string } | { kind: 'footnote'; mark: string; id: number };

const REFERENCE = /\[\^([^\]\s]+)\]/g;

/** The footnotes by mark, numbered 1, 2, 3 in the order the plan lists them. */
export function footnoteIds(footnotes: readonly Footnote[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const note of footnotes) if (!ids.has(note.mark)) ids.set(note.mark, ids.size + 1);
  return ids;
}

/**
 * Text split at its footnote references (`[^1]`). A reference to a mark the plan does
 * not define stays as it is written.
 */
export function inlineParts(text: string, ids: ReadonlyMap<string, number>): Inline[] {
  const out: Inline[] = [];
  let from = 0;
  for (const m of text.matchAll(REFERENCE)) {
    const mark = m[1] as string;
    const id = ids.get(mark);
    if (id === undefined) continue;
    const at = m.index ?? 0;
    if (at > from) out.push({ kind: 'text', text: text.slice(from, at) });
    out.push({ kind: 'footnote', mark, id });
    from = at + m[0].length;
  }
  if (from < text.length || out.length === 0) out.push({ kind: 'text', text: text.slice(from) });
  return out;
}
