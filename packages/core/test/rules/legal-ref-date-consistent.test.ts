import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { legalRefDateConsistent } from '../../src/rules/legal-ref-date-consistent.js';

const tester = new RuleTester({ describe, it });
const plan = (date: string | undefined, bases: string): string => `${EXAMPLE_HEAD}${date ? `date: ${date}\n` : ''}legalBases:\n${bases}`;
const basis = (ref: string, date: string, issuer = 'UBND tỉnh Quảng Ngãi'): string => `  - ref: ${ref}\n    date: ${date}\n    issuer: ${issuer}\n`;

tester.run(legalRefDateConsistent, {
  valid: [
    plan('17/01/2024', basis('61/2018/NĐ-CP', '23/4/2018', 'Chính phủ') + basis('186-KH/HU', '08/11/2023', 'Ban Thường vụ Huyện ủy')),
    {
      name: 'the same number from two issuers is two documents (numbering restarts per issuer)',
      code: plan('17/01/2024', basis('07/KH-UBND', '17/01/2024') + basis('07/KH-UBND', '06/01/2024', 'UBND huyện Bình Sơn')),
    },
    { name: 'a basis issued the same day as the plan', code: plan('17/01/2024', basis('07/KH-UBND', '17/01/2024')) },
  ],
  invalid: [
    {
      name: 'the year in the number and the date disagree',
      code: plan('17/01/2024', basis('61/2018/NĐ-CP', '23/4/2019', 'Chính phủ')),
      errors: [{ messageId: 'yearMismatch', line: 10, column: 11, data: { refYear: 2018, date: '23/04/2019' } }],
    },
    {
      name: 'a basis dated after the plan',
      code: plan('17/01/2024', basis('08/KH-UBND', '26/01/2024', 'UBND huyện')),
      errors: [{ messageId: 'afterPlan', line: 10, column: 11, data: { planDate: '17/01/2024' } }],
    },
    {
      name: 'without a plan date, a basis after the plan year',
      code: plan(undefined, basis('08/KH-UBND', '06/01/2025', 'UBND huyện')),
      errors: [{ messageId: 'afterPlanYear', line: 9, column: 11, data: { year: 2024 } }],
    },
    {
      name: 'a plan dated after its year',
      code: plan('05/01/2025', basis('07/KH-UBND', '17/01/2024')),
      errors: [{ messageId: 'planAfterYear', line: 7, column: 7 }],
    },
    {
      name: 'one document cited twice with two dates',
      code: plan('17/01/2024', basis('2074/QĐ-UBND', '20/12/2021') + basis('2074/QĐ-UBND', '21/12/2021')),
      errors: [{ messageId: 'conflictingDates', line: 13, column: 11, data: { otherDate: '20/12/2021' } }],
    },
  ],
});
