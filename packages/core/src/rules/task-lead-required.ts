import { defineRule } from '../engine/define.js';
import { insertKeyEdit } from '../engine/edits.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { taskLabel } from '../engine/task-label.js';

const REPORTING = `reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

export const taskLeadRequired = defineRule({
  meta: {
    id: 'task-lead-required',
    category: 'core',
    severity: 'error',
    description: {
      vi: 'Mỗi nhiệm vụ được giao có cơ quan chủ trì (lead): ghi ở nhiệm vụ, ở nhóm nhiệm vụ chứa nó, hoặc là cơ quan của mục "Tổ chức thực hiện" chứa nó. Lời đề nghị (request) gửi cơ quan ngoài thẩm quyền không phải nhiệm vụ được giao.',
      en: 'Every assigned task has a lead agency (lead): on the task, on the task group holding it, or as the agency of the "Tổ chức thực hiện" section that lists it. A request to a body outside the issuer\'s authority is not an assignment.',
    },
    rationale: {
      vi: 'Luật thứ nhất của kế hoạch: nhiệm vụ không có cơ quan chủ trì thì không ai chịu trách nhiệm thực hiện.',
      en: 'The first law of a plan: a task without a lead agency is a task nobody is responsible for.',
    },
    messages: {
      missing: {
        vi: 'Nhiệm vụ "{task}" chưa có cơ quan chủ trì (lead).',
        en: 'Task "{task}" has no lead agency (lead).',
      },
      empty: {
        vi: 'Danh sách cơ quan chủ trì của nhiệm vụ "{task}" đang trống.',
        en: 'The lead agency list of task "{task}" is empty.',
      },
      insert: {
        vi: 'Thêm cơ quan chủ trì',
        en: 'Add a lead agency',
      },
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: tap-huan
    title: Tổ chức tập huấn nghiệp vụ
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: tap-huan
    title: Tổ chức tập huấn nghiệp vụ
    timeframe: Trong năm 2024
`,
      ],
    },
  },
  check(ctx) {
    for (const view of ctx.tasks()) {
      // A request ("Đề nghị ...") asks a body outside the issuer's authority: the first law is for assignments.
      if (view.request || view.leads.length > 0) continue;
      const task = view.task;
      const data = { task: taskLabel(view) };
      if (task.lead !== undefined) {
        ctx.report({ messageId: 'empty', data, at: { node: task, key: 'lead' } });
        continue;
      }
      const edit = insertKeyEdit(ctx.source, task, 'lead', '<Cơ quan chủ trì>');
      ctx.report({
        messageId: 'missing',
        data,
        at: { node: task, key: 'id' },
        suggestions: edit ? [{ title: taskLeadRequired.meta.messages.insert, edits: [edit] }] : [],
      });
    }
  },
});
