import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';
import { REPORT, REPORT_PATH, REPORT_PLAN } from '../../src/engine/report-examples.js';

const PLAN_PATH = '/work/tinh.kehoach.yaml';

describe('a report in a project', () => {
  it('reads its plan through the project, and a change of the plan re-checks it', async () => {
    const host = new MemoryHost({ [PLAN_PATH]: REPORT_PLAN, [REPORT_PATH]: REPORT }, '/work');
    const project = new Project(host);
    const first = await project.check(REPORT_PATH);
    expect(first?.kind).toBe('report');
    expect(first?.diagnostics.map((d) => d.ruleId)).toEqual([]);
    expect(project.dependentsOf(PLAN_PATH)).toContain(REPORT_PATH);

    // The province adds a standing task for the communes: the quarter's report now misses it.
    const changed = REPORT_PLAN.replace(
      '          - id: tong-ket\n',
      '          - id: ho-tro-nguoi-cao-tuoi\n            title: Hỗ trợ người cao tuổi nộp hồ sơ tại nhà\n            timeframe: Thường xuyên\n          - id: tong-ket\n',
    );
    host.files.set(PLAN_PATH, changed);
    project.invalidate(PLAN_PATH);
    const second = await project.check(REPORT_PATH);
    expect(second?.diagnostics.map((d) => `${d.ruleId} ${d.data.task}`)).toEqual(['report-covers-due-tasks ho-tro-nguoi-cao-tuoi']);
    expect(second?.diagnostics[0]?.related?.[0]?.uri).toBe(PLAN_PATH);
  });

  it('finds the plan by its number when the report gives no file, once the plan has been read', async () => {
    const report = REPORT.replace('  path: ../tinh.kehoach.yaml\n', '');
    const project = new Project(new MemoryHost({ [PLAN_PATH]: REPORT_PLAN, [REPORT_PATH]: report }, '/work'));
    const before = await project.check(REPORT_PATH);
    expect(before?.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['report-plan-resolvable/refNotFound']);
    await project.check(PLAN_PATH);
    project.invalidate(REPORT_PATH);
    expect((await project.check(REPORT_PATH))?.diagnostics).toEqual([]);
  });
});
