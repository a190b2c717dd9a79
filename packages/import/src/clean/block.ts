/** One cell of a table row: its text, and how many grid columns and rows it covers. */
export interface CellSource {
  text: string;
  colspan?: number;
  rowspan?: number;
  /** The grid position is covered by a merged cell above or to the left. */
  covered?: boolean;
}

/** One row of a table, with the source lines it was read from. */
export interface RowSource {
  cells: CellSource[];
  lines: number[];
  /** The row as one line of text ("cell | cell"), or the text of a row written without cells. */
  text: string;
}

/** A paragraph of cleaned text and the source lines it came from. */
export interface Block {
  /** The block this one is a part of (a cell of a header row). */
  parent?: Block;
  /** Rows of a table, when the block is a table (its text is the first row's). */
  table?: { rows: RowSource[] };
  text: string;
  /** Source lines (1-based, ascending) that make up the block. */
  lines: number[];
  /** Where each source line's text starts in `text`, for locating a part of the block. */
  pieces: { offset: number; line: number }[];
  /** Every line of the block was bold. */
  bold: boolean;
  /** The block began with a markdown heading marker. */
  heading: boolean;
  italic: boolean;
}

/** Source lines covering text[start, end) of a block. */
export function linesIn(block: Block, start: number, end: number): number[] {
  const out: number[] = [];
  const { pieces } = block;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as { offset: number; line: number };
    const next = pieces[i + 1];
    const pieceEnd = next ? next.offset : Infinity;
    if (piece.offset < Math.max(end, start + 1) && pieceEnd > start) out.push(piece.line);
  }
  return out.length ? out : block.lines.slice(0, 1);
}

/** A block for part of another block's text (offsets into the parent), keeping line mapping. */
export function subBlock(block: Block, start: number, end: number, text?: string): Block {
  const pieces: { offset: number; line: number }[] = [];
  for (let i = 0; i < block.pieces.length; i++) {
    const piece = block.pieces[i] as { offset: number; line: number };
    const next = block.pieces[i + 1];
    const pieceEnd = next ? next.offset : Infinity;
    if (pieceEnd <= start || piece.offset >= end) continue;
    pieces.push({ offset: Math.max(0, piece.offset - start), line: piece.line });
  }
  if (pieces.length === 0) pieces.push({ offset: 0, line: block.lines[0] ?? 0 });
  const raw = block.text.slice(start, end);
  return {
    text: text ?? raw.trim(),
    lines: pieces.map((p) => p.line),
    pieces,
    bold: block.bold,
    heading: block.heading,
    italic: block.italic,
  };
}

/** "57", "57-59" or "57, 61" for a YAML comment. */
export function formatLines(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const parts: string[] = [];
  let from = sorted[0] as number;
  let prev = from;
  for (const n of sorted.slice(1)) {
    if (n <= prev + 2) {
      prev = n;
      continue;
    }
    parts.push(from === prev ? `${from}` : `${from}-${prev}`);
    from = prev = n;
  }
  parts.push(from === prev ? `${from}` : `${from}-${prev}`);
  return parts.join(', ');
}
