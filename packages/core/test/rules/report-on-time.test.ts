import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { REPORT, REPORT_PATH, REPORT_PLAN, reportExample } from '../../src/engine/report-examples.js';
import { reportOnTime } from '../../src/rules/report-on-time.js';

const tester = new RuleTester({ describe, it });
const cadenceOnly = { '/work/tinh.kehoach.yaml': REPORT_PLAN.replace('due: trước ngày 18 của tháng cuối quý', 'cadence: Hằng quý') };

tester.run(reportOnTime, {
  valid: [
    reportExample(REPORT),
    { name: 'sent on the last day allowed', ...reportExample(REPORT.replace('date: 16/03/2026', 'date: 17/03/2026')) },
    { name: 'a plan that gives no day and a report that states none', code: REPORT.replace('date: 16/03/2026', 'date: 30/03/2026'), files: cadenceOnly, path: REPORT_PATH },
  ],
  invalid: [
    {
      name: 'signed in time, sent late',
      ...reportExample(REPORT.replace('date: 16/03/2026', 'date: 16/03/2026\nsent: 20/03/2026')),
      errors: [{ messageId: 'late', line: 10, column: 7, data: { sent: '20/03/2026', days: 3, deadline: '17/03/2026', due: 'trước ngày 18 của tháng cuối quý' } }],
    },
    {
      name: 'the report states its own deadline when the plan only says "Hằng quý"',
      code: REPORT.replace('date: 16/03/2026', 'date: 30/03/2026\ndeadline: Chậm nhất ngày 25/3/2026'),
      files: cadenceOnly,
      path: REPORT_PATH,
      errors: [{ messageId: 'late', data: { days: 5, deadline: '25/03/2026' } }],
    },
    {
      name: 'undated',
      ...reportExample(REPORT.replace('date: 16/03/2026\n', '')),
      errors: [{ messageId: 'undated', line: 1, data: { deadline: '17/03/2026' } }],
    },
  ],
});
