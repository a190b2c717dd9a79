import { splitAgencies } from '../extract/agencies.js';
import { findCadence, findQuantities, findTimeframe, leadingCadence } from '../extract/prose-facts.js';
import { findReports } from '../extract/reporting.js';
import { linesOf, type Item } from '../outline.js';
import type { Ctx } from './context.js';
import { newId } from './context.js';
import { inlineLabels } from './inline-labels.js';
import { assignees, labelOf, trimValue, withLabelValues, type Label } from './labels.js';
import { node, noteOn, setField, type LineLabelKind, type Node } from './node.js';
import { agencyHeading, coordinatorsIn, leadingSubject, opensRequest, REQUEST_START, type Heading, type Subject } from './phrases.js';

/** Reads the items under a task or group (prose points, tables), given by the caller. */
export type ReadList = (items: readonly Item[], ctx: Ctx) => Node[];

const uniq = (names: readonly string[]): string[] => [...new Set(names)];

/** Adds agencies to a task's lead, coordinators or request; the report shows the first as written. */
function addNames(n: Node, key: 'lead' | 'coordinators' | 'request', names: readonly string[], lines: readonly number[]): void {
  if (!names.length) return;
  const prev = (n.fields[key] as string[] | undefined) ?? [];
  const all = uniq([...prev, ...names]);
  setField(n, key, all, [...(n.sources[key]?.lines ?? []), ...lines], all[0]);
}

function task(item: Item, ctx: Ctx, title: string, idText = title): Node {
  const n = node('task', item.kind, item.marker, linesOf(item), { id: newId(ctx, idText) });
  if (title) setField(n, 'title', title, item.block.lines);
  return n;
}

/** A label with an empty value and points under it ("Cơ quan thực hiện:" with "- Đơn vị chủ trì: ..."). */
function labelsIn(item: Item): { label: Label; item: Item }[] {
  const own = labelOf(item.text);
  if (!own) return [];
  const nested = item.children.flatMap((c) => labelsIn(c).map((l) => l));
  if (own.value === '' && nested.length) return nested;
  return [{ label: own, item }, ...nested];
}

/** Label lines written inside the item's own line ("... (Chủ trì: Sở Nội vụ; thời gian: Quý III)"): not lines of their own. */
const INLINE = new WeakSet<Item>();

/** The wording of a line's label, kept for the field it labels (the first line of each field). */
function keepLabel(n: Node, kind: LineLabelKind, label: Label, item: Item, lines: readonly number[]): void {
  if (INLINE.has(item) || !label.label) return;
  n.labels ??= {};
  n.labels[kind] ??= { text: label.label, lines: [...lines] };
}

/**
 * Applies label lines (lead, coordinators, timeframe, outputs...) to a task; "Nội dung:" becomes
 * its content. Returns the lines it keeps as the task's wording (a lead line that says more than
 * names), for the caller to place among the task's points where the source has them.
 */
export function applyLabels(n: Node, items: readonly Item[], ctx: Ctx, readList: ReadList): Node[] {
  const kept: Node[] = [];
  for (const { label, item } of items.flatMap(labelsIn)) {
    const lines = linesOf(item);
    const value = trimValue(label.value);
    switch (label.kind) {
      case 'lead': {
        const a = assignees(label.value);
        addNames(n, 'lead', a.lead, lines);
        addNames(n, 'coordinators', a.coordinators, lines);
        // "Cơ quan thực hiện: Sở X chủ trì, phối hợp với Y ..." says more than names: the line
        // stays the task's wording, as written; its lead and coordinators are read out of it.
        if (a.sentence) kept.push(wording(item));
        else if (a.lead.length) keepLabel(n, 'lead', label, item, lines);
        break;
      }
      case 'coordinators':
        addNames(n, 'coordinators', splitAgencies(label.value), lines);
        keepLabel(n, 'coordinators', label, item, lines);
        break;
      case 'outputs':
        if (value) setField(n, 'outputs', [...((n.fields.outputs as string[]) ?? []), value], lines, value);
        if (value) keepLabel(n, 'outputs', label, item, lines);
        break;
      case 'content': {
        const points = item.children.filter((c) => !labelOf(c.text));
        if (value && !points.length) setField(n, 'content', label.value.trim(), lines);
        else {
          const content = readList(points, { ...ctx, inTask: true }).map((p) => (p.kind === 'paragraph' && !p.items.length ? (p.fields.text as string) : { text: p.fields.text }));
          setField(n, 'content', value ? [label.value.trim(), ...content] : content, lines, value || undefined);
        }
        keepLabel(n, 'content', label, item, lines);
        break;
      }
      default:
        if (value) setField(n, label.kind, value, lines);
        if (value) keepLabel(n, label.kind, label, item, lines);
    }
  }
  return kept;
}

