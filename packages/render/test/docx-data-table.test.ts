import { Document, Packer, Table } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RenderDocument, TableBlock } from '../src/document/model.js';
import { dataTable, docxTable, gridOf, tableXml } from '../src/docx/data-table.js';
import { renderDocx } from '../src/index.js';

// A table of the plan is written straight as XML when no cell is merged down (a
// roll-up's appendix has thousands of cells): the XML must be the one docx writes.
const ctx = { footnoteIds: new Map([['1', 1], ['n2', 2]]) };
const WIDTH = 14_000;

function widthsOf(table: TableBlock): number[] {
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  return table.widths.map((w) => Math.max(360, Math.round((w / total) * WIDTH)));
}

/** The table as docx writes it, in a document of its own. */
async function docxXml(table: TableBlock): Promise<string> {
  const file = new Document({ sections: [{ children: [docxTable(ctx, widthsOf(table), gridOf(table))] }] });
  const xml = strFromU8(unzipSync(new Uint8Array(await Packer.toArrayBuffer(file)))['word/document.xml'] as Uint8Array);
  return /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)?.[0] ?? '';
}

const TABLE: TableBlock = {
  kind: 'table',
  landscape: true,
  widths: [6, 20, 12, 12, 1, 32],
  head: [
    [{ text: 'STT', bold: true, center: true }, { text: 'Nơi báo cáo', bold: true, center: true }, { text: 'Số liệu (tin/bài)', colSpan: 2, bold: true, center: true }, { text: "x'", colSpan: 1 }, { text: 'Nguồn', bold: true }],
  ],
  rows: [
    { group: true, cells: [{ text: 'I' }, { text: 'NÂNG CAO NHẬN THỨC', colSpan: 5 }] },
    { cells: [{ text: '1', center: true }, { text: 'Xã An Hòa\nthôn 2' }, { text: '12', center: true }, { text: '' }, { text: '<&> "q" \u0001 \uFFFE' }, { text: 'Báo cáo số 10/BC-UBND[^1] và [^n2], [^khong-co]' }] },
    { cells: [{ text: '2' }, { text: 'Phường Đông Hòa', bold: true }, { text: '3,5' }, { text: '7' }, { text: '' }, { text: '[^1]' }] },
  ],
};

describe('a data table written straight as XML', () => {
  it('is what docx writes: header rows, group rows in bold, spans, lines, centred cells, footnote references, characters to escape or drop', async () => {
    expect(tableXml(ctx, widthsOf(TABLE), gridOf(TABLE))).toBe(await docxXml(TABLE));
  });

  it('is what docx writes for a table without rows, and one without a header', async () => {
    for (const table of [
      { kind: 'table', landscape: false, widths: [1, 2, 3], head: [], rows: [] },
      { kind: 'table', landscape: false, widths: [1, 1], head: [], rows: [{ cells: [{ text: 'a' }, { text: 'b' }] }] },
    ] satisfies TableBlock[]) {
      expect(tableXml(ctx, widthsOf(table), gridOf(table))).toBe(await docxXml(table));
    }
  });

  it('takes its place in the document, between the text around it, in the section it belongs to', async () => {
    const doc: RenderDocument = {
      title: { kind: 'BÁO CÁO', summary: 'Thử' },
      bases: [],
      body: [{ kind: 'paragraph', text: 'Trước bảng[^1].' }, TABLE, { kind: 'paragraph', text: 'Sau bảng.' }, { ...TABLE, landscape: false, caption: 'Bảng 2' }],
      appendices: [{ label: 'PHỤ LỤC', caption: '(Kèm theo)', landscape: true, blocks: [TABLE] }],
      footnotes: [{ mark: '1', text: 'Chú thích.' }],
      meta: { title: 'Thử', subject: 'Thử', creator: 'kehoach' },
    };
    const xml = strFromU8(unzipSync(await renderDocx(doc))['word/document.xml'] as Uint8Array);
    expect(xml).not.toContain('kehoach:xml');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.filter((t) => t.includes('NÂNG CAO NHẬN THỨC'))).toHaveLength(3);
    expect(xml.indexOf('Trước bảng')).toBeLessThan(xml.indexOf('NÂNG CAO NHẬN THỨC'));
    expect(xml.indexOf('Sau bảng')).toBeGreaterThan(xml.indexOf('NÂNG CAO NHẬN THỨC'));
    // The appendix's table is on its landscape page: after the last section break of the body.
    expect(xml.lastIndexOf('w:orient="landscape"')).toBeGreaterThan(xml.lastIndexOf('NÂNG CAO NHẬN THỨC'));
    // The body's footnote reference and the table's: one footnote, referred to from both.
    expect(tables[0]).toContain('<w:footnoteReference w:id="1"/>');
  });

  it('leaves a table with cells merged down to docx', () => {
    const merged: TableBlock = { kind: 'table', landscape: false, widths: [1, 1], head: [[{ text: 'TT', rowSpan: 2 }, { text: 'A' }], [{ text: 'B' }]], rows: [] };
    const tables: string[] = [];
    expect(dataTable({ ...ctx, xml: tables }, merged, WIDTH)).toBeInstanceOf(Table);
    expect(tables).toHaveLength(0);
    expect(dataTable({ ...ctx, xml: tables }, { ...merged, head: [[{ text: 'TT' }, { text: 'A' }]] }, WIDTH)).not.toBeInstanceOf(Table);
    expect(tables).toHaveLength(1);
  });
});
