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
