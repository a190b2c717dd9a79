import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { REPORT, reportExample } from '../../src/engine/report-examples.js';
import { reportCoversDueTasks } from '../../src/rules/report-covers-due-tasks.js';

const tester = new RuleTester({ describe, it });
const withoutOutreach = REPORT.replace(/ {2}- task: tuyen-truyen\n[\s\S]*$/, '');

tester.run(reportCoversDueTasks, {
  valid: [
    reportExample(REPORT),
    { name: 'a group result covers every task under it', ...reportExample(`${withoutOutreach}  - task: viec-cua-xa\n    status: đang thực hiện\n`) },
    { name: 'a task of the fourth quarter is not due in the first', ...reportExample(REPORT.replace('period: Quý I/2026', 'period: Tháng 3/2026')) },
    {
      name: 'a department reports only on its own tasks',
      ...reportExample(REPORT.replace('  name: Ủy ban nhân dân xã An Hòa\n  level: commune', '  name: Sở Khoa học và Công nghệ\n  level: province').replace(/results:[\s\S]*$/, 'results: []\n')),
    },
  ],
  invalid: [
    {
      name: 'the standing outreach task is left out',
      ...reportExample(withoutOutreach),
      errors: [{ messageId: 'missing', line: 13, column: 1, endColumn: 8, data: { task: 'tuyen-truyen', period: 'Quý I năm 2026' } }],
      suggestions: [`${withoutOutreach}  - task: tuyen-truyen\n`],
    },
    {
      name: 'in the fourth quarter the closing task is due too',
      ...reportExample(REPORT.replace('period: Quý I/2026', 'period: Quý IV/2026').replace('16/03/2026', '16/12/2026')),
      errors: [{ messageId: 'missing', data: { task: 'tong-ket' } }],
    },
    {
      name: 'a period that does not read',
      ...reportExample(REPORT.replace('period: Quý I/2026', 'period: Quý một')),
      errors: [{ messageId: 'periodUnreadable', line: 10, column: 9, data: { text: 'Quý một' } }],
    },
    {
      name: 'no period, no reporter',
      ...reportExample(REPORT.replace('period: Quý I/2026\n', '').replace('reporter:\n  name: Ủy ban nhân dân xã An Hòa\n  level: commune\n', '')),
      errors: ['noReporter', 'noPeriod'],
    },
  ],
});
