import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { unknownKey } from '../../src/rules/unknown-key.js';

const tester = new RuleTester({ describe, it });
const task = (lines: string): string => `${EXAMPLE_HEAD}tasks:\n  - id: van-hoa-van-nghe\n    title: Tổ chức các hoạt động văn hóa, văn nghệ\n${lines}`;

// The suggestion for a key is remembered per place in the format: the same mistyped
// key gets the suggestion of where it is written, however often it was met before.
tester.run(unknownKey, {
  valid: [task('    lead: Phòng Văn hóa và Thông tin\n    timeframe: Quý II/2025\n')],
  invalid: [
    {
      name: 'a task key typed in Vietnamese',
      code: task('    chủ trì: Phòng Văn hóa và Thông tin\n'),
      errors: [{ messageId: 'didYouMean', line: 10, column: 5, data: { key: 'chủ trì', suggestion: 'lead' } }],
    },
    {
      name: 'the same Vietnamese key again, met before',
      code: task('    chủ trì: Phòng Nội vụ\n'),
      errors: [{ messageId: 'didYouMean', line: 10, column: 5, data: { key: 'chủ trì', suggestion: 'lead' } }],
    },
    {
      name: 'one misspelling in a task and at the top',
      code: `${EXAMPLE_HEAD}tittle: Kế hoạch tuyên truyền\ntasks:\n  - id: van-hoa-van-nghe\n    tittle: Tổ chức các hoạt động văn hóa, văn nghệ\n    coordinator: Phòng Nội vụ\n`,
      errors: [
        { messageId: 'didYouMean', line: 7, column: 1, data: { key: 'tittle', suggestion: 'title' } },
        { messageId: 'didYouMean', line: 10, column: 5, data: { key: 'tittle', suggestion: 'title' } },
        { messageId: 'didYouMean', line: 11, column: 5, data: { key: 'coordinator', suggestion: 'coordinators' } },
      ],
    },
    {
      name: 'a key a task knows is not suggested where it does not apply',
      code: `${EXAMPLE_HEAD}coordinator: Phòng Nội vụ\n`,
      errors: [{ messageId: 'unknown', line: 7, column: 1, data: { key: 'coordinator' } }],
    },
  ],
});
