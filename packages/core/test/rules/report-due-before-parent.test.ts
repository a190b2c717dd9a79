import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { DISTRICT_PLAN, PROVINCE_PLAN } from '../../src/rules/parent-task-implemented.js';
import { reportDueBeforeParent } from '../../src/rules/report-due-before-parent.js';

const tester = new RuleTester({ describe, it });
const parentFiles = { '/work/tinh.kehoach.yaml': PROVINCE_PLAN };
const REPORTING = (due: string): string => `reporting:\n  - to: UBND huyện\n    via: Phòng Văn hóa và Thông tin\n    due: ${due}\n`;
// DISTRICT_PLAN is 15 lines: the lines after it start at 16.

tester.run(reportDueBeforeParent, {
  valid: [
    { code: `${DISTRICT_PLAN}${REPORTING('trước ngày 20/11/2024')}`, files: parentFiles },
    { name: 'the same deadline as the parent', code: `${DISTRICT_PLAN}${REPORTING('trước ngày 25/11/2024')}`, files: parentFiles },
    { name: 'a cadence is not compared', code: `${DISTRICT_PLAN}reporting:\n  - to: UBND huyện\n    cadence: Hàng quý\n`, files: parentFiles },
  ],
  invalid: [
    {
      name: 'five days after the province deadline',
      code: `${DISTRICT_PLAN}${REPORTING('trước ngày 30/11/2024')}`,
      files: parentFiles,
      errors: [{ messageId: 'afterParent', line: 19, column: 10, data: { dueDate: '29/11/2024', parentDate: '24/11/2024', parent: '07/KH-UBND' } }],
    },
    {
      name: '"chậm nhất ngày 25/11" is one day after "trước ngày 25/11"',
      code: `${DISTRICT_PLAN}${REPORTING('Chậm nhất ngày 25/11/2024')}`,
      files: parentFiles,
      errors: [{ messageId: 'afterParent', line: 19, column: 10, data: { dueDate: '25/11/2024' } }],
    },
    {
      name: 'a task report path with an explicit deadline points at it',
      code: DISTRICT_PLAN + '    report:\n      to: UBND huyện\n      due: { text: Cuối tháng 11, deadline: 30/11/2024 }\n',
      files: parentFiles,
      errors: [{ messageId: 'afterParent', line: 18, column: 45 }],
    },
  ],
});
