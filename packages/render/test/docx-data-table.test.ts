import { Table, type IContext } from 'docx';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../src/document/model.js';
import { dataTable, docxTable, gridOf } from '../src/docx/data-table.js';

// A table of the plan is written straight as XML when no cell is merged down (a
// roll-up's appendix has thousands of cells): the XML must be the one docx writes.
const ctx = { footnoteIds: new Map([['1', 1], ['n2', 2]]) };
const context = { stack: [], file: {}, viewWrapper: {} } as unknown as IContext;
const WIDTH = 14_000;

function both(table: TableBlock): { prepared: unknown; docx: unknown } {
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = table.widths.map((w) => Math.max(360, Math.round((w / total) * WIDTH)));
  return { prepared: dataTable(ctx, table, WIDTH).prepForXml(context), docx: docxTable(ctx, widths, gridOf(table)).prepForXml(context) };
}

describe('a data table written straight as XML', () => {
  it('is what docx writes: header rows, group rows in bold, spans, lines, centred cells, footnote references, characters to escape or drop', () => {
    const table: TableBlock = {
      kind: 'table',
      landscape: true,
      widths: [6, 20, 12, 12, 1, 32],
      head: [
        [{ text: 'STT', bold: true, center: true }, { text: 'Nơi báo cáo', bold: true, center: true }, { text: 'Số liệu (tin/bài)', colSpan: 2, bold: true, center: true }, { text: 'x', colSpan: 1 }, { text: 'Nguồn', bold: true }],
      ],
      rows: [
        { group: true, cells: [{ text: 'I' }, { text: 'NÂNG CAO NHẬN THỨC', colSpan: 5 }] },
        { cells: [{ text: '1', center: true }, { text: 'Xã An Hòa\nthôn 2' }, { text: '12', center: true }, { text: '' }, { text: '<&> "q" \u0001' }, { text: 'Báo cáo số 10/BC-UBND[^1] và [^n2], [^khong-co]' }] },
        { cells: [{ text: '2' }, { text: 'Phường Đông Hòa', bold: true }, { text: '3,5' }, { text: '7' }, { text: '' }, { text: '[^1]' }] },
      ],
    };
    const { prepared, docx } = both(table);
    expect(JSON.stringify(prepared)).toBe(JSON.stringify(docx));
  });

  it('is what docx writes for a table without rows, and one without a header', () => {
    for (const table of [
      { kind: 'table', landscape: false, widths: [1, 2, 3], head: [], rows: [] },
      { kind: 'table', landscape: false, widths: [1, 1], head: [], rows: [{ cells: [{ text: 'a' }, { text: 'b' }] }] },
    ] satisfies TableBlock[]) {
      const { prepared, docx } = both(table);
      expect(JSON.stringify(prepared)).toBe(JSON.stringify(docx));
    }
  });

  it('leaves a table with cells merged down to docx', () => {
    const table: TableBlock = { kind: 'table', landscape: false, widths: [1, 1], head: [[{ text: 'TT', rowSpan: 2 }, { text: 'A' }], [{ text: 'B' }]], rows: [] };
    expect(dataTable(ctx, table, WIDTH)).toBeInstanceOf(Table);
    expect(dataTable(ctx, { ...table, head: [[{ text: 'TT' }, { text: 'A' }]] }, WIDTH)).not.toBeInstanceOf(Table);
  });
});
