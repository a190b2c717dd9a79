import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { DISTRICT_PLAN, PROVINCE_PLAN, parentTaskImplemented } from '../../src/rules/parent-task-implemented.js';

const tester = new RuleTester({ describe, it });
const parentFiles = { '/work/tinh.kehoach.yaml': PROVINCE_PLAN };
// DISTRICT_PLAN is 15 lines: the lines after it start at 16.

tester.run(parentTaskImplemented, {
  valid: [
    { code: DISTRICT_PLAN, files: parentFiles },
    { name: 'no parent file: nothing to compare', code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n`, files: {} },
  ],
  invalid: [
    {
      name: 'the task the province gives the districts is not implemented',
      code: DISTRICT_PLAN.replace('    implements: xay-dung-ke-hoach\n', ''),
      files: parentFiles,
      errors: [{ messageId: 'missing', line: 7, column: 1, endColumn: 7, data: { task: 'xay-dung-ke-hoach' } }],
      suggestions: [
        DISTRICT_PLAN.replace('    implements: xay-dung-ke-hoach\n', '') +
          '  - id: xay-dung-ke-hoach\n    implements: xay-dung-ke-hoach\n    title: Xây dựng kế hoạch thông tin, tuyên truyền CCHC năm 2024 của địa phương\n    lead: <Cơ quan chủ trì>\n    timeframe: Chậm nhất ngày 20/04/2024\n',
      ],
    },
    {
      name: 'a misspelt parent task id gets the right one',
      code: DISTRICT_PLAN.replace('implements: xay-dung-ke-hoach', 'implements: xay-dung-kehoach'),
      files: parentFiles,
      // The parent task is then not implemented either; diagnostics come in file order.
      errors: ['missing', { messageId: 'unknownParentTaskDidYouMean', line: 12, column: 17, data: { suggestion: 'xay-dung-ke-hoach' } }],
    },
    {
      name: 'an id the parent does not have',
      code: DISTRICT_PLAN.replace('implements: xay-dung-ke-hoach', 'implements: [xay-dung-ke-hoach, hoi-thi-tinh]'),
      files: parentFiles,
      errors: [{ messageId: 'unknownParentTask', line: 12, column: 37, data: { id: 'hoi-thi-tinh' } }],
    },
  ],
});
