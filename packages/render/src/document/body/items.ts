import {
  itemKind,
  type HeadingItem,
  type Item,
  type NumberingStyle,
  type ParagraphItem,
  type ReportingItem,
  type TableItem,
  type TargetItem,
  type Task,
  type TaskRefItem,
} from '@kehoach/core';
import type { BuildContext } from '../context.js';
import type { Block } from '../model.js';
import { reportSentence } from '../report.js';
import { clean } from '../text.js';
import { childStyle, Counter, type Mark } from '@kehoach/core';
import { tableBlock } from './table-blocks.js';
import { taskBlocks, taskTitle } from './task-blocks.js';

/** Where a list of items sits: how its container numbers it, and what it would by default. */
export interface ListPlace {
  /** The container's own `numbering`, when it states one. */
  numbering: NumberingStyle | undefined;
  /** The numbering of this place when the container says nothing. */
  fallback: NumberingStyle;
  /** The number of the nearest marked item above ("2", "1.3"), for outline numbers. */
  parent: string;
  /** Heading level of the items of this list (1: the parts of the document). */
  level: number;
}

/** The items of `sections` (or of an appendix): parts numbered I., II., ... unless the plan says otherwise. */
export function bodyBlocks(ctx: BuildContext, items: unknown, numbering?: NumberingStyle): Block[] {
  return itemBlocks(ctx, items, { numbering, fallback: 'roman', parent: '', level: 1 });
}

/** The place of the items under an item marked `mark` in a list of `style`. */
export function placeUnder(place: ListPlace, mark: Mark, numbering: NumberingStyle | undefined): ListPlace {
  const style = place.numbering ?? place.fallback;
  return {
    numbering,
    fallback: childStyle(style === 'none' ? place.fallback : style),
    parent: mark.number || place.parent,
    level: place.level + 1,
  };
}

const STRUCTURED = new Set(['heading', 'task', 'task-ref', 'target']);

/**
 * A list of items, in order, numbered by their place: structured items (headings,
 * tasks, task references, targets) by the container's numbering or the default of the
 * place; paragraphs and report paths only when the container sets `numbering` itself.
 */
export function itemBlocks(ctx: BuildContext, items: unknown, place: ListPlace): Block[] {
  if (!Array.isArray(items)) return [];
  const style = place.numbering ?? place.fallback;
  const counter = new Counter(style, place.parent);
  const out: Block[] = [];
  for (const item of items) {
    const kind = itemKind(item);
    if (kind === 'table') {
      const table = tableBlock(ctx, (item as TableItem).table);
      if (table) out.push(table);
      continue;
    }
    if (kind === 'cells') continue;
    const written = numberOf(item);
    const marked = style !== 'none' && (STRUCTURED.has(kind) || place.numbering !== undefined);
    const mark: Mark = marked || written !== undefined ? counter.next(written) : { marker: '', number: '' };
    switch (kind) {
      case 'heading': {
        const heading = item as HeadingItem;
        const text = clean(heading.heading);
        if (text || mark.marker) out.push({ kind: 'heading', marker: mark.marker, text, level: place.level });
        out.push(...itemBlocks(ctx, heading.items, placeUnder(place, mark, heading.numbering)));
        break;
      }
      case 'task':
        out.push(...taskBlocks(ctx, item as Task, mark, place));
        break;
      case 'task-ref': {
        const ref = item as TaskRefItem;
        const task = typeof ref.task === 'string' ? ctx.taskById(ref.task) : undefined;
        out.push(...line(mark, clean(ref.title) || (task ? taskTitle(ctx, task) : '')));
        break;
      }
      case 'target':
        out.push(...line(mark, clean((item as TargetItem).target)));
        break;
      case 'reporting':
        out.push(...line(mark, reportSentence(ctx, (item as ReportingItem).reporting)));
        break;
      default:
        out.push(...paragraphBlocks(ctx, item as ParagraphItem, mark, place));
    }
  }
  return out;
}

/** A line of text with its marker: a point when marked, else a paragraph. */
function line(mark: Mark, text: string): Block[] {
  if (!text && !mark.marker) return [];
  return mark.marker ? [{ kind: 'item', marker: mark.marker, text, children: [] }] : [{ kind: 'paragraph', text }];
}

/** A paragraph as written, with its points (marked only when it sets `numbering`). */
export function paragraphBlocks(ctx: BuildContext, item: ParagraphItem, mark: Mark, place: ListPlace): Block[] {
  if (typeof item === 'string') return line(mark, clean(item));
  if (item === null || typeof item !== 'object') return [];
  const text = clean(item.text);
  const children = itemBlocks(ctx, item.items, placeUnder(place, mark, item.numbering));
  if (mark.marker) return [{ kind: 'item', marker: mark.marker, text, children }];
  return text ? [{ kind: 'paragraph', text }, ...children] : children;
}

function numberOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const n = (item as Item & { number?: unknown }).number;
  return typeof n === 'string' && n.trim() ? n : undefined;
}
