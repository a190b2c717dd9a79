import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { REPORT, REPORT_PATH, REPORT_PLAN_FILES, reportExample } from '../../src/engine/report-examples.js';
import { reportPlanResolvable } from '../../src/rules/report-plan-resolvable.js';

const tester = new RuleTester({ describe, it });

tester.run(reportPlanResolvable, {
  valid: [
    reportExample(REPORT),
    { name: 'a result for a task group', ...reportExample(REPORT.replace('task: tuyen-truyen', 'task: viec-cua-xa')) },
    { name: 'the plan found by its number alone, once read', ...reportExample(REPORT), files: { ...REPORT_PLAN_FILES } },
  ],
  invalid: [
    {
      name: 'a misspelt task id gets the right one',
      ...reportExample(REPORT.replace('task: tuyen-truyen', 'task: tuyen-truyen-xa')),
      errors: [{ messageId: 'unknownTaskDidYouMean', line: 21, column: 11, data: { id: 'tuyen-truyen-xa', suggestion: 'tuyen-truyen', plan: '45/KH-UBND' } }],
      suggestions: [REPORT],
    },
    {
      name: 'the plan file is not there',
      ...reportExample(REPORT.replace('path: ../tinh.kehoach.yaml', 'path: ../tinh-cu.kehoach.yaml')),
      errors: [{ messageId: 'notFound', line: 7, column: 9, data: { target: '../tinh-cu.kehoach.yaml' } }],
    },
    {
      name: 'the file is another plan',
      ...reportExample(REPORT.replace('ref: 45/KH-UBND', 'ref: 46/KH-UBND')),
      errors: [{ messageId: 'refMismatch', line: 6, column: 8, data: { expected: '46/KH-UBND', actual: '45/KH-UBND' } }],
    },
    {
      name: 'neither number nor file',
      code: REPORT.replace('  ref: 45/KH-UBND\n  path: ../tinh.kehoach.yaml\n', '  {}\n').replace('plan:\n  {}', 'plan: {}'),
      files: REPORT_PLAN_FILES,
      path: REPORT_PATH,
      errors: [{ messageId: 'noPlan', line: 5 }],
    },
    {
      name: 'a result naming nothing, and a target the plan does not have',
      ...reportExample(`${REPORT}  - status: hoàn thành\n  - target: ho-so-truc-tuyen\n    figures: [{ value: 64, unit: "%", of: hồ sơ nộp trực tuyến }]\n`),
      errors: [{ messageId: 'noSubject', line: 24 }, { messageId: 'unknownTarget', line: 25, column: 13, data: { id: 'ho-so-truc-tuyen' } }],
    },
  ],
});
