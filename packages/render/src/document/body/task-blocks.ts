import { asList, itemKind, timeframeText, type LineLabels, type ParagraphItem, type ReportPath, type Task } from '@kehoach/core';
import type { BuildContext } from '../context.js';
import { asItems } from '../lists.js';
import type { Block } from '../model.js';
import { reportSentence } from '../report.js';
import { quantities } from '../tasks.js';
import { capitalize, clean, mentions, sentence } from '../text.js';
import { itemBlocks, placeUnder, type ListPlace } from './items.js';
import type { Mark } from '@kehoach/core';

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
 * lines the task itself states (never what it inherits, never a default), and its items.
 * A task whose items are only its points (no sub-tasks) states its lines after them, as
 * plans write "- Nội dung ...; Cơ quan chủ trì: ...; Thời gian thực hiện: ..."; a group
 * states its own lines before its sub-tasks. A line whose value the title, content or
 * points already say is not repeated.
 */
export function taskBlocks(ctx: BuildContext, task: Task, mark: Mark, place: ListPlace): Block[] {
  const content = asItems(task.content);
  const group = Array.isArray(task.items) && task.items.length > 0;
  const points = group && !(task.items as unknown[]).some((i) => !POINT_KINDS.has(itemKind(i)));
  let title = clean(task.title);
  if (!title && typeof content[0] === 'string') title = clean(content.shift());
  if (!title && group) title = groupHeading(ctx, task);

  const inner: ListPlace = placeUnder(place, mark, undefined);
  const contentBlocks = labelled(ctx.label(task, 'content', ''), contentParagraphs(ctx, content, inner));
  // What the task's own wording says; its points count for the agencies they name ("b) Chủ
  // trì, phối hợp" over "- Sở Tài chính ..."), not for a short phrase such as "Thường xuyên".
  const said = [title, ...contentTexts(content)].join(' ');
  const named = points ? [said, ...contentTexts(task.items as ParagraphItem[])].join(' ') : said;
  const lines = ownLines(ctx, task, said, named);
  const items = group ? itemBlocks(ctx, task.items, placeUnder(place, mark, task.numbering)) : [];

  const style = place.numbering ?? place.fallback;
  const bold = group || ((contentBlocks.length > 0 || lines.length > 0) && BOLD_STYLES.has(style));
  const out: Block[] = [];
  if (title || mark.marker) {
    if (bold) out.push({ kind: 'heading', marker: mark.marker, text: title, level: place.level });
    else if (mark.marker) out.push({ kind: 'item', marker: mark.marker, text: title, children: [] });
    else out.push({ kind: 'paragraph', text: title });
  }
  if (points) out.push(...contentBlocks, ...items, ...lines);
  else out.push(...contentBlocks, ...lines, ...items);
  return out;
}

/** Items that are points of a task's own wording, not tasks of a group. */
const POINT_KINDS = new Set(['paragraph', 'reporting']);

/** "Nội dung: ...": the content's first paragraph after the label the task words it with, if any. */
function labelled(label: string, blocks: Block[]): Block[] {
  const first = blocks[0];
  if (!label || !first) return blocks;
  const text = first.kind === 'table' ? '' : first.text;
  const line: Block = { kind: 'item', marker: '-', text: text ? `${label}: ${text}` : `${label}:`, children: [] };
  return first.kind === 'table' ? [line, ...blocks] : [line, ...(first.kind === 'item' ? first.children : []), ...blocks.slice(1)];
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
 * district seed. Who leads, coordinates or is asked, when, how often, what figure, and
 * to whom it reports are often read out of the task's own sentence ("Sở Tài chính chủ
 * trì, phối hợp với ... trong năm 2026"): a value already said there is not repeated.
 */
function ownLines(ctx: BuildContext, task: Task, said: string, named: string): Block[] {
  const lines: string[] = [];
  const add = (label: string, value: string, stated = false): void => {
    const v = clean(value);
    if (!v || stated) return;
    lines.push(sentence(label ? `${label}: ${v}` : v));
  };
  const frequency = capitalize(clean(task.frequency));
  const label = (kind: keyof LineLabels, fallback: string): string => ctx.label(task, kind, fallback);
  add(label('frequency', 'Tần suất'), frequency, mentions(said, frequency));
  add(label('lead', clean(ctx.layout.leadLabel) || 'Cơ quan chủ trì'), ctx.agencies(task.lead), agenciesSaid(ctx, named, task.lead));
  add(label('request', 'Đề nghị'), ctx.agencies(task.request), agenciesSaid(ctx, named, task.request));
  add(label('coordinators', 'Cơ quan phối hợp'), ctx.agencies(task.coordinators), agenciesSaid(ctx, named, task.coordinators));
  if (task.timeframe !== undefined) {
    const tf = capitalize(timeframeText(task.timeframe));
    add(label('timeframe', 'Thời gian thực hiện'), tf, mentions(said, tf));
  }
  add(label('outputs', 'Sản phẩm'), asList(task.outputs).map(clean).filter(Boolean).join('; '));
  const figures = quantities(task.quantity);
  add('Chỉ tiêu', figures.join('; '), figures.every((q) => mentions(said, q)));
  add(label('funding', 'Kinh phí'), capitalize(clean(task.funding)));
  add('', capitalize(reportSentence(ctx, task.report)), reportSaid(ctx, said, task.report));
  add(label('note', 'Ghi chú'), capitalize(clean(task.note)));
  return lines.map((text) => ({ kind: 'item', marker: '-', text, children: [] }));
}

/** Every agency of the list is named in the wording already (as "A, B và C" names A, B and C). */
function agenciesSaid(ctx: BuildContext, said: string, refs: unknown): boolean {
  const names = asList(refs as string | string[] | undefined).map((r) => ctx.agencyName(r)).filter(Boolean);
  return names.length > 0 && names.every((n) => mentions(said, n));
}

/**
 * A report path the task's sentence states already: its own wording, or every part of
 * it (to whom, via whom, by when, how often) named in the sentence.
 */
function reportSaid(ctx: BuildContext, said: string, report: ReportPath | undefined): boolean {
  if (!report) return true;
  const text = clean(report.text);
  if (text && mentions(said, text)) return true;
  const to = asList(report.to as string | string[] | undefined);
  if (!to.length || !agenciesSaid(ctx, said, to)) return false;
  if (report.via !== undefined && !agenciesSaid(ctx, said, report.via)) return false;
  const dues = report.due === undefined ? [] : Array.isArray(report.due) ? report.due : [report.due];
  if (!dues.every((d) => mentions(said, clean(timeframeText(d))))) return false;
  return mentions(said, clean(report.cadence));
}
