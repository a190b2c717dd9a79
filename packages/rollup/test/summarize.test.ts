import { describe, expect, it } from 'vitest';
import { summarize } from '../src/summarize.js';

describe('what the roll-up keeps of a report', () => {
  it('keeps the facts it reads, each of the right type, and leaves the rest in the file', () => {
    const s = summarize(
      '/w/xa/q1.baocao.yaml',
      `kind: report
reporter: { name: Ủy ban nhân dân xã An Hòa, level: commune }
plan: { ref: 45/KH-UBND, path: ../tinh.kehoach.yaml }
date: 16/03/2026
period: Quý I/2026
to: [Sở Khoa học và Công nghệ]
results:
  - task: diem-ho-tro
    status: xong
    done: Mở 2 điểm.
    figures: [{ value: 2, unit: điểm }, { value: hai, unit: điểm }]
    evidence: [{ ref: 12/QĐ-UBND }]
  - task: tuyen-truyen
    status: đang thực hiện
    difficulties: [Thiếu loa, { text: Thiếu người, items: [Ở thôn Đông] }]
signature: { capacity: Chủ tịch }
`,
    );
    expect(s).toEqual({
      kind: 'report',
      path: '/w/xa/q1.baocao.yaml',
      plan: { ref: '45/KH-UBND', path: '/w/tinh.kehoach.yaml' },
      resultLines: [8, 13],
      report: {
        reporter: { name: 'Ủy ban nhân dân xã An Hòa', level: 'commune' },
        plan: { ref: '45/KH-UBND', path: '../tinh.kehoach.yaml' },
        date: '16/03/2026',
        to: ['Sở Khoa học và Công nghệ'],
        period: 'Quý I/2026',
        results: [
          // An unknown status and a figure without a number are left out, as the schema would.
          { task: 'diem-ho-tro', figures: [{ value: 2, unit: 'điểm' }] },
          { task: 'tuyen-truyen', status: 'đang thực hiện', difficulties: ['Thiếu loa', { text: 'Thiếu người', items: ['Ở thôn Đông'] }] },
        ],
      },
    });
  });
});
