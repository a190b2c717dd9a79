import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocument, documentParagraphs, RENDER_LIMITS, RenderError, renderPlan } from '../src/index.js';
import { analyzeYaml, HEAD } from './helpers/inline.js';

const PLAN = `${HEAD}sections:
  - heading: NHIỆM VỤ
    items:
      - Đoạn văn mở đầu.
      - id: nhom-viec
        title: Nhóm việc
        lead: Phòng Nội vụ
        items:
          - { id: viec-mot, title: Việc một., timeframe: Quý I/2024 }
          - { id: viec-hai, title: Việc hai., timeframe: Quý II/2024 }
  - heading: SỐ LIỆU
    items:
      - table:
          caption: Bảng 1
          columns: [Xã, Số điểm, Ghi chú]
          rows:
            - [An Hòa, "2", ""]
            - [Phú Lộc, "3", ""]
`;

describe('how large a document is rendered', () => {
  it('counts the paragraphs of the document, each table cell as one', async () => {
    const doc = buildDocument(await analyzeYaml(PLAN));
    // 2 headings, the paragraph; the group, its lead line, its 2 tasks with their time lines; the caption and 3 × 3 cells.
    expect(documentParagraphs(doc)).toBe(2 + 1 + 2 + 2 * 2 + 1 + 9);
  });

  it('refuses a document over the limit in every format, saying its size and the limit, and renders one at the limit', async () => {
    const analysis = await analyzeYaml(PLAN);
    const size = documentParagraphs(buildDocument(analysis));
    for (const format of ['docx', 'html', 'md', 'txt'] as const) {
      const error = await renderPlan(analysis, { format, limits: { paragraphs: size - 1 } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RenderError);
      expect(error).toMatchObject({ code: 'too-large', size: { paragraphs: size, limit: size - 1 } });
      expect((error as RenderError).message).toBe(`/work/plan.kehoach.yaml: văn bản có ${size} đoạn, quá giới hạn ${size - 1} đoạn`);
      expect((error as RenderError).messageEn).toBe(`/work/plan.kehoach.yaml: the document has ${size} paragraphs, over the limit of ${size - 1}`);
      // At the limit the document is rendered whole: the last task is in it.
      const rendered = await renderPlan(analysis, { format, limits: { paragraphs: size } });
      const text = typeof rendered === 'string' ? rendered : new TextDecoder().decode(unzipSync(rendered)['word/document.xml']);
      expect(text).toContain('Việc hai.');
    }
    expect(RENDER_LIMITS.paragraphs).toBeGreaterThan(size);
  });
});
