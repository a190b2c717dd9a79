import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { formatLines } from '../clean/block.js';
import type { Draft, FieldPath } from '../draft.js';
import type { Unplaced } from '../types.js';

export const PLAN_KEY_ORDER = [
  'kind', 'registry', 'extends', 'remove', 'issuer', 'decision', 'number', 'place', 'date', 'year', 'period', 'title',
  'legalBases', 'parent', 'preamble', 'labels', 'sections', 'appendices', 'reporting', 'closing', 'recipients', 'archive',
  'signature', 'footnotes',
] as const;

export interface EmitOptions {
  /** "dòng" for text, "đoạn" for DOCX paragraphs. */
  unit: string;
  header: string[];
  unplaced: readonly Unplaced[];
}

// A trailing comment fits after short values; longer ones get the comment on the line above.
const TRAILING_MAX = 70;

function appendBefore(node: { commentBefore?: string | null }, text: string): void {
  const line = ` ${text}`;
  node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${line}` : line;
}

function appendAfter(node: { comment?: string | null }, text: string): void {
  node.comment = node.comment ? `${node.comment}; ${text}` : ` ${text}`;
}

function scalarWidth(node: unknown): number | undefined {
  if (!isScalar(node)) return undefined;
  const v = (node as Scalar).value;
  if (typeof v === 'string' && v.includes('\n')) return undefined;
  return String(v).length;
}

/** Puts a comment next to the value at `path`: after it when it is a short scalar, above it otherwise. */
function annotate(doc: Document, path: FieldPath, text: string, above = false): void {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = (parent.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && p.key.value === last);
    if (!pair) return;
    const width = scalarWidth(pair.value);
    if (!above && width !== undefined && width + String(last).length + path.length * 2 < TRAILING_MAX) appendAfter(pair.value as Scalar, text);
    else appendBefore(pair.key as Scalar, text);
  } else if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last] as Node | undefined;
    if (!item) return;
    const width = scalarWidth(item);
    if (!above && width !== undefined && width + path.length * 2 < TRAILING_MAX) appendAfter(item as Scalar, text);
    else appendBefore(item, text);
  }
}

/** The draft as YAML: every value with its source lines, notes and gaps as comments, leftovers at the end. */
export function emitYaml(draft: Draft, options: EmitOptions): string {
  const plan: Record<string, unknown> = {};
  for (const k of PLAN_KEY_ORDER) if (draft.plan[k] !== undefined) plan[k] = draft.plan[k];
  const doc = new Document(plan);
  const notes = new Map<string, { path: FieldPath; parts: string[] }>();
  const add = (path: FieldPath, part: string): void => {
    const k = path.join('\u0000');
    const entry = notes.get(k) ?? { path, parts: [] };
    entry.parts.push(part);
    notes.set(k, entry);
  };
  // Gaps: a missing top-level key is announced above the next key the draft has (before its source).
  for (const m of draft.missing) {
    if (m.path.length !== 1) continue;
    const text = `THIẾU ${m.field}: ${m.message}`;
    const at = PLAN_KEY_ORDER.indexOf(m.path[0] as (typeof PLAN_KEY_ORDER)[number]);
    const next = PLAN_KEY_ORDER.slice(at + 1).find((k) => plan[k] !== undefined);
    if (next) annotate(doc, [next], text, true);
    else doc.comment = doc.comment ? `${doc.comment}\n ${text}` : ` ${text}`;
  }
  for (const { path, lines } of draft.sourced()) if (lines.length) add(path, `nguồn: ${options.unit} ${formatLines(lines)}`);
  for (const { path, notes: list } of draft.allNotes()) for (const n of list) add(path, n);
  for (const { path, parts } of notes.values()) {
    if (doc.hasIn(path)) annotate(doc, path, parts.join('; '));
  }
  // A missing field of a task is said above the task, after its source.
  for (const m of draft.missing) {
    if (m.path.length === 1 || !doc.hasIn(m.path.slice(0, -1))) continue;
    const node = doc.getIn(m.path.slice(0, -1), true) as Node | undefined;
    if (node) appendBefore(node, `THIẾU ${m.field}: ${m.message}`);
  }
  doc.commentBefore = options.header.map((l) => ` ${l}`).join('\n');
  if (options.unplaced.length) {
    const lines = [
      ' ======================================================================',
      ' CHƯA XẾP ĐƯỢC: đoạn văn bản gốc mà công cụ chưa đưa vào kế hoạch.',
      ' Not placed: source text the importer could not assign to a field.',
      ' ======================================================================',
    ];
    for (const u of options.unplaced) {
      lines.push(` [${options.unit} ${formatLines(u.lines)}] (${u.reason})`);
      for (const l of u.text.split('\n')) lines.push(`   ${l}`);
    }
    doc.comment = doc.comment ? `${doc.comment}\n${lines.join('\n')}` : lines.join('\n');
  }
  return doc.toString({ lineWidth: 0 });
}
