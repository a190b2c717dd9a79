import mammoth from 'mammoth';
import { tableLines, type TableRows } from './docx-table.js';

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

/**
 * The paragraphs of mammoth's HTML as lines: one paragraph (or table cell paragraph,
 * or list item) per line, "**...**" when the whole paragraph is bold, "# " for
 * headings, and the markers of automatic numbering written out.
 */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const levels: ListLevel[] = [];
  // Word keeps counting a list across the paragraphs between its items (the HTML closes
  // and reopens it), so counts carry over per depth until a new section heading.
  const carried: number[] = [];
  // Open tables (a cell may hold a table); their lines go to the innermost cell.
  const tables: TableRows[] = [];
  const emit = (line: string): void => {
    const cell = tables[tables.length - 1]?.at(-1)?.at(-1);
    if (cell) cell.push(line);
    else lines.push(line);
  };
  let parts: { text: string; bold: boolean }[] | undefined;
  let prefix = '';
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
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/giu)) {
    const [, close, rawTag, selfClose, text] = m;
    if (text !== undefined) {
      (parts ??= []).push({ text: decode(text), bold: bold > 0 });
      continue;
    }
    const tag = (rawTag as string).toLowerCase();
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
        prefix = listMarker(levels);
      }
      continue;
    }
    if (tag === 'table' || tag === 'tr' || tag === 'td' || tag === 'th') {
      flush();
      if (tag === 'table' && !close) tables.push([]);
      else if (tag === 'table') {
        const done = tables.pop();
        if (done) for (const line of tableLines(done)) emit(line);
      } else if (tag === 'tr' && !close) tables[tables.length - 1]?.push([]);
      else if (!close) tables[tables.length - 1]?.at(-1)?.push([]);
      continue;
    }
    if (/^(?:p|h[1-6])$/u.test(tag)) {
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

/** A .docx as text lines, one per paragraph (line N of the result is paragraph N). */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const warnings = result.messages.map((m) => m.message);
  return { text: htmlToLines(result.value).join('\n'), warnings };
}
