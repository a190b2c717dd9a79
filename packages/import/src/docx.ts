import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import type { CellSource } from './clean/block.js';
import { IMPORT_LIMITS, InputTooLargeError, type ImportLimits } from './limits.js';

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

const DOCUMENT_XML = 'word/document.xml';

/** A tag (its quoted attribute values may hold ">"); text between tags holds no "<". */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ATTRIBUTE = String.raw`\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*')`;
/**
 * Formatting mammoth reads into its document but never writes as HTML: fonts, sizes,
 * colours, languages, spacing, indents, alignment, cell widths, spell-check marks.
 * Word writes some of them on every run and paragraph.
 */
const UNREAD = new RegExp(
  `^<w:(?:rFonts|color|sz|szCs|bCs|iCs|lang|kern|noProof|spacing|jc|ind|keepNext|keepLines|widowControl|contextualSpacing|snapToGrid|proofErr|lastRenderedPageBreak|tcW)(?:${ATTRIBUTE})*\\s*/>$`,
  'u',
);
/** Bold, italics ... turned off: as if they were not there, for mammoth. */
const OFF = /^<w:(?:b|i|strike|caps|smallCaps)\s+w:val\s*=\s*(?:"(?:false|0)"|'(?:false|0)')\s*\/>$/u;
/** Revision-session and paragraph ids Word writes on every paragraph and run. */
const IDS = /\s(?:w:rsid[A-Za-z]*|w14:paraId|w14:textId)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/**
 * word/document.xml without what mammoth does not write out: mammoth holds the whole
 * document as a DOM (about 110 bytes for each byte of XML), and in a document made by Word
 * or kehoach most of the XML is formatting of each run. The HTML mammoth writes is the
 * same (test/sizes.test.ts compares the lines read with and without).
 */
export function slimDocumentXml(xml: string): string {
  return xml.replace(TAG, (tag) => (UNREAD.test(tag) || OFF.test(tag) ? '' : tag.includes('rsid') || tag.includes('w14:') ? tag.replace(IDS, '') : tag));
}

/** Paragraphs of word/document.xml: its `w:p` elements, in table cells too. */
export function docxParagraphs(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf('<w:p'); at >= 0; at = xml.indexOf('<w:p', at + 4)) {
    const next = xml.charCodeAt(at + 4);
    // "<w:p>", "<w:p ...>", "<w:p/>", not "<w:pPr>" or "<w:pStyle>".
    if (next === 62 || next === 32 || next === 47 || next === 9 || next === 10 || next === 13) count++;
  }
  return count;
}

/**
 * The DOCX's parts, within the limits: the declared sizes are checked before anything is
 * inflated, the paragraphs counted before mammoth reads the document.
 */
function readParts(bytes: Uint8Array, limits: ImportLimits): Record<string, Uint8Array> {
  const files = unzipSync(bytes, {
    filter: (file) => {
      if (file.name === DOCUMENT_XML && file.originalSize > limits.unzippedBytes) throw new InputTooLargeError('unzipped', file.originalSize, limits.unzippedBytes);
      return true;
    },
  });
  const document = files[DOCUMENT_XML];
  if (document && document.length > limits.unzippedBytes) throw new InputTooLargeError('unzipped', document.length, limits.unzippedBytes);
  return files;
}

/**
 * A .docx as text lines, one per paragraph or table row (line N of the result is paragraph N).
 * Refuses (InputTooLargeError) a document over the limits before mammoth reads it; images
 * are not read (the text is all the importer uses).
 */
export async function docxToText(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<{ text: string; warnings: string[]; cells: Map<number, CellSource[]> }> {
  let buffer: Buffer;
  let parts: Record<string, Uint8Array> | undefined;
  try {
    parts = readParts(bytes, limits);
  } catch (error) {
    if (error instanceof InputTooLargeError) throw error;
    // Not a zip fflate reads: mammoth says what is wrong with it.
  }
  const document = parts?.[DOCUMENT_XML];
  if (parts && document) {
    const xml = strFromU8(document);
    const paragraphs = docxParagraphs(xml);
    if (paragraphs > limits.paragraphs) throw new InputTooLargeError('paragraphs', paragraphs, limits.paragraphs);
    const content = strToU8(slimDocumentXml(xml));
    if (content.length > limits.contentBytes) throw new InputTooLargeError('content', content.length, limits.contentBytes);
    parts[DOCUMENT_XML] = content;
    buffer = Buffer.from(zipSync(parts, { level: 0 }));
  } else buffer = Buffer.from(bytes);
  parts = undefined;
  const result = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
  const warnings = result.messages.map((m) => m.message);
  const cells = new Map<number, CellSource[]>();
  return { text: htmlToLines(result.value, cells).join('\n'), warnings, cells };
}
