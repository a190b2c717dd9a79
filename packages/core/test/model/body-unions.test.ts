import { describe, expect, it } from 'vitest';
import { buildPlanModel } from '../../src/model/build.js';
import { YamlSource } from '../../src/yaml/source.js';

const HEAD = 'kind: plan\nissuer:\n  name: UBND tỉnh Quảng Ngãi\n  level: province\nyear: 2026\ntitle: Kế hoạch\n';

/** Each problem as "kind path code". */
function problems(body: string): string[] {
  return buildPlanModel(new YamlSource('/p.kehoach.yaml', HEAD + body)).problems.map((p) => `${p.kind} ${p.path.join('.')} ${p.issue.code}`);
}

describe('problems inside body items are those of the item the keys mean', () => {
  it('a misspelt key of a nested heading is the only problem, not "unknown key heading" on it and its parent', () => {
    expect(problems('sections:\n  - heading: MỤC ĐÍCH\n    items:\n      - heading: Yêu cầu\n        titel: x\n')).toEqual([
      'unknown-key sections.0.items.0.titel unrecognized_keys',
    ]);
  });

  it('a table’s bad value, a table without rows, and an id left empty are reported where they are', () => {
    expect(problems('sections:\n  - table:\n      numbering: tuy-y\n      columns: [TT]\n      rows: []\n')).toEqual(['schema sections.0.table.numbering invalid_value']);
    expect(problems('appendices:\n  - items:\n      - table:\n          columns: [TT, Nội dung]\n')).toEqual(['schema appendices.0.items.0.table.rows invalid_type']);
    expect(problems('sections:\n  - heading: NHIỆM VỤ\n    items:\n      - id:\n')).toEqual(['schema sections.0.items.0.id invalid_type']);
  });

  it('a row under a group row of an appendix table is reported on its own keys', () => {
    const body = 'appendices:\n  - items:\n      - table:\n          columns: [{ field: order }]\n          rows:\n            - heading: NHÓM\n              items:\n                - id: a\n                  lead: 5\n                  titel: x\n';
    expect(problems(body)).toEqual([
      'schema appendices.0.items.0.table.rows.0.items.0.lead invalid_type',
      'unknown-key appendices.0.items.0.table.rows.0.items.0.titel unrecognized_keys',
    ]);
  });
});
