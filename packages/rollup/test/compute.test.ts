import { describe, expect, it } from 'vitest';
import { parseReportingPeriod } from '@kehoach/core';
import { relativeTo } from '../src/format/paths.js';
import { EXAMPLE_DIR, EXAMPLE_PLAN, rollupOf } from './helpers.js';

describe('the roll-up of the example province over its communes', async () => {
  const r = await rollupOf(EXAMPLE_PLAN, EXAMPLE_DIR);
  const name = (key: string) => r.implementers.find((i) => i.key === key)?.name;

  it('finds the four communes the plan gives work to, and which of them has a plan', () => {
    expect(r.implementers.map((i) => [i.name, i.plan ? 'kế hoạch' : 'chưa có kế hoạch'])).toEqual([
      ['Ủy ban nhân dân xã An Hòa', 'kế hoạch'],
      ['Ủy ban nhân dân xã Hòa Bình', 'chưa có kế hoạch'],
      ['Ủy ban nhân dân xã Phú Lộc', 'kế hoạch'],
      ['Ủy ban nhân dân xã Tân Thành', 'kế hoạch'],
    ]);
  });

  it('rolls up the first quarter: one late, one missing a task, one complete, one missing', () => {
    expect(r.periods.map((p) => [p.key, p.label, p.cutoff.start, p.cutoff.end])).toEqual([['2026-Q1', 'Quý I năm 2026', '2025-12-15', '2026-03-14']]);
    const rows = r.reports.map((x) => [name(x.implementer), x.state, x.deadline, x.daysLate ?? 0, x.missingTasks.join(',')]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Ủy ban nhân dân xã An Hòa', 'on-time', '2026-03-17', 0, ''],
        ['Ủy ban nhân dân xã Phú Lộc', 'on-time', '2026-03-17', 0, 'phat-thanh'],
        ['Ủy ban nhân dân xã Tân Thành', 'late', '2026-03-17', 6, ''],
        ['Ủy ban nhân dân xã Hòa Bình', 'missing', '2026-03-17', 0, 'ke-hoach-cap-xa,diem-ho-tro,phat-thanh'],
      ]),
    );
    expect(rows).toHaveLength(4);
  });

  it('knows which commune task implements each province task, and the status each report gives it', () => {
    const cell = (task: string, who: string) => r.cells.find((c) => c.task === task && name(c.implementer) === `Ủy ban nhân dân xã ${who}`);
    expect(cell('diem-ho-tro', 'An Hòa')).toMatchObject({ coverage: 'implemented', lowerTasks: ['mo-diem-ho-tro'], periods: { '2026-Q1': { status: 'done', written: 'hoàn thành' } } });
    expect(cell('diem-ho-tro', 'Hòa Bình')).toMatchObject({ coverage: 'no-plan', periods: { '2026-Q1': { status: 'no-report' } } });
    expect(cell('phat-thanh', 'Phú Lộc')?.periods['2026-Q1']?.status).toBe('not-reported');
    expect(cell('ke-hoach-cap-xa', 'Tân Thành')?.periods['2026-Q1']).toMatchObject({ status: 'done-late', reason: expect.stringContaining('góp ý') });
    expect(cell('tap-huan-mot-cua', 'An Hòa')?.periods['2026-Q1']).toBeUndefined();
    // Tasks of the departments concern no commune.
    expect(r.tasks.find((t) => t.id === 'ket-noi-csdl')?.implementers).toEqual([]);
  });

  it('sums figures where the units agree, traceable to each report and line', () => {
    const points = r.sums.find((s) => s.subject === 'diem-ho-tro');
    expect(points).toMatchObject({ unit: 'điểm', aggregate: 'sum', total: 4, target: 8, targetEach: 2 });
    expect(points?.contributions.map((c) => [name(c.implementer), c.value, c.source.number, c.source.date, c.source.path.split('/').slice(-2).join('/'), c.source.line])).toEqual([
      ['Ủy ban nhân dân xã An Hòa', 2, '18/BC-UBND', '2026-03-16', 'xa-an-hoa/bao-cao-quy-1.baocao.yaml', 30],
      ['Ủy ban nhân dân xã Phú Lộc', 1, '09/BC-UBND', '2026-03-17', 'xa-phu-loc/bao-cao-quy-1.baocao.yaml', 29],
      ['Ủy ban nhân dân xã Tân Thành', 1, '21/BC-UBND', '2026-03-20', 'xa-tan-thanh/bao-cao-quy-1.baocao.yaml', 29],
    ]);
    const share = r.sums.find((s) => s.subject === 'target:ho-so-truc-tuyen');
    expect(share).toMatchObject({ unit: '%', aggregate: 'mean', total: 46.67, target: 70 });
    expect(r.sums.find((s) => s.subject === 'phat-thanh')).toMatchObject({ unit: 'buổi', total: 22 });
  });

  it('keeps difficulties and proposals with who wrote them', () => {
    expect(r.notes.filter((n) => n.kind === 'proposal').map((n) => name(n.implementer))).toEqual(['Ủy ban nhân dân xã An Hòa', 'Ủy ban nhân dân xã Phú Lộc']);
    expect(r.notes.find((n) => n.task === 'diem-ho-tro')?.text).toContain('cáp quang');
  });

  it('rolls up one period asked for, and nothing reported for a period without reports but what is missing', async () => {
    const q2 = await rollupOf(EXAMPLE_PLAN, EXAMPLE_DIR, { period: parseReportingPeriod('Quý II/2026') });
    expect(q2.periods.map((p) => p.key)).toEqual(['2026-Q2']);
    expect(new Set(q2.reports.map((x) => x.state))).toEqual(new Set(['missing']));
    expect(q2.reports).toHaveLength(4);
  });

  it('gives paths relative to a folder asked for as relativeTo does, without a copy', async () => {
    const asked = await rollupOf(EXAMPLE_PLAN, EXAMPLE_DIR, { base: EXAMPLE_DIR });
    expect(asked).toEqual(relativeTo(r, EXAMPLE_DIR));
    expect(asked.reports.find((x) => x.path)?.path).toMatch(/^xa-[a-z-]+\/bao-cao-quy-1\.baocao\.yaml$/);
    expect(asked.plan.path).toBe('ke-hoach-mot-cua-so-2026.kehoach.yaml');
    // Two periods, problems and all: the same as relativeTo's for the second quarter's roll-up too.
    const q2 = { period: parseReportingPeriod('Quý II/2026') };
    expect(await rollupOf(EXAMPLE_PLAN, EXAMPLE_DIR, { ...q2, base: EXAMPLE_DIR })).toEqual(relativeTo(await rollupOf(EXAMPLE_PLAN, EXAMPLE_DIR, q2), EXAMPLE_DIR));
  });
});
