import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';
import { REPORT, REPORT_PATH, REPORT_PLAN } from '../../src/engine/report-examples.js';
import { readReport } from '../../src/model/report-check.js';
import { planTaskInfos, reportDeadlineText, reportStatuses, reportTaskInfos, scaffoldResults } from '../../src/model/report-editor.js';
import { applyEdits } from '../../src/engine/apply-edits.js';

async function reading(report: string, plan = REPORT_PLAN) {
  const project = new Project(new MemoryHost({ '/work/tinh.kehoach.yaml': plan, [REPORT_PATH]: report }, '/work'));
  const loaded = await project.analyze(REPORT_PATH);
  const r = loaded ? readReport(loaded.analysis, loaded.parent) : undefined;
  if (!r) throw new Error('the report does not read against its plan');
  return { r, project };
}

describe('what an editor offers in a report', () => {
  it('lists the reporter\'s tasks, those due in the period first, with lead, deadline and report path for hover', async () => {
    const { r } = await reading(REPORT);
    expect(reportTaskInfos(r).map((i) => [i.id, i.due, i.covered])).toEqual([
      ['diem-ho-tro', true, true],
      ['tuyen-truyen', true, true],
      ['tong-ket', false, false],
    ]);
    expect(reportTaskInfos(r)[0]).toMatchObject({
      lead: 'UBND các xã, phường',
      timeframe: 'Trước ngày 01/3/2026',
      deadline: '28/02/2026',
      reportPath: 'Sở Khoa học và Công nghệ (trước ngày 18 của tháng cuối quý)',
    });
    expect(reportStatuses()).toContain('hoàn thành quá hạn');
    expect(reportDeadlineText(r)).toBe('17/03/2026');
  });

  it('scaffolds a result for every task due and not yet reported, which then covers them', async () => {
    const without = REPORT.replace(/ {2}- task: tuyen-truyen\n[\s\S]*$/, '');
    const { r, project } = await reading(without);
    const lines = scaffoldResults(r);
    expect(lines).toBe('  # Tuyên truyền về dịch vụ công trực tuyến trên đài truyền thanh xã\n  - task: tuyen-truyen');
    const text = applyEdits(without, [{ range: { start: without.length, end: without.length }, newText: `${lines}\n` }]).text;
    project.invalidate(REPORT_PATH);
    const check = await project.check(REPORT_PATH, text);
    // Covered now; the status is the author's to write.
    expect(check?.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['report-status-consistent/noStatus']);
  });

  it('lists the plan\'s other tasks after the reporter\'s, never due, for a result that names them', async () => {
    const plan = REPORT_PLAN.replace(
      '      - reporting:',
      '      - id: ket-noi-csdl\n        title: Kết nối cơ sở dữ liệu dân cư\n        lead: Sở Khoa học và Công nghệ\n        timeframe: Quý I/2026\n      - reporting:',
    );
    const { r } = await reading(REPORT, plan);
    expect(planTaskInfos(r).map((i) => [i.id, i.mine, i.due])).toEqual([
      ['diem-ho-tro', true, true],
      ['tuyen-truyen', true, true],
      ['tong-ket', true, false],
      ['ket-noi-csdl', false, false],
    ]);
    expect(planTaskInfos(r).at(-1)).toMatchObject({ lead: 'Sở Khoa học và Công nghệ', timeframe: 'Quý I/2026', deadline: '31/03/2026' });
    // The reporter's own list is unchanged.
    expect(reportTaskInfos(r).map((i) => i.id)).toEqual(['diem-ho-tro', 'tuyen-truyen', 'tong-ket']);
  });
});
