import type { Block } from './clean/block.js';

/**
 * How a paragraph is marked in the source: "II.", "3.", "1.2.", "b)", "(1)", "-", "+"
 * or not at all.
 */
export type MarkerKind = 'roman' | 'number' | 'subnumber' | 'paren' | 'letter' | 'dash' | 'plus' | 'none';

/** A paragraph with its marker stripped and the items nested under it. */
export interface Item {
  kind: MarkerKind;
  /** The marker as written ("II", "3", "1.2", "b"), empty for dashes and unmarked paragraphs. */
  marker: string;
  /** Text without the marker. */
  text: string;
  block: Block;
  children: Item[];
}

const ROMAN = /^([IVXL]{1,5})[.)]\s+/u;
const NUMBER = /^(\d{1,2})[.)](?:\s+|$)/u;
// "1.1.", "2.3)" and "1.1 " (the last dot is often left out): a level under "1.".
const SUBNUMBER = /^(\d{1,2}(?:\.\d{1,2})+)(?:[.)]\s*|\s+)/u;
// "(1)", "(2)": numbered points in parentheses.
const PAREN = /^\((\d{1,2})\)\s+/u;
// "b)", "b.", "b," and the "- a)" of plans that put a dash before the letter.
const LETTER = /^(?:[-+]\s*)?([a-zđ])[).,]\s+/u;
const DASH = /^-\s*/u;
const PLUS = /^\+\s*/u;

/** The marker of a paragraph and its text without it. */
export function markerOf(text: string): { kind: MarkerKind; marker: string; text: string } {
  const tries: [MarkerKind, RegExp][] = [
    ['roman', ROMAN],
    ['subnumber', SUBNUMBER],
    ['number', NUMBER],
    ['paren', PAREN],
    ['letter', LETTER],
    ['plus', PLUS],
    ['dash', DASH],
  ];
  for (const [kind, re] of tries) {
    const m = re.exec(text);
    if (!m) continue;
    // A roman heading is "V. TỔ CHỨC THỰC HIỆN" or "V. Tổ chức thực hiện", never lowercase.
    if (kind === 'roman' && !/^\p{Lu}/u.test(text.slice(m[0].length))) continue;
    // "2.000 người", "1.5 tỷ": a number, not a marker.
    if (kind === 'subnumber' && /^\d{1,2}\.\d{3}\b/u.test(text)) continue;
    const rest = text.slice(m[0].length).trim();
    if (rest === '' && kind !== 'number' && kind !== 'subnumber') continue;
    return { kind, marker: m[1] ?? '', text: rest };
  }
  return { kind: 'none', marker: '', text };
}

const RANK: Record<MarkerKind, number> = { roman: 0, number: 1, subnumber: 2, paren: 3, letter: 4, dash: 5, plus: 6, none: 7 };

/** "1.2" is a level under "1", "1.2.3" one under "1.2". */
function level(item: Pick<Item, 'kind' | 'marker'>): string {
  return item.kind === 'subnumber' ? `subnumber:${item.marker.split('.').length}` : item.kind;
}

function rank(item: Pick<Item, 'kind' | 'marker'>): number {
  return item.kind === 'subnumber' ? RANK.subnumber + item.marker.split('.').length / 100 : RANK[item.kind];
}

/**
 * Nests paragraphs by their markers: a marker level already open closes everything
 * opened after it; a new level opens under the current one. Unmarked paragraphs belong
 * to the nearest numbered or roman item (a dash point never carries a paragraph of its own).
 * A table block is an unmarked paragraph.
 */
export function buildOutline(blocks: readonly Block[]): Item[] {
  const roots: Item[] = [];
  const stack: Item[] = [];
  for (const block of blocks) {
    const m = block.table ? { kind: 'none' as const, marker: '', text: block.text } : markerOf(block.text);
    const item: Item = { kind: m.kind, marker: m.marker, text: m.text, block, children: [] };
    if (m.kind === 'none') {
      while (stack.length && RANK[(stack[stack.length - 1] as Item).kind] >= RANK.paren) stack.pop();
    } else {
      const lv = level(item);
      const open = stack.findIndex((s) => level(s) === lv);
      if (open >= 0) stack.length = open;
      else {
        // A higher-ranked level (number after letters) closes the lower levels.
        while (stack.length && rank(stack[stack.length - 1] as Item) > rank(item)) stack.pop();
      }
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(item);
    else roots.push(item);
    if (m.kind !== 'none') stack.push(item);
  }
  return roots;
}

/** Every block of an item and its descendants, in order. */
export function blocksOf(item: Item): Block[] {
  return [item.block, ...item.children.flatMap(blocksOf)];
}

/** Every source line of an item and its descendants. */
export function linesOf(item: Item): number[] {
  return blocksOf(item).flatMap((b) => [...b.lines, ...(b.table?.rows.flatMap((r) => r.lines) ?? [])]);
}
