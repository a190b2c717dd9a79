import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** A segment of a path into the plan: a key or a list index. */
export type Segment = string | number;

/** The draft as the user gets it: the YAML text, what it parses to, and the source lines of its values. */
export interface DraftModel {
  yaml: string;
  /** The draft parsed back from its YAML (what `kehoach validate` and the renderer see). */
  plan: Record<string, unknown>;
  /** Source lines (1-based) noted for a path, keyed by `pathKey`. */
  lines: Map<string, number[]>;
}

/** One value the importer reports as found (the import report's `found` list). */
export interface FoundValue {
  field: string;
  lines: readonly number[];
}

export function pathKey(path: readonly Segment[]): string {
  return path.join('/');
}

/** `duties[1].tasks[0].title` -> ['duties', 1, 'tasks', 0, 'title']. */
export function parseField(field: string): Segment[] {
  const out: Segment[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

// "nguồn: dòng 19-23, 39-47" (text sources) or "nguồn: đoạn 4" (DOCX paragraphs).
const SOURCE_NOTE = /nguồn:\s*(?:dòng|đoạn)\s+([\d\s,–-]+)/u;

/** Lines of "19-23, 39-47"; a range is expanded (bounded by the plan's line count). */
export function parseLineList(text: string, maxLine = 1_000_000): number[] {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:[–-]\s*(\d+))?\s*$/u.exec(part);
    if (!m) continue;
    const from = Number(m[1]);
    const to = Math.min(m[2] !== undefined ? Number(m[2]) : from, maxLine);
    for (let n = from; n <= to && n - from < 100_000; n++) out.push(n);
  }
  return out;
}

/**
 * Reads a draft: parses its YAML, and collects where each value came from from two
 * places the importer states it — the report's `found` list (field paths of strings
 * and numbers) and the YAML's `# nguồn: dòng N` comments (which also mark objects:
 * a task item, a section). Both are kept; a path named by both gets the union.
 */
export function readDraft(yaml: string, found: readonly FoundValue[] = [], maxLine?: number): DraftModel {
  const doc = parseDocument(yaml, { uniqueKeys: false });
  const js = doc.toJS({ maxAliasCount: -1 }) as unknown;
  const plan = js !== null && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : {};
  const lines = new Map<string, number[]>();
  const add = (path: readonly Segment[], list: readonly number[]): void => {
    if (!list.length) return;
    const k = pathKey(path);
    const had = lines.get(k);
    lines.set(k, had ? [...new Set([...had, ...list])].sort((a, b) => a - b) : [...new Set(list)].sort((a, b) => a - b));
  };
  const note = (comment: string | null | undefined, path: readonly Segment[]): void => {
    if (!comment) return;
    for (const line of comment.split('\n')) {
      const m = SOURCE_NOTE.exec(line);
      if (m) add(path, parseLineList(m[1] as string, maxLine));
    }
  };
  collectComments(doc.contents as Node | null, [], note, false);
  for (const f of found) add(parseField(f.field), f.lines);
  return { yaml, plan, lines };
}

/**
 * Where a comment of the re-parsed YAML points. The importer writes a note after a
 * short value (the value's `comment`) or on the line above (above a key: the key's
 * `commentBefore`; above a list item: the item's). Parsing back moves one case: a
 * note above the first entry of a block collection that is a key's value lands on
 * the collection's own `commentBefore`, so it is given to that first entry.
 */
function collectComments(
  node: Node | null | undefined,
  path: Segment[],
  note: (comment: string | null | undefined, path: readonly Segment[]) => void,
  isPairValue: boolean,
): void {
  if (!node) return;
  note(node.comment, path);
  if (isMap(node)) {
    const first = node.items[0];
    if (isPairValue && first && isScalar(first.key)) note(node.commentBefore, [...path, String(first.key.value)]);
    else note(node.commentBefore, path);
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      note(pair.key.commentBefore, [...path, key]);
      note(pair.key.comment, [...path, key]);
      collectComments(pair.value as Node | null, [...path, key], note, true);
    }
    return;
  }
  if (isSeq(node)) {
    if (isPairValue && node.items.length) note(node.commentBefore, [...path, 0]);
    else note(node.commentBefore, path);
    node.items.forEach((item, i) => collectComments(item as Node | null, [...path, i], note, false));
    return;
  }
  note(node.commentBefore, path);
}
