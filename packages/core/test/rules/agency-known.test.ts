import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { agencyKnown } from '../../src/rules/agency-known.js';
import type { AgencyEntry } from '../../src/schema/registry.js';

const tester = new RuleTester({ describe, it });
const task = (lines: string): string => `${EXAMPLE_HEAD}tasks:\n  - id: hoi-thi\n${lines}`;

/** The province registry of the Tây Ninh seed, with the 1 July 2025 merger of Sở Thông tin và Truyền thông. */
const TAY_NINH: AgencyEntry[] = [
  { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Tây Ninh', short: 'UBND tỉnh', kind: 'people-committee', level: 'province' },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'department', level: 'province' },
  { id: 'so-khcn', name: 'Sở Khoa học và Công nghệ', kind: 'department', level: 'province' },
  { id: 'so-dan-toc-ton-giao', name: 'Sở Dân tộc và Tôn giáo', kind: 'department', level: 'province', validFrom: '01/03/2025' },
  {
    id: 'so-tttt',
    name: 'Sở Thông tin và Truyền thông',
    short: 'Sở TTTT',
    kind: 'department',
    level: 'province',
    validTo: '30/06/2025',
    successor: 'so-khcn',
  },
  { id: 'ubmttq-tinh', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh', short: 'UBMTTQVN tỉnh', kind: 'mass-organisation', level: 'province' },
  { id: 'ubnd-cap-huyen', name: 'UBND các huyện, thị xã, thành phố', kind: 'collective', level: 'district' },
];
const TAY_NINH_HEAD = (year: number): string =>
  `kind: plan\nissuer:\n  name: Ủy ban nhân dân tỉnh Tây Ninh\n  level: province\nyear: ${year}\ntitle: Thông tin, tuyên truyền cải cách hành chính năm ${year}\n`;

tester.run(agencyKnown, {
  valid: [
    {
      name: 'names as the Bình Sơn seed writes them: tone placement, dash kind, "&", case, ids',
      code: task(
        '    lead: Phòng Văn hoá và Thông tin\n    coordinators:\n      - Trung tâm Truyền thông – Văn hoá – Thể thao\n      - phòng vh&tt\n      - phong-noi-vu\n      - Các cơ quan, đơn vị liên quan..\n',
      ),
    },
    {
      name: 'NFD text (pasted from a PDF) still resolves',
      code: task(`    lead: ${'Phòng Tư pháp'.normalize('NFD')}\n`),
    },
    {
      name: 'UBND expands to Ủy ban nhân dân; reporting to/via resolve too',
      code: `${EXAMPLE_HEAD}reporting:\n  - to: Ủy ban nhân dân huyện\n    via: Phòng VH&TT\n`,
    },
    {
      name: 'quoted names with commas inside a flow list',
      code: task('    coordinators: ["Các cơ quan, đơn vị liên quan", "UBND các xã, thị trấn"]\n'),
    },
    {
      name: 'a registry named but missing is reported by reference-resolvable only',
      files: { '/work/kehoach.config.yaml': 'root: true\n' },
      code: `kind: plan\nregistry: ./khong-co.yaml\n${task('    lead: Phòng Nội vụ\n').replace('kind: plan\n', '')}`,
    },
    {
      name: 'the plan\'s own agencies are part of the registry',
      code: `${EXAMPLE_HEAD}agencies:\n  - id: bo-phan-mot-cua\n    name: Bộ phận Tiếp nhận và Trả kết quả huyện\n    kind: unit\ntasks:\n  - id: a\n    lead: Bộ phận Tiếp nhận và Trả kết quả huyện\n`,
    },
    {
      name: 'an agency merged in 2025 is fine in a 2024 plan',
      agencies: TAY_NINH,
      code: `${TAY_NINH_HEAD(2024)}duties:\n  - agency: Sở Thông tin và Truyền thông\n    tasks:\n      - id: chuyen-doi-so\n        content: Tổ chức các hoạt động tuyên truyền về chuyển đổi số\n`,
    },
  ],
  invalid: [
    {
      name: 'a missing "và" gets ranked suggestions, the closest first',
      code: task('    lead: Phòng Văn hóa Thông tin\n'),
      errors: [{ messageId: 'didYouMean', line: 9, column: 11, endColumn: 34, data: { suggestion: 'Phòng Văn hóa và Thông tin' } }],
      output: null,
      suggestions: [task('    lead: Phòng Văn hóa và Thông tin\n')],
    },
    {
      name: 'a name that matches nothing',
      code: task('    lead: Ban Chỉ đạo chuyển đổi số\n'),
      errors: [{ messageId: 'unknown', line: 9, column: 11, data: { name: 'Ban Chỉ đạo chuyển đổi số' } }],
    },
    {
      name: 'an item of a block list points at the item; quoting is kept in the suggestion',
      code: task('    coordinators:\n      - Phòng Nội vụ\n      - "Phòng Tư Pháp huyện"\n'),
      errors: [{ messageId: 'didYouMean', line: 11, column: 9, endColumn: 30, data: { suggestion: 'Phòng Tư pháp' } }],
      suggestions: [task('    coordinators:\n      - Phòng Nội vụ\n      - "Phòng Tư pháp"\n')],
    },
    {
      name: 'several close names are offered best first',
      code: task('    lead: UBND xã\n'),
      errors: [{ messageId: 'didYouMean', line: 9, column: 11, data: { suggestion: 'UBND các xã, thị trấn' } }],
      suggestions: [task('    lead: UBND các xã, thị trấn\n'), task('    lead: Ủy ban nhân dân huyện Bình Sơn\n')],
    },
    {
      name: 'a name without diacritics',
      code: task('    lead: Phong noi vu\n'),
      errors: [{ messageId: 'didYouMean', line: 9, column: 11, data: { suggestion: 'Phòng Nội vụ' } }],
    },
    {
      name: 'YAML splits an unquoted name at its comma inside [ ]: a safe fix quotes it',
      code: task('    coordinators: [Phòng Nội vụ, UBND các xã, thị trấn]\n'),
      errors: [{ messageId: 'splitByComma', line: 9, column: 34, endColumn: 55, data: { name: 'UBND các xã, thị trấn', count: 2 } }],
      output: task('    coordinators: [Phòng Nội vụ, "UBND các xã, thị trấn"]\n'),
    },
    {
      name: 'several agencies written as one string become a list',
      code: task('    lead: Phòng Văn hóa và Thông tin; UBND các xã, thị trấn\n'),
      errors: [{ messageId: 'severalInOne', line: 9, column: 11, data: { count: 2 } }],
      suggestions: [task('    lead: [Phòng Văn hóa và Thông tin, "UBND các xã, thị trấn"]\n')],
    },
    {
      name: 'several agencies in one item of a block list become items',
      code: task('    coordinators:\n      - Phòng Nội vụ, Phòng Tư pháp\n'),
      errors: [{ messageId: 'severalInOne', line: 10, column: 9 }],
      suggestions: [task('    coordinators:\n      - Phòng Nội vụ\n      - Phòng Tư pháp\n')],
    },
    {
      name: 'a duty section agency',
      code: `${EXAMPLE_HEAD}duties:\n  - agency: Phòng Tài chính - Kế hoạch\n    tasks:\n      - id: kinh-phi\n        content: Tổng hợp, trình cấp có thẩm quyền xem xét, quyết định\n`,
      errors: [{ messageId: 'unknown', line: 8, column: 13 }],
    },
    {
      name: 'a report path "via"',
      code: `${EXAMPLE_HEAD}reporting:\n  - to: UBND huyện\n    via: Phòng Văn hoá Thông tin\n`,
      errors: [{ messageId: 'didYouMean', line: 9, column: 10 }],
    },
    {
      name: 'no registry at all: one diagnostic, not one per name',
      agencies: [],
      code: task('    lead: Phòng Nội vụ\n    coordinators: [Phòng Tư pháp]\n'),
      errors: [{ messageId: 'noRegistry', line: 9, column: 11, data: { name: 'Phòng Nội vụ' } }],
    },
    {
      name: 'an agency dissolved before the plan year, with its successor suggested',
      agencies: TAY_NINH,
      code: `${TAY_NINH_HEAD(2026)}duties:\n  - agency: Sở TTTT\n    tasks:\n      - id: chuyen-doi-so\n        content: Tổ chức các hoạt động tuyên truyền về chuyển đổi số\n`,
      errors: [{ messageId: 'dissolved', line: 8, column: 13, data: { validTo: '30/06/2025', year: 2026 } }],
      suggestions: [
        `${TAY_NINH_HEAD(2026)}duties:\n  - agency: Sở Khoa học và Công nghệ\n    tasks:\n      - id: chuyen-doi-so\n        content: Tổ chức các hoạt động tuyên truyền về chuyển đổi số\n`,
      ],
    },
    {
      name: 'an agency founded after the plan year',
      agencies: TAY_NINH,
      code: `${TAY_NINH_HEAD(2024)}duties:\n  - agency: Sở Dân tộc và Tôn giáo\n    tasks:\n      - id: tuyen-truyen\n        content: Tuyên truyền cải cách hành chính trong vùng đồng bào dân tộc\n`,
      errors: [{ messageId: 'notYetEstablished', line: 8, column: 13, data: { validFrom: '01/03/2025', year: 2024 } }],
    },
  ],
});
