import { matchKey } from '@kehoach/core';
import type { Block } from '../clean/block.js';
import type { Draft } from '../draft.js';
import type { IdPool } from '../extract/ids.js';
import { buildOutline, linesOf } from '../outline.js';
import { sectionCtx, type Ctx } from './context.js';
import { arrange, materialize, node, setField, type Node } from './node.js';
import { readItem, readList } from './read.js';

export interface BodyBase {
  draft: Draft;
  ids: IdPool;
  year?: number;
}

/** Sections I, II, ... of the body, in order, each a heading with its items. */
export function readSections(blocks: readonly Block[], base: BodyBase): Node[] {
  const other: Ctx = { ...sectionCtx(base, ''), section: 'other' };
  return buildOutline(blocks).map((root) => {
    if (root.kind !== 'roman') return readItem(root, other);
    base.draft.use(root.block);
    const ctx = sectionCtx(base, root.text);
    const n = node('heading', root.kind, root.marker, linesOf(root));
    setField(n, 'heading', root.text, root.block.lines);
    n.items = readList(root.children, ctx);
    return n;
  });
}

const LABEL_RE = /^((?:PHỤ\s*LỤC|Phụ\s*lục|MẪU\s+BIỂU|Mẫu\s+biểu|BIỂU\s+MẪU|Biểu\s+mẫu)(?:\s+(?:số\s+)?[IVXL\d]{1,4}[a-z]?)?)\s*(?:[:.]\s*(.*))?$/u;
const CAPTION_RE = /^\(\s*(?:ban hành\s+)?kèm theo\b/iu;

export interface AppendixRead {
  fields: Record<string, unknown>;
  sources: Record<string, { lines: number[]; value?: string }>;
  lines: number[];
  items: Node[];
}

function isTitleLine(b: Block): boolean {
  const letters = b.text.replace(/[^\p{L}]/gu, '');
  return !b.table && !CAPTION_RE.test(b.text) && (b.bold || (letters.length > 3 && letters === letters.toUpperCase()));
}

/** "PHỤ LỤC I", its title, "(Kèm theo Kế hoạch số ...)" and what it holds (tables, points). */
export function readAppendix(blocks: readonly Block[], base: BodyBase): AppendixRead {
  const out: AppendixRead = { fields: {}, sources: {}, lines: blocks.flatMap((b) => b.lines), items: [] };
  let i = 0;
  const first = blocks[0];
  const label = first ? LABEL_RE.exec(first.text) : null;
  if (first && label) {
    base.draft.use(first);
    out.fields.label = label[1];
    out.sources.label = { lines: first.lines, value: label[1] as string };
    if (label[2]) {
      out.fields.title = label[2];
      out.sources.title = { lines: first.lines, value: label[2] };
    }
    i = 1;
  }
  const title: Block[] = [];
  while (!out.fields.title && i < blocks.length && title.length < 3 && isTitleLine(blocks[i] as Block)) title.push(blocks[i++] as Block);
  if (title.length) {
    base.draft.use(...title);
    out.fields.title = title.map((b) => b.text).join(' ');
    out.sources.title = { lines: title.flatMap((b) => b.lines), value: out.fields.title as string };
  }
  const caption = blocks[i];
  if (caption && CAPTION_RE.test(caption.text)) {
    base.draft.use(caption);
    out.fields.caption = caption.text;
    out.sources.caption = { lines: caption.lines, value: caption.text };
    i++;
  }
  const ctx: Ctx = sectionCtx(base, 'NHIỆM VỤ');
  out.items = readList(buildOutline(blocks.slice(i)), ctx);
  return out;
}

function titleKey(s: unknown): string {
  // The wording without its final stop and case: a rendered table drops the stop of a body sentence.
  return typeof s === 'string' ? matchKey(s.replace(/[\s.;:,]+$/u, '')) : '';
}

function eachTask(nodes: readonly Node[], visit: (n: Node, list: Node[], index: number, lead: unknown) => void, lead?: unknown): void {
  (nodes as Node[]).forEach((n, i, list) => {
    const own = n.fields.lead ?? lead;
    if (n.kind === 'task' && !n.items.some((c) => c.kind === 'task')) visit(n, list, i, own);
    eachTask(n.items, visit, own);
  });
}

const names = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => matchKey(String(x)));

/**
 * A row of an appendix table that repeats a task of the body (same wording, same lead) is
 * that task shown again: the row becomes `{ task: <id> }`, and what the row adds (coordinators,
 * timeframe, outputs, funding, a note) goes to the task, so each fact is stated once.
 */
export function linkRepeats(body: readonly Node[], appendices: readonly AppendixRead[]): void {
  const byTitle = new Map<string, { n: Node; lead: unknown }>();
  eachTask(body, (n, _l, _i, lead) => {
    const k = titleKey(n.fields.title);
    if (k && !byTitle.has(k)) byTitle.set(k, { n, lead });
  });
  if (!byTitle.size) return;
  for (const a of appendices) {
    eachTask(a.items, (row, list, index) => {
      const hit = byTitle.get(titleKey(row.fields.title));
      if (!hit) return;
      // The row may name its lead more narrowly than the group the task sits in: the task's own lead.
      const rowLead = names(row.fields.lead);
      const lead = names(hit.lead);
      if (rowLead.length && !rowLead.every((x) => lead.includes(x))) return;
      const same = hit.n;
      if (rowLead.length && rowLead.length !== lead.length && same.fields.lead === undefined) {
        same.fields.lead = row.fields.lead;
        if (row.sources.lead) same.sources.lead = row.sources.lead;
      }
      for (const k of ['coordinators', 'timeframe', 'outputs', 'funding', 'note'] as const) {
        if (row.fields[k] !== undefined && same.fields[k] === undefined) {
          same.fields[k] = row.fields[k];
          if (row.sources[k]) same.sources[k] = row.sources[k];
        }
      }
      const ref = node('ref', row.mark, row.marker, row.lines, { task: same.fields.id });
      ref.number = row.number;
      list[index] = ref;
    });
  }
}

/** The body and appendices as plan YAML, with the source of every value. */
export function placeBody(draft: Draft, body: Node[], appendices: readonly AppendixRead[]): void {
  if (body.length) {
    const { items, numbering } = arrange(body, 'roman');
    draft.plan.sections = items.map((n, i) => materialize(n, ['sections', i], draft, numbering ?? 'roman'));
  }
  if (appendices.length) {
    draft.plan.appendices = appendices.map((a, i) => {
      const path = ['appendices', i];
      draft.source(path, a.lines);
      for (const [k, src] of Object.entries(a.sources)) draft.source([...path, k], src.lines, src.value);
      const { items, numbering } = arrange(a.items, 'roman');
      const out: Record<string, unknown> = { ...a.fields };
      if (items.length) out.items = items.map((n, j) => materialize(n, [...path, 'items', j], draft, numbering ?? 'roman'));
      return out;
    });
  }
}
