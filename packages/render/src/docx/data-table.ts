import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { TableBlock, TableCell as CellModel } from '../document/model.js';
import { textRuns, type DocxContext } from './inline-runs.js';
import { GRID_BORDERS } from './tables.js';
import { SIZE } from './units.js';

/**
 * A table of the plan with grid borders and fixed column widths over `width` twips:
 * its header rows repeat on every page, rows are not split across pages, merged cells
 * (colSpan, rowSpan) span as the plan says.
 */
export function dataTable(ctx: DocxContext, table: TableBlock, width: number): Table {
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
  const rows = [...table.head.map((cells) => rowOf(cells, true)), ...table.rows.map((r) => rowOf(r.cells.map((c) => (r.group ? { ...c, bold: true } : c)), false))];
  if (rows.length === 0) rows.push(rowOf(table.widths.map(() => ({ text: '' })), false));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows,
  });
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
