import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { TableBlock, TableCell as CellModel } from '../document/model.js';
import { textRuns, type DocxContext } from './inline-runs.js';
import { GRID_BORDERS } from './tables.js';
import { SIZE } from './units.js';

/** Rows of a long table made and written together (see `TableInPieces`). */
export const PIECE_ROWS = 100;

/**
 * A long table written a piece of rows at a time: the first piece carries the table's
 * properties and grid, the others only add their rows (render-docx.ts joins them into one
 * `w:tbl`). A piece never ends inside cells merged down (rowSpan), which docx writes from
 * the rows of one Table. `whole` is the same table in one piece.
 */
export class TableInPieces {
  constructor(
    readonly pieces: () => Iterable<Table>,
    readonly whole: () => Table,
  ) {}
}

/**
 * A table of the plan with grid borders and fixed column widths over `width` twips:
 * its header rows repeat on every page, rows are not split across pages, merged cells
 * (colSpan, rowSpan) span as the plan says. A table of more than `PIECE_ROWS` rows
 * comes in pieces.
 */
export function dataTable(ctx: DocxContext, table: TableBlock, width: number): Table | TableInPieces {
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = table.widths.map((w) => Math.max(360, Math.round((w / total) * width)));
  const spanWidth = (from: number, span: number): number => widths.slice(from, from + span).reduce((a, b) => a + b, 0);
  const rowOf = (cells: CellModel[], header: boolean): TableRow => {
    let at = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => {
        const cell = tableCell(ctx, c, spanWidth(at, c.colSpan ?? 1));
        at += c.colSpan ?? 1;
        return cell;
      }),
    });
  };
  // Header rows, then the body's: made only when their piece is written.
  const models: { cells: CellModel[]; header: boolean }[] = [
    ...table.head.map((cells) => ({ cells, header: true })),
    ...table.rows.map((r) => ({ cells: r.cells.map((c) => (r.group ? { ...c, bold: true } : c)), header: false })),
  ];
  if (models.length === 0) models.push({ cells: table.widths.map(() => ({ text: '' })), header: false });
  const tableOf = (from: number, to: number): Table =>
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID_BORDERS,
      rows: models.slice(from, to).map((m) => rowOf(m.cells, m.header)),
    });
  if (models.length <= PIECE_ROWS) return tableOf(0, models.length);
  const ends = pieceEnds(models.map((m) => m.cells));
  return new TableInPieces(
    function* pieces() {
      let from = 0;
      for (const to of ends) {
        yield tableOf(from, to);
        from = to;
      }
    },
    () => tableOf(0, models.length),
  );
}

/** Where the pieces of a table end: after about `PIECE_ROWS` rows, at the first row no merged cell runs past. */
export function pieceEnds(rows: readonly (readonly CellModel[])[]): number[] {
  const ends: number[] = [];
  let start = 0;
  let reach = 0;
  for (let i = 0; i < rows.length; i++) {
    for (const c of rows[i] ?? []) reach = Math.max(reach, i + (c.rowSpan ?? 1));
    if (i + 1 - start >= PIECE_ROWS && reach <= i + 1) {
      ends.push(i + 1);
      start = i + 1;
    }
  }
  if (start < rows.length) ends.push(rows.length);
  return ends;
}

function tableCell(ctx: DocxContext, cell: CellModel, width: number): TableCell {
  const lines = cell.text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (text) =>
        new Paragraph({
          alignment: cell.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: textRuns(ctx, text, { size: SIZE.table, bold: cell.bold ?? false }),
        }),
    ),
  });
}
