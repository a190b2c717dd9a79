import { isRowLine } from './tables.js';
import { artefactReason } from './artefacts.js';
import type { Block } from './block.js';
import { normalizeLine, type LineMarkup } from './normalize-line.js';

interface Line extends LineMarkup {
  line: number;
}

export interface CleanResult {
  blocks: Block[];
  dropped: { line: number; text: string; reason: string }[];
  /** How many line breaks inside sentences were joined. */
  joined: number;
  /** Source line count. */
  lineCount: number;
  /** The text looked hard-wrapped (PDF extraction: every line broken at the page width). */
  hardWrapped: boolean;
}

const TERMINAL = /(?:[.;:!?…]|\.\/\.)["”’)]*$/u;
const LABEL_START =
  /^(?:n[oơ]i\s+nh|lưu\s*:|tm\s*\.|kt\s*\.|q\s*\.\s|tl\s*\.|tuq\s*\.|số\s*:|căn cứ\s|thực hiện\s+(?:quyết|kế|nghị|chỉ|công văn|thông tư|hướng)|trên đây)/iu;
const MARKER = /^(?:[IVXL]+[.)]\s|\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)|[a-zđ][).,]\s|[-+]\s*(?=[\p{Lu}\d"“(])|[-+]\s*[a-zđ][).]\s)/u;

const PIPE = /(?:^|\s)\|(?:\s|$)/u;

const OPEN_END =
  /(?:^|\s)(?:và|của|các|với|về|trong|cho|tại|theo|từ|đến|trên|ở|là|được|có|những|cùng|để|hoặc|như|thuộc|do|bằng|nhằm|gắn|giữa|qua|số|ngày)$|[,(]$/u;

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function startsLower(s: string): boolean {
  return /^[\p{Ll}]/u.test(s);
}

/** A next line that continues the sentence of the previous one whatever the layout. */
function continues(next: string): boolean {
  if (startsLower(next) && !/^[a-zđ][).,]\s/u.test(next)) return true;
  // "- xã hội của xã": a dash before a lowercase word is "kinh tế - xã hội" broken at the dash.
  if (/^-\s*\p{Ll}/u.test(next) && !/^-\s*[a-zđ][).]\s/u.test(next)) return true;
  // "23/CT-TTg ngày ...", "2024 của huyện": digits that are not a list number.
  if (/^\d/.test(next) && !/^\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)/.test(next)) return true;
  return false;
}

function detectHardWrap(lines: readonly Line[]): { hard: boolean; width: number } {
  const body = lines.filter((l) => l.text.length >= 40 && !l.bold && !l.heading);
  if (body.length < 5) return { hard: false, width: 0 };
  const open = body.filter((l) => !TERMINAL.test(l.text)).length;
  const lengths = body.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  return { hard: open / body.length >= 0.35, width };
}

/**
 * Splits the source into lines, drops artefacts, and joins lines broken inside a
 * sentence back into paragraphs. Every block keeps the source lines it came from.
 */
export function cleanText(source: string): CleanResult {
  const rawLines = source.split(/\r\n|\r|\n/);
  const dropped: CleanResult['dropped'] = [];
  const lines: (Line | undefined)[] = rawLines.map((raw, i) => {
    const n = normalizeLine(raw);
    if (n.text === '') return undefined;
    const reason = artefactReason(n.text);
    // A bare number between two table rows is a cell of a row broken across lines, not a page number.
    if (reason && /^\d+$/u.test(n.text) && betweenRows(rawLines, i)) return { ...n, line: i + 1 };
    if (reason) {
      dropped.push({ line: i + 1, text: raw.trim(), reason });
      return undefined;
    }
    return { ...n, line: i + 1 };
  });
  const present = lines.filter((l): l is Line => l !== undefined);
  const { hard, width } = detectHardWrap(present);

  const blocks: Block[] = [];
  let joined = 0;
  let current: Block | undefined;
  let last: Line | undefined;
  const start = (l: Line): void => {
    current = { text: l.text, lines: [l.line], pieces: [{ offset: 0, line: l.line }], bold: l.bold, heading: l.heading, italic: l.italic };
    blocks.push(current);
    last = l;
  };
  for (const l of present) {
    if (!current || !last) {
      start(l);
      continue;
    }
    const glue = joinGlue(last, l, hard, width);
    if (glue === undefined) {
      start(l);
      continue;
    }
    joined++;
    const offset = current.text.length + glue.length;
    current.text = `${current.text}${glue}${l.text}`;
    current.lines.push(l.line);
    current.pieces.push({ offset, line: l.line });
    current.bold &&= l.bold;
    current.italic &&= l.italic;
    last = l;
  }
  return { blocks, dropped, joined, lineCount: rawLines.length, hardWrapped: hard };
}

/** The nearest non-empty lines before and after line `i` are both table rows ("cell | cell"). */
function betweenRows(raw: readonly string[], i: number): boolean {
  const near = (step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < raw.length; j += step) if ((raw[j] as string).trim()) return raw[j];
    return undefined;
  };
  const isRow = (line: string | undefined): boolean => line !== undefined && isRowLine(line);
  return isRow(near(-1)) && isRow(near(1));
}

/** The text to put between two lines when the second continues the first, else undefined. */
function joinGlue(prev: Line, next: Line, hard: boolean, width: number): string | undefined {
  const p = prev.text;
  const n = next.text;
  if (prev.bold !== next.bold || next.heading || prev.italic !== next.italic) return undefined;
  // Table rows ("1 | Nội dung | Sở Tài chính") are never joined to their neighbours.
  if (PIPE.test(p) || PIPE.test(n)) return undefined;
  if (isAllCaps(p) || isAllCaps(n)) return undefined;
  if (LABEL_START.test(n) || /^n[oơ]i\s+nh/iu.test(p) || /^lưu\s*:/iu.test(p)) return undefined;
  if (TERMINAL.test(p)) return undefined;
  // "21/CT-" + "UBND ngày": a document number broken at its dash.
  if (/[\p{L}\d]-$/u.test(p) && /^\p{Lu}/u.test(n)) return '';
  if (continues(n)) return ' ';
  // "... báo cáo UBND Thành phố và" + "- Cơ quan thường trực ...": a dash after a joining word continues the sentence.
  if (/(?:^|\s)(?:và|của|với|cho)$/u.test(p) && /^-\s+\p{Lu}/u.test(n)) return ' ';
  if (MARKER.test(n)) return undefined;
  // "Phòng Văn hóa và" + "Thông tin": a line ending on a joining word cannot end a sentence.
  if (OPEN_END.test(p)) return ' ';
  if (hard && width > 0 && p.length >= width * 0.75 && /^[\p{Lu}"“(]/u.test(n)) return ' ';
  return undefined;
}
