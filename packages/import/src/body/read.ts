import { matchKey } from '@kehoach/core';
import { findReports } from '../extract/reporting.js';
import { linesOf, type Item } from '../outline.js';
import { dutyGroup, dutyPoints, hasLeadLabel, labelledTask, pointTask, requestTask, subjectTask } from './assign.js';
import { subCtx, type Ctx } from './context.js';
import { labelOf } from './labels.js';
import { isStructured, node, setField, type Node } from './node.js';
import { agencyHeading, leadingSubject, opensRequest, subjectAfterTopic } from './phrases.js';
import { tableNode } from './table.js';
import { targetNode } from './targets.js';
import { inlineLabels } from './inline-labels.js';

/** The items of a list, read in order. */
export function readList(items: readonly Item[], ctx: Ctx): Node[] {
  // Inside a duty group the points are tasks of its lead.
  if (ctx.lead && !ctx.inTask) return dutyPoints(items, ctx, readList);
  return items.flatMap((item) => {
    const { own, after } = ctx.inTask ? { own: item, after: [] } : detachReports(item);
    return [readItem(own, ctx), ...after.map((a) => readItem(a, ctx))];
  });
}

/**
 * Unmarked paragraphs after a numbered sentence ("5. Đề nghị Tòa án ... khi được yêu cầu.")
 * that say who else reports to whom ("Các sở, ban, ngành báo cáo ... về UBND tỉnh ...") are
 * not that item's: a text export cannot show they stand at the level of the list, so they
 * are read after the item, as the list's own report paths.
 */
function detachReports(item: Item): { own: Item; after: Item[] } {
  if (item.kind === 'none' || !/[.!]$/u.test(item.text) || item.children.length === 0) return { own: item, after: [] };
  const owners = new Set((agencyHeading(item.text)?.names ?? leadingSubject(item.text)?.names ?? []).map(matchKey));
  let at = item.children.length;
  while (at > 0) {
    const c = item.children[at - 1] as Item;
    const subject = c.kind === 'none' && c.children.length === 0 && !c.block.table && findReports(c.text).length ? leadingSubject(c.text) : undefined;
    if (!subject || subject.names.every((n) => owners.has(matchKey(n)))) break;
    at--;
  }
  if (at === item.children.length) return { own: item, after: [] };
  return { own: { ...item, children: item.children.slice(0, at) }, after: item.children.slice(at) };
}

const NUMBERED = new Set(['number', 'subnumber', 'paren']);

/** One item: a table, a request, a task (labelled, by agency heading, by its subject), a target, a report path, or prose. */
export function readItem(item: Item, ctx: Ctx): Node {
  ctx.draft.use(item.block);
  if (item.block.table) return tableNode(item.block, ctx);
  const text = item.text;
  if (!ctx.inTask) {
    if (opensRequest(text)) {
      const h = agencyHeading(text);
      if (h?.request) return used(requestTask(item, h, ctx, readList), item, ctx);
    }
    if (hasLeadLabel(item) || (inlineLabels(text) && item.kind !== 'none')) return used(labelledTask(item, ctx, readList), item, ctx);
    if (ctx.assign) {
      // "1. Nhiệm vụ của thành viên Ban Chỉ đạo" over "1.1. Trưởng Ban Chỉ đạo", "1.2. Sở Tài chính": a heading.
      const nested = item.children.filter((c) => c.children.length && agencyHeading(c.text)).length >= 2;
      const h = item.children.length && !nested ? agencyHeading(text) : undefined;
      if (h && !h.request && !h.inline) return used(dutyGroup(item, h, ctx, readList), item, ctx);
      // Numbered paragraphs anywhere; lettered and dashed points where the section assigns work.
      const numbered = NUMBERED.has(item.kind) || (ctx.section === 'duties' && item.kind !== 'none');
      const subject = leadingSubject(text) ?? (numbered ? subjectAfterTopic(text) : undefined);
      // "2. Các Sở, ngành chủ trì, quản lý ... các dự án thuộc Chương trình" over its points: the heading names the group.
      const described = subject && /^các\s/iu.test(subject.names[0] ?? '') && item.children.some((c) => c.kind !== 'none');
      if (described && !/:\s*$/u.test(text) && !/phối hợp/iu.test(text)) {
        const name = text.replace(/[\s:.]+$/u, '').replace(/\s*\([^)]*\)$/u, '');
        return used(dutyGroup(item, { names: [name], text: name, request: false }, ctx, readList), item, ctx);
      }
      if (subject && (numbered || subject.giao)) return used(subjectTask(item, subject, ctx, readList), item, ctx);
    }
  }
  if (ctx.targets && item.kind !== 'none' && item.children.length === 0) {
    const target = targetNode(item);
    if (target) return target;
  }
  // A sentence that says who reports to whom ("Chế độ báo cáo", or a paragraph of its own):
  // a report path item, which keeps the sentence. Its subject ("Các cơ quan, đơn vị") is not
  // written as `from`: without a registry saying who that group is, it would narrow the path.
  if ((ctx.section === 'reporting' || !ctx.inTask) && item.children.length === 0 && !labelOf(text)) {
    const [found] = findReports(text);
    if (found) {
      const n = node('reporting', item.kind, item.marker, item.block.lines);
      const { text: _t, ...path } = found.path;
      n.fields.reporting = { ...path, text };
      n.sources.reporting = { lines: item.block.lines, value: String(found.path.to ?? '') };
      return n;
    }
  }
  return prose(item, ctx);
}

function used(n: Node, item: Item, ctx: Ctx): Node {
  const mark = (i: Item): void => {
    ctx.draft.use(i.block);
    i.children.forEach(mark);
  };
  mark(item);
  return n;
}

/** Prose: a heading when it holds structure (tasks, targets, tables), else a paragraph with its points. */
function prose(item: Item, ctx: Ctx): Node {
  const inner = item.kind === 'none' ? ctx : subCtx(ctx, item.text);
  const children = readList(item.children, inner);
  // "1. Mục đích", "2. Hoàn thiện cơ chế, chính sách" over their points: headings; a sentence with points stays a paragraph.
  const title = children.length > 0 && item.kind !== 'none' && !/[.;]$/u.test(item.text) && item.text.split(/\s+/u).length <= 20;
  const structured = children.some(isStructured) || item.kind === 'roman' || title;
  const n = node(structured ? 'heading' : 'paragraph', item.kind, item.marker, linesOf(item));
  setField(n, structured ? 'heading' : 'text', item.text, item.block.lines);
  n.items = children;
  return n;
}

export { pointTask };
