import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportingPeriod } from '@kehoach/core';
import { EXAMPLE_DIR, rollupOf } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'kehoach-lower-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Phú Lộc reports the second quarter on its own plan: its task ids, not the province's. */
const OWN_PLAN_REPORT = `kind: report
registry: ../agencies.yaml
reporter: { name: Ủy ban nhân dân xã Phú Lộc, agency: ubnd-xa-phu-loc, level: commune }
plan: { ref: 07/KH-UBND, path: ./ke-hoach.kehoach.yaml }
number: 15/BC-UBND
date: 12/06/2026
period: Quý II/2026
to: Sở Khoa học và Công nghệ
results:
  - task: mo-diem-ho-tro
    status: hoàn thành
    completed: 05/04/2026
    figures: [{ value: 2, unit: điểm, of: điểm hỗ trợ nộp hồ sơ trực tuyến được mở }]
  - task: tap-huan
    status: đang thực hiện
  - task: chuyen-muc-truyen-thanh
    status: không thực hiện
    reason: Đài truyền thanh xã hỏng, chờ sửa.
`;

describe('a report on a lower plan', () => {
  it('counts for the province tasks its tasks implement', async () => {
    const dir = join(work, 'tinh');
    cpSync(EXAMPLE_DIR, dir, { recursive: true, filter: (p) => !p.includes('.tong-hop') });
    writeFileSync(join(dir, 'xa-phu-loc', 'bao-cao-quy-2.baocao.yaml'), OWN_PLAN_REPORT);
    const r = await rollupOf(join(dir, 'ke-hoach-mot-cua-so-2026.kehoach.yaml'), dir, { period: parseReportingPeriod('Quý II/2026') });
    const phuLoc = (task: string) => r.cells.find((c) => c.task === task && c.implementer === 'ubnd-xa-phu-loc')?.periods['2026-Q2'];
    expect(phuLoc('diem-ho-tro')).toMatchObject({ status: 'done', written: 'hoàn thành' });
    expect(phuLoc('tap-huan-mot-cua')).toMatchObject({ status: 'in-progress' });
    expect(phuLoc('phat-thanh')).toMatchObject({ status: 'not-done', reason: 'Đài truyền thanh xã hỏng, chờ sửa.' });
    expect(r.reports.find((x) => x.implementer === 'ubnd-xa-phu-loc')).toMatchObject({ state: 'on-time', number: '15/BC-UBND', missingTasks: [] });
    expect(r.sums.find((s) => s.subject === 'diem-ho-tro')?.contributions.map((c) => [c.implementer, c.value])).toEqual([['ubnd-xa-phu-loc', 2]]);
  });

  it('reads a report that states its own cut-off dates with them, and one of the same period without them with the usual ones', async () => {
    const dir = join(work, 'cutoff');
    cpSync(EXAMPLE_DIR, dir, { recursive: true, filter: (p) => !p.includes('.tong-hop') });
    const plan = join(dir, 'ke-hoach-mot-cua-so-2026.kehoach.yaml');
    const report = join(dir, 'xa-phu-loc', 'bao-cao-quy-2.baocao.yaml');
    const q2 = async () => (await rollupOf(plan, dir)).periods.find((p) => p.key === '2026-Q2')?.cutoff;
    writeFileSync(report, OWN_PLAN_REPORT);
    expect(await q2()).toEqual({ start: '2026-03-15', end: '2026-06-14' });
    writeFileSync(report, OWN_PLAN_REPORT.replace('period: Quý II/2026\n', 'period: Quý II/2026\ncutoff: { from: 15/03/2026, to: 10/06/2026 }\n'));
    expect(await q2()).toEqual({ start: '2026-03-15', end: '2026-06-10' });
    writeFileSync(report, OWN_PLAN_REPORT);
    expect(await q2()).toEqual({ start: '2026-03-15', end: '2026-06-14' });
  });
});