/** A label line kept as written: a paragraph of the task, marked as the source marks it. */
function wording(item: Item): Node {
  const p = node('paragraph', item.kind, item.marker, item.block.lines);
  setField(p, 'text', item.text, item.block.lines);
  return p;
}

/** True when an item states who leads it on its own lines ("Đơn vị chủ trì: ...", "Cơ quan thực hiện:"). */
export function hasLeadLabel(item: Item): boolean {
  return withLabelValues(item.children).some((c) => labelsIn(c).some((l) => l.label.kind === 'lead'));
}

/** True when an item has lines of its own that state a task's fields (timeframe, coordinators, outputs...). */
function hasTaskLabel(item: Item): boolean {
  return withLabelValues(item.children).some((c) => labelsIn(c).some((l) => l.label.kind !== 'content'));
}

/** "- Cơ quan thực hiện:" followed by "+ Sở X chủ trì, ..." and "+ Sở Y đăng tải ...": one task per point. */
function leadPoints(item: Item): Item[] | undefined {
  const own = labelOf(item.text);
  if (own?.kind !== 'lead' || own.value !== '' || item.children.length < 2) return undefined;
  return item.children.every((c) => !labelOf(c.text) && leadingSubject(c.text)) ? item.children : undefined;
}

/**
 * A numbered item with label lines. One block of labels: the item is the task and its other
 * points are its content. Several blocks: the item is a group, each block closes a task made
 * of the points before it (the first point is its title).
 */
export function labelledTask(source: Item, ctx: Ctx, readList: ReadList): Node {
  const item = { ...source, children: withLabelValues(source.children) };
  const isLabel = (c: Item): boolean => labelOf(c.text) !== undefined;
  const blocks: { points: Item[]; labels: Item[] }[] = [];
  let points: Item[] = [];
  for (let i = 0; i < item.children.length; i++) {
    const c = item.children[i] as Item;
    if (!isLabel(c)) {
      points.push(c);
      continue;
    }
    const labels: Item[] = [c];
    while (i + 1 < item.children.length && isLabel(item.children[i + 1] as Item)) labels.push(item.children[++i] as Item);
    blocks.push({ points, labels });
    points = [];
  }
  const leadBlocks = blocks.filter((b) => b.labels.some((l) => labelsIn(l).some((x) => x.label.kind === 'lead')));
  const own = labelOf(item.text);
  const inline = inlineLabels(item.text);
  const title = own?.kind === 'content' ? own.value : (inline?.title ?? item.text);
  if (inline) {
    const parts = inline.parts.map((part): Item => ({ ...item, kind: 'none', marker: '', text: part, children: [] }));
    parts.forEach((p) => INLINE.add(p));
    blocks.unshift({ points: [], labels: parts });
  }
  if (leadBlocks.length <= 1) {
    const n = task(item, ctx, title);
    const split = blocks.flatMap((b) => b.labels).map(leadPoints).find(Boolean);
    // "3.1. ..." with labels of its own under a labelled "3.": a task of the group "3." makes.
    // "1.1. ..." with only a time line under a group that states the lead: a task of that lead too.
    const read = (p: Item): Node[] => (hasLeadLabel(p) || (p.kind !== 'none' && hasTaskLabel(p)) ? [labelledTask(p, ctx, readList)] : readList([p], { ...ctx, inTask: true }));
    // Each block's points, then the label lines it keeps as wording, in the order of the source.
    n.items = blocks.flatMap((b) => [...b.points.flatMap(read), ...applyLabels(n, b.labels.filter((l) => !leadPoints(l)), ctx, readList)]);
    n.items.push(...points.flatMap(read));
    reportLine(n);
    if (split) n.items.push(...split.map((p) => subjectTask(p, leadingSubject(p.text) as Subject, { ...ctx, inTask: true }, readList)));
    // No time label: the deadline its own wording states ("Nội dung: Triển khai ... (từ ngày 15/11 đến ngày 15/12)").
    if (n.fields.timeframe === undefined) {
      const content = n.fields.content;
      const said = (Array.isArray(content) ? content : [content]).filter((c): c is string => typeof c === 'string');
      const wording = [title, ...said].join('. ');
      const t = deadlineIn(wording, ctx);
      if (t) setField(n, 'timeframe', t.text, n.sources.content?.lines ?? item.block.lines);
    }
    return n;
  }
  const group = task(item, ctx, title);
  for (const b of blocks) {
    const [first, ...rest] = b.points;
    if (!first) {
      // Labels right after the previous block's: they add to the last task.
      const last = group.items.filter((x) => x.kind === 'task').at(-1);
      if (last) last.items.push(...applyLabels(last, b.labels, ctx, readList));
      continue;
    }
    const t = task(first, ctx, first.text);
    t.lines = [...linesOf(first), ...rest.flatMap(linesOf), ...b.labels.flatMap(linesOf)];
    const kept = applyLabels(t, b.labels, ctx, readList);
    t.items = [...readList([...first.children, ...rest], { ...ctx, inTask: true }), ...kept];
    group.items.push(t);
  }
  group.items.push(...readList(points, { ...ctx, inTask: true }));
  return group;
}

