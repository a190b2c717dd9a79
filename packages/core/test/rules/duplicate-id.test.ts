import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { duplicateId } from '../../src/rules/duplicate-id.js';

const tester = new RuleTester({ describe, it });

tester.run(duplicateId, {
  valid: [
    `${EXAMPLE_HEAD}tasks:\n  - id: tap-huan-cchc\n  - id: tap-huan-phap-luat\n`,
    {
      name: 'a target may share an id with a task: they are different kinds',
      code: `${EXAMPLE_HEAD}targets:\n  - id: tin-bai\n    text: Tối thiểu 12 tin/bài trong năm\ntasks:\n  - id: tin-bai\n`,
    },
  ],
  invalid: [
    {
      name: 'two tasks, with a rename suggestion that keeps the comment',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: tap-huan\n  - id: tap-huan # nhiệm vụ 7\n`,
      errors: [{ messageId: 'duplicate', line: 9, column: 9, endColumn: 17, data: { id: 'tap-huan', line: 8 } }],
      output: null,
      suggestions: [`${EXAMPLE_HEAD}tasks:\n  - id: tap-huan\n  - id: tap-huan-2 # nhiệm vụ 7\n`],
    },
    {
      name: 'a numbered task and a duty item share the namespace of "implements"',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: tuyen-truyen-cchc\nduties:\n  - id: phong-tu-phap\n    agency: Phòng Tư pháp\n    tasks:\n      - id: tuyen-truyen-cchc\n`,
      errors: [{ messageId: 'duplicate', line: 13, column: 13, data: { line: 8 } }],
    },
    {
      name: 'duty section ids',
      code: `${EXAMPLE_HEAD}duties:\n  - id: phong-noi-vu\n    agency: Phòng Nội vụ\n    tasks: []\n  - id: phong-noi-vu\n    agency: Phòng Tư pháp\n    tasks: []\n`,
      errors: [{ messageId: 'duplicate', line: 11, column: 9 }],
    },
    {
      name: 'the suggested id skips ids already taken',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n  - id: a-2\n  - id: a\n`,
      errors: [{ messageId: 'duplicate', line: 10, column: 9 }],
      suggestions: [`${EXAMPLE_HEAD}tasks:\n  - id: a\n  - id: a-2\n  - id: a-3\n`],
    },
    {
      name: 'three times: two reports, each pointing at the first',
      code: `${EXAMPLE_HEAD}targets:\n  - id: t\n    value: 12\n  - id: t\n    value: 1\n  - id: t\n    value: 100\n`,
      errors: [
        { messageId: 'duplicate', line: 10, column: 9, data: { line: 8 } },
        { messageId: 'duplicate', line: 12, column: 9, data: { line: 8 } },
      ],
    },
  ],
});
