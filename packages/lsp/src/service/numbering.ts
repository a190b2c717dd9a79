import { itemKind, type NumberingStyle, type Table } from '@kehoach/core';

/**
 * How the document marks items, as docs/plan-format.md ("Numbering") says the
 * renderer numbers them: the items of `sections` are I., II.; a roman item's items
 * 1., 2.; a decimal or outline item's items a), b), đ); a lettered item's items -;
 * a dashed item's items +. `numbering` on a container sets its own items' style;
 * `number` on an item restarts the count there. Structured items (headings, tasks,
 * targets, task references) are numbered by the default of their place; paragraphs and
 * report paths only when the container sets `numbering` itself; tables never.
 */

/** The style an item's own items take when it does not say. */
export function childStyle(own: NumberingStyle | undefined): NumberingStyle {
  switch (own) {
    case 'roman':
      return 'decimal';
    case 'decimal':
    case 'outline':
      return 'letter';
    case 'letter':
      return 'dash';
    case 'dash':
    case 'plus':
      return 'plus';
    default:
      // Under an unmarked item, a list starts again at 1.
      return 'decimal';
  }
}

const VI_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function letterAt(index: number): string {
  const n = VI_LETTERS.length;
  return index < n ? (VI_LETTERS[index] as string) : `${letterAt(Math.floor(index / n) - 1)}${VI_LETTERS[index % n] as string}`;
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

/** The count a written `number` stands for in a style ("II" is 2, "đ" is 5, "2.3" is 3). */
export function countOf(written: string, style: NumberingStyle): number | undefined {
  const w = written.trim().replace(/[.)]+$/, '');
  if (style === 'roman') {
    if (!/^[IVXLCDM]+$/i.test(w)) return undefined;
    let total = 0;
    let rest = w.toUpperCase();
    for (const [value, numeral] of ROMAN) {
      while (rest.startsWith(numeral)) {
        total += value;
        rest = rest.slice(numeral.length);
      }
    }
    return total;
  }
  if (style === 'letter') {
    const i = VI_LETTERS.indexOf(w.toLowerCase());
    return i >= 0 ? i + 1 : undefined;
  }
  const last = /(\d+)$/.exec(w);
  return last ? Number(last[1]) : undefined;
}

/** The mark of the `count`th item in a style; `parent` is the container's own number (for outline). */
export function markOf(style: NumberingStyle, count: number, parent: string | undefined): string | undefined {
  switch (style) {
    case 'roman':
      return `${roman(count)}.`;
    case 'decimal':
      return `${count}.`;
    case 'outline':
      return parent ? `${parent.replace(/[.)]+$/, '')}.${count}.` : `${count}.`;
    case 'letter':
      return `${letterAt(count - 1)})`;
    case 'dash':
      return '-';
    case 'plus':
      return '+';
    default:
      return undefined;
  }
}

export interface Marked {
  /** As printed: "I.", "2.", "1.3.", "b)", "-"; undefined for an item the document does not mark. */
  mark: string | undefined;
  /** The style of this item's own mark, which decides its items' default style. */
  style: NumberingStyle | undefined;
}

const STRUCTURED = new Set(['heading', 'task', 'task-ref', 'target']);

/**
 * The marks of a list's items. `style` is the container's `numbering`, `explicit` whether
 * it wrote it (then paragraphs are marked too), `parent` the container's own mark.
 */
export function markList(items: readonly unknown[], style: NumberingStyle, explicit: boolean, parent?: string): Marked[] {
  let count = 0;
  return items.map((item) => {
    const kind = itemKind(item);
    const counts = style !== 'none' && kind !== 'table' && kind !== 'cells' && (explicit || STRUCTURED.has(kind));
    if (!counts) return { mark: undefined, style: undefined };
    const written = item !== null && typeof item === 'object' ? (item as { number?: unknown }).number : undefined;
    const restart = typeof written === 'string' ? countOf(written, style) : undefined;
    count = restart ?? count + 1;
    if (typeof written === 'string' && restart === undefined) return { mark: written, style };
    return { mark: markOf(style, count, parent), style };
  });
}

/** The style of the items of a container that has its own mark in `own` style and may say `numbering`. */
export function itemsStyle(container: unknown, own: NumberingStyle | undefined): { style: NumberingStyle; explicit: boolean } {
  const n = container !== null && typeof container === 'object' ? (container as { numbering?: unknown }).numbering : undefined;
  return typeof n === 'string' ? { style: n as NumberingStyle, explicit: true } : { style: childStyle(own), explicit: false };
}

/**
 * Order numbers (STT) of a task table's rows and of the rows under its group rows:
 * `continuous` (1, 2, 3 across groups: the default), `per-group` (again from 1 in each
 * group), `outline` (group 1, its rows 1.1, 1.2). Group rows are I, II (outline: 1, 2).
 * Returns each row object's number; data rows (lists of cells) and prose have none.
 */
export function tableOrder(table: Table): Map<object, string> {
  const out = new Map<object, string>();
  const mode = table.numbering ?? 'continuous';
  let running = 0;
  const walk = (rows: readonly unknown[], prefix: string | undefined, depth: number): void => {
    let groups = 0;
    let local = 0;
    for (const row of rows) {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) continue;
      const kind = itemKind(row);
      const children = (row as { items?: unknown }).items;
      const isGroupRow = Array.isArray(children) && (kind === 'heading' || kind === 'task');
      if (isGroupRow) {
        groups++;
        const label = mode === 'outline' ? (prefix ? `${prefix}.${groups}` : String(groups)) : depth === 0 ? roman(groups) : letterAt(groups - 1);
        out.set(row, label);
        if (mode === 'per-group') running = 0;
        walk(children as unknown[], label, depth + 1);
        continue;
      }
      if (kind !== 'task' && kind !== 'task-ref' && kind !== 'target') continue;
      local++;
      running++;
      out.set(row, mode === 'outline' ? (prefix ? `${prefix}.${local}` : String(local)) : String(running));
    }
  };
  walk(Array.isArray(table.rows) ? table.rows : [], undefined, 0);
  return out;
}
