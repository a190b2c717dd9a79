import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Appendix } from '../document/model.js';
import { line, run } from './paragraphs.js';
import { GRID_BORDERS } from './tables.js';
import { LANDSCAPE_TEXT_WIDTH, SIZE } from './units.js';

const APPENDIX_WIDTHS = [0.05, 0.33, 0.16, 0.18, 0.12, 0.16].map((f) => Math.round(f * LANDSCAPE_TEXT_WIDTH));

/**
 * "PHỤ LỤC" (in its own landscape section, so a new page), its title and caption, then
 * the task table with its header row repeated on every page.
 */
export function appendixParts(appendix: Appendix): (Paragraph | Table)[] {
  const cell = (text: string, opts: { bold?: boolean; center?: boolean; span?: number; width: number }): TableCell =>
    new TableCell({
      width: { size: opts.width, type: WidthType.DXA },
      ...(opts.span ? { columnSpan: opts.span } : {}),
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: [run(text, { size: SIZE.table, bold: opts.bold ?? false })],
        }),
      ],
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: appendix.columns.map((c, i) => cell(c, { bold: true, center: true, width: APPENDIX_WIDTHS[i] ?? 0 })),
  });
  const rows = appendix.rows.map((row) =>
    row.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [
            cell(row.label, { bold: true, center: true, width: APPENDIX_WIDTHS[0] ?? 0 }),
            cell(row.text, { bold: true, span: 5, width: APPENDIX_WIDTHS.slice(1).reduce((a, b) => a + b, 0) }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: row.cells.map((text, i) => cell(text, { center: i === 0, width: APPENDIX_WIDTHS[i] ?? 0 })),
        }),
  );
  return [
    line(appendix.label, { size: SIZE.title, bold: true, keepNext: true, single: false }),
    line(appendix.title, { size: SIZE.title, bold: true, keepNext: true, single: false }),
    line(appendix.caption, { size: SIZE.title, italics: true, after: 240, keepNext: true, single: false }),
    new Table({
      width: { size: APPENDIX_WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: APPENDIX_WIDTHS,
      layout: TableLayoutType.FIXED,
      borders: GRID_BORDERS,
      rows: [headerRow, ...rows],
    }),
  ];
}
