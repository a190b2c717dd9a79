import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { EXAMPLE_AGENCIES, EXAMPLE_HEAD } from '../../src/engine/example-registry.js';

const task = (comment = '') => `${EXAMPLE_HEAD}tasks:
${comment}  - id: tap-huan
    title: "Tập huấn # nghiệp vụ"
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
`;

describe('suppression comments', () => {
  it('suppress the next content line when they give a reason', () => {
    const r = lintText(task('  # kehoach-disable-next-line task-report-path-required -- văn bản gốc không nêu\n'), { agencies: EXAMPLE_AGENCIES });
    expect(r.diagnostics.filter((d) => d.ruleId === 'task-report-path-required')).toEqual([]);
    expect(r.suppressed.map((d) => [d.ruleId, d.suppression.reason])).toEqual([['task-report-path-required', 'văn bản gốc không nêu']]);
  });

  it('are refused without a reason, and the diagnostic stays', () => {
    const r = lintText(task('  # kehoach-disable-next-line task-report-path-required\n'), { agencies: EXAMPLE_AGENCIES });
    const ids = r.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`);
    expect(ids).toContain('suppression-comment/missingReason');
    expect(ids).toContain('task-report-path-required/missing');
  });

  it('name unknown rules and unused suppressions', () => {
    const r = lintText(task('  # kehoach-disable-next-line task-lead-requird, task-lead-required -- thử\n'), { agencies: EXAMPLE_AGENCIES });
    const ids = r.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`);
    expect(ids).toContain('suppression-comment/unknownRule');
    expect(ids).toContain('suppression-comment/unused');
  });

  it('cover a region with disable ... enable, and the whole file without enable', () => {
    const text = `# kehoach-disable task-report-path-required -- cả tệp: văn bản gốc không có chế độ báo cáo\n${task()}`;
    const r = lintText(text, { agencies: EXAMPLE_AGENCIES });
    expect(r.diagnostics.filter((d) => d.ruleId === 'task-report-path-required')).toEqual([]);
    expect(r.suppressed).toHaveLength(1);
  });

  it('ignore "#" inside quoted text', () => {
    const r = lintText(task(), { agencies: EXAMPLE_AGENCIES });
    expect(r.diagnostics.filter((d) => d.ruleId === 'suppression-comment')).toEqual([]);
  });
});

/**
 * After a version without any directive only the lines of the next change are searched
 * for one (apply-suppressions.ts): a directive typed in later still counts.
 */
describe('suppression comments typed into an open plan', () => {
  it('take effect when typed after versions without any, and stop once deleted', async () => {
    const { MemoryHost } = await import('../../src/project/host.js');
    const { Project } = await import('../../src/project/project.js');
    const path = '/w/ke-hoach.kehoach.yaml';
    const project = new Project(new MemoryHost({}, '/w'));
    const many = Array.from({ length: 30 }, (_, i) => `  - id: viec-${i + 1}\n    title: Rà soát thủ tục đợt ${i + 1}\n    lead: Phòng Nội vụ\n    timeframe: Trong năm 2024\n`).join('');
    const v1 = task().replace('tasks:\n', `tasks:\n${many}`);
    const reportPath = async (text: string) => {
      const r = await project.check(path, text);
      return { open: (r?.diagnostics ?? []).filter((d) => d.ruleId === 'task-report-path-required').length, suppressed: r?.suppressed.length ?? 0 };
    };
    const before = await reportPath(v1);
    expect(before.open).toBeGreaterThan(1);
    expect(before.suppressed).toBe(0);
    const v2 = v1.replace('đợt 3\n', 'đợt ba\n');
    expect(await reportPath(v2)).toEqual(before);
    // Typed above the last task, far from the start of the file.
    const v3 = v2.replace('  - id: tap-huan\n', '  # kehoach-disable-next-line task-report-path-required -- văn bản gốc không nêu\n  - id: tap-huan\n');
    expect(await reportPath(v3)).toEqual({ open: before.open - 1, suppressed: 1 });
    const v4 = v3.replace('đợt 7\n', 'đợt bảy\n');
    expect(await reportPath(v4)).toEqual({ open: before.open - 1, suppressed: 1 });
    const v5 = v4.replace('  # kehoach-disable-next-line task-report-path-required -- văn bản gốc không nêu\n', '');
    expect(await reportPath(v5)).toEqual(before);
  });
});
