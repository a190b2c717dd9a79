import { childStyle, writtenPosition, type NumberingStyle, type ReportPath } from '@kehoach/core';
import { reportAgencies } from '../extract/reporting.js';
import type { Draft, FieldPath } from '../draft.js';
import type { MarkerKind } from '../outline.js';

export type NodeKind = 'paragraph' | 'heading' | 'task' | 'target' | 'reporting' | 'table' | 'ref' | 'cells';

/** One item of the body while it is being read: its fields, where each came from, and its items. */
export interface Node {
  kind: NodeKind;
  /** How the source marks it ("1.", "a)", "-"), and the marker as written. */
  mark: MarkerKind;
  marker: string;
  /** Every source line of the item. */
  lines: number[];
  fields: Record<string, unknown>;
  /** Source lines of a field, and the value as the report lists it. */
  sources: Record<string, { lines: number[]; value?: string }>;
  /** Comments for the author, per field ('' for the item itself). */
  notes: Record<string, string[]>;
  items: Node[];
  numbering?: NumberingStyle;
  number?: string;
  /** How the source labels the task's own lines ("Đơn vị chủ trì thực hiện"), by field, with their lines. */
  labels?: Partial<Record<LineLabelKind, { text: string; lines: number[] }>>;
}

/** The fields whose lines a plan labels in its own words (core's `labels`). */
export type LineLabelKind = 'content' | 'lead' | 'coordinators' | 'timeframe' | 'frequency' | 'outputs' | 'funding';

export function node(kind: NodeKind, mark: MarkerKind, marker: string, lines: readonly number[], fields: Record<string, unknown> = {}): Node {
  return { kind, mark, marker, lines: [...lines], fields, sources: {}, notes: {}, items: [] };
}

export function setField(n: Node, key: string, value: unknown, lines: readonly number[], shown?: string): void {
  n.fields[key] = value;
  n.sources[key] = { lines: [...lines], ...(shown !== undefined ? { value: shown } : typeof value === 'string' ? { value } : {}) };
}

export function noteOn(n: Node, key: string, text: string): void {
  (n.notes[key] ??= []).push(text);
}

export const isStructured = (n: Node): boolean => n.kind !== 'paragraph';

const STYLE: Record<MarkerKind, NumberingStyle> = {
  roman: 'roman',
  number: 'decimal',
  subnumber: 'outline',
  paren: 'decimal',
  letter: 'letter',
  dash: 'dash',
  plus: 'plus',
  none: 'none',
};

export function styleOf(mark: MarkerKind): NumberingStyle {
  return STYLE[mark];
}

/** The default marks of the items under an item numbered with `style`: core's, which the renderer prints. */
export const childDefault = childStyle;

/** The position a marker as written stands for in a list of `style` ("II" -> 2, "đ" -> 5). */
function position(style: NumberingStyle, marker: string): number | undefined {
  return style === 'dash' || style === 'plus' || style === 'none' ? undefined : writtenPosition(style, marker);
}

function mostCommon(styles: NumberingStyle[]): NumberingStyle | undefined {
  const counts = new Map<NumberingStyle, number>();
  for (const s of styles) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function wrap(run: Node[], style: NumberingStyle): Node {
  const w = node('paragraph', 'none', '', run.flatMap((r) => r.lines));
  w.items = run;
  w.numbering = style;
  return w;
}

/**
 * The items of one list as the format numbers them: the list's `numbering` when its marks
 * are not the default of its place; numbered paragraphs among headings and tasks become
 * headings; a run of marked points after an unmarked paragraph becomes that paragraph's
 * points; `number` where the source skips or repeats a number.
 */
export function arrange(items: Node[], defaultStyle: NumberingStyle, body = true): { items: Node[]; numbering?: NumberingStyle } {
  if (items.length === 0) return { items };
  const structured = items.filter(isStructured);
  let numbering: NumberingStyle | undefined;
  let out = items;
  const marked = out.filter((n) => n.mark !== 'none');
  if (structured.length) {
    const k = mostCommon(structured.filter((n) => n.mark !== 'none').map((n) => styleOf(n.mark))) ?? mostCommon(marked.map((n) => styleOf(n.mark))) ?? 'none';
    const unmarked = out.some((n) => n.kind === 'paragraph' && n.mark === 'none');
    const points = out.filter((n) => n.kind === 'paragraph' && n.mark !== 'none');
    // The list states its marks when they are not its place's default, or when its points need them.
    if (k !== defaultStyle || (points.length && !unmarked)) numbering = k;
    // A point the list's marks cannot mark ("2. Phạm vi: ..." among headings, above an unmarked
    // paragraph) becomes a heading, numbered by its place.
    for (const n of points) if (body && (styleOf(n.mark) !== k || !numbering)) toHeading(n);
  } else {
    const styles = new Set(marked.map((n) => styleOf(n.mark)));
    if (marked.length === out.length && styles.size === 1) numbering = styleOf((marked[0] as Node).mark);
    else if (marked.length) {
      out = nestRuns(out);
      const left = out.filter((n) => n.mark !== 'none');
      // A paragraph of the body needs its text: points that no paragraph introduces are marked by the list.
      if (left.length && body) numbering = mostCommon(left.map((n) => styleOf(n.mark)));
      else if (left.length) out = wrapRuns(out, (n) => n.mark !== 'none');
    }
  }
  numberFrom(out, numbering ?? defaultStyle);
  return numbering ? { items: out, numbering } : { items: out };
}

function toHeading(n: Node): void {
  n.kind = 'heading';
  const text = n.fields.text;
  delete n.fields.text;
  n.fields = { heading: text, ...n.fields };
  if (n.sources.text) {
    n.sources.heading = n.sources.text;
    delete n.sources.text;
  }
}

/** Runs of consecutive points (with one style) become a text-less paragraph holding them. */
function wrapRuns(items: Node[], point: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  let run: Node[] = [];
  const flush = (): void => {
    if (run.length) out.push(wrap(run, styleOf((run[0] as Node).mark)));
    run = [];
  };
  for (const n of items) {
    if (point(n) && (!run.length || styleOf((run[0] as Node).mark) === styleOf(n.mark))) run.push(n);
    else {
      flush();
      if (point(n)) run.push(n);
      else out.push(n);
    }
  }
  flush();
  return out;
}

/** "Trọng tâm:" then dashed points: the points are the paragraph's own (prose lists only). */
function nestRuns(items: Node[]): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < items.length; i++) {
    const n = items[i] as Node;
    if (n.mark === 'none' && n.items.length === 0) {
      const run: Node[] = [];
      while (i + 1 < items.length && (items[i + 1] as Node).mark !== 'none' && (!run.length || styleOf((items[i + 1] as Node).mark) === styleOf((run[0] as Node).mark))) {
        run.push(items[++i] as Node);
      }
      if (run.length) {
        n.items = run;
        n.numbering = styleOf((run[0] as Node).mark);
        n.lines.push(...run.flatMap((r) => r.lines));
      }
      out.push(n);
    } else out.push(n);
  }
  return out;
}

