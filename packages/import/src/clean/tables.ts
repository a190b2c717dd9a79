import type { Block, CellSource, RowSource } from './block.js';

/** A line written as table cells: "1 | Nội dung | Sở Tài chính" (text exports join cells with " | "). */
export function isRowLine(text: string): boolean {
  return /(?:^|\s)\|(?:\s|$)/u.test(text);
}

/** The cells of a row line, trimmed ("| (1) | (2)" has an empty first cell). */
export function splitRow(text: string): CellSource[] {
  return text.split(/\s*\|\s*/u).map((t) => ({ text: t.trim() }));
}

// What starts the next part of the document, never a row: an appendix, a caption, a signature.
const NOT_A_ROW = /^(?:PHỤ\s*LỤC|Phụ\s*lục|Mẫu\s+biểu|Biểu\s+(?:số|mẫu)|\(?\s*(?:Ban hành\s+)?kèm theo|Nơi nhận|TM\.|KT\.|\[\d+\])/u;

/** A line between rows that belongs to the table: a group row ("I. NHIỆM VỤ CHUNG", "5.1", "Thương mại"). */
function inTable(block: Block): boolean {
  return block.text.length <= 160 && !NOT_A_ROW.test(block.text);
}

/**
 * Runs of table rows become one block holding its rows. A run starts at a row line
 * followed by another row (a lone "Số: ... | Đồng Tháp, ngày ..." is a header line, not
 * a table), and keeps the short lines between rows (group rows, rows broken in two).
 * `cells` gives the cells of lines that came from a DOCX table (merged cells included).
 */
export function groupTables(blocks: readonly Block[], cells?: ReadonlyMap<number, CellSource[]>): Block[] {
  const out: Block[] = [];
  const isRow = (b: Block | undefined): boolean => !!b && (isRowLine(b.text) || (b.lines.length === 1 && cells?.has(b.lines[0] as number) === true));
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i] as Block;
    const nextRow = [1, 2, 3].some((d) => isRow(blocks[i + d]) && blocks.slice(i + 1, i + d).every(inTable));
    if (!isRow(b) || !nextRow) {
      out.push(b);
      i++;
      continue;
    }
    const rows: RowSource[] = [];
    let j = i;
    for (; j < blocks.length; j++) {
      const r = blocks[j] as Block;
      if (isRow(r)) {
        const line = r.lines[0] as number;
        rows.push({ cells: cells?.get(line) ?? splitRow(r.text), lines: [...r.lines], text: r.text });
        continue;
      }
      // A line between rows stays in the table when a row follows within three lines.
      const follows = [1, 2, 3].some((d) => isRow(blocks[j + d]) && blocks.slice(j, j + d).every(inTable));
      if (!follows) break;
      rows.push({ cells: [{ text: r.text }], lines: [...r.lines], text: r.text });
    }
    out.push({ ...b, table: { rows } });
    i = j;
  }
  return out;
}
