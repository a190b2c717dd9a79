import { describe, expect, it } from 'vitest';
import { renderPlan } from '../src/index.js';
import { analyzeYaml, HEAD } from './helpers/inline.js';

const PLAN = `${HEAD}number: 15/KH-UBND
date: 05/02/2024
place: Bình Sơn
sections:
  - heading: NHIỆM VỤ
    items:
      - Thực hiện các văn bản của tỉnh[^1].
signature: { capacity: Chủ tịch, name: Nguyễn Văn An }
recipients: [UBND tỉnh]
archive: [VT]
appendices:
  - title: DANH SÁCH CÁC XÃ
    items: [Xã Bình Thạnh, xã Bình Đông.]
footnotes:
  - { mark: "1", text: Kế hoạch số 07/KH-UBND ngày 17/01/2024 của UBND tỉnh. }
`;

/** Where each of the texts first stands in the output. */
const order = (out: string, texts: string[]): number[] => texts.map((t) => out.indexOf(t));

describe('Markdown, HTML and plain text read in the order of the DOCX', () => {
  const milestones = ['CỘNG HÒA', 'Số: 15/KH-UBND', 'Bình Sơn, ngày 05 tháng 02 năm 2024', 'KẾ HOẠCH', 'Nơi nhận', 'Nguyễn Văn An', 'DANH SÁCH CÁC XÃ', 'Kế hoạch số 07/KH-UBND'];

  it('the header row by row, "Nơi nhận" (the left cell) before the signature, footnotes at the very end', async () => {
    const analysis = await analyzeYaml(PLAN.replace('name: Ủy ban nhân dân huyện Bình Sơn', 'name: Ủy ban nhân dân huyện Bình Sơn\n  parent: Ủy ban nhân dân tỉnh Quảng Ngãi'));
    for (const format of ['md', 'txt', 'html'] as const) {
      const out = await renderPlan(analysis, { format });
      const at = order(out, milestones);
      expect(at.every((n) => n >= 0), `${format}: ${JSON.stringify(at)}`).toBe(true);
      expect([...at].sort((a, b) => a - b), format).toEqual(at);
    }
  });
});
