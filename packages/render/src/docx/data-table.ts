import {
  AlignmentType,
  BaseXmlComponent,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IContext,
  type IXmlableObject,
} from 'docx';
import { inlineParts } from '../document/inline.js';
import type { TableBlock, TableCell as CellModel } from '../document/model.js';
import { xmlSafe } from '../document/text.js';
import { textRuns, type DocxContext } from './inline-runs.js';
import { GRID_BORDERS } from './tables.js';
import { COLOR, FONT, SIZE } from './units.js';

/**
 * A table of the plan with grid borders and fixed column widths over `width` twips:
 * its header rows repeat on every page, rows are not split across pages, merged cells
 * (colSpan, rowSpan) span as the plan says.
 *
 * A table without cells merged down is written straight as the XML docx would write
 * for it (`PreparedTable`): a roll-up's appendix has thousands of cells, and building
 * and walking docx's objects for each took most of the time of the whole report. A
 * test holds both ways to the same XML. A table with rowSpan goes through docx, which
 * places the continued cells of merged rows.
 */
export function dataTable(ctx: DocxContext, table: TableBlock, width: number): Table {
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = table.widths.map((w) => Math.max(360, Math.round((w / total) * width)));
  const grid = gridOf(table);
  if (!grid.some((row) => row.cells.some((c) => c.rowSpan !== undefined))) return new PreparedTable(ctx, widths, grid) as unknown as Table;
  return docxTable(ctx, widths, grid);
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

/** `{ "w:x": { _attr: {...} } }`, an element with attributes only, as docx prepares it. */
const el = (name: string, attrs: Record<string, string | number>): IXmlableObject => ({ [name]: { _attr: attrs } }) as IXmlableObject;

const BORDER = { 'w:val': 'single', 'w:color': '000000', 'w:sz': 4 };
const MARGINS: IXmlableObject = {
  'w:tcMar': [el('w:top', { 'w:type': 'dxa', 'w:w': 40 }), el('w:left', { 'w:type': 'dxa', 'w:w': 80 }), el('w:bottom', { 'w:type': 'dxa', 'w:w': 40 }), el('w:right', { 'w:type': 'dxa', 'w:w': 80 })],
} as IXmlableObject;
const V_CENTER = el('w:vAlign', { 'w:val': 'center' });
const SPACING = el('w:spacing', { 'w:after': 0, 'w:before': 0, 'w:line': 240, 'w:lineRule': 'auto' });
const FONTS = el('w:rFonts', { 'w:ascii': FONT, 'w:cs': FONT, 'w:eastAsia': FONT, 'w:hAnsi': FONT });
const ON = (name: string): IXmlableObject => ({ [name]: {} }) as IXmlableObject;
const OFF = (name: string): IXmlableObject => el(name, { 'w:val': false as unknown as string });

/**
 * The XML of a table as docx prepares it for `dataTable`'s options (grid borders, fixed
 * layout, repeated header rows, rows kept whole, cells centred vertically with 2/4 pt
 * margins, runs in the body font at table size), without docx's objects. The parts
 * every cell shares are made once.
 */
class PreparedTable extends BaseXmlComponent {
  constructor(
    private readonly ctx: DocxContext,
    private readonly widths: number[],
    private readonly grid: GridRow[],
  ) {
    super('w:tbl');
  }

  prepForXml(_context: IContext): IXmlableObject {
    const { widths } = this;
    const pPr = { center: { 'w:pPr': [SPACING, el('w:jc', { 'w:val': 'center' })] }, left: { 'w:pPr': [SPACING, el('w:jc', { 'w:val': 'left' })] } };
    const runProps = (bold: boolean): IXmlableObject =>
      ({
        'w:rPr': [
          FONTS,
          ...(bold ? [ON('w:b'), ON('w:bCs')] : [OFF('w:b'), OFF('w:bCs')]),
          OFF('w:i'),
          OFF('w:iCs'),
          el('w:color', { 'w:val': COLOR }),
          el('w:sz', { 'w:val': SIZE.table }),
          el('w:szCs', { 'w:val': SIZE.table }),
        ],
      }) as IXmlableObject;
    const rPr = { bold: runProps(true), plain: runProps(false) };
    const preserve = { _attr: { 'xml:space': 'preserve' } };
    const trPr = {
      header: { 'w:trPr': [ON('w:cantSplit'), ON('w:tblHeader')] },
      body: { 'w:trPr': [ON('w:cantSplit'), el('w:tblHeader', { 'w:val': 'off' })] },
    };
    const runs = (text: string, bold: boolean): IXmlableObject[] =>
      inlineParts(text, this.ctx.footnoteIds).map((part) =>
        part.kind === 'text'
          ? ({ 'w:r': [bold ? rPr.bold : rPr.plain, { 'w:t': [preserve, xmlSafe(part.text)] }] } as IXmlableObject)
          : ({ 'w:r': [{ 'w:rPr': [el('w:rStyle', { 'w:val': 'FootnoteReference' })] }, el('w:footnoteReference', { 'w:id': part.id })] } as IXmlableObject),
      );
    const rows = this.grid.map(({ header, cells }) => {
      let at = 0;
      const tcs = cells.map((c) => {
        const span = c.colSpan ?? 1;
        let w = 0;
        for (let i = at; i < at + span && i < widths.length; i++) w += widths[i] as number;
        at += span;
        const tcPr = [el('w:tcW', { 'w:type': 'dxa', 'w:w': w }), ...(c.colSpan ? [el('w:gridSpan', { 'w:val': c.colSpan })] : []), MARGINS, V_CENTER];
        const bold = c.bold ?? false;
        const paragraphs = c.text.split('\n').map((line) => ({ 'w:p': [c.center ? pPr.center : pPr.left, ...runs(line, bold)] }));
        return { 'w:tc': [{ 'w:tcPr': tcPr }, ...paragraphs] };
      });
      return { 'w:tr': [header ? trPr.header : trPr.body, ...tcs] };
    });
    const border = (name: string): IXmlableObject => el(name, BORDER);
    return {
      'w:tbl': [
        {
          'w:tblPr': [
            el('w:tblW', { 'w:type': 'dxa', 'w:w': widths.reduce((a, b) => a + b, 0) }),
            { 'w:tblBorders': [border('w:top'), border('w:left'), border('w:bottom'), border('w:right'), border('w:insideH'), border('w:insideV')] },
            el('w:tblLayout', { 'w:type': 'fixed' }),
          ],
        },
        { 'w:tblGrid': widths.map((w) => el('w:gridCol', { 'w:w': w })) },
        ...rows,
      ],
    } as IXmlableObject;
  }
}
