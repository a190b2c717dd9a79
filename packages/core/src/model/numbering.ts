import type { HeadingItem, Table } from '../schema/body.js';
import type { NumberingStyle } from '../schema/common.js';
import type { Task } from '../schema/task.js';
import { itemKind } from './walk.js';

/**
 * How a plan's items are numbered by their place (docs/plan-format.md, "Numbering"),
 * in one place for everything that shows a number: the renderer prints them, the
 * editor's outline and inlay hints show the same ones, the importer writes `numbering`
 * only where the source differs from them.
 */

/** The Vietnamese alphabet as points are lettered: a, b, c, d, đ, e, g (no f, j, w, z). */
const VI_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** The letter of the item at `index` (0-based): a ... y, then aa, ab ... */
export function letterAt(index: number): string {
  const n = VI_LETTERS.length;
  if (index < n) return VI_LETTERS[index] as string;
  return `${letterAt(Math.floor(index / n) - 1)}${VI_LETTERS[index % n] as string}`;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

function fromRoman(text: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(text)) return undefined;
  let total = 0;
  let rest = text;
  for (const [value, numeral] of ROMAN) {
    while (rest.startsWith(numeral)) {
      total += value;
      rest = rest.slice(numeral.length);
    }
  }
  return rest === '' && total > 0 ? total : undefined;
}

/**
 * The style of a list's items when its container says nothing: I. for the parts of the
 * body (`undefined`: no container above), 1. under I., a) under 1. or 1.1., - under a),
 * + under - and under +.
 */
export function childStyle(style: NumberingStyle | undefined): NumberingStyle {
  switch (style) {
    case undefined:
      return 'roman';
    case 'roman':
      return 'decimal';
    case 'decimal':
    case 'outline':
      return 'letter';
    case 'letter':
      return 'dash';
    default:
      return 'plus';
  }
}

/** The position a number as written stands for in a list of `style` ("II" -> 2, "đ" -> 5, "1.3" -> 3). */
export function writtenPosition(style: NumberingStyle, written: string): number | undefined {
  const text = written.trim().replace(/[.)]+$/, '');
  switch (style) {
    case 'roman':
      return fromRoman(text.toUpperCase());
    case 'letter': {
      const i = VI_LETTERS.indexOf(text.toLocaleLowerCase('vi'));
      return i >= 0 ? i + 1 : undefined;
    }
    case 'decimal':
    case 'outline': {
      const last = /(\d+)$/.exec(text)?.[1];
      return last ? Number(last) : undefined;
    }
    default:
      return undefined;
  }
}

function numberText(style: NumberingStyle, n: number, parent: string): string {
  switch (style) {
    case 'roman':
      return roman(n);
    case 'decimal':
      return String(n);
    case 'outline':
      return parent ? `${parent}.${n}` : String(n);
    case 'letter':
      return letterAt(n - 1);
    default:
      return '';
  }
}

function markerOf(style: NumberingStyle, number: string): string {
  switch (style) {
    case 'roman':
    case 'decimal':
    case 'outline':
      return `${number}.`;
    case 'letter':
      return `${number})`;
    case 'dash':
      return '-';
    case 'plus':
      return '+';
    default:
      return number ? `${number}.` : '';
  }
}

/** A marker as printed ("II.", "1.3.", "đ)", "-", or '' for an unmarked item) and the number it stands for. */
export interface Mark {
  marker: string;
  number: string;
}

const UNMARKED: Mark = { marker: '', number: '' };

/**
 * The count of one list. Only marked items count; `number:` on an item restarts the
 * count there, and the items after it go on from it.
 */
export class Counter {
  private n = 0;

  constructor(
    readonly style: NumberingStyle,
    /** The number of the nearest marked item above ("2", "1.3"), for outline numbers. */
    private readonly parent: string,
  ) {}

  next(written?: string): Mark {
    if (written !== undefined && written.trim() !== '') {
      const at = writtenPosition(this.style, written);
      if (at !== undefined) {
        this.n = at;
      } else {
        // A number the style cannot count from ("2a"): printed as written, the count goes on.
        this.n += 1;
        const number = written.trim().replace(/[.)]+$/, '');
        return { marker: markerOf(this.style === 'none' ? 'decimal' : this.style, number), number };
      }
    } else {
      this.n += 1;
    }
    const number = numberText(this.style, this.n, this.parent);
    return { marker: markerOf(this.style, number), number };
  }
}

