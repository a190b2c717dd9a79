import { describe, expect, it } from 'vitest';
import { buildPlanModel } from '../../src/model/build.js';
import { YamlSource } from '../../src/yaml/source.js';

const HEAD = 'kind: plan\nissuer:\n  name: UBND huyện Bình Sơn\n  level: district\nyear: 2024\ntitle: Kế hoạch\n';

describe('buildPlanModel', () => {
  it('drops a bad task but keeps the good ones, remembering where the problem was', () => {
    const text = `${HEAD}tasks:\n  - id: a\n    lead: Phòng Nội vụ\n  - id: B C\n  - id: c\n    outputs: 3\n`;
    const src = new YamlSource('/p.yaml', text);
    const model = buildPlanModel(src);
    expect(model.value?.tasks?.map((t) => t.id)).toEqual(['a', 'c']);
    const c = model.value?.tasks?.[1];
    expect(c && 'outputs' in c).toBe(false);
    const bad = model.problems.find((p) => p.path.join('.') === 'tasks.1.id');
    expect(bad?.issue.code).toBe('invalid_format');
    const anchor = bad!.anchor!;
    const r = src.valueRange(anchor.container, String(anchor.key));
    expect(text.slice(r!.start, r!.end)).toBe('B C');
  });

  it('reports unknown keys and removes them so the rest still validates', () => {
    const src = new YamlSource('/p.yaml', `${HEAD}tasks:\n  - id: a\n    leed: Phòng Nội vụ\n`);
    const model = buildPlanModel(src);
    expect(model.value?.tasks?.[0]).toEqual({ id: 'a' });
    const unknown = model.problems.filter((p) => p.kind === 'unknown-key');
    expect(unknown.map((p) => p.path.join('.'))).toEqual(['tasks.0.leed']);
  });

  it('keeps a plan with a missing title usable for the other rules', () => {
    const src = new YamlSource('/p.yaml', 'kind: plan\nyear: 2024\ntasks:\n  - id: a\n');
    const model = buildPlanModel(src);
    expect(model.value?.tasks?.length).toBe(1);
  });

  it('returns no model for a text that is not a mapping', () => {
    expect(buildPlanModel(new YamlSource('/p.yaml', '- a\n- b\n')).value).toBeUndefined();
    expect(buildPlanModel(new YamlSource('/p.yaml', '')).value).toBeUndefined();
  });
});
