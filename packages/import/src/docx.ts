import mammoth from 'mammoth';
import type { CellSource } from './clean/block.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

interface ListLevel {
  ordered: boolean;
  count: number;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** The marker Word's automatic numbering would print: "1.", "a)", "-" (the text itself has none). */
function listMarker(levels: readonly ListLevel[]): string {
  const level = levels[levels.length - 1];
  if (!level) return '';
  if (!level.ordered) return '- ';
  const orderedDepth = levels.filter((l) => l.ordered).length;
  if (orderedDepth >= 2) return `${LETTERS[(level.count - 1) % LETTERS.length]}) `;
  return `${level.count}. `;
}

/** A table as mammoth gives it: rows of cells, each cell its paragraphs and spans. */
interface HtmlCell {
  lines: string[];
  colspan: number;
  rowspan: number;
}
type HtmlTable = HtmlCell[][];

// Header and signature blocks laid out in a table: their cells are read as paragraphs.
const LAYOUT = /CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc lập|N[oơ]i nhận|^\**Số\s*:|^\**(?:TM|KT)\s*\./u;

function isContentTable(rows: HtmlTable): boolean {
  const first = rows[0] ?? [];
  if (rows.length < 2 || first.filter((c) => c.lines.join('').trim() !== '').length < 2) return false;
  return !rows.some((r) => r.some((c) => c.lines.some((l) => LAYOUT.test(l))));
}

/** The rows of a table on a grid: a cell merged from above or the left leaves its positions covered. */
function gridRows(rows: HtmlTable): CellSource[][] {
  const out: CellSource[][] = [];
  const below: (number | undefined)[] = [];
  for (const row of rows) {
    const cells: CellSource[] = [];
    let col = 0;
    const place = (): void => {
      while ((below[col] ?? 0) > 0) {
        cells.push({ text: '', covered: true });
        below[col] = (below[col] as number) - 1;
        col++;
      }
    };
    for (const cell of row) {
      place();
      const text = cell.lines.map((l) => l.replace(/\*\*/g, '').trim()).filter(Boolean).join(' ');
      cells.push({ text, ...(cell.colspan > 1 ? { colspan: cell.colspan } : {}), ...(cell.rowspan > 1 ? { rowspan: cell.rowspan } : {}) });
      for (let k = 0; k < cell.colspan; k++) {
        if (k > 0) cells.push({ text: '', covered: true });
        below[col + k] = cell.rowspan - 1;
      }
      col += cell.colspan;
    }
    place();
    out.push(cells);
  }
  return out;
}

/**
 * The paragraphs of mammoth's HTML as lines: one paragraph (or list item) per line,
 * "**...**" when the whole paragraph is bold, "# " for headings, and the markers of
 * automatic numbering written out. A table of content is one line per row ("cell | cell"),
 * its cells (with their spans) in `cells` by line number; a layout table (header,
 * signature) gives its cells' paragraphs as lines.
 */
export function htmlToLines(html: string, cells?: Map<number, CellSource[]>): string[] {
  const lines: string[] = [];
  const levels: ListLevel[] = [];
  // Word keeps counting a list across the paragraphs between its items (the HTML closes
  // and reopens it), so counts carry over per depth until a new section heading.
  const carried: number[] = [];
  // Open tables (a cell may hold a table); their lines go to the innermost cell.
  const tables: HtmlTable[] = [];
  const emit = (line: string): void => {
    const cell = tables[tables.length - 1]?.at(-1)?.at(-1);
    if (cell) cell.lines.push(line);
    else lines.push(line);
  };
  const closeTable = (done: HtmlTable): void => {
    if (tables.length > 0 || !isContentTable(done)) {
      for (const row of done) for (const cell of row) for (const line of cell.lines) emit(line);
      return;
    }
    for (const row of gridRows(done)) {
      lines.push(row.map((c) => c.text).join(' | '));
      cells?.set(lines.length, row);
    }
  };
  let parts: { text: string; bold: boolean }[] | undefined;
  let prefix = '';
  // Inside the link back from a footnote to its reference ("↑"): not text.
  let backLink = false;
  let heading = false;
  let bold = 0;
  const flush = (): void => {
    if (!parts) return;
    const text = parts.map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
    const allBold = parts.some((p) => p.text.trim() !== '') && parts.every((p) => p.bold || p.text.trim() === '');
    if (text !== '') emit(`${heading ? '# ' : ''}${allBold ? `**${prefix}${text}**` : `${prefix}${text}`}`);
    if (levels.length === 0 && /^(?:[IVXL]+[.)]\s|[^\p{Ll}]+$)/u.test(text)) carried.length = 0;
    parts = undefined;
    prefix = '';
    heading = false;
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*?)(\/?)>|([^<]+)/giu)) {
    const [, close, rawTag, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (!backLink) (parts ??= []).push({ text: decode(text), bold: bold > 0 });
      continue;
    }
    const tag = (rawTag as string).toLowerCase();
    if (tag === 'a') {
      backLink = !close && /href="#footnote-ref-/u.test(attrs ?? '');
      continue;
    }
    if (tag === 'br') {
      (parts ??= []).push({ text: ' ', bold: bold > 0 });
      continue;
    }
    if (tag === 'strong' || tag === 'b') {
      bold += close ? -1 : 1;
      continue;
    }
    if (tag === 'ol' || tag === 'ul') {
      flush();
      if (close) levels.pop();
      else levels.push({ ordered: tag === 'ol', count: tag === 'ol' ? (carried[levels.length] ?? 0) : 0 });
      continue;
    }
    if (tag === 'li') {
      flush();
      if (!close) {
        const level = levels[levels.length - 1];
        if (level) {
          level.count++;
          carried[levels.length - 1] = level.count;
          carried.length = levels.length;
        }
        parts = [];
        // Word's footnotes come last, one item each: "[1] text", as a text export writes them
        // (the reference in the text is already "[1]").
        const note = /id="footnote-(\d+)"/u.exec(attrs ?? '');
        prefix = note ? `[${note[1]}] ` : listMarker(levels);
      }
      continue;
    }
    if (tag === 'table' || tag === 'tr' || tag === 'td' || tag === 'th') {
      flush();
      if (tag === 'table' && !close) tables.push([]);
      else if (tag === 'table') {
        const done = tables.pop();
        if (done) closeTable(done);
      } else if (tag === 'tr' && !close) tables[tables.length - 1]?.push([]);
      else if (!close) {
        const span = (name: string): number => Number(new RegExp(`${name}="(\\d+)"`, 'u').exec(attrs ?? '')?.[1] ?? 1);
        tables[tables.length - 1]?.at(-1)?.push({ lines: [], colspan: span('colspan'), rowspan: span('rowspan') });
      }
      continue;
    }
    if (/^(?:p|h[1-6])$/u.test(tag)) {
      // A list item whose text is a paragraph (<li><p>...</p></li>, as footnotes are) keeps its marker.
      if (!close && tag === 'p' && parts?.length === 0 && prefix) continue;
      flush();
      if (!close && !selfClose && (tag === 'p' || tag.startsWith('h'))) {
        parts = [];
        heading = tag.startsWith('h');
      }
    }
  }
  flush();
  return lines;
}

/** A .docx as text lines, one per paragraph or table row (line N of the result is paragraph N). */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[]; cells: Map<number, CellSource[]> }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const warnings = result.messages.map((m) => m.message);
  const cells = new Map<number, CellSource[]>();
  return { text: htmlToLines(result.value, cells).join('\n'), warnings, cells };
}
