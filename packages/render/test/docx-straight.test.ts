import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RenderDocument } from '../src/document/model.js';
import { buildDocument, renderDocx } from '../src/index.js';
import { examplePlans, FIXTURE_PLANS, loadFixture, loadPlan, EXAMPLES } from './helpers/load.js';

// Headings, paragraphs, points and tables are written straight as XML, but for the last
// paragraph of a section: the document must be the one docx writes for every part.
async function both(doc: RenderDocument): Promise<[string, string]> {
  const xml = async (straight: boolean) => strFromU8(unzipSync(await renderDocx(doc, { straight }))['word/document.xml'] as Uint8Array);
  return [await xml(true), await xml(false)];
}

describe('parts of a DOCX written straight', () => {
  it('give the document docx writes, for every fixture plan and example', async () => {
    const plans = [...(await Promise.all(FIXTURE_PLANS.map((f) => loadFixture(f)))), ...(await Promise.all((await examplePlans()).map((p) => loadPlan(EXAMPLES, p))))];
    expect(plans.length).toBeGreaterThan(3);
    for (const plan of plans) {
      const [straight, docx] = await both(buildDocument(plan));
      expect(straight).toBe(docx);
      expect(straight).not.toContain('kehoach:');
    }
  });

  it('give the document docx writes for headings, labelled paragraphs, points with points and tables, footnotes, characters to escape, and a body that ends its section', async () => {
    const doc: RenderDocument = {
      title: { kind: 'BÁO CÁO', summary: 'Thử' },
      bases: ['Căn cứ Luật Tổ chức chính quyền địa phương;'],
      body: [
        { kind: 'heading', marker: 'I.', text: 'TÌNH HÌNH <& "báo cáo">', level: 1 },
        { kind: 'paragraph', label: 'Ghi chú:', text: 'Theo [^1] và [^khong-co].\u0001' },
        { kind: 'item', marker: '1.', text: 'Nhiệm vụ', children: [{ kind: 'item', marker: '-', text: "Điểm a'", children: [] }, { kind: 'table', landscape: false, widths: [1, 1], head: [[{ text: 'A' }, { text: 'B' }]], rows: [] }] },
        { kind: 'item', marker: '2.', text: '', children: [] },
        { kind: 'table', landscape: true, widths: [1, 2], head: [[{ text: 'Rộng' }, { text: 'Bảng' }]], rows: [{ cells: [{ text: '1' }, { text: '2' }] }] },
        { kind: 'heading', marker: 'II.', text: 'Sau bảng ngang', level: 1 },
        { kind: 'paragraph', text: 'Đoạn cuối của phần thân.' },
      ],
      appendices: [],
      footnotes: [{ mark: '1', text: 'Chú thích.' }],
      meta: { title: 'Thử', subject: 'Thử', creator: 'kehoach' },
    };
    for (const d of [doc, { ...doc, signature: { lines: ['CHỦ TỊCH'], name: 'Nguyễn Văn A' } }]) {
      const [straight, docx] = await both(d);
      expect(straight).toBe(docx);
    }
  });
});
