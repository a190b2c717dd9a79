import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { itemKind, planTargets } from '../../src/model/walk.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';

describe('a target item with an id', () => {
  const plan = `${EXAMPLE_HEAD}sections:
  - heading: CHỈ TIÊU
    items:
      - id: ho-so-truc-tuyen
        target: Ít nhất 70% hồ sơ cấp xã được nộp trực tuyến
        value: 70
        unit: "%"
`;

  it('is a target, not a task (docs/plan-format.md: targets have ids so reports can name them)', () => {
    expect(itemKind({ id: 'x', target: 'Ít nhất 70%' })).toBe('target');
    const { analysis, diagnostics } = lintText(plan);
    expect(analysis.tasks().map((v) => v.task.id)).toEqual([]);
    expect(planTargets(analysis.plan ?? {}).map((t) => (t.target as { id?: string }).id)).toEqual(['ho-so-truc-tuyen']);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual([]);
  });
});
