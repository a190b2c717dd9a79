import { asList, timeframeText, type ParagraphItem, type Task } from '@kehoach/core';
import type { BuildContext } from '../context.js';
import { asItems } from '../lists.js';
import type { Block } from '../model.js';
import { reportSentence } from '../report.js';
import { quantities } from '../tasks.js';
import { capitalize, clean, mentions, sentence } from '../text.js';
import { itemBlocks, placeUnder, type ListPlace } from './items.js';
import type { Mark } from './numbering.js';

/** Numbered parts and items whose title is bold when they carry lines under them (the district seed). */
const BOLD_STYLES = new Set(['roman', 'decimal', 'outline']);

/**
 * The title a task is known by: its title, else its first paragraph of content; a group
 * without either goes by its lead ("2.1. Sở Tài chính"), or by the bodies it asks.
 */
export function taskTitle(ctx: BuildContext, task: Task): string {
  const title = clean(task.title);
  if (title) return title;
  const first = asItems(task.content)[0];
  if (typeof first === 'string') return clean(first);
  if (Array.isArray(task.items) && task.items.length) return groupHeading(ctx, task);
  return '';
}

function groupHeading(ctx: BuildContext, task: Task): string {
  if (task.lead !== undefined) return ctx.agencies(task.lead);
  const asked = ctx.agencies(task.request);
  return asked ? `Đề nghị ${asked}` : '';
}

/**
 * A task as the document prints it: its title (marked by its place), its content, the
 * lines the task itself states (never what it inherits, never a default), then its items.
 * A line whose value the title or content already says is not repeated.
 */
export function taskBlocks(ctx: BuildContext, task: Task, mark: Mark, place: ListPlace): Block[] {
  const content = asItems(task.content);
  const group = Array.isArray(task.items) && task.items.length > 0;
  let title = clean(task.title);
  if (!title && typeof content[0] === 'string') title = clean(content.shift());
  if (!title && group) title = groupHeading(ctx, task);

  const inner: ListPlace = placeUnder(place, mark, undefined);
  const contentBlocks = contentParagraphs(ctx, content, inner);
  const said = [title, ...contentTexts(content)].join(' ');
  const lines = ownLines(ctx, task, said);
  const items = group ? itemBlocks(ctx, task.items, placeUnder(place, mark, task.numbering)) : [];

  const style = place.numbering ?? place.fallback;
  const bold = group || ((contentBlocks.length > 0 || lines.length > 0) && BOLD_STYLES.has(style));
  const out: Block[] = [];
  if (title || mark.marker) {
    if (bold) out.push({ kind: 'heading', marker: mark.marker, text: title, level: place.level });
    else if (mark.marker) out.push({ kind: 'item', marker: mark.marker, text: title, children: [] });
    else out.push({ kind: 'paragraph', text: title });
  }
  out.push(...contentBlocks, ...lines, ...items);
  return out;
}

/** The content of a task: paragraphs as written (their points marked only when they say so). */
function contentParagraphs(ctx: BuildContext, content: ParagraphItem[], place: ListPlace): Block[] {
  return itemBlocks(ctx, content, { ...place, numbering: 'none' });
}

function contentTexts(content: ParagraphItem[]): string[] {
  const out: string[] = [];
  const walk = (items: readonly ParagraphItem[]): void => {
    for (const p of items) {
      if (typeof p === 'string') out.push(p);
      else if (p && typeof p === 'object') {
        out.push(clean(p.text));
        walk(asItems(p.items));
      }
    }
  };
  walk(content);
  return out;
}

/**
 * "- Cơ quan chủ trì: ...": the fields the task itself states, in the order of the
 * district seed. Who leads, coordinates or is asked, when, and to whom it reports are
 * often read out of the task's own sentence ("Sở Tài chính chủ trì, phối hợp với ...
 * trong năm 2026"): such a value already said there is not repeated.
 */
function ownLines(ctx: BuildContext, task: Task, said: string): Block[] {
  const lines: string[] = [];
  const add = (label: string, value: string, unlessSaid = false): void => {
    const v = clean(value);
    if (!v || (unlessSaid && mentions(said, v))) return;
    lines.push(sentence(label ? `${label}: ${v}` : v));
  };
  add('Tần suất', capitalize(clean(task.frequency)));
  add(clean(ctx.layout.leadLabel) || 'Cơ quan chủ trì', ctx.agencies(task.lead), true);
  add('Đề nghị', ctx.agencies(task.request), true);
  add('Cơ quan phối hợp', ctx.agencies(task.coordinators), true);
  if (task.timeframe !== undefined) add('Thời gian thực hiện', capitalize(timeframeText(task.timeframe)), true);
  add('Sản phẩm', asList(task.outputs).map(clean).filter(Boolean).join('; '));
  add('Chỉ tiêu', quantities(task.quantity).join('; '));
  add('Kinh phí', capitalize(clean(task.funding)));
  add('', capitalize(reportSentence(ctx, task.report)), true);
  add('Ghi chú', capitalize(clean(task.note)));
  return lines.map((text) => ({ kind: 'item', marker: '-', text, children: [] }));
}
