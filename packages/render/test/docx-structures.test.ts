import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlan, renderText } from '../src/index.js';
import { buildDocument } from '../src/index.js';
import { attr, docxParts, paragraphTexts, runsOf, runWith, sectionBodies, sectionsOf, tablesOf } from './helpers/docx-xml.js';
import { loadFixture, renderTargets } from './helpers/load.js';

describe('DOCX of a plan in the document shape', () => {
  let parts: Map<string, string>;
  let body: string;

  beforeAll(async () => {
    const bytes = await renderPlan(await loadFixture('province-binh-minh-sections.kehoach.yaml'), { format: 'docx' });
    parts = docxParts(bytes);
    body = parts.get('word/document.xml') ?? '';
  });

  it('gives the wide table of the body landscape pages of its own, between portrait ones, and the appendix its own', () => {
    const orientation = sectionsOf(body).map((s) => attr(s, 'w:pgSz', 'w:orient'));
    expect(orientation).toEqual(['portrait', 'landscape', 'portrait', 'landscape']);
    const [before, table, after, appendix] = sectionBodies(body).map(paragraphTexts);
    expect(before).toContain('III. NHIỆM VỤ, GIẢI PHÁP');
    expect(table).toContain('Lộ trình triển khai theo năm');
    expect(after?.[0]).toBe('IV. KINH PHÍ THỰC HIỆN');
    expect(appendix?.slice(0, 3)).toEqual([
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ THỬ NGHIỆM',
      '(Kèm theo Kế hoạch số 215/KH-UBND ngày 03/12/2025 của Ủy ban nhân dân tỉnh Bình Minh)',
    ]);
  });

  it('merges the cells the plan merges and repeats the header rows on every page', () => {
    const roadmap = tablesOf(body).find((t) => t.includes('Hạng mục')) ?? '';
    const rows = [...roadmap.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.slice(0, 2).every((r) => r.includes('<w:tblHeader/>'))).toBe(true);
    expect(rows[0]).toMatch(/<w:gridSpan w:val="5"\/>[\s\S]*Năm thực hiện/);
    // "TT" and "Hạng mục" run down over both header rows.
    expect(rows[0]?.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(rows[1]?.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    expect(rows[4]).toMatch(/<w:gridSpan w:val="3"\/>/);
    expect(roadmap.match(/<w:gridCol /g)).toHaveLength(7);
  });

  it('prints the task table with the plan\'s columns, group rows and the rows of a referenced task', () => {
    const table = tablesOf(body).at(-1) ?? '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => runsOf(m[0]).map((r) => r.text).filter(Boolean));
    expect(rows[0]).toEqual(['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']);
    expect(rows[1]).toEqual(['I', 'NÔNG NGHIỆP']);
    expect(rows[2]).toEqual([
      '1',
      'Thử nghiệm trợ lý ảo tư vấn kỹ thuật trồng trọt cho nông dân',
      'Sở Nông nghiệp và Môi trường',
      'Sở Khoa học và Công nghệ, UBND các xã, phường',
      'Năm 2027',
      'Trợ lý ảo tư vấn trồng trọt',
      'Báo cáo đánh giá thử nghiệm',
    ]);
    // The body's task, shown again by reference: its lead, and the timeframe of its group.
    expect(rows.at(-1)).toEqual(['3', 'Đưa trợ lý ảo vào tổng đài hỗ trợ người dân', 'Trung tâm Phục vụ hành chính công tỉnh', 'Hằng năm']);
    expect(runWith(runsOf(table), 'NÔNG NGHIỆP')).toMatchObject({ bold: true });
  });

  it('makes [^1] a real footnote: a reference in the text, the note in footnotes.xml', () => {
    const target = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('được trợ lý ảo trả lời')) ?? '';
    expect(target).toMatch(/trả lời<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/><\/w:r>/);
    expect(body).not.toContain('[^1]');
    const notes = parts.get('word/footnotes.xml') ?? '';
    expect(paragraphTexts(notes)).toContain('Tổng đài hỗ trợ người dân của tỉnh, số 1022.');
  });

  it('signs with the chain of capacity lines, then the title and the name', () => {
    const signature = tablesOf(body).find((t) => t.includes('Nơi nhận:')) ?? '';
    const cells = [...signature.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphTexts(m[0]).filter(Boolean));
    expect(cells[1]).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Minh']);
    expect(cells[0]).toEqual(['Nơi nhận:', '- Bộ Khoa học và Công nghệ;', '- CT, các PCT UBND tỉnh;', '- Các sở, ban, ngành tỉnh;', '- Lưu: VT, KGVX.']);
  });
});

describe('DOCX of a plan a decision issues', () => {
  let sections: string[][];
  let body: string;

  beforeAll(async () => {
    const bytes = await renderPlan(await loadFixture('decision-binh-minh-cay-xanh.kehoach.yaml'), { format: 'docx' });
    body = docxParts(bytes).get('word/document.xml') ?? '';
    sections = sectionBodies(body).map((s) => paragraphTexts(s).filter(Boolean));
  });

  it('prints the decision first: its number, QUYẾT ĐỊNH, the authority, "QUYẾT ĐỊNH:", the articles, its signature', () => {
    const decision = sections[0] ?? [];
    expect(decision).toContain('Số: 1402/QĐ-UBND');
    expect(decision).toContain('Bình Minh, ngày 08 tháng 12 năm 2025');
    const order = ['QUYẾT ĐỊNH', 'ỦY BAN NHÂN DÂN TỈNH BÌNH MINH', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này', 'Điều 3.', 'TM. ỦY BAN NHÂN DÂN', 'Lê Thị Hoa'];
    let at = -1;
    for (const text of order) {
      const found = decision.findIndex((t, i) => i > at && t.startsWith(text));
      expect(found, text).toBeGreaterThan(at);
      at = found;
    }
    const runs = runsOf(body);
    expect(runWith(runs, 'Điều 1. ')).toMatchObject({ bold: true });
    expect(runWith(runs, 'QUYẾT ĐỊNH:')).toMatchObject({ bold: true });
  });

  it('then the plan on a new page: issued by the decision, starting at its title, numbering from "II" as written', () => {
    const plan = sections[1] ?? [];
    expect(sectionsOf(body)).toHaveLength(2);
    expect(plan.slice(0, 4)).toEqual([
      'KẾ HOẠCH',
      'Trồng một triệu cây xanh trên địa bàn tỉnh năm 2026',
      '(Ban hành kèm theo Quyết định số 1402/QĐ-UBND ngày 08 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Bình Minh)',
      'II. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(plan).toContain('III. NHIỆM VỤ');
    expect(plan.join('\n')).not.toMatch(/Số:|Nơi nhận|CỘNG HÒA/);
  });
});

describe('plain text', () => {
  it('has the words of the DOCX in the same order, for every example and fixture', async () => {
    for (const target of await renderTargets()) {
      const analysis = await target.load();
      const doc = buildDocument(analysis);
      const xml = docxParts(await renderPlan(analysis, { format: 'docx' })).get('word/document.xml') ?? '';
      const docxWords = words(paragraphTexts(xml).join(' '));
      // The footnotes stand after the signature in the text; the DOCX keeps them apart (footnotes.xml).
      const notes = new Set(doc.footnotes.map((n) => `[${n.mark}] ${n.text}`));
      const lines = renderText(doc).split('\n').filter((l) => !notes.has(l));
      const textWords = words(lines.join(' ').replace(/\[[^\]\s]+\](?=[\s.,;:)]|$)/g, '').replace(/ \| /g, ' '));
      expect(docxWords.length, target.name).toBeGreaterThan(150);
      expect(textWords, target.name).toEqual(docxWords);
    }
  });
});

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
