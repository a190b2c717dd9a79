import type { BoxPage, Word } from './office.js';

/** Where a phrase printed: the union of its words' boxes, on one page. */
export interface Box {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Horizontal centre. */
  cx: number;
  /** Font size in points: poppler's word box is 1.3 em tall for Liberation Serif. */
  size: number;
}

const EM_HEIGHT = 1.3;

/** Points from millimetres. */
export const pt = (mm: number): number => (mm * 72) / 25.4;
/** Points from twips (the unit of the DOCX writer's constants). */
export const twipsPt = (twips: number): number => twips / 20;

function box(page: number, words: Word[]): Box {
  const x0 = Math.min(...words.map((w) => w.x0));
  const x1 = Math.max(...words.map((w) => w.x1));
  const y0 = Math.min(...words.map((w) => w.y0));
  const y1 = Math.max(...words.map((w) => w.y1));
  const size = Math.max(...words.map((w) => w.y1 - w.y0)) / EM_HEIGHT;
  return { page, x0, y0, x1, y1, cx: (x0 + x1) / 2, size };
}

/** Words on one line and close enough to be read together (not across a column gap). */
function adjacent(a: Word | undefined, b: Word | undefined): boolean {
  if (!a || !b) return false;
  return Math.abs(a.y1 - b.y1) < 2 && b.x0 > a.x0 && b.x0 - a.x1 < 15;
}

export interface FindOptions {
  /** Only where the phrase prints as a line of its own (so "CHỦ TỊCH" is not found inside "PHÓ CHỦ TỊCH"). */
  whole?: boolean;
}

/** Every place the words of `phrase` print, on pages `from`..`to`, page by page, top to bottom. */
export function findAll(pages: BoxPage[], phrase: string, from = 0, to = pages.length - 1, options: FindOptions = {}): Box[] {
  const needle = phrase.normalize('NFC').split(/\s+/).filter(Boolean);
  const out: Box[] = [];
  for (let p = from; p <= to && p < pages.length; p++) {
    const words = pages[p]?.words ?? [];
    const found: Box[] = [];
    for (let i = 0; i + needle.length <= words.length; i++) {
      if (!needle.every((n, j) => words[i + j]?.text === n)) continue;
      if (options.whole && adjacent(words[i - 1], words[i])) continue;
      if (options.whole && adjacent(words[i + needle.length - 1], words[i + needle.length])) continue;
      found.push(box(p, words.slice(i, i + needle.length)));
    }
    // poppler reads table cells column by column: order by position, not by reading order.
    out.push(...found.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0));
  }
  return out;
}

export function findFirst(pages: BoxPage[], phrase: string, from = 0, to = pages.length - 1, options: FindOptions = {}): Box {
  const hit = findAll(pages, phrase, from, to, options)[0];
  if (!hit) throw new Error(`"${phrase}" is not printed on pages ${from + 1}-${to + 1}`);
  return hit;
}

export function findLast(pages: BoxPage[], phrase: string, from = 0, to = pages.length - 1, options: FindOptions = {}): Box {
  const hit = findAll(pages, phrase, from, to, options).at(-1);
  if (!hit) throw new Error(`"${phrase}" is not printed on pages ${from + 1}-${to + 1}`);
  return hit;
}
