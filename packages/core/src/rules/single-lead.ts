import { z } from 'zod';
import { defineRule } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { asList } from '../model/tasks.js';

const options = z.strictObject({
  /** Also warn for a "Tổ chức thực hiện" section assigned to several agencies at once. */
  duties: z.boolean().default(false).describe('Cảnh báo cả mục "Tổ chức thực hiện" giao chung cho nhiều cơ quan / also warn for duty sections with several agencies'),
});

const REPORTING = `reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

export const singleLead = defineRule({
  meta: {
    id: 'single-lead',
    category: 'agencies',
    severity: 'warn',
    options,
    description: {
      vi: 'Mỗi nhiệm vụ nên có một cơ quan chủ trì; các cơ quan khác là cơ quan phối hợp.',
      en: 'Each task should have one lead agency; the others coordinate.',
    },
    rationale: {
      vi: 'Giao một việc cho nhiều cơ quan cùng chủ trì thì khó biết ai chịu trách nhiệm chính và ai báo cáo. Văn bản thực tế vẫn làm vậy (ví dụ "Cơ quan thực hiện: Phòng Văn hóa và Thông tin; UBND các xã, thị trấn") nên đây chỉ là cảnh báo, và kế hoạch phải ghi đúng như văn bản. Mục "Tổ chức thực hiện" giao chung cho nhiều cơ quan (mỗi cơ quan tự làm phần mình) không bị cảnh báo, trừ khi bật tùy chọn "duties".',
      en: 'A task led by several agencies leaves unclear who is mainly responsible and who reports. Real plans do this (e.g. "Cơ quan thực hiện: Phòng Văn hóa và Thông tin; UBND các xã, thị trấn"), so it is only a warning, and the plan must say what the document says. A "Tổ chức thực hiện" section addressed to several agencies at once (each doing its own part) is not reported unless the "duties" option is on.',
    },
    messages: {
      several: {
        vi: 'Nhiệm vụ "{task}" có {count} cơ quan chủ trì ({agencies}): nên giao một cơ quan chủ trì, các cơ quan còn lại ghi ở "coordinators".',
        en: 'Task "{task}" has {count} lead agencies ({agencies}): give it one lead and list the others under "coordinators".',
      },
      sameTwice: {
        vi: 'Nhiệm vụ "{task}" ghi cùng một cơ quan chủ trì hai lần: "{first}" và "{second}".',
        en: 'Task "{task}" names the same lead agency twice: "{first}" and "{second}".',
      },
      severalDuty: {
        vi: 'Mục "Tổ chức thực hiện" giao chung cho {count} cơ quan ({agencies}): nên tách thành mỗi cơ quan một mục.',
        en: 'This "Tổ chức thực hiện" section is addressed to {count} agencies ({agencies}): consider one section per agency.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: van-hoa-van-nghe
    title: Tổ chức và tham gia các hoạt động văn hóa, văn nghệ có chủ đề về CCHC
    lead: Phòng Văn hóa và Thông tin
    coordinators: ["UBND các xã, thị trấn", Trung tâm Truyền thông - Văn hóa - Thể thao]
    timeframe: Thường xuyên trong năm
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: van-hoa-van-nghe
    title: Tổ chức và tham gia các hoạt động văn hóa, văn nghệ có chủ đề về CCHC
    lead: [Phòng Văn hóa và Thông tin, "UBND các xã, thị trấn"]
    coordinators: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Thường xuyên trong năm
`,
      ],
    },
  },
  check(ctx) {
    const describe = (refs: string[]): string => refs.map((r) => `"${r.trim()}"`).join(', ');
    for (const view of ctx.tasks()) {
      const task = view.task;
      // One lead (a string, nearly every task) needs no list.
      if (!Array.isArray(task.lead) || task.lead.length < 2) continue;
      const leads = task.lead;
      const keys = ctx.analysis.agencyKeys(leads);
      const firstAt = new Map<string, number>();
      keys.forEach((k, i) => {
        const seen = firstAt.get(k);
        if (seen === undefined) {
          firstAt.set(k, i);
          return;
        }
        ctx.report({
          messageId: 'sameTwice',
          data: { task: task.id, first: (leads[seen] as string).trim(), second: (leads[i] as string).trim() },
          at: { node: task, key: 'lead', index: i },
        });
      });
      if (firstAt.size < 2) continue;
      ctx.report({
        messageId: 'several',
        data: { task: task.id, count: firstAt.size, agencies: describe([...firstAt.values()].map((i) => leads[i] as string)) },
        at: { node: task, key: 'lead' },
      });
    }
    if (!ctx.options.duties) return;
    for (const duty of ctx.plan.duties ?? []) {
      const agencies = asList(duty.agency);
      const distinct = new Set(ctx.analysis.agencyKeys(agencies));
      if (distinct.size < 2) continue;
      ctx.report({ messageId: 'severalDuty', data: { count: distinct.size, agencies: describe(agencies) }, at: { node: duty, key: 'agency' } });
    }
  },
});
