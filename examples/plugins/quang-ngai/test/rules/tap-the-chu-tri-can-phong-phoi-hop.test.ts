import { describe, it } from 'vitest';
import { RuleTester } from '@kehoach/core/testing';
import { tapTheChuTriCanPhongPhoiHop } from '../../src/rules/tap-the-chu-tri-can-phong-phoi-hop.js';

// The agencies of the Bình Sơn plan (RuleTester's default registry): "UBND các xã, thị
// trấn" and "Các cơ quan, đơn vị liên quan" are collectives, the "Phòng ..." departments.
const tester = new RuleTester({ describe, it });

const plan = (tasks: string) => `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
tasks:
${tasks}`;

tester.run(tapTheChuTriCanPhongPhoiHop, {
  valid: [
    {
      name: 'task 10 of Bình Sơn: the department co-leads with the communes',
      code: plan(`  - id: van-hoa-van-nghe
    lead:
      - Phòng Văn hóa và Thông tin
      - UBND các xã, thị trấn
    coordinators: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Thường xuyên trong năm
`),
    },
    {
      name: 'a department among the coordinators, named by its short name',
      code: plan(`  - id: pho-bien
    lead: UBND các xã, thị trấn
    coordinators: [Trung tâm Truyền thông - Văn hóa - Thể thao, Phòng VH&TT]
    timeframe: Thường xuyên trong năm
`),
    },
    {
      name: 'a single lead that is not a collective',
      code: plan(`  - id: tap-huan
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
`),
    },
    {
      name: 'units may be accepted as focal points by option',
      code: plan(`  - id: phat-thanh
    lead: UBND các xã, thị trấn
    coordinators: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Thường xuyên trong năm
`),
      options: { coordinatorKinds: ['department', 'unit'] },
    },
  ],
  invalid: [
    {
      name: 'led by the communes with only a unit coordinating',
      code: plan(`  - id: phat-thanh
    lead: UBND các xã, thị trấn
    coordinators: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Thường xuyên trong năm
`),
      errors: [{ messageId: 'noCoordinator', line: 13, column: 11, endColumn: 32, data: { task: 'phat-thanh', lead: 'UBND các xã, thị trấn' } }],
      output: null,
    },
    {
      name: 'in a list of leads, the collective item is pointed at',
      code: plan(`  - id: cap-nhat
    lead:
      - Các cơ quan, đơn vị liên quan
      - UBND các xã, thị trấn
    coordinators: ["Các cơ quan, đơn vị liên quan"]
    timeframe: Thường xuyên trong năm
`),
      errors: [{ messageId: 'noCoordinator', line: 14, column: 9, data: { lead: 'Các cơ quan, đơn vị liên quan' } }],
    },
    {
      name: 'a duty section of collectives: each duty item is reported at its head',
      code: `${plan('')}duties:
  - agency: UBND các xã, thị trấn
    tasks:
      - id: ke-hoach-xa
        content: Chủ động xây dựng và tổ chức thực hiện kế hoạch tuyên truyền về CCHC ở địa phương
`.replace('tasks:\nduties:', 'duties:'),
      errors: [{ messageId: 'noCoordinator', line: 14, column: 9, data: { task: 'ke-hoach-xa' } }],
    },
  ],
});
