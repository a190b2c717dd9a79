import { describe, expect, it } from 'vitest';
import type { Block, RenderDocument, TableBlock } from '../src/document/model.js';
import { dataTable, TableInPieces } from '../src/docx/data-table.js';
import { XmlTable } from '../src/docx/straight.js';
import { buildDocument, renderDocx } from '../src/index.js';
import { docxParts } from './helpers/docx-xml.js';
import { examplePlans, EXAMPLES, FIXTURE_PLANS, loadFixture, loadPlan } from './helpers/load.js';

// The body's headings, paragraphs, points and tables are written straight as XML
// (straight.ts): the document must be, byte for byte, the one docx writes when it makes
// every part itself.
async function bothWays(doc: RenderDocument): Promise<{ straight: string; docx: string }> {
  const xml = async (straight: boolean): Promise<string> => docxParts(await renderDocx(doc, { straight })).get('word/document.xml') ?? '';
  return { straight: await xml(true), docx: await xml(false) };
}

async function expectSameBothWays(doc: RenderDocument): Promise<string> {
  const { straight, docx } = await bothWays(doc);
  expect(straight.length).toBeGreaterThan(1000);
  expect(straight).toBe(docx);
  return straight;
}

const TABLE: TableBlock = {
  kind: 'table',
  landscape: true,
  widths: [6, 20, 12, 12, 1, 32],
  head: [
    [
      { text: 'STT', bold: true, center: true },
      { text: 'Nơi báo cáo', bold: true, center: true },
      { text: 'Số liệu (tin/bài)', colSpan: 2, bold: true, center: true },
      { text: "x'", colSpan: 1 },
      { text: 'Nguồn', bold: true },
    ],
  ],
  rows: [
    { group: true, cells: [{ text: 'I' }, { text: 'NÂNG CAO NHẬN THỨC', colSpan: 5 }] },
    {
      cells: [
        { text: '1', center: true },
        { text: 'Xã An Hòa\nthôn 2\n' },
        { text: '12', center: true },
        { text: '' },
        { text: '<&> "q" \u0001 \uFFFE \uD800' },
        { text: 'Báo cáo số 10/BC-UBND[^1] và [^n2], [^khong-co] [^' },
      ],
    },
    { cells: [{ text: '2' }, { text: 'Phường Đông Hòa', bold: true }, { text: '3,5' }, { text: '7' }, { text: '' }, { text: '[^1]' }] },
    // More cells than columns, and fewer.
    { cells: [{ text: 'a' }, { text: 'b', colSpan: 9 }] },
    { cells: [{ text: 'c' }] },
  ],
};

/**
 * Cells merged down every way docx places their continuations: across and down at
 * once, over a cell merged down above, into rows too short or with a cell spanning
 * the column, past the last row, from the last row, down a long table.
 */
const MERGED: TableBlock = {
  kind: 'table',
  landscape: false,
  caption: 'Bảng gộp ô',
  widths: [1, 2, 3, 2],
  head: [[{ text: 'STT', rowSpan: 2, center: true }, { text: 'Nội dung\nchi tiết', colSpan: 2, rowSpan: 3 }, { text: 'Ghi chú', rowSpan: 1 }], [{ text: 'a' }]],
  rows: [
    { cells: [{ text: 'b', rowSpan: 4, bold: true }, { text: 'c' }] },
    { group: true, cells: [{ text: 'NHÓM', colSpan: 3, rowSpan: 2 }] },
    { cells: [] },
    { cells: [{ text: 'd', colSpan: 0, rowSpan: 0 }, { text: 'e', colSpan: 2 }, { text: 'f', center: true, rowSpan: 2 }, { text: 'g' }] },
    { cells: [{ text: 'h', colSpan: 9 }] },
    ...Array.from({ length: 230 }, (_, i) => ({ cells: i % 7 === 0 ? [{ text: `${i}`, rowSpan: 3 }, { text: 'x[^1]' }] : [{ text: `${i}` }] })),
    { cells: [{ text: 'cuối', rowSpan: 5 }, { text: 'hết' }] },
  ],
};

