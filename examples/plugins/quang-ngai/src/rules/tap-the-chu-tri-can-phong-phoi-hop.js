// @ts-check
import { asList, defineRule } from '@kehoach/core';
import { z } from 'zod';

const HEAD = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

/**
 * "Nhiệm vụ do tập thể chủ trì phải có phòng, ban phối hợp": when a task's lead is a
 * collective ("UBND các xã, thị trấn", "Các cơ quan, đơn vị liên quan"), no single body
 * answers for it; a named department among the co-leads or coordinators does.
 */
export const tapTheChuTriCanPhongPhoiHop = defineRule({
  meta: {
    id: 'quang-ngai/tap-the-chu-tri-can-phong-phoi-hop',
    category: 'agencies',
    severity: 'warn',
    docs: 'https://github.com/kehoach/kehoach/blob/main/examples/plugins/quang-ngai/docs/rules/tap-the-chu-tri-can-phong-phoi-hop.md',
    description: {
      vi: 'Nhiệm vụ do một tập thể (như "UBND các xã, thị trấn") chủ trì phải có một phòng, ban cụ thể cùng thực hiện hoặc phối hợp.',
      en: 'A task led by a collective (such as "UBND các xã, thị trấn") names a specific department that co-leads or coordinates it.',
    },
    rationale: {
      vi: 'Một tập thể gồm nhiều xã, nhiều cơ quan không thể tự báo cáo tiến độ như một đơn vị; quy tắc ví dụ này yêu cầu mỗi nhiệm vụ như vậy có một phòng chuyên môn làm đầu mối hướng dẫn, đôn đốc và tổng hợp.',
      en: 'A collective of many communes or bodies cannot report progress as one; this example rule requires a specialised department as the focal point that guides, follows up and compiles for every such task.',
    },
    messages: {
      noCoordinator: {
        vi: 'Nhiệm vụ "{task}" do "{lead}" chủ trì nhưng chưa có phòng, ban nào cùng thực hiện hoặc phối hợp làm đầu mối.',
        en: 'Task "{task}" is led by "{lead}" but names no department as co-lead or coordinator to act as focal point.',
      },
    },
    options: z.strictObject({
      /** Agency kinds (of the registry) that can be the focal point. */
      coordinatorKinds: z.array(z.string()).default(['department']),
    }),
    examples: {
      invalid: [
        `${HEAD}tasks:
  - id: van-hoa-van-nghe
    title: Tổ chức các hoạt động văn hóa, văn nghệ có chủ đề về CCHC
    lead: UBND các xã, thị trấn
    coordinators: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Thường xuyên trong năm
`,
      ],
      valid: [
        `${HEAD}tasks:
  - id: van-hoa-van-nghe
    title: Tổ chức và tham gia các hoạt động văn hóa, văn nghệ có chủ đề về CCHC
    lead:
      - Phòng Văn hóa và Thông tin
      - UBND các xã, thị trấn
    coordinators: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Thường xuyên trong năm
`,
        `${HEAD}tasks:
  - id: tap-huan-phap-luat
    title: Lồng ghép phổ biến, tuyên truyền pháp luật về CCHC
    lead: UBND các xã, thị trấn
    coordinators: [Phòng Tư pháp]
    timeframe: Thường xuyên trong năm
`,
      ],
    },
  },
  check(ctx) {
    const kinds = new Set(ctx.options.coordinatorKinds);
    for (const view of ctx.tasks()) {
      const leads = view.leads.map((text, index) => ({ text, index, kind: ctx.agencies.resolve(text)?.entry.kind }));
      const collective = leads.find((l) => l.kind === 'collective');
      if (!collective) continue;
      const others = [
        ...leads.filter((l) => l !== collective).map((l) => l.kind),
        ...asList(view.task.coordinators).map((c) => ctx.agencies.resolve(c)?.entry.kind),
      ];
      if (others.some((k) => k !== undefined && kinds.has(k))) continue;
      const task = view.task.id ?? view.task.title ?? String(view.index + 1);
      /** @type {import('@kehoach/core').Locator} */
      const at =
        view.leadSource === 'task'
          ? Array.isArray(view.task.lead)
            ? { node: view.task.lead, index: collective.index }
            : { node: view.task, key: 'lead' }
          : { node: view.task, part: 'head' };
      ctx.report({ messageId: 'noCoordinator', data: { task, lead: collective.text }, at });
    }
  },
});
