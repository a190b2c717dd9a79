import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { taskLeadRequired } from '../../src/rules/task-lead-required.js';
import { taskTimeframeRequired } from '../../src/rules/task-timeframe-required.js';
import { taskReportPathRequired } from '../../src/rules/task-report-path-required.js';

const tester = new RuleTester({ describe, it });
const REPORTING = 'reporting:\n  - to: UBND huyện\n    via: Phòng Văn hóa và Thông tin\n    due: trước ngày 25/11/2024\n';

tester.run(taskLeadRequired, {
  valid: [
    `${EXAMPLE_HEAD}tasks:\n  - id: a\n    lead: Phòng Nội vụ\n`,
    {
      name: 'a duty item inherits the agency of its section',
      code: `${EXAMPLE_HEAD}duties:\n  - agency: Phòng Tư pháp\n    tasks:\n      - id: a\n        content: Tổ chức hội nghị tập huấn\n`,
    },
  ],
  invalid: [
    {
      name: 'missing lead points at the task id and offers to insert one',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a # nhiệm vụ 1\n    title: Tập huấn\n`,
      errors: [{ messageId: 'missing', line: 8, column: 9, endColumn: 10, data: { task: 'a' } }],
      output: null,
      suggestions: [`${EXAMPLE_HEAD}tasks:\n  - id: a # nhiệm vụ 1\n    title: Tập huấn\n    lead: <Cơ quan chủ trì>\n`],
    },
    {
      name: 'an empty list',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    lead: []\n`,
      errors: [{ messageId: 'empty', line: 9, column: 11 }],
    },
    {
      name: 'CRLF text keeps its line breaks in the inserted line',
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    title: Tập huấn\n`.replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'missing', line: 8, column: 9 }],
      suggestions: [`${EXAMPLE_HEAD}tasks:\n  - id: a\n    title: Tập huấn\n    lead: <Cơ quan chủ trì>\n`.replace(/\n/g, '\r\n')],
    },
  ],
});

tester.run(taskTimeframeRequired, {
  valid: [
    `${EXAMPLE_HEAD}tasks:\n  - id: a\n    timeframe: Quý I/2024\n`,
    { name: 'plan-wide timeframe', code: `${EXAMPLE_HEAD}timeframe: Trong năm 2024\ntasks:\n  - id: a\n` },
    { name: 'duty items default to the plan year', code: `${EXAMPLE_HEAD}duties:\n  - agency: Phòng Tư pháp\n    tasks:\n      - id: a\n` },
  ],
  invalid: [
    {
      code: `${EXAMPLE_HEAD}tasks:\n  - id: hoi-thi\n    lead: Phòng Văn hóa và Thông tin\n`,
      errors: [{ messageId: 'missing', line: 8, column: 9, data: { task: 'hoi-thi' } }],
      suggestions: [
        `${EXAMPLE_HEAD}tasks:\n  - id: hoi-thi\n    lead: Phòng Văn hóa và Thông tin\n    timeframe: Thường xuyên trong năm\n`,
        `${EXAMPLE_HEAD}tasks:\n  - id: hoi-thi\n    lead: Phòng Văn hóa và Thông tin\n    timeframe: Trong năm 2024\n`,
        `${EXAMPLE_HEAD}tasks:\n  - id: hoi-thi\n    lead: Phòng Văn hóa và Thông tin\n    timeframe: Quý I/2024\n`,
      ],
    },
    {
      name: 'inheritance from the plan can be refused',
      code: `${EXAMPLE_HEAD}timeframe: Trong năm 2024\ntasks:\n  - id: a\n`,
      options: { inheritFromPlan: false },
      errors: [{ messageId: 'missing', line: 9, column: 9 }],
    },
  ],
});

tester.run(taskReportPathRequired, {
  valid: [
    `${EXAMPLE_HEAD}${REPORTING}tasks:\n  - id: a\n`,
    `${EXAMPLE_HEAD}tasks:\n  - id: a\n    report:\n      to: UBND huyện\n`,
    {
      name: 'a reporting entry for other agencies does not count for this one',
      code: `${EXAMPLE_HEAD}reporting:\n  - from: Phòng Nội vụ\n    to: UBND huyện\ntasks:\n  - id: a\n    lead: Phòng Nội vụ\n`,
    },
  ],
  invalid: [
    {
      code: `${EXAMPLE_HEAD}tasks:\n  - id: a\n    lead: Phòng Nội vụ\n`,
      errors: [{ messageId: 'missing', line: 8, column: 9 }],
      suggestions: [`${EXAMPLE_HEAD}tasks:\n  - id: a\n    lead: Phòng Nội vụ\n    report:\n      to: <Cơ quan nhận báo cáo>\n      due: <Hạn báo cáo>\n`],
    },
    {
      name: 'a report without a destination is not a path',
      code: `${EXAMPLE_HEAD}reporting:\n  - condition: nếu có vướng mắc\ntasks:\n  - id: a\n`,
      errors: [{ messageId: 'missing', line: 10, column: 9 }],
    },
    {
      name: 'reporting limited to other agencies',
      code: `${EXAMPLE_HEAD}reporting:\n  - from: Phòng Tư pháp\n    to: UBND huyện\ntasks:\n  - id: a\n    lead: Phòng Nội vụ\n`,
      errors: [{ messageId: 'missing', line: 11, column: 9 }],
    },
  ],
});
