import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { timeframeWithinYear } from '../../src/rules/timeframe-within-year.js';

const tester = new RuleTester({ describe, it });
const task = (timeframe: string): string => `${EXAMPLE_HEAD}tasks:\n  - id: hoi-thi\n    timeframe: ${timeframe}\n`;

tester.run(timeframeWithinYear, {
  valid: [
    task('Trong quý II, III năm 2024'),
    task('Thường xuyên trong năm'),
    { name: 'a report due early the next year is not a timeframe', code: `${EXAMPLE_HEAD}reporting:\n  - to: UBND huyện\n    due: trước ngày 15/01/2025\n` },
    { name: 'a multi-year plan', code: `${EXAMPLE_HEAD}timeframe: Giai đoạn 2024 - 2025\ntasks:\n  - id: a\n    timeframe: Quý I/2025\n` },
    { name: 'the option for plans that are not yearly', code: task('Quý I/2023'), options: { allowOutside: true } },
    { name: 'a phrase that does not parse is another rule\'s', code: task('Khi có yêu cầu') },
  ],
  invalid: [
    {
      name: 'last year\'s quarter copied into this year\'s plan',
      code: task('Quý I/2023'),
      errors: [{ messageId: 'outsideYear', line: 9, column: 16, endColumn: 26, data: { year: 2024, start: '01/01/2023', end: '31/03/2023' } }],
      output: null,
    },
    {
      name: 'a duty section timeframe',
      code: `${EXAMPLE_HEAD}duties:\n  - agency: Phòng Tư pháp\n    timeframe: Trong năm 2025\n    tasks:\n      - id: a\n`,
      errors: [{ messageId: 'outsideYear', line: 9, column: 16 }],
    },
    {
      name: 'an explicit range starting early points at "from"',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    timeframe:\n      from: 01/12/2023\n      to: 31/01/2024\n`,
      errors: [{ messageId: 'outsideYear', line: 10, column: 13 }],
    },
    {
      name: 'an explicit range ending late points at "to"',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    timeframe:\n      from: 01/12/2024\n      to: 31/01/2025\n`,
      errors: [{ messageId: 'outsideYear', line: 11, column: 11 }],
    },
    {
      name: 'outside the period of a multi-year plan',
      code: `${EXAMPLE_HEAD}timeframe: Giai đoạn 2024 - 2025\ntasks:\n  - id: a\n    timeframe: Quý I/2026\n`,
      errors: [{ messageId: 'outsidePeriod', line: 10, column: 16, data: { periodStart: '01/01/2024', periodEnd: '31/12/2025' } }],
    },
    {
      name: 'a plan-wide timeframe wholly in another year is a wrong year too',
      code: `${EXAMPLE_HEAD}timeframe: Trong năm 2023\n`,
      errors: [{ messageId: 'outsideYear', line: 7, column: 12 }],
    },
  ],
});
