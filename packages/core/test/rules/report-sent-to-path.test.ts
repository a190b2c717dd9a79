import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { REPORT, REPORT_PATH, REPORT_PLAN, reportExample } from '../../src/engine/report-examples.js';
import { reportSentToPath } from '../../src/rules/report-sent-to-path.js';

const tester = new RuleTester({ describe, it });
const viaPlan = REPORT_PLAN.replace('          to: Sở Khoa học và Công nghệ\n', '          to: [Ủy ban nhân dân tỉnh Bình Minh, Sở Khoa học và Công nghệ]\n          via: Sở Khoa học và Công nghệ\n');
const files = { '/work/tinh.kehoach.yaml': viaPlan };

tester.run(reportSentToPath, {
  valid: [
    reportExample(REPORT),
    { name: 'the recipient by its short name', ...reportExample(REPORT.replace('to: Sở Khoa học và Công nghệ', 'to: [sở khoa học và công nghệ]')) },
    { name: 'two recipients, via the department', code: REPORT.replace('to: Sở Khoa học và Công nghệ', 'to: [UBND tỉnh, Sở Khoa học và Công nghệ]\nvia: Sở Khoa học và Công nghệ'), files, path: REPORT_PATH },
  ],
  invalid: [
    {
      name: 'sent straight to the province',
      ...reportExample(REPORT.replace('to: Sở Khoa học và Công nghệ', 'to: Ủy ban nhân dân tỉnh Bình Minh')),
      errors: [{ messageId: 'missingRecipient', line: 11, column: 5, data: { recipient: 'Sở Khoa học và Công nghệ' } }],
    },
    {
      name: 'no recipient at all',
      ...reportExample(REPORT.replace('to: Sở Khoa học và Công nghệ\n', '')),
      errors: [{ messageId: 'noRecipient', line: 1 }],
    },
    {
      name: 'one of two recipients, and another compiling body',
      code: REPORT.replace('to: Sở Khoa học và Công nghệ', 'to: UBND tỉnh\nvia: Văn phòng UBND tỉnh'),
      files,
      path: REPORT_PATH,
      errors: [{ messageId: 'missingRecipient', data: { recipient: 'Sở Khoa học và Công nghệ' } }, { messageId: 'wrongVia', line: 12, data: { actual: 'Văn phòng UBND tỉnh' } }],
    },
  ],
});
