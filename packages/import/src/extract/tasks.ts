import type { ParagraphItem } from '@kehoach/core';
import type { Draft, FieldPath } from '../draft.js';
import { blocksOf, type Item } from '../outline.js';
import { splitAgencies } from './agencies.js';
import { slug, type IdPool } from './ids.js';
import { findQuantities } from './prose-facts.js';

export type LabelKind = 'lead' | 'coordinators' | 'timeframe' | 'frequency' | 'outputs' | 'content' | 'unit';

// "Cơ quan chủ trì:", "Đơn vị thực hiện:", "+ Phối hợp:", "Thời gian thực hiện:", "Tần suất:", "Sản phẩm:".
const LABELS: readonly [LabelKind, RegExp][] = [
  ['unit', /^(?:cơ quan|đơn vị)\s+thực hiện\s*(?=:\s*$|:\s*\+)/iu],
  ['lead', /^(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì(?:\s+thực hiện)?|thực hiện|chịu trách nhiệm)(?:\s+chính)?\s*(?=:)/iu],
  ['coordinators', /^(?:(?:cơ quan|đơn vị)\s+)?phối hợp(?:\s+thực hiện)?\s*(?=:)/iu],
  ['timeframe', /^(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành|triển khai))?\s*(?=:)/iu],
  ['frequency', /^tần suất(?:\s+thực hiện)?\s*(?=:)/iu],
  ['outputs', /^(?:sản phẩm|kết quả)(?:\s+(?:đầu ra|dự kiến|cần đạt))?\s*(?=:)/iu],
  ['content', /^nội dung(?:\s+(?:thực hiện|công việc))?\s*(?=:)/iu],
];

export function labelOf(text: string): { kind: LabelKind; label: string; value: string } | undefined {
  for (const [kind, re] of LABELS) {
    const m = re.exec(text);
    if (m) return { kind, label: m[0].trim(), value: text.slice(m[0].length).replace(/^\s*:\s*/u, '').trim() };
  }
  return undefined;
}

