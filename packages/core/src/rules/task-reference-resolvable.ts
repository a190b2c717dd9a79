import { defineRule } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { replaceScalarEdit } from '../engine/edits.js';
import { formatMessage } from '../i18n/message.js';
import { taskIds, walkPlan } from '../model/walk.js';
import type { TaskRefItem } from '../schema/body.js';
import { rankSuggestions } from '../text/similarity.js';

const USE = { vi: 'Dùng "{id}"', en: 'Use "{id}"' };

export const taskReferenceResolvable = defineRule({
  meta: {
    id: 'task-reference-resolvable',
    category: 'structure',
    severity: 'error',
    fixable: 'suggestion',
    description: {
      vi: 'Chỗ nhắc lại một nhiệm vụ ("task: <mã>", ví dụ trong bảng phụ lục) phải ghi mã của một nhiệm vụ có trong kế hoạch.',
      en: 'A place that shows a task again ("task: <id>", e.g. in an appendix table) must name the id of a task of the plan.',
    },
    rationale: {
      vi: 'Một nhiệm vụ ghi ở thân văn bản và nhắc lại ở phụ lục là một nhiệm vụ: chỗ nhắc lại trỏ tới nó bằng mã. Mã sai thì dòng phụ lục không trỏ tới đâu, và văn bản in ra thiếu cơ quan chủ trì, thời gian của dòng đó.',
      en: 'A task stated in the body and shown again in an appendix is one task: the second place points at it by id. A wrong id points nowhere, and the printed row lacks its lead and timeframe.',
    },
    messages: {
      unknown: {
        vi: 'Không có nhiệm vụ nào mang mã "{id}" trong kế hoạch{suggestion}.',
        en: 'No task of the plan has the id "{id}"{suggestionEn}.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}sections:
  - heading: NHIỆM VỤ
    items:
      - id: tap-huan
        title: Tổ chức tập huấn nghiệp vụ
        lead: Phòng Nội vụ
        timeframe: Quý II/2024
        report: { to: UBND huyện, due: trước ngày 25/11/2024 }
appendices:
  - title: DANH MỤC NHIỆM VỤ
    items:
      - table:
          columns: [{ field: order, header: STT }, { field: title, header: Nhiệm vụ }, { field: lead, header: Chủ trì }]
          rows:
            - task: tap-huan
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}sections:
  - heading: NHIỆM VỤ
    items:
      - id: tap-huan
        title: Tổ chức tập huấn nghiệp vụ
        lead: Phòng Nội vụ
        timeframe: Quý II/2024
        report: { to: UBND huyện, due: trước ngày 25/11/2024 }
appendices:
  - title: DANH MỤC NHIỆM VỤ
    items:
      - table:
          columns: [{ field: order, header: STT }, { field: title, header: Nhiệm vụ }, { field: lead, header: Chủ trì }]
          rows:
            - task: tap-huan-cchc
`,
      ],
    },
  },
  check(ctx) {
    let ids: Set<string> | undefined;
    walkPlan(ctx.plan, (v) => {
      if (v.kind !== 'task-ref') return;
      const ref = v.item as TaskRefItem;
      if (typeof ref.task !== 'string') return;
      ids ??= taskIds(ctx.plan);
      if (ids.has(ref.task)) return;
      const best = rankSuggestions(ref.task, [...ids], (id) => [id], { limit: 1, minScore: 0.6 })[0];
      const at = { node: ref, key: 'task' };
      const suggestion = best?.item;
      ctx.report({
        messageId: 'unknown',
        data: {
          id: ref.task,
          suggestion: suggestion ? `; có phải "${suggestion}"?` : '',
          suggestionEn: suggestion ? `; did you mean "${suggestion}"?` : '',
        },
        at,
        suggestions: suggestion
          ? [{ title: formatMessage(USE, { id: suggestion }), edits: [replaceScalarEdit(ctx.source, ctx.rangeOf(at), suggestion)] }]
          : [],
      });
    });
  },
});
