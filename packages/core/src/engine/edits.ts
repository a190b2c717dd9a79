import type { TextEdit } from '../diagnostics.js';
import { detectEol } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';
import type { YNode } from '../yaml/tree.js';

/**
 * Edits are computed against the text, never by re-serialising the document: the
 * author's comments, quoting and key order stay exactly as they were.
 */

/** Insert `key: <valueText>` as the last entry of the block map that produced `obj`. */
export function insertKeyEdit(source: YamlSource, obj: object, key: string, valueText: string): TextEdit | undefined {
  const node = source.nodeOf(obj);
  if (!node || node.kind !== 'map' || node.items.length === 0) return undefined;
  const text = source.text;
  if (node.flow) {
    const end = node.range?.[1];
    if (end === undefined) return undefined;
    const close = text.lastIndexOf('}', end);
    return { range: { start: close, end: close }, newText: `, ${key}: ${valueText.trim()}` };
  }
  const first = node.items[0];
  const firstKeyStart = first?.key?.range[0];
  if (firstKeyStart === undefined) return undefined;
  const indent = source.lines.positionAt(firstKeyStart).character;
  const last = node.items[node.items.length - 1];
  const lastRange = last?.value?.range ?? last?.key?.range;
  if (!lastRange) return undefined;
  let end = lastRange[1];
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  const line = source.lines.positionAt(Math.max(0, end - 1)).line;
  const at = source.lines.lineEnd(line);
  const eol = detectEol(text);
  const pad = ' '.repeat(indent);
  const body = valueText.startsWith('\n')
    ? valueText.replace(/\n/g, `${eol}${pad}`)
    : ` ${valueText}`;
  return { range: { start: at, end: at }, newText: `${eol}${pad}${key}:${body}` };
}

/** Replace a scalar's text, keeping its quoting style when it was quoted. */
export function replaceScalarEdit(source: YamlSource, range: { start: number; end: number }, value: string): TextEdit {
  const original = source.text.slice(range.start, range.end);
  const q = original.charAt(0);
  let newText: string;
  if (q === '"') newText = JSON.stringify(value);
  else if (q === "'") newText = `'${value.replace(/'/g, "''")}'`;
  else newText = plainOrQuoted(value);
  return { range, newText };
}

/** A YAML scalar for `value`: plain when that reads back as the same string, else double-quoted. */
export function plainOrQuoted(value: string): string {
  const risky =
    value === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
    /[:#]\s|\s#|:$|\s$/.test(value) ||
    /^(true|false|null|~|yes|no|on|off)$/i.test(value) ||
    /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) ||
    /[\n\r\t]/.test(value);
  return risky ? JSON.stringify(value) : value;
}

/**
 * Replace items `from`..`to` (inclusive) of the flow sequence that produced `list`:
 * exactly their spans and the separators between them, so the other items, the
 * brackets, comments and spacing stay as written. Undefined when `list` is not a flow
 * sequence of this source, an index is out of range, or anything but a comma and
 * spaces sits between the items (a comment would be lost).
 */
export function replaceFlowItemsEdit(source: YamlSource, list: readonly unknown[], from: number, to: number, newText: string): TextEdit | undefined {
  const node = source.nodeOf(list);
  if (!node || node.kind !== 'seq' || !node.flow || from < 0 || to < from || to >= node.items.length) return undefined;
  const spans: { start: number; end: number }[] = [];
  for (let i = from; i <= to; i++) {
    const item = node.items[i];
    if (!item || item.kind !== 'scalar') return undefined;
    spans.push({ start: item.range[0], end: item.range[1] });
  }
  for (let i = 1; i < spans.length; i++) {
    const gap = source.text.slice((spans[i - 1] as { end: number }).end, (spans[i] as { start: number }).start);
    if (!/^\s*,\s*$/.test(gap)) return undefined;
  }
  const first = spans[0] as { start: number };
  const last = spans[spans.length - 1] as { end: number };
  return { range: { start: first.start, end: last.end }, newText };
}

/**
 * Whether an edit changes only what a fix may change: it stays inside the text, it
 * does not replace a whole non-empty collection (a list or map it was not computed
 * from), and every character it removes outside scalars is a separator, never a
 * comment. The engine drops fixes that fail this, so a rule that located its edit
 * too coarsely loses its fix instead of the author's data.
 */
/** Where a map pair's text ends (its value's, else its key's). */
function pairEnd(pair: { key: YNode | null; value: YNode | null } | undefined): number {
  if (!pair) return Infinity;
  return Math.max(pair.key?.range[1] ?? -1, pair.value?.range[1] ?? -1);
}

/** The first of `n` items, whose ends grow with their index, that ends after `at`. */
function firstReaching(n: number, endOf: (i: number) => number, at: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endOf(mid) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function editKeepsStructure(source: YamlSource, edit: TextEdit): boolean {
  const { start, end } = edit.range;
  const text = source.text;
  if (!(start >= 0 && start <= end && end <= text.length)) return false;
  if (start === end) return true;
  const covered: { start: number; end: number }[] = [];
  let swallowed = false;
  const visit = (node: YNode | null | undefined): void => {
    if (!node || swallowed) return;
    const s = node.range[0];
    const e = node.range[1];
    if (e <= start || s >= end) return;
    if (node.kind === 'scalar' || node.kind === 'alias') {
      covered.push({ start: s, end: e });
      return;
    }
    if (node.items.length > 0 && s >= start && e <= end) {
      swallowed = true;
      return;
    }
    // Items are in text order: start at the first that may reach the edit (a fix in a
    // plan of thousands of tasks would otherwise look at every task, for each fix).
    if (node.kind === 'map') {
      for (let i = firstReaching(node.items.length, (j) => pairEnd(node.items[j]), start); i < node.items.length; i++) {
        const pair = node.items[i];
        if (!pair) continue;
        const first = pair.key ?? pair.value;
        if (first && first.range[0] >= end) break;
        visit(pair.key);
        visit(pair.value);
      }
    } else {
      for (let i = firstReaching(node.items.length, (j) => node.items[j]?.range[1] ?? Infinity, start); i < node.items.length; i++) {
        const item = node.items[i];
        if (item && item.range[0] >= end) break;
        visit(item);
      }
    }
  };
  visit(source.root);
  if (swallowed) return false;
  covered.sort((a, b) => a.start - b.start);
  let pos = start;
  const gaps: string[] = [];
  for (const c of covered) {
    if (c.start > pos) gaps.push(text.slice(pos, Math.min(c.start, end)));
    pos = Math.max(pos, c.end);
    if (pos >= end) break;
  }
  if (pos < end) gaps.push(text.slice(pos, end));
  return !gaps.some((g) => g.includes('#'));
}
