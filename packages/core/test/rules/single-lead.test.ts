import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { singleLead } from '../../src/rules/single-lead.js';

const tester = new RuleTester({ describe, it });
const task = (lines: string): string => `${EXAMPLE_HEAD}tasks:\n  - id: van-hoa-van-nghe\n${lines}`;
const DUTY = `${EXAMPLE_HEAD}duties:\n  - agency: [Phòng Nội vụ, Phòng Tư pháp]\n    tasks:\n      - id: gioi-thieu-guong-dien-hinh\n        content: Giới thiệu gương điển hình thực hiện tốt công tác cải cách hành chính\n`;

tester.run(singleLead, {
  valid: [
    task('    lead: Phòng Văn hóa và Thông tin\n    coordinators: [Phòng Nội vụ, Phòng Tư pháp]\n'),
    { name: 'a one-item list', code: task('    lead: [Phòng Văn hóa và Thông tin]\n') },
    { name: 'a duty section for several agencies is not reported by default', code: DUTY },
  ],
  invalid: [
    {
      name: 'two leads as the Bình Sơn seed writes task 10',
      code: task('    lead: [Phòng Văn hóa và Thông tin, "UBND các xã, thị trấn"]\n'),
      errors: [{ messageId: 'several', line: 9, column: 11, data: { count: 2, agencies: '"Phòng Văn hóa và Thông tin", "UBND các xã, thị trấn"' } }],
      output: null,
    },
    {
      name: 'a block list points at the list',
      code: task('    lead:\n      - Phòng Văn hóa và Thông tin\n      - Văn phòng HĐND&UBND\n      - UBND các xã, thị trấn\n'),
      errors: [{ messageId: 'several', line: 10, column: 7, data: { count: 3 } }],
    },
    {
      name: 'the same agency twice in two spellings',
      code: task('    lead: [Phòng Văn hóa và Thông tin, Phòng Văn hoá và Thông tin]\n'),
      errors: [{ messageId: 'sameTwice', line: 9, column: 40, data: { first: 'Phòng Văn hóa và Thông tin', second: 'Phòng Văn hoá và Thông tin' } }],
    },
    {
      name: 'duty tasks with their own leads are tasks too',
      code: `${EXAMPLE_HEAD}duties:\n  - agency: Phòng Nội vụ\n    tasks:\n      - id: khen-thuong\n        lead: [Phòng Nội vụ, Phòng Tư pháp]\n`,
      errors: [{ messageId: 'several', line: 11, column: 15 }],
    },
    {
      name: 'duty sections, when asked',
      code: DUTY,
      options: { duties: true },
      errors: [{ messageId: 'severalDuty', line: 8, column: 13, data: { count: 2 } }],
    },
  ],
});
