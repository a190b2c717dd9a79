import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { timeframeParseable } from '../../src/rules/timeframe-parseable.js';

const tester = new RuleTester({ describe, it });
const task = (timeframe: string): string => `${EXAMPLE_HEAD}tasks:\n  - id: hoi-thi\n    timeframe: ${timeframe}\n`;

tester.run(timeframeParseable, {
  valid: [
    ...['Thường xuyên trong năm', 'Quý I/2024', 'Trong quý II, III năm 2024', 'Trong Quý II năm 2024', 'Trong năm 2024', 'Chậm nhất ngày 20/04/2024'].map(
      (phrase) => ({ name: `the seeds' "${phrase}"`, code: task(phrase) }),
    ),
    {
      name: 'report due dates and cadences of the seeds',
      code: `${EXAMPLE_HEAD}reporting:\n  - to: UBND huyện\n    due: trước ngày 25/11/2024\n  - to: UBND huyện\n    cadence: Hàng quý\n  - to: UBND huyện\n    cadence: định kỳ 06 tháng, năm\n`,
    },
    { name: 'free wording kept, with explicit dates', code: task('{ text: Sau khi có kế hoạch của tỉnh, deadline: 20/04/2024 }') },
    { name: 'a bad explicit date is left to date-valid', code: task('{ text: Theo lịch của tỉnh, deadline: 31/04/2024 }') },
  ],
  invalid: [
    {
      name: 'a phrase the parser does not know',
      code: task('Càng sớm càng tốt'),
      errors: [{ messageId: 'unrecognised', line: 9, column: 16, endColumn: 33, data: { text: 'Càng sớm càng tốt', year: 2024 } }],
    },
    {
      name: 'the wording of an explicit timeframe without dates',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    timeframe:\n      text: Càng sớm càng tốt\n`,
      errors: [{ messageId: 'unrecognised', line: 10, column: 13 }],
    },
    {
      name: 'a report cadence',
      code: `${EXAMPLE_HEAD}reporting:\n  - to: UBND huyện\n    cadence: Càng sớm càng tốt\n`,
      errors: [{ messageId: 'unrecognisedCadence', line: 9, column: 14 }],
    },
    {
      name: 'a day that does not exist',
      code: task('Chậm nhất ngày 31/04/2024'),
      errors: [{ messageId: 'invalidDate', line: 9, column: 16 }],
    },
    {
      name: 'an empty timeframe',
      code: task('""'),
      errors: [{ messageId: 'empty', line: 9, column: 16 }],
    },
  ],
});