const INLINE_START =
  /(?:^|[(.;]\s*|\s-\s)(?=(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|thực hiện|phối hợp)\s*:|thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:)/iu;

/**
 * Labels written on the item's own line: "Tổ chức hội nghị sơ kết (Chủ trì: Sở Nội vụ;
 * thời gian: Quý III/2024)". The title is what comes before them.
 */
export function inlineLabels(text: string): { title: string; parts: string[] } | undefined {
  const m = INLINE_START.exec(text);
  if (!m || m.index === 0) return undefined;
  const at = m.index + m[0].length;
  const rest = text.slice(at).replace(/\)\s*[.;]?\s*$/u, '');
  const parts = rest
    .split(/\s*[;.]\s*(?=(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|thực hiện|phối hợp|thời gian|thời hạn|tần suất|sản phẩm)[^:]{0,20}:)/iu)
    .filter((p) => labelOf(p.trim()) !== undefined);
  if (!parts.some((p) => ['lead', 'timeframe', 'coordinators'].includes(labelOf(p.trim())?.kind ?? ''))) return undefined;
  return { title: text.slice(0, m.index).replace(/[\s(,;:.-]+$/u, ''), parts: parts.map((p) => p.trim()) };
}

/** True when the item (its lines or its own text) carries at least a lead, coordinators or a timeframe label. */
export function isLabelledTask(item: Item): boolean {
  return (
    inlineLabels(item.text) !== undefined ||
    item.children.some((c) => {
      const l = labelOf(c.text);
      return l !== undefined && l.kind !== 'content' && l.kind !== 'outputs';
    })
  );
}

/** Items as plan paragraphs: a string, or `{ text, items }` when points are nested under it. */
export function paragraphs(items: readonly Item[]): ParagraphItem[] {
  return items.map((item) => (item.children.length ? { text: item.text, items: paragraphs(item.children) } : item.text));
}

function trimValue(s: string): string {
  return s.replace(/[\s.;,]+$/u, '').trim();
}

/** Label lines of a task, flattening "Đơn vị thực hiện:" with its "+ Chủ trì:" / "+ Phối hợp:" points. */
function labelLines(item: Item): { kind: LabelKind; value: string; lines: number[]; item: Item }[] {
  const out: { kind: LabelKind; value: string; lines: number[]; item: Item }[] = [];
  for (const part of inlineLabels(item.text)?.parts ?? []) {
    const l = labelOf(part);
    if (l) out.push({ kind: l.kind === 'unit' ? 'lead' : l.kind, value: l.value, lines: item.block.lines, item });
  }
  for (const child of item.children) {
    const l = labelOf(child.text);
    if (!l) continue;
    if (l.kind === 'unit') {
      const inline = l.value.split(/\s*\+\s*/u).filter((s) => s !== '');
      for (const part of inline) {
        const sub = labelOf(part);
        if (sub) out.push({ kind: sub.kind, value: sub.value, lines: child.block.lines, item: child });
      }
      for (const sub of labelLines(child)) out.push(sub);
      continue;
    }
    out.push({ kind: l.kind, value: l.value, lines: child.block.lines, item: child });
  }
  return out;
}

/** A numbered item with "Cơ quan chủ trì / phối hợp / Thời gian thực hiện" lines as a plan task. */
export function readLabelledTask(item: Item, path: FieldPath, draft: Draft, ids: IdPool): Record<string, unknown> {
  const task: Record<string, unknown> = {};
  // "1. Nội dung: Rà soát ...": the label names the column of a table-like list, not the task.
  const own = labelOf(item.text);
  const inline = inlineLabels(item.text);
  const title = trimValue(own?.kind === 'content' ? own.value : (inline?.title ?? item.text));
  const labels = labelLines(item);
  const contentLabel = labels.find((l) => l.kind === 'content');
  task.id = ids.take(slug(title || contentLabel?.value || 'nhiem-vu'));
  if (title) {
    task.title = title;
    draft.source([...path, 'title'], item.block.lines, title);
  }
  draft.source(path, blocksOf(item).flatMap((b) => b.lines));
  const content: ParagraphItem[] = [];
  const contentLines: number[] = [];
  for (const child of item.children) {
    // A labelled sub-item ("1.1. ...") is a task of its own, read by the caller.
    if (labelOf(child.text) || (child.kind !== 'none' && isLabelledTask(child))) continue;
    content.push(...paragraphs([child]));
    contentLines.push(...blocksOf(child).flatMap((b) => b.lines));
  }
  if (contentLabel) {
    content.unshift(trimValue(contentLabel.value));
    contentLines.push(...contentLabel.lines);
  }
  for (const l of labels) {
    const value = trimValue(l.value);
    if (value === '' || l.kind === 'content') continue;
    if (l.kind === 'lead' || l.kind === 'coordinators') {
      const names = splitAgencies(value);
      const prev = task[l.kind];
      const all = [...(prev === undefined ? [] : Array.isArray(prev) ? prev : [prev]), ...names] as string[];
      task[l.kind] = draft.agencyList([...path, l.kind], all, l.lines);
      draft.source([...path, l.kind], l.lines, value);
    } else if (l.kind === 'outputs') {
      task.outputs = [...((task.outputs as string[]) ?? []), value];
      draft.source([...path, 'outputs'], l.lines, value);
    } else {
      task[l.kind] = value;
      draft.source([...path, l.kind], l.lines, value);
      if (l.kind === 'frequency') {
        const q = findQuantities(value).map(({ start: _s, end: _e, ...rest }) => rest);
        if (q.length) task.quantity = q.length === 1 ? q[0] : q;
      }
    }
  }
  if (content.length) {
    task.content = content.length === 1 && typeof content[0] === 'string' ? content[0] : content;
    draft.source([...path, 'content'], contentLines);
  }
  if (task.lead === undefined) draft.miss([...path, 'lead'], 'văn bản không ghi cơ quan chủ trì cho nhiệm vụ này');
  if (task.timeframe === undefined) draft.miss([...path, 'timeframe'], 'văn bản không ghi thời gian thực hiện cho nhiệm vụ này');
  draft.use(item.block, ...item.children.filter((c) => !(c.kind !== 'none' && isLabelledTask(c) && !labelOf(c.text))).flatMap(blocksOf));
  return order(task, ['id', 'title', 'content', 'lead', 'coordinators', 'timeframe', 'frequency', 'quantity', 'outputs', 'report']);
}

export function order(obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  for (const [k, v] of Object.entries(obj)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}
