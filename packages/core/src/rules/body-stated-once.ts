import { defineRule } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';

/** Keys of the earlier, fixed plan shape that `sections` replaces. */
export const FIXED_BODY_KEYS = [
  'objectives',
  'requirements',
  'audiences',
  'targets',
  'content',
  'forms',
  'tasks',
  'budget',
  'timeframe',
  'duties',
  'reporting',
  'layout',
] as const;

export const bodyStatedOnce = defineRule({
  meta: {
    id: 'body-stated-once',
    category: 'structure',
    severity: 'error',
    description: {
      vi: 'Thân kế hoạch ghi một cách: hoặc các phần theo thứ tự văn bản (sections), hoặc các mục cố định (objectives, tasks, duties, reporting...), không cả hai.',
      en: 'The body of a plan is written one way: either the parts in the order of the document (sections), or the fixed keys (objectives, tasks, duties, reporting...), not both.',
    },
    rationale: {
      vi: 'Kế hoạch viết bằng "sections" được in đúng như các phần đã ghi; một mục cố định đặt thêm bên cạnh sẽ không được in ở đâu cả nhưng vẫn được kiểm tra, nên văn bản và dữ liệu nói hai điều khác nhau. Mỗi điều chỉ ghi một lần.',
      en: 'A plan written with "sections" is printed exactly as its parts; a fixed key set beside them would be printed nowhere but still checked, so the document and the data would say different things. Each fact is stated once.',
    },
    messages: {
      both: {
        vi: '"{key}" là mục của cách ghi cố định, nhưng kế hoạch đã ghi thân văn bản bằng "sections": chuyển nội dung này vào một phần của "sections"{fromTemplate}.',
        en: '"{key}" belongs to the fixed shape, but the plan writes its body as "sections": move it into a part of "sections"{fromTemplateEn}.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}sections:
  - heading: MỤC ĐÍCH, YÊU CẦU
    items:
      - Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}objectives:
  - Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.
sections:
  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - Các phòng, ban triển khai Kế hoạch này.
`,
      ],
    },
  },
  check(ctx) {
    const plan = ctx.plan as Record<string, unknown>;
    if (!Array.isArray(plan.sections)) return;
    const own = (ctx.analysis.ownPlan ?? {}) as Record<string, unknown>;
    for (const key of FIXED_BODY_KEYS) {
      if (plan[key] === undefined) continue;
      const inherited = own[key] === undefined;
      ctx.report({
        messageId: 'both',
        data: {
          key,
          fromTemplate: inherited ? ' (mục này đến từ mẫu được kế thừa: bỏ nó bằng "remove" hoặc dùng mẫu viết bằng "sections")' : '',
          fromTemplateEn: inherited ? ' (it comes from the extended template: drop it with "remove" or use a template written with "sections")' : '',
        },
        at: inherited ? { node: own, key: 'extends' } : { node: own, key, part: 'key' },
      });
    }
  },
});
