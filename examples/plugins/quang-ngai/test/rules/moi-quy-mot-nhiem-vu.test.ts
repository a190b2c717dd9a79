import { describe, it } from 'vitest';
import { RuleTester } from '@kehoach/core/testing';
import { moiQuyMotNhiemVu } from '../../src/rules/moi-quy-mot-nhiem-vu.js';

const tester = new RuleTester({ describe, it });

const plan = (title: string, tasks: string, extra = '') => `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: ${title}
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
${extra}tasks:
${tasks}`;

const task = (id: string, timeframe: string) => `  - id: ${id}\n    lead: Phòng Văn hóa và Thông tin\n    timeframe: ${timeframe}\n`;
const TITLE = 'Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn';

tester.run(moiQuyMotNhiemVu, {
  valid: [
    { name: '"Thường xuyên trong năm" covers the four quarters', code: plan(TITLE, task('cap-nhat', 'Thường xuyên trong năm')) },
    { name: '"Hàng quý" covers the four quarters', code: plan(TITLE, task('chuyen-muc', 'Hàng quý')) },
    {
      name: 'one task per quarter, in the wordings of the Bình Sơn plan',
      code: plan(TITLE, task('huong-dan', 'Quý I/2024') + task('hoi-thi-tinh', 'Trong quý II, III năm 2024') + task('tong-ket', 'Quý IV/2024')),
    },
    { name: 'not a communication plan: the rule does not apply', code: plan('Kiểm tra công tác cải cách hành chính năm 2024', task('kiem-tra', 'Quý II/2024')) },
    {
      name: 'the words that make a communication plan are an option',
      code: plan('Kiểm tra công tác cải cách hành chính năm 2024', task('a', 'Trong năm 2024')),
      options: { titleIncludes: ['kiểm tra'] },
    },
    {
      name: 'countDuties: standing duties run all year',
      code: plan(TITLE, task('a', 'Quý I/2024'), 'duties:\n  - agency: Phòng Tư pháp\n    tasks:\n      - id: pho-bien\n        content: Phổ biến pháp luật về CCHC\n'),
      options: { countDuties: true },
    },
    {
      name: 'a plan written only as duties per agency (Tây Ninh style): its standing duties run all year',
      code: plan(TITLE, '').replace('tasks:\n', 'duties:\n  - agency: Phòng Tư pháp\n    tasks:\n      - id: pho-bien\n        content: Phổ biến pháp luật về CCHC\n'),
    },
    { name: 'a plan with no year is left to the schema rule', code: plan(TITLE, task('a', 'Quý I/2024')).replace('year: 2024\n', '') },
  ],
  invalid: [
    {
      name: 'the Bình Sơn contest alone (quý II) leaves quarters I, III and IV empty',
      code: plan(TITLE, task('hoi-thi', 'Trong Quý II năm 2024')),
      errors: [{ messageId: 'missingQuarters', line: 11, column: 1, endColumn: 6, data: { quarters: 'I, III, IV', year: 2024 } }],
      output: null,
    },
    {
      name: 'a deadline counts for the quarter of the deadline only',
      code: plan(TITLE, task('bao-cao', 'Chậm nhất ngày 20/04/2024') + task('cap-nhat', 'Từ tháng 7 đến tháng 12 năm 2024')),
      errors: [{ messageId: 'missingQuarters', data: { quarters: 'I' } }],
    },
    {
      name: 'tone marks placed either way and upper case still make a communication plan',
      code: plan('TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024', task('a', 'Quý I/2024')),
      errors: [{ messageId: 'missingQuarters', data: { quarters: 'II, III, IV' } }],
    },
    {
      name: 'duties ("Tổ chức thực hiện") do not count unless asked',
      code: plan(TITLE, task('a', 'Quý I/2024'), 'duties:\n  - agency: Phòng Tư pháp\n    tasks:\n      - id: pho-bien\n        content: Phổ biến pháp luật về CCHC\n'),
      errors: [{ messageId: 'missingQuarters', data: { quarters: 'II, III, IV' } }],
    },
    {
      name: 'a plan with no tasks at all: the report points at the plan head',
      code: plan(TITLE, '').replace('tasks:\n', ''),
      errors: [{ messageId: 'missingQuarters', line: 1, data: { quarters: 'I, II, III, IV' } }],
    },
  ],
});