/** A body of every kind of block: headings, labelled paragraphs, points with points and tables, footnotes, characters to escape or drop. */
const BODY: Block[] = [
  { kind: 'paragraph', text: 'Mở đầu có chú thích[^1], [^n2] và một dấu [^khong-co].' },
  { kind: 'heading', marker: 'I.', text: 'TÌNH HÌNH <& "báo cáo">', level: 1 },
  { kind: 'heading', marker: '', text: 'Không đánh số', level: 2 },
  { kind: 'paragraph', label: 'Ghi chú:', text: "Theo [^1] và [^khong-co].\u0001 'trích'" },
  { kind: 'paragraph', label: 'Nhãn [^1]', text: '' },
  {
    kind: 'item',
    marker: '1.',
    text: 'Nhiệm vụ',
    children: [
      { kind: 'item', marker: '-', text: "Điểm a'", children: [{ kind: 'item', marker: '+', text: 'Ý nhỏ\u200B (NFC: Ủy ban)', children: [] }] },
      { ...TABLE, landscape: false, caption: 'Bảng 1. Số liệu <tổng hợp>' },
      { kind: 'table', landscape: false, widths: [1, 2, 3], head: [], rows: [] },
    ],
  },
  { kind: 'item', marker: '2.', text: '', children: [] },
  { kind: 'item', marker: '', text: 'Không dấu đầu dòng', children: [] },
  TABLE,
  { kind: 'heading', marker: 'II.', text: 'Sau bảng ngang', level: 1 },
  // Cells merged down: docx adds the cells that continue them to the rows below.
  { kind: 'table', landscape: false, widths: [1, 1], head: [[{ text: 'TT', rowSpan: 2 }, { text: 'A' }], [{ text: 'B' }]], rows: [{ cells: [{ text: '1' }, { text: '2' }] }] },
  MERGED,
  { kind: 'paragraph', text: 'Đoạn cuối của phần thân.' },
];

const DOC: RenderDocument = {
  header: {
    governingBody: 'ỦY BAN NHÂN DÂN TỈNH BÌNH MINH',
    issuerLines: ['SỞ NỘI VỤ'],
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số:      /BC-SNV',
    placeDate: 'Bình Minh, ngày ... tháng ... năm 2026',
  },
  title: { kind: 'BÁO CÁO', summary: 'Kết quả thực hiện kế hoạch quý IV năm 2026' },
  bases: ['Căn cứ Luật Tổ chức chính quyền địa phương[^1];', 'Căn cứ <Quyết định> số 1 & 2;'],
  preamble: 'Sở Nội vụ báo cáo như sau[^n2]:',
  body: BODY,
  closing: 'Trên đây là báo cáo [^1].',
  signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: '' },
  recipients: { heading: 'Nơi nhận:', items: ['- Lưu: VT.'] },
  appendices: [
    { label: 'PHỤ LỤC', title: 'SỐ LIỆU', caption: '(Kèm theo Báo cáo)', landscape: true, blocks: [TABLE, { kind: 'paragraph', text: 'Sau bảng của phụ lục.' }] },
    { label: 'PHỤ LỤC II', caption: '(Dọc)', landscape: false, blocks: [{ kind: 'item', marker: '1.', text: 'Điểm cuối của phụ lục', children: [] }] },
  ],
  footnotes: [
    { mark: '1', text: 'Chú thích.' },
    { mark: 'n2', text: 'Chú thích hai.' },
  ],
  meta: { title: 'Thử', subject: 'Thử', creator: 'kehoach' },
};

