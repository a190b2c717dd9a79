import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';

const PLAN = `kind: plan
issuer:
  name: Ủy ban nhân dân tỉnh Bình Minh
  level: province
number: 45/KH-UBND
year: 2026
title: Đưa dịch vụ công trực tuyến về gần người dân năm 2026
agencies:
  - id: so-khcn
    name: Sở Khoa học và Công nghệ
    kind: department
    level: province
  - id: ubnd-cac-xa
    name: UBND các xã, phường
    kind: collective
    level: commune
sections:
  - heading: NHIỆM VỤ
    items:
      - id: tuyen-truyen
        title: Tuyên truyền về dịch vụ công trực tuyến trên đài truyền thanh xã
        lead: UBND các xã, phường
        timeframe: Thường xuyên
      - reporting:
          from: UBND các xã, phường
          to: Sở Khoa học và Công nghệ
          due: trước ngày 18 của tháng cuối quý
`;

const REPORT = `kind: report
reporter:
  name: Ủy ban nhân dân xã An Hòa
  level: commune
plan:
  ref: 45/KH-UBND
  path: ../tinh.kehoach.yaml
date: 16/03/2026
sent: 20/03/2026
period: Quý I/2026
to: Sở Khoa học và Công nghệ
results:
  - task: tuyen-truyen
    status: đang thực hiện
    done: Phát 12 buổi trên đài truyền thanh xã.
`;

describe('progress reports (*.baocao.yaml)', () => {
  it('schema --kind report prints the report schema with Vietnamese descriptions', async () => {
    const r = await run(['schema', '--kind', 'report'], workspace({}));
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, { description?: string }> };
    expect(schema.properties.results?.description).toMatch(/nhiệm vụ/u);
    expect(schema.properties.period?.description).toContain('Quý I/2026');
  });

  it('validate checks a report against its plan and says where, in Vietnamese', async () => {
    const root = workspace({ 'tinh.kehoach.yaml': PLAN, 'xa/quy-1.baocao.yaml': REPORT });
    const r = await run(['validate', '.'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('xa/quy-1.baocao.yaml');
    expect(r.stdout).toMatch(/9:7 +cảnh báo +Báo cáo gửi ngày 20\/03\/2026, muộn 3 ngày so với hạn 17\/03\/2026/u);
    const missing = await run(['validate', '.'], workspace({ 'tinh.kehoach.yaml': PLAN, 'xa/quy-1.baocao.yaml': REPORT.replace(/results:[\s\S]*$/, 'results: []\n') }));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('chưa có kết quả của nhiệm vụ "tuyen-truyen"');
  });
});