/**
 * "- Báo cáo về UBND tỉnh trước ngày 30/6/2026." among a labelled task's lines: the task's
 * own report path, keeping the line as written (it names no subject: the task's lead reports).
 */
function reportLine(n: Node): void {
  if (n.fields.report !== undefined) return;
  const at = n.items.findIndex((p) => p.kind === 'paragraph' && !p.items.length && /^báo cáo\s/iu.test(String(p.fields.text ?? '')));
  const line = n.items[at];
  const [found] = line ? findReports(String(line.fields.text)) : [];
  if (!line || !found) return;
  setField(n, 'report', { ...found.path, text: line.fields.text }, line.lines, String(found.path.to ?? ''));
  n.items.splice(at, 1);
}

/**
 * A deadline or period the sentence sets for the work ("hoàn thành trước ngày 30/12/2025", "từ
 * ngày 15/11 đến ngày 15/12"); a date by which a report is due is the report's ("định kỳ trước
 * ngày 01/6 ... báo cáo"), unless the clause says the work is finished by then ("Hoàn thành, báo cáo ...").
 */
function deadlineIn(text: string, ctx: Ctx): ReturnType<typeof findTimeframe> {
  const t = findTimeframe(text, ctx.year);
  if (!t) return undefined;
  const clause = `${/[^.;]*$/u.exec(text.slice(0, t.start))?.[0] ?? ''}${text.slice(t.start).split(/[.;]/u)[0] ?? ''}`;
  const reports = findReports(text);
  const forReport = reports.some((r) => t.start >= r.start && t.end <= r.end && r.path.due) || /báo cáo/iu.test(clause);
  return forReport && !/(?:^|\s)hoàn thành(?![\p{L}])/iu.test(clause) ? undefined : t;
}

/** Facts a sentence states for its own task: coordinators ("phối hợp với ..."), a deadline, a report path. */
function sentenceFacts(n: Node, text: string, lines: readonly number[], ctx: Ctx): void {
  addNames(n, 'coordinators', coordinatorsIn(text), lines);
  const reports = findReports(text);
  let timeframe = deadlineIn(text, ctx);
  timeframe ??= leadingCadence(text);
  if (timeframe) setField(n, 'timeframe', timeframe.text, lines);
  // "01 lần/1 tháng": how often, when the sentence says it besides its timeframe.
  const cadence = findCadence(text);
  if (cadence && !timeframe?.text.toLowerCase().includes(cadence.text.toLowerCase()) && !reports.some((r) => cadence.start >= r.start && cadence.end <= r.end)) {
    setField(n, 'frequency', text.slice(cadence.start, cadence.end), lines);
  }
  // "tối thiểu 12 tin/bài trong năm", "Hàng quý, có ít nhất 01 tin/bài": counts the task must reach.
  const quantities = findQuantities(text, /^(?:hằng|hàng)\s/iu.test(timeframe?.text ?? '') ? timeframe?.text : undefined).map(({ start: _s, end: _e, ...q }) => q);
  if (quantities.length) setField(n, 'quantity', quantities.length === 1 ? quantities[0] : quantities, lines, quantities.map((q) => q.text).join('; '));
  const report = reports[0];
  if (report) {
    const { text: _t, ...path } = report.path;
    setField(n, 'report', path, lines, report.path.to as string);
  }
}

/** A point of a duty group, or any sentence-task: its text is its title; its sub-points are its items. */
export function pointTask(item: Item, ctx: Ctx, readList: ReadList): Node {
  const n = task(item, ctx, item.text);
  sentenceFacts(n, item.text, item.block.lines, ctx);
  n.items = readList(item.children, { ...ctx, inTask: true });
  return n;
}

/** "2. Sở Tài chính chủ trì, phối hợp với ... bố trí kinh phí": a task of the agencies it opens with; with points, their group. */
export function subjectTask(item: Item, subject: Subject, ctx: Ctx, readList: ReadList): Node {
  const points = item.children.filter((c) => c.kind !== 'none' || c.block.table === undefined);
  const n = task(item, ctx, item.text);
  addNames(n, 'lead', subject.names, item.block.lines);
  if (points.some((c) => c.kind !== 'none') && !ctx.inTask) {
    addNames(n, 'coordinators', coordinatorsIn(item.text.slice(subject.end)), item.block.lines);
    n.items = dutyPoints(item.children, { ...ctx, lead: subject.names }, readList);
    return n;
  }
  sentenceFacts(n, item.text.slice(subject.end), item.block.lines, ctx);
  n.items = readList(item.children, { ...ctx, inTask: true });
  return n;
}

