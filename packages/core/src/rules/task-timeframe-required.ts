import { z } from 'zod';
import { defineRule, type FixInput } from '../engine/define.js';
import { insertKeyEdit, plainOrQuoted } from '../engine/edits.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { taskLabel, yearText } from '../engine/task-label.js';
import { formatMessage } from '../i18n/message.js';

const REPORTING = `reporting:
  - to: UBND huyện
    due: trước ngày 25/11/2024
`;

const options = z.strictObject({
  /** Count a timeframe stated once for the whole plan ("IV. THỜI GIAN THỰC HIỆN"). */
  inheritFromPlan: z.boolean().default(true),
});

export const taskTimeframeRequired = defineRule({
  meta: {
    id: 'task-timeframe-required',
    category: 'core',
    severity: 'error',
    description: {
      vi: 'Mỗi nhiệm vụ được giao có thời gian thực hiện (timeframe): ở nhiệm vụ, ở nhóm nhiệm vụ hay mục "Tổ chức thực hiện" chứa nó, hoặc thời gian chung của kế hoạch (lời đề nghị "request" không cần).',
      en: 'Every assigned task has a timeframe: on the task, on its task group or "Tổ chức thực hiện" section, or the plan-wide timeframe (requests need none).',
    },
    rationale: {
      vi: 'Không có thời hạn thì không theo dõi, đôn đốc hay đánh giá được việc thực hiện.',
      en: 'Without a timeframe nobody can follow up, chase or assess the work.',
    },
    messages: {
      missing: {
        vi: 'Nhiệm vụ "{task}" chưa có thời gian thực hiện (timeframe).',
        en: 'Task "{task}" has no timeframe.',
      },
      insert: {
        vi: 'Thêm thời gian: "{phrase}"',
        en: 'Add timeframe: "{phrase}"',
      },
    },
    fixable: 'suggestion',
    options,
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về chuyển đổi số
    lead: Phòng Văn hóa và Thông tin
    timeframe: Trong Quý II năm 2024
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về chuyển đổi số
    lead: Phòng Văn hóa và Thông tin
`,
      ],
    },
  },
  check(ctx) {
    const year = yearText(ctx.year);
    const phrases = ['Thường xuyên trong năm', `Trong năm ${year}`, `Quý I/${year}`];
    for (const view of ctx.tasks()) {
      const tf = view.timeframe;
      if (view.request) continue;
      if (tf && (ctx.options.inheritFromPlan || (tf.source !== 'plan' && tf.source !== 'plan-year'))) continue;
      const suggestions: FixInput[] = [];
      for (const phrase of phrases) {
        const edit = insertKeyEdit(ctx.source, view.task, 'timeframe', plainOrQuoted(phrase));
        if (edit) suggestions.push({ title: formatMessage(taskTimeframeRequired.meta.messages.insert, { phrase }), edits: [edit] });
      }
      ctx.report({ messageId: 'missing', data: { task: taskLabel(view) }, at: { node: view.task, key: 'id' }, suggestions });
    }
  },
});
