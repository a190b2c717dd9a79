import { defineRule } from '../engine/define.js';
import { insertKeyEdit } from '../engine/edits.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { taskLabel } from '../engine/task-label.js';

const TASK = `tasks:
  - id: tap-huan
    title: Tổ chức tập huấn nghiệp vụ
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
`;

export const taskReportPathRequired = defineRule({
  meta: {
    id: 'task-report-path-required',
    category: 'core',
    severity: 'error',
    description: {
      vi: 'Mỗi nhiệm vụ được giao có đường báo cáo: báo cáo cho ai (to), qua ai (via), hạn hoặc định kỳ; ghi ở nhiệm vụ, ở nhóm nhiệm vụ, ở mục "Tổ chức thực hiện", hoặc ở chế độ báo cáo chung của kế hoạch (reporting, kể cả ghi cho một nhóm cơ quan chứa cơ quan chủ trì). Lời đề nghị (request) không cần.',
      en: 'Every assigned task has a report path: to whom (to), via whom (via), due date or cadence; on the task, its task group, its "Tổ chức thực hiện" section, or the plan-wide reporting (including one stated for a group of agencies the lead belongs to). Requests need none.',
    },
    rationale: {
      vi: 'Cấp trên chỉ tổng hợp được kết quả khi biết ai báo cáo cho ai; đây là vế thứ ba của luật thứ nhất.',
      en: 'Results can only be rolled up when it is known who reports to whom; this is the third part of the first law.',
    },
    messages: {
      missing: {
        vi: 'Nhiệm vụ "{task}" chưa có đường báo cáo: thêm "report" cho nhiệm vụ hoặc mục "reporting" cho cả kế hoạch.',
        en: 'Task "{task}" has no report path: add "report" to the task or a plan-wide "reporting" section.',
      },
      insert: {
        vi: 'Thêm đường báo cáo cho nhiệm vụ',
        en: 'Add a report path to the task',
      },
    },
    fixable: 'suggestion',
    examples: {
      valid: [
        `${EXAMPLE_HEAD}reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
${TASK}`,
        `${EXAMPLE_HEAD}${TASK}    report:
      to: UBND huyện
      due: trước ngày 25/11/2024
`,
      ],
      invalid: [`${EXAMPLE_HEAD}${TASK}`],
    },
  },
  check(ctx) {
    for (const view of ctx.tasks()) {
      if (view.request || view.report) continue;
      const edit = insertKeyEdit(ctx.source, view.task, 'report', '\n  to: <Cơ quan nhận báo cáo>\n  due: <Hạn báo cáo>');
      ctx.report({
        messageId: 'missing',
        data: { task: taskLabel(view) },
        at: { node: view.task, key: 'id' },
        suggestions: edit ? [{ title: taskReportPathRequired.meta.messages.insert, edits: [edit] }] : [],
      });
    }
  },
});