/**
 * "Đề nghị Ủy ban Mặt trận Tổ quốc ...": a request (not an assignment); each of its points is
 * one thing it asks, a task of the group the request makes (docs/plan-format.md). A point
 * naming a body of its own stays the request's wording: it is not made an assignment.
 */
export function requestTask(item: Item, heading: Heading, ctx: Ctx, readList: ReadList): Node {
  const n = task(item, ctx, item.text, heading.names[0] ?? item.text);
  addNames(n, 'request', heading.names, item.block.lines);
  const inner = { ...ctx, inTask: true };
  let last: Node | undefined;
  let marked = false;
  for (const c of item.children) {
    if (c.block.table || labelOf(c.text) || (c.kind === 'none' && marked && last)) {
      // A table, a label line, an unmarked paragraph after a marked point: with the point above.
      (last?.items ?? n.items).push(...readList([c], inner));
      continue;
    }
    if (c.kind !== 'none') marked = true;
    n.items.push((last = pointTask(c, inner, readList)));
  }
  return n;
}

/** "2.1. Sở Tài chính" with its points: a duty group whose points are tasks of that agency. */
export function dutyGroup(item: Item, heading: Heading, ctx: Ctx, readList: ReadList): Node {
  const n = node('task', item.kind, item.marker, linesOf(item), { id: newId(ctx, heading.names[0] ?? heading.text, 5) });
  const plain = item.text.replace(/[\s:.]+$/u, '');
  if (plain !== heading.names.join(', ') && plain !== heading.text) setField(n, 'title', item.text, item.block.lines);
  addNames(n, 'lead', heading.names, item.block.lines);
  n.items = dutyPoints(item.children, { ...ctx, lead: heading.names }, readList);
  // An agency heading with one unmarked paragraph is one task, stated on the heading's line.
  const only = n.items.length === 1 ? n.items[0] : undefined;
  if (only?.kind === 'task' && only.mark === 'none') only.lines = [...item.block.lines, ...only.lines];
  return n;
}

/** The points under a duty heading as tasks of its lead; label lines after a point are that point's. */
export function dutyPoints(source: readonly Item[], ctx: Ctx, readList: ReadList): Node[] {
  const children = withLabelValues(source);
  const out: Node[] = [];
  let last: Node | undefined;
  let marked = false;
  for (const c of children) {
    if (labelOf(c.text)) {
      if (last) {
        last.items.push(...applyLabels(last, [c], ctx, readList));
        last.lines.push(...linesOf(c));
      } else out.push(...readList([c], { ...ctx, inTask: true }));
      continue;
    }
    if (c.block.table) {
      out.push(...readList([c], ctx));
      continue;
    }
    if (c.kind === 'none' && marked && last) {
      // An unmarked paragraph after a marked point continues that point.
      last.items.push(...readList([c], { ...ctx, inTask: true }));
      last.lines.push(...linesOf(c));
      continue;
    }
    if (c.kind !== 'none') marked = true;
    if (opensRequest(c.text)) {
      const h = agencyHeading(c.text);
      if (h?.request) {
        out.push((last = requestTask(c, h, ctx, readList)));
        continue;
      }
    }
    // "- Phối hợp hướng dẫn ...:" with "+ Sở Xây dựng: ..." points each naming their own agency;
    // "b) Chủ trì, phối hợp" with "- Sở Tài chính ...": the bodies it works with.
    const subjects = c.children.map((g) => leadingSubject(g.text));
    if (/phối hợp(?:\s+với)?\s*:?$/iu.test(c.text) && subjects.some(Boolean)) {
      const t = pointTask(c, ctx, readList);
      subjects.forEach((s, i) => s && addNames(t, 'coordinators', s.names, (c.children[i] as Item).block.lines));
      out.push((last = t));
      continue;
    }
    if (c.children.length >= 2 && subjects.filter(Boolean).length >= Math.ceil(c.children.length / 2)) {
      const g = task(c, ctx, c.text);
      g.items = c.children.map((p, i) => {
        const s = subjects[i];
        return s ? subjectTask(p, s, { ...ctx, inTask: true }, readList) : pointTask(p, ctx, readList);
      });
      out.push((last = g));
      continue;
    }
    out.push((last = pointTask(c, ctx, readList)));
  }
  return out;
}

/** Notes on a task the source leaves without lead or timeframe (only on tasks, not on groups or requests). */
export function noteGaps(n: Node): void {
  if (n.kind !== 'task' || n.fields.request !== undefined) return;
  if (n.items.some((i) => i.kind === 'task')) return;
  if (n.fields.timeframe === undefined && n.fields.lead !== undefined) noteOn(n, '', 'THIẾU timeframe: văn bản không ghi thời gian thực hiện cho nhiệm vụ này');
}
