import {
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type Paragraph,
} from 'docx';
import { layoutTableXml, XmlParagraph, type XmlTable } from './straight.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

export const GRID_BORDERS = {
  top: SINGLE,
  bottom: SINGLE,
  left: SINGLE,
  right: SINGLE,
  insideHorizontal: SINGLE,
  insideVertical: SINGLE,
} as const;

/** A borderless layout table (header, signature): fixed column widths, cells top-aligned. */
export function layoutTable(widths: readonly number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                verticalAlign: VerticalAlignTable.TOP,
                children,
              }),
          ),
        }),
    ),
  });
}

/** `layoutTable`, written straight (straight.ts) when `straight`, of paragraphs all written the same way. */
export function layoutTableOf(straight: boolean | undefined, widths: readonly number[], rows: (Paragraph | XmlParagraph)[][][]): Table | XmlTable {
  const paragraphs = rows.flat(2);
  if (paragraphs.some((p) => p instanceof XmlParagraph !== !!straight)) throw new Error('a layout table of paragraphs written both ways');
  return straight ? layoutTableXml(widths, rows as XmlParagraph[][][]) : layoutTable(widths, rows as Paragraph[][][]);
}
