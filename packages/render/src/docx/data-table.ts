import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { TableBlock, TableCell as CellModel } from '../document/model.js';
import { textRuns, type DocxContext } from './inline-runs.js';
import { GRID_BORDERS } from './tables.js';
import { runOpen, straight, textRunsXml } from './straight.js';
import { SIZE } from './units.js';

/**
 * A table of the plan with grid borders and fixed column widths over `width` twips:
 * its header rows repeat on every page, rows are not split across pages, merged cells
 * (colSpan, rowSpan) span as the plan says.
 *
 * A table without cells merged down is written straight as the XML docx would write
 * for it (`tableXml`), and put in place of a marker once docx has written the rest
 * (straight.ts): a roll-up's appendix has thousands of cells, and building, walking
 * and writing docx's objects for each took most of the time of the whole report. A
 * test holds both ways to the same XML. A table with rowSpan goes through docx, which
 * places the continued cells of merged rows.
 */
export function dataTable(ctx: DocxContext, table: TableBlock, width: number): Table {
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = table.widths.map((w) => Math.max(360, Math.round((w / total) * width)));
  const grid = gridOf(table);
  if (!ctx.xml || grid.some((row) => row.cells.some((c) => c.rowSpan !== undefined))) return docxTable(ctx, widths, grid);
  return straight({ ...ctx, xml: ctx.xml }, tableXml(ctx, widths, grid)) as unknown as Table;
}

/** The table through docx's own objects (kept for merged rows, and as the reference the prepared one is tested against). */
export function docxTable(ctx: DocxContext, widths: number[], grid: GridRow[]): Table {
  const spanWidth = (from: number, span: number): number => widths.slice(from, from + span).reduce((a, b) => a + b, 0);
  const rowOf = ({ cells, header }: GridRow): TableRow => {
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
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows: grid.map(rowOf),
  });
}

export interface GridRow {
  header: boolean;
  cells: CellModel[];
}

/** The rows to write: the head rows, then the body rows (a group row in bold); one empty row for a table without rows. */
export function gridOf(table: TableBlock): GridRow[] {
  const rows: GridRow[] = [
    ...table.head.map((cells) => ({ header: true, cells })),
    ...table.rows.map((r) => ({ header: false, cells: r.group ? r.cells.map((c) => ({ ...c, bold: true })) : r.cells })),
  ];
  if (rows.length === 0) rows.push({ header: false, cells: table.widths.map(() => ({ text: '' })) });
  return rows;
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

/**
 * The XML docx writes for a table with `dataTable`'s options (grid borders, fixed
 * layout, header rows repeated, rows kept whole, cells centred vertically with 2/4 pt
 * margins, runs in the body font at table size), written as a string. The parts every
 * cell shares are written once.
 */
export function tableXml(ctx: DocxContext, widths: readonly number[], grid: readonly GridRow[]): string {
  const border = (side: string): string => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`;
  const tcEnd = `<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar><w:vAlign w:val="center"/></w:tcPr>`;
  const spacing = `<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>`;
  const pPr = { center: `<w:p><w:pPr>${spacing}<w:jc w:val="center"/></w:pPr>`, left: `<w:p><w:pPr>${spacing}<w:jc w:val="left"/></w:pPr>` };
  const style = { bold: { size: SIZE.table, bold: true, italics: false }, plain: { size: SIZE.table, bold: false, italics: false } };
  const open = { bold: runOpen(style.bold), plain: runOpen(style.plain) };
  const runs = (text: string, bold: boolean): string => textRunsXml(ctx, text, bold ? style.bold : style.plain, bold ? open.bold : open.plain);
  let xml = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, b) => a + b, 0)}"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const { header, cells } of grid) {
    xml += header ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:tr><w:trPr><w:cantSplit/><w:tblHeader w:val="off"/></w:trPr>';
    let at = 0;
    for (const c of cells) {
      const span = c.colSpan ?? 1;
      let w = 0;
      for (let i = at; i < at + span && i < widths.length; i++) w += widths[i] as number;
      at += span;
      xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/>${c.colSpan ? `<w:gridSpan w:val="${c.colSpan}"/>` : ''}${tcEnd}`;
      const bold = c.bold ?? false;
      for (const line of c.text.split('\n')) xml += `${c.center ? pPr.center : pPr.left}${runs(line, bold)}</w:p>`;
      xml += '</w:tc>';
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}