describe('the body of a DOCX written straight', () => {
  it('gives the document docx writes, for every fixture plan and example', async () => {
    const plans = [...(await Promise.all(FIXTURE_PLANS.map((f) => loadFixture(f)))), ...(await Promise.all((await examplePlans()).map((p) => loadPlan(EXAMPLES, p))))];
    expect(plans.length).toBeGreaterThan(FIXTURE_PLANS.length);
    for (const plan of plans) await expectSameBothWays(buildDocument(plan));
  });

  it('gives the document docx writes for every kind of block, each at the end of its section too', async () => {
    const xml = await expectSameBothWays(DOC);
    expect(xml).toContain('TÌNH HÌNH &lt;&amp; &quot;báo cáo&quot;&gt;');
    expect(xml).toContain('<w:footnoteReference w:id="2"/>');
    expect(xml).not.toContain('\u0001');
    // Every section ends in a block of each kind, and the document with and without its closing.
    const last = (blocks: Block[]): Block[][] => blocks.map((b) => [...blocks.filter((x) => x !== b), b]);
    for (const body of last(BODY)) {
      await expectSameBothWays({ ...DOC, body });
      await expectSameBothWays({ ...DOC, body, closing: undefined, signature: undefined, recipients: undefined, appendices: [] });
    }
    for (const blocks of last(BODY)) await expectSameBothWays({ ...DOC, appendices: [{ label: 'PHỤ LỤC', caption: '(Kèm theo)', landscape: false, blocks }] });
  });

  it('gives the document docx writes for a document without a header, bases, footnotes or body', async () => {
    await expectSameBothWays({ ...DOC, header: undefined, bases: [], preamble: undefined, footnotes: [] });
    await expectSameBothWays({ ...DOC, body: [], closing: undefined });
  });

  it('gives the document docx writes for its header, title, decision and signature, whatever they hold', async () => {
    const long = 'Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh <Bình Minh> & "các" xã trên địa bàn tỉnh quý IV năm 2026\u0001';
    const xml = await expectSameBothWays({
      ...DOC,
      // A header without a governing body or issuer: docx ends the empty cell with an empty paragraph.
      header: { ...(DOC.header as NonNullable<RenderDocument['header']>), governingBody: undefined, issuerLines: [], placeDate: "Bình Minh, ngày 'x'" },
      title: { kind: 'BÁO CÁO', summary: long, issuedWith: '(Kèm theo Quyết định số 1 & 2)' },
      signature: undefined,
      recipients: undefined,
    });
    expect(xml).toContain('<w:br/>');
    expect(xml).toContain('&lt;Bình Minh&gt; &amp; &quot;các&quot;');
    const decision = {
      header: DOC.header as NonNullable<RenderDocument['header']>,
      title: { kind: 'QUYẾT ĐỊNH', summary: 'Ban hành Kế hoạch' },
      authority: 'ỦY BAN NHÂN DÂN TỈNH BÌNH MINH',
      bases: ['Căn cứ Luật[^1];'],
      enacting: 'QUYẾT ĐỊNH:',
      articles: [{ kind: 'paragraph', label: 'Điều 1.', text: 'Ban hành kèm theo Quyết định này Kế hoạch.' } as Block],
      signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn A' },
      recipients: { heading: 'Nơi nhận:', items: ['- Như Điều 3;', '- Lưu: VT.'] },
    };
    await expectSameBothWays({ ...DOC, decision, header: undefined, title: { ...DOC.title, issuedWith: '(Ban hành kèm theo Quyết định số ...)' } });
    await expectSameBothWays({ ...DOC, decision: { ...decision, authority: undefined, articles: [] }, header: undefined, footnotes: [] });
  });

  it('gives the table docx writes for cells merged down, whole or in pieces', async () => {
    for (const table of [MERGED, { ...MERGED, rows: MERGED.rows.slice(0, 6) }]) {
      const xml = await expectSameBothWays({ ...DOC, body: [table], appendices: [] });
      expect(xml).toContain('<w:vMerge w:val="continue"/>');
    }
    // Merged down from the last row: docx continues it nowhere.
    const xml = await expectSameBothWays({ ...DOC, body: [{ ...MERGED, head: [], rows: [{ cells: [{ text: 'một', rowSpan: 3 }] }] }], appendices: [] });
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).not.toContain('<w:vMerge w:val="continue"/>');
  });

  it('writes a table a row at a time', () => {
    const ctx = { footnoteIds: new Map([['1', 1]]), straight: true };
    const long: TableBlock = { ...TABLE, rows: Array.from({ length: 250 }, (_, i) => ({ cells: [{ text: String(i + 1) }, { text: `Dòng ${i + 1}` }] })) };
    const table = dataTable(ctx, long, 14_000);
    if (!(table instanceof XmlTable)) throw new Error('not written straight');
    const pieces = [...table.pieces()];
    // Its properties and grid, the header row, 250 rows, its end.
    expect(pieces).toHaveLength(1 + 1 + 250 + 1);
    expect(pieces.at(-2)).toContain('Dòng 250');
    expect(dataTable({ ...ctx, straight: false }, long, 14_000)).toBeInstanceOf(TableInPieces);
  });
});
