import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { TableBlock, TableCell as CellModel } from '../document/model.js';
import { textRuns, type DocxContext } from './inline-runs.js';
import { runOpen, textRunsXml, XmlTable, type RunStyleXml } from './straight.js';
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
 *
 * Written straight (`ctx.straight`), the table is its XML a row at a time (`tableXml`),
 * the XML docx writes for it.
 */
export function dataTable(ctx: DocxContext, table: TableBlock, width: number): Table | TableInPieces | XmlTable {
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = table.widths.map((w) => Math.max(360, Math.round((w / total) * width)));
  if (ctx.straight) return new XmlTable(() => tableXml(ctx, widths, table));
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

const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`).join('')}</w:tblBorders>`;
const CELL_END = '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar><w:vAlign w:val="center"/></w:tcPr>';
const CELL_SPACING = '<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>';
const CELL_PARAGRAPH = { center: `<w:p><w:pPr>${CELL_SPACING}<w:jc w:val="center"/></w:pPr>`, left: `<w:p><w:pPr>${CELL_SPACING}<w:jc w:val="left"/></w:pPr>` };
const ROW = { header: '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>', body: '<w:tr><w:trPr><w:cantSplit/><w:tblHeader w:val="off"/></w:trPr>' };
const CELL_STYLE: Readonly<Record<'bold' | 'plain', RunStyleXml>> = { bold: { size: SIZE.table, bold: true, italics: false }, plain: { size: SIZE.table, bold: false, italics: false } };

/** A cell of a row as written: the plan's, or one docx adds below a cell merged down to continue it. */
interface Placed {
  cell?: CellModel;
  bold: boolean;
  colSpan: number | undefined;
  rowSpan: number;
  width: number;
  center: boolean;
}

/**
 * The XML docx writes for a table with `dataTable`'s options (grid borders, fixed
 * layout, header rows repeated, rows kept whole, cells centred vertically with 2/4 pt
 * margins, runs at table size): its properties and grid, then each row, then its end.
 * Below a cell merged down (rowSpan) docx adds a cell that continues it to each row it
 * covers, where its `Table` puts it (`continued`); a row is written once the cells the
 * row above adds to it are known.
 */
export function* tableXml(ctx: DocxContext, widths: readonly number[], table: TableBlock): Generator<string> {
  // Made before the first row is (runOpen keeps them).
  runOpen(CELL_STYLE.bold);
  runOpen(CELL_STYLE.plain);
  yield `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, b) => a + b, 0)}"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const cellXml = (p: Placed): string => {
    const head = `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${p.width}"/>${p.colSpan ? `<w:gridSpan w:val="${p.colSpan}"/>` : ''}`;
    // A continuing cell holds an empty paragraph aligned as the last of the cell it continues.
    if (!p.cell) return `${head}<w:vMerge w:val="continue"/>${CELL_END}<w:p><w:pPr><w:jc w:val="${p.center ? 'center' : 'left'}"/></w:pPr></w:p></w:tc>`;
    let xml = `${head}${p.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : ''}${CELL_END}`;
    const style = p.bold ? CELL_STYLE.bold : CELL_STYLE.plain;
    const open = p.center ? CELL_PARAGRAPH.center : CELL_PARAGRAPH.left;
    for (const line of p.cell.text.split('\n')) xml += `${open}${textRunsXml(ctx, line, style)}</w:p>`;
    return `${xml}</w:tc>`;
  };
  let carried: { cell: Placed; column: number }[] = [];
  const row = (cells: readonly CellModel[], header: boolean, bold: boolean): string => {
    const placed: Placed[] = [];
    let at = 0;
    for (const c of cells) {
      const span = c.colSpan ?? 1;
      let width = 0;
      for (let i = at; i < at + span && i < widths.length; i++) width += widths[i] as number;
      at += span;
      placed.push({ cell: c, bold: bold || (c.bold ?? false), colSpan: c.colSpan, rowSpan: c.rowSpan ?? 1, width, center: c.center ?? false });
    }
    for (const { cell, column } of carried) placed.splice(continued(placed, column), 0, cell);
    carried = [];
    let column = 0;
    for (const p of placed) {
      if (p.rowSpan > 1) carried.push({ cell: { bold: false, colSpan: p.colSpan, rowSpan: p.rowSpan - 1, width: p.width, center: p.center }, column });
      column += p.colSpan || 1;
    }
    return `${header ? ROW.header : ROW.body}${placed.map(cellXml).join('')}</w:tr>`;
  };
  for (const cells of table.head) yield row(cells, true, false);
  for (const r of table.rows) yield row(r.cells, false, r.group ?? false);
  if (table.head.length === 0 && table.rows.length === 0) yield row(table.widths.map(() => ({ text: '' })), false, false);
  yield '</w:tbl>';
}

/**
 * Where docx's `Table` puts the cell continuing one merged down from `column` of the row
 * above (TableRow.addCellToColumnIndex): before the first cell whose columns reach past
 * `column`, counting each cell's colSpan, or last when none does.
 */
function continued(cells: readonly Placed[], column: number): number {
  let reached = 0;
  let i = 0;
  while (reached <= column) {
    if (i >= cells.length) return cells.length;
    reached += (cells[i] as Placed).colSpan || 1;
    i++;
  }
  return i - 1;
}
