import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { statesAmount, targetMeasurable } from '../../src/rules/target-measurable.js';

const tester = new RuleTester({ describe, it });

describe('statesAmount', () => {
  it('reads the numbers of the Tây Ninh seed and "toàn bộ"', () => {
    expect(statesAmount('tối thiểu 12 tin/bài trong năm')).toBe(true);
    expect(statesAmount('100% TTHC được niêm yết')).toBe(true);
    expect(statesAmount('01 lần/1 tháng')).toBe(true);
    expect(statesAmount('Niêm yết công khai Toàn bộ TTHC')).toBe(true);
    expect(statesAmount('Nâng cao chất lượng tuyên truyền')).toBe(false);
    expect(statesAmount('toàn bộc')).toBe(false);
  });
});

tester.run(targetMeasurable, {
  valid: [
    `${EXAMPLE_HEAD}targets:\n  - text: Tối thiểu 12 tin/bài trong năm\n  - value: 1\n    unit: tin/bài\n    per: quý\n`,
    {
      name: 'task quantities as the Tây Ninh seed writes them',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: chuyen-muc\n    quantity:\n      text: đảm bảo 01 lần/1 tháng\n  - id: tin-bai\n    quantity:\n      - value: 12\n        unit: tin/bài\n        comparator: min\n`,
    },
  ],
  invalid: [
    {
      name: 'a target with words only',
      code: `${EXAMPLE_HEAD}targets:\n  - text: Nâng cao chất lượng thông tin, tuyên truyền\n`,
      errors: [{ messageId: 'noNumber', line: 8, column: 11, data: { text: 'Nâng cao chất lượng thông tin, tuyên truyền' } }],
      output: null,
    },
    {
      name: 'a value without a unit',
      code: `${EXAMPLE_HEAD}targets:\n  - value: 12\n`,
      errors: [{ messageId: 'noUnit', line: 8, column: 12, data: { value: 12 } }],
    },
    {
      name: 'only what is counted',
      code: `${EXAMPLE_HEAD}targets:\n  - of: TTHC được niêm yết\n`,
      errors: [{ messageId: 'noNumber', line: 8, column: 9, data: { text: 'TTHC được niêm yết' } }],
    },
    {
      name: 'an empty target',
      code: `${EXAMPLE_HEAD}targets:\n  - per: năm\n`,
      errors: [{ messageId: 'empty', line: 8, column: 5 }],
    },
    {
      name: 'a task quantity in a list and a duty task quantity',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    quantity:\n      - text: Nhiều tin bài\nduties:\n  - agency: Phòng Tư pháp\n    tasks:\n      - id: b\n        quantity:\n          text: thường xuyên\n`,
      errors: [
        { messageId: 'noNumber', line: 10, column: 15 },
        { messageId: 'noNumber', line: 16, column: 17 },
      ],
    },
  ],
});
