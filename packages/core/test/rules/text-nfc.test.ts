import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { textNfc } from '../../src/rules/text-nfc.js';

const tester = new RuleTester({ describe, it });
const nfd = (s: string): string => s.normalize('NFD');
const COMMUNE = 'kind: plan\nissuer:\n  name: Ủy ban nhân dân xã Dương Quan\n  level: commune\nyear: 2024\n';

tester.run(textNfc, {
  valid: [
    {
      name: 'both tone placements, as the Dương Quan seed mixes them, are fine by default',
      code: `${COMMUNE}title: Tuyên truyền cải cách hành chính nhà nước năm 2024\nrecipients:\n  - UBND huyện Thuỷ Nguyên\n  - TT Đảng uỷ, HĐND xã\nclosing: Trên đây là kế hoạch của UBND xã Dương Quan, huyện Thủy Nguyên\n`,
    },
    {
      name: 'a comment line is the author\'s own',
      code: `${COMMUNE}# ${nfd('chép từ văn bản gốc')}\ntitle: Tuyên truyền cải cách hành chính\n`,
    },
    {
      name: 'the chosen style is followed',
      options: { tonePlacement: 'classic' },
      code: `${COMMUNE}title: Tuyên truyền cải cách hành chính, văn hóa, thủy lợi\n`,
    },
  ],
  invalid: [
    {
      name: 'a decomposed name: one diagnostic for the line, a safe fix',
      code: `${COMMUNE}place: ${nfd('Dương Quan')}\ntitle: Tuyên truyền cải cách hành chính\n`,
      // "Quan" has no marks: only "Dương" is pointed at.
      errors: [{ messageId: 'notNfc', line: 6, column: 8, endColumn: 8 + nfd('Dương').length, data: { fixed: 'Dương' } }],
      output: `${COMMUNE}place: Dương Quan\ntitle: Tuyên truyền cải cách hành chính\n`,
    },
    {
      name: 'NFD inside a quoted value keeps its quotes and the comment after it',
      code: `${COMMUNE}title: "${nfd('Tuyên truyền')} cải cách" # tiêu đề\n`,
      errors: [{ messageId: 'notNfc', line: 6, column: 9 }],
      output: `${COMMUNE}title: "Tuyên truyền cải cách" # tiêu đề\n`,
    },
    {
      name: 'Icelandic Eth for Đ',
      code: `${COMMUNE}place: \u00D0ồng Nai\n`,
      errors: [{ messageId: 'eth', line: 6, column: 8, endColumn: 12 }],
      output: `${COMMUNE}place: Đồng Nai\n`,
    },
    {
      name: 'a word in the other tone style when one is chosen',
      options: { tonePlacement: 'classic' },
      code: `${COMMUNE}recipients:\n  - UBND huyện Thuỷ Nguyên\n  - TT Đảng ủy, HĐND xã\n`,
      errors: [{ messageId: 'tonePlacement', line: 7, column: 16, endColumn: 20, data: { text: 'Thuỷ', fixed: 'Thủy' } }],
      output: `${COMMUNE}recipients:\n  - UBND huyện Thủy Nguyên\n  - TT Đảng ủy, HĐND xã\n`,
    },
    {
      name: 'the reformed style, in the issuer too',
      options: { tonePlacement: 'reformed' },
      code: `${COMMUNE}title: Phòng Văn hóa và Thông tin\n`,
      errors: [
        { messageId: 'tonePlacement', line: 3, column: 9, data: { fixed: 'Uỷ' } },
        { messageId: 'tonePlacement', line: 6, column: 18, data: { fixed: 'hoá' } },
      ],
      output: `${COMMUNE.replace('Ủy', 'Uỷ')}title: Phòng Văn hoá và Thông tin\n`,
    },
    {
      name: 'a whole file pasted from a PDF: one diagnostic, one fix for all',
      options: { maxReports: 3 },
      code: nfd(`${COMMUNE}title: Tuyên truyền cải cách hành chính\nplace: Dương Quan\npreamble: UBND xã Dương Quan ban hành kế hoạch\nclosing: Trên đây là kế hoạch\n`),
      errors: [{ messageId: 'many', line: 3, column: 9, data: { count: 22, text: nfd('Ủy') } }],
      output: `${COMMUNE}title: Tuyên truyền cải cách hành chính\nplace: Dương Quan\npreamble: UBND xã Dương Quan ban hành kế hoạch\nclosing: Trên đây là kế hoạch\n`,
    },
  ],
});
