import { run } from './office.js';

/** A word of `pdftotext -bbox`, in PDF points from the top-left corner of its page. */
export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface BoxPage {
  width: number;
  height: number;
  words: Word[];
}

/** Where a phrase printed: the union of its words' boxes, on one page, with its font size (poppler's box is 1.3 em tall). */
export interface Box {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  cx: number;
  size: number;
}

export const pt = (mm: number): number => (mm * 72) / 25.4;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function pdfBoxes(pdf: string): BoxPage[] {
  const xhtml = run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']);
  const pages: BoxPage[] = [];
  for (const m of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of (m[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const text = (w[5] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? e).normalize('NFC');
      words.push({ text, x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]) });
    }
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** The first place the words of `phrase` print in a row, from page `from` on. */
export function find(pages: BoxPage[], phrase: string, from = 0): Box {
  const needle = phrase.normalize('NFC').split(/\s+/).filter(Boolean);
  for (let p = from; p < pages.length; p++) {
    const words = pages[p]?.words ?? [];
    for (let i = 0; i + needle.length <= words.length; i++) {
      if (!needle.every((n, j) => words[i + j]?.text === n)) continue;
      const ws = words.slice(i, i + needle.length);
      const x0 = Math.min(...ws.map((w) => w.x0));
      const x1 = Math.max(...ws.map((w) => w.x1));
      const y0 = Math.min(...ws.map((w) => w.y0));
      const y1 = Math.max(...ws.map((w) => w.y1));
      return { page: p, x0, x1, y0, y1, cx: (x0 + x1) / 2, size: Math.max(...ws.map((w) => w.y1 - w.y0)) / 1.3 };
    }
  }
  throw new Error(`"${phrase}" is not printed from page ${from + 1} on`);
}