/** Where a list stands: the numbering its container sets, else the default of its place. */
export interface NumberPlace {
  /** The container's own `numbering`, when it sets one. */
  numbering?: NumberingStyle;
  /** The numbering of this place when the container says nothing. */
  fallback: NumberingStyle;
  /** The number of the nearest marked item above ("2", "1.3"), for outline numbers. */
  parent: string;
}

/** The place of the items of `sections` or of an appendix: parts numbered I., II. unless it says otherwise. */
export function bodyPlace(numbering?: NumberingStyle): NumberPlace {
  return { ...(numbering ? { numbering } : {}), fallback: 'roman', parent: '' };
}

/** The place of the items under an item marked `mark` in a list at `place`, which sets `numbering` itself or not. */
export function placeUnder(place: NumberPlace, mark: Mark, numbering: NumberingStyle | undefined): NumberPlace {
  const style = place.numbering ?? place.fallback;
  return {
    ...(numbering ? { numbering } : {}),
    // Under an unmarked list, items go on from the default the place would have had.
    fallback: childStyle(style === 'none' ? place.fallback : style),
    parent: mark.number || place.parent,
  };
}

const STRUCTURED = new Set(['heading', 'task', 'task-ref', 'target']);

function writtenNumber(item: unknown): string | undefined {
  const n = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as { number?: unknown }).number : undefined;
  return typeof n === 'string' && n.trim() !== '' ? n : undefined;
}

/**
 * The marks of a list's items, in order. Structured items (headings, tasks, task
 * references, targets) are numbered by the container's numbering or the default of the
 * place; paragraphs and report paths only when the container sets `numbering` itself;
 * an item that writes its own `number` always; tables never.
 */
export function markList(items: readonly unknown[], place: NumberPlace): Mark[] {
  const style = place.numbering ?? place.fallback;
  const counter = new Counter(style, place.parent);
  return items.map((item) => {
    const kind = itemKind(item);
    if (kind === 'table' || kind === 'cells') return UNMARKED;
    const written = writtenNumber(item);
    const marked = style !== 'none' && (STRUCTURED.has(kind) || place.numbering !== undefined);
    return marked || written !== undefined ? counter.next(written) : UNMARKED;
  });
}

/** A row of a task table that heads the rows under it: a heading, or a task whose items are rows. */
export function isGroupRow(row: unknown): boolean {
  const kind = itemKind(row);
  if (kind === 'heading') return true;
  if (kind !== 'task') return false;
  const items = (row as Task).items;
  return Array.isArray(items) && items.some((i) => {
    const k = itemKind(i);
    return k === 'task' || k === 'task-ref' || k === 'target' || k === 'heading';
  });
}

/**
 * The order column (STT) of a task table, for every row object that gets one:
 * `continuous` (1, 2, 3 across groups: the default), `per-group` (again from 1 in each
 * group), `outline` (group 1, its rows 1.1, 1.2). Top-level group rows are I, II (outline:
 * 1, 2); group rows below them are unlabelled (outline: 1.1). A row's own `number`
 * is printed as written. Data rows, paragraphs and report paths get none.
 */
export function tableOrder(table: Table): Map<object, string> {
  const out = new Map<object, string>();
  const mode = table.numbering ?? 'continuous';
  let count = 0;
  let groups = 0;
  const walk = (rows: readonly unknown[], prefix: string, depth: number): void => {
    let local = 0;
    for (const row of rows) {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) continue;
      const kind = itemKind(row);
      const written = writtenNumber(row)?.trim() ?? '';
      if (isGroupRow(row)) {
        let label = written;
        if (!label) {
          local += 1;
          if (mode === 'outline') label = prefix ? `${prefix}.${local}` : String(local);
          else if (depth === 0) label = roman((groups += 1));
        }
        if (label) out.set(row, label);
        const items = kind === 'heading' ? (row as HeadingItem).items : (row as Task).items;
        walk(Array.isArray(items) ? items : [], mode === 'outline' ? label : prefix, depth + 1);
      } else if (kind === 'task' || kind === 'task-ref' || kind === 'target') {
        local += 1;
        count += 1;
        const order = mode === 'continuous' ? String(count) : mode === 'outline' && prefix ? `${prefix}.${local}` : String(local);
        out.set(row, written || order);
      }
    }
  };
  walk(Array.isArray(table.rows) ? table.rows : [], '', 0);
  return out;
}
