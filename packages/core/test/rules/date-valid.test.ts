import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { dateValid } from '../../src/rules/date-valid.js';

const tester = new RuleTester({ describe, it });
const basis = (date: string): string =>
  `${EXAMPLE_HEAD}legalBases:\n  - type: Quyết định\n    ref: 2249/QĐ-UBND\n    date: ${date}\n    issuer: UBND huyện\n`;

tester.run(dateValid, {
  valid: [
    `${EXAMPLE_HEAD}date: 17/01/2024\n`,
    { name: 'the dates of the Bình Sơn legal bases, d/m and ISO forms', code: basis('28/12/2023') },
    { name: 'one-digit day and month', code: basis('2/9/2021') },
    { name: 'ISO', code: basis('2023-12-28') },
    { name: '29 February of a leap year', code: `${EXAMPLE_HEAD}date: 29/02/2024\n` },
    { name: 'explicit timeframe dates', code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    timeframe: { text: Sau khi có kế hoạch của tỉnh, from: 01/03/2024, deadline: 20/04/2024 }\n` },
  ],
  invalid: [
    {
      name: 'a day February 2023 does not have',
      code: basis('29/02/2023'),
      errors: [{ messageId: 'invalid', line: 10, column: 11, endColumn: 21, data: { days: 28, month: 2, year: 2023 } }],
    },
    {
      name: 'month 13',
      code: `${EXAMPLE_HEAD}date: 17/13/2024\n`,
      errors: [{ messageId: 'invalidMonth', line: 7, column: 7, data: { month: 13 } }],
    },
    {
      name: 'not a date shape',
      code: `${EXAMPLE_HEAD}date: 17.1.24\n`,
      errors: [{ messageId: 'format', line: 7, column: 7, data: { value: '17.1.24' } }],
    },
    {
      name: 'a timeframe deadline on 31 April points at the deadline',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    timeframe:\n      text: Chậm nhất ngày 31/04/2024\n      deadline: 31/04/2024\n`,
      errors: [{ messageId: 'invalid', line: 11, column: 17, data: { days: 30 } }],
    },
    {
      name: 'an agency of the plan with an impossible validity date',
      code: `${EXAMPLE_HEAD}agencies:\n  - id: so-tttt\n    name: Sở Thông tin và Truyền thông\n    kind: department\n    validTo: 31/06/2025\n`,
      errors: [{ messageId: 'invalid', line: 11, column: 14, data: { days: 30 } }],
    },
    {
      name: 'in a registry file',
      path: '/work/agencies.yaml',
      files: {},
      code: `kind: registry\nagencies:\n  - id: so-tttt\n    name: Sở Thông tin và Truyền thông\n    kind: department\n    validTo: 30/02/2025\n`,
      errors: [{ messageId: 'invalid', line: 6, column: 14 }],
    },
  ],
});