/** `number` on an item whose source number is not the one its place gives it; the count goes on from it. */
function numberFrom(items: Node[], style: NumberingStyle): void {
  let expected = 1;
  for (const n of items) {
    if (n.mark === 'none' || styleOf(n.mark) !== style) continue;
    const at = position(style, n.marker);
    if (at !== undefined && at !== expected && n.kind !== 'paragraph') {
      n.number = n.marker;
      expected = at;
    }
    expected++;
  }
}

const AGENCY_KEYS = ['lead', 'request', 'coordinators'] as const;

const KEY_ORDER: Record<NodeKind, readonly string[]> = {
  paragraph: ['text'],
  heading: ['heading', 'id', 'number'],
  task: ['id', 'number', 'title', 'content', 'lead', 'request', 'coordinators', 'timeframe', 'frequency', 'quantity', 'outputs', 'funding', 'report', 'note', 'labels'],
  target: ['target', 'id', 'number', 'value', 'unit', 'comparator', 'per', 'of', 'lead', 'timeframe'],
  reporting: ['reporting'],
  table: ['table'],
  ref: ['task', 'number', 'title'],
  cells: [],
};

/** The node as plan YAML, recording every value's source lines at its final path. */
export function materialize(n: Node, path: FieldPath, draft: Draft, ownStyle: NumberingStyle | undefined): unknown {
  if (n.number !== undefined) n.fields.number = n.number;
  const { items, numbering } =
    n.kind === 'table' || n.kind === 'cells' ? { items: n.items, numbering: undefined } : arrange(n.items, n.numbering ?? childDefault(ownStyle), n.kind !== 'paragraph');
  const style = n.numbering ?? numbering;
  draft.source(path, n.lines);
  for (const [k, notes] of Object.entries(n.notes)) for (const t of notes) draft.note(k ? [...path, k] : path, t);
  if (n.kind === 'cells') return n.fields.cells;
  if (n.kind === 'paragraph' && items.length === 0 && !style) {
    if (n.sources.text) draft.source(path, n.sources.text.lines, n.sources.text.value);
    return n.fields.text;
  }
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER[n.kind]) if (n.fields[k] !== undefined) out[k] = n.fields[k];
  for (const [k, v] of Object.entries(n.fields)) if (!(k in out) && v !== undefined) out[k] = v;
  for (const [k, src] of Object.entries(n.sources)) draft.source([...path, k], src.lines, src.value);
  // Agency names: one name is written as a string; each is matched against the registry in effect.
  for (const k of AGENCY_KEYS) {
    const v = out[k];
    if (Array.isArray(v) && v.length) out[k] = draft.agencyList([...path, k], v as string[], n.sources[k]?.lines ?? n.lines);
  }
  for (const k of ['reporting', 'report'] as const) {
    if (out[k]) reportAgencies(draft, [...path, k], out[k] as ReportPath, n.sources[k]?.lines ?? n.lines);
  }
  if (n.kind === 'table') {
    const table = out.table as Record<string, unknown>;
    table.rows = items.map((row, i) => materialize(row, [...path, 'table', 'rows', i], draft, undefined));
    return out;
  }
  if (style) out.numbering = style;
  if (items.length) out.items = items.map((child, i) => materialize(child, [...path, 'items', i], draft, style ?? childDefault(ownStyle)));
  return out;
}
