import { describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver-types';
import { fixtureFiles, fixtureText, workspace } from '../helpers.js';

const PLAN = 'tinh.kehoach.yaml';
const plan = fixtureText(PLAN, 'document');
const ALL = { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } };

/** The hints of a text as "line text => label". */
async function hints(text: string, settings: Record<string, unknown> = {}): Promise<{ list: InlayHint[]; at(needle: string): string[] }> {
  const ws = await workspace({ files: fixtureFiles('document'), settings });
  const { uri } = ws.open(PLAN, text);
  const list = await ws.service.inlayHints(uri, ALL);
  const lines = text.split('\n');
  return {
    list,
    at: (needle) => {
      const line = lines.findIndex((l) => l.includes(needle));
      if (line < 0) throw new Error(`not in the text: ${needle}`);
      return list.filter((h) => h.position.line === line).map((h) => String(h.label));
    },
  };
}

describe('inlay hints in the document-shaped body', () => {
  it('show what a task inherits from its group: the lead, the timeframe, and only what it does not state', async () => {
    const h = await hints(plan);
    const [inherited] = h.at('- id: hoi-thao-chuyen-doi-so');
    expect(inherited).toContain('chủ trì: Sở Khoa học và Công nghệ (theo nhóm nhiệm vụ "Nâng cao nhận thức về chuyển đổi số")');
    expect(inherited).toContain('thời gian: Hằng năm → 01/01/2026 – 31/12/2030 · mỗi năm (theo nhóm nhiệm vụ "Nâng cao nhận thức về chuyển đổi số")');
    // It states its own lead and timeframe: nothing is shown (the plan's general report
    // path, which it inherits like every task, is said once, on the first task).
    expect(h.at('- id: tin-bai-chuyen-doi-so')).toEqual([]);
    const report = 'báo cáo: từ Các sở, ban, ngành tỉnh, cho Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ';
    expect(h.list.filter((x) => String(x.label).includes(report))).toHaveLength(1);
  });

  it('show the plan period for an item of a duty group, and the requested bodies for a request', async () => {
    const h = await hints(plan);
    expect(h.at('- id: bo-tri-kinh-phi')[0]).toContain('thời gian: giai đoạn 2026 - 2030 → 01/01/2026 – 31/12/2030 (cả kỳ kế hoạch)');
    expect(h.at('- id: giam-sat-thuc-hien')[0]).toContain('đề nghị: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (theo nhóm nhiệm vụ "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")');
  });

  it('number the rows of a task table where each row starts, continuing across group rows', async () => {
    const h = await hints(plan);
    expect(h.at('- heading: ĐÀO TẠO')).toEqual(['STT I']);
    expect(h.at('- id: cam-nang-so')[0]).toBe('STT 2');
    expect(h.at('- id: nen-tang-dung-chung')[0]).toBe('STT 3');
    const row = h.list.find((x) => x.label === 'STT 3');
    const line = plan.split('\n').find((l) => l.includes('- id: nen-tang-dung-chung')) as string;
    expect(row?.position.character).toBe(line.indexOf('id:'));
    const perGroup = await hints(plan.replace('          columns:\n', '          numbering: per-group\n          columns:\n'), { locale: 'en' });
    expect(perGroup.at('- id: nen-tang-dung-chung')[0]).toBe('No. 1');
  });

  it('say nothing a task states itself: a group’s lead overridden by the task’s own', async () => {
    const text = plan.replace('            coordinators: [Sở Tài chính]\n', '            coordinators: [Sở Tài chính]\n            lead: Sở Tài chính\n            timeframe: Năm 2027\n');
    const [label] = (await hints(text)).at('- id: hoi-thao-chuyen-doi-so');
    expect(label).not.toContain('chủ trì');
    expect(label).not.toContain('thời gian');
  });
});
