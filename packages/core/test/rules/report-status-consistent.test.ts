import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { REPORT, reportExample } from '../../src/engine/report-examples.js';
import { reportStatusConsistent } from '../../src/rules/report-status-consistent.js';

const tester = new RuleTester({ describe, it });
const open = REPORT.replace('    status: hoàn thành\n    completed: 25/02/2026\n', '    status: đang thực hiện\n');

tester.run(reportStatusConsistent, {
  valid: [
    reportExample(REPORT),
    { name: 'late but explained', ...reportExample(open.replace('    status: đang thực hiện\n    figures', '    status: đang thực hiện\n    reason: Chờ đường truyền của nhà mạng, dự kiến xong trong tháng 4.\n    figures')) },
    { name: 'not yet due at the cut-off', ...reportExample(open.replace('period: Quý I/2026', 'period: Tháng 1/2026')) },
    { name: 'done late, said so', ...reportExample(REPORT.replace('status: hoàn thành\n    completed: 25/02/2026', 'status: hoàn thành quá hạn\n    completed: 05/03/2026')) },
  ],
  invalid: [
    {
      name: 'past its deadline and still in progress, without a word',
      ...reportExample(open),
      errors: [{ messageId: 'overdueOpen', line: 15, column: 13, data: { deadline: '28/02/2026', cutoff: '14/03/2026', status: 'đang thực hiện' } }],
    },
    {
      name: 'not started past the deadline is the same',
      ...reportExample(open.replace('status: đang thực hiện\n    figures', 'status: chưa triển khai\n    figures')),
      errors: ['overdueOpen'],
    },
    {
      name: 'not done needs a reason',
      ...reportExample(REPORT.replace('status: đang thực hiện\n    done', 'status: không thực hiện\n    done')),
      errors: [{ messageId: 'notDoneNoReason', line: 22 }],
    },
    {
      name: 'completed after the deadline is done late',
      ...reportExample(REPORT.replace('completed: 25/02/2026', 'completed: 05/03/2026')),
      errors: [{ messageId: 'doneLate', line: 15, data: { completed: '05/03/2026', deadline: '28/02/2026' } }],
      suggestions: [REPORT.replace('completed: 25/02/2026', 'completed: 05/03/2026').replace('status: hoàn thành\n', 'status: hoàn thành quá hạn\n')],
    },
    {
      name: 'a task result without a status',
      ...reportExample(REPORT.replace('    status: đang thực hiện\n', '')),
      errors: [{ messageId: 'noStatus', line: 21, column: 11 }],
    },
  ],
});
