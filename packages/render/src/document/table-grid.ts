import type { TableCell } from './model.js';

/**
 * Rows of cells made to fill a grid of `columns` columns exactly, as every writer needs:
 * a cell merged down (rowSpan) takes its column in the rows below, so those rows leave
 * it out; spans reaching past the grid or past the last row are cut; short rows get
 * empty cells. What the plan wrote is never reordered.
 */
export function fitGrid(rows: readonly TableCell[][], columns: number): TableCell[][] {
  const out: TableCell[][] = [];
  /** For each column, how many more rows a cell above still covers. */
  const covered = new Array<number>(columns).fill(0);
  rows.forEach((row, r) => {
    const cells: TableCell[] = [];
    const left = rows.length - r;
    let at = 0;
    const skipCovered = (): void => {
      while (at < columns && (covered[at] ?? 0) > 0) at += 1;
    };
    skipCovered();
    for (const cell of row) {
      if (at >= columns) break;
      let span = Math.max(1, Math.floor(cell.colSpan ?? 1));
      // A span stops at the grid's edge or at a column a cell above still covers.
      let room = 0;
      while (room < span && at + room < columns && (covered[at + room] ?? 0) === 0) room += 1;
      span = Math.max(1, room);
      const down = Math.min(Math.max(1, Math.floor(cell.rowSpan ?? 1)), left);
      const fitted: TableCell = { text: cell.text };
      if (cell.bold) fitted.bold = true;
      if (cell.center) fitted.center = true;
      if (span > 1) fitted.colSpan = span;
      if (down > 1) fitted.rowSpan = down;
      cells.push(fitted);
      for (let c = at; c < at + span; c++) covered[c] = down;
      at += span;
      skipCovered();
    }
    while (at < columns) {
      if ((covered[at] ?? 0) === 0) {
        cells.push({ text: '' });
        covered[at] = 1;
      }
      at += 1;
    }
    for (let c = 0; c < columns; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    out.push(cells);
  });
  return out;
}

/**
 * How many columns the rows' cells need: the column the last cell of the widest row
 * starts in, counting the columns cells merged down from rows above still take. A
 * table whose rows are wider than its written header (a header cell over two columns,
 * lost in a text export) grows to hold them, so no cell is dropped; a span reaching
 * past the last cell is only a span, and is cut.
 */
export function gridWidth(rows: readonly TableCell[][]): number {
  const covered: number[] = [];
  let widest = 0;
  for (const row of rows) {
    let at = 0;
    const skip = (): void => {
      while ((covered[at] ?? 0) > 0) at += 1;
    };
    skip();
    for (const cell of row) {
      widest = Math.max(widest, at + 1);
      const span = Math.max(1, Math.floor(cell.colSpan ?? 1));
      const down = Math.max(1, Math.floor(cell.rowSpan ?? 1));
      for (let c = at; c < at + span; c++) covered[c] = Math.max(covered[c] ?? 0, down);
      at += span;
      skip();
    }
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
  }
  return widest;
}

/**
 * The grid as plain text positions: every column of every row, a merged cell's text in
 * its first position and '' in the positions it covers (for Markdown tables).
 */
export function expandGrid(rows: readonly TableCell[][], columns: number): string[][] {
  const fitted = fitGrid(rows, columns);
  const grid: (string | undefined)[][] = fitted.map(() => new Array<string | undefined>(columns).fill(undefined));
  fitted.forEach((row, r) => {
    let at = 0;
    for (const cell of row) {
      while (at < columns && grid[r]?.[at] !== undefined) at += 1;
      if (at >= columns) break;
      const span = cell.colSpan ?? 1;
      const down = cell.rowSpan ?? 1;
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < span; dc++) {
          const line = grid[r + dr];
          if (line) line[at + dc] = dr === 0 && dc === 0 ? cell.text : '';
        }
      }
      at += span;
    }
  });
  return grid.map((row) => row.map((t) => t ?? ''));
}
