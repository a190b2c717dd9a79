import { planTargets, walkPlan } from '../model/walk.js';
import type { TargetItem } from '../schema/body.js';
import type { Task } from '../schema/task.js';
import { defineRule, type Locator } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { asList } from '../model/tasks.js';
import type { Quantity } from '../schema/common.js';
import { matchKey } from '../text/normalize.js';

/** Words that state a number without digits: "toàn bộ TTHC" is 100% of them. */
const WHOLE = /(?:^|[^\p{L}])(toàn bộ|tất cả|100 phần trăm)(?![\p{L}])/u;
const DIGIT = /\p{Nd}/u;

/** True when the wording itself states how much: a digit ("tối thiểu 12 tin/bài", "100%") or "toàn bộ". */
export function statesAmount(text: string): boolean {
  return DIGIT.test(text) || WHOLE.test(matchKey(text));
}

export const targetMeasurable = defineRule({
  meta: {
    id: 'target-measurable',
    category: 'structure',
    severity: 'warn',
    description: {
      vi: 'Mỗi chỉ tiêu (targets của kế hoạch, quantity của nhiệm vụ) phải đo được: có con số (value) và đơn vị tính (unit), hoặc lời ghi có con số ("tối thiểu 12 tin/bài", "100% TTHC").',
      en: 'Every target (plan targets, task quantities) must be measurable: a number (value) with a unit, or wording that states a number ("tối thiểu 12 tin/bài", "100% TTHC").',
    },
    rationale: {
      vi: 'Chỉ tiêu không có con số ("nâng cao chất lượng tuyên truyền") thì cuối năm không đánh giá được đã đạt hay chưa. Nếu văn bản gốc chỉ ghi mục tiêu chung, hãy để ở "objectives" (mục đích) thay vì "targets".',
      en: 'A target without a number ("improve the quality of communication") cannot be assessed at the end of the year. If the source document only states a general aim, put it under "objectives" rather than "targets".',
    },
    messages: {
      noNumber: {
        vi: 'Chỉ tiêu "{text}" không có con số nên không đo được: ghi giá trị (value) và đơn vị tính (unit), ví dụ "tối thiểu 12 tin/bài trong năm".',
        en: 'Target "{text}" states no number, so it cannot be measured: give a value and a unit, e.g. "tối thiểu 12 tin/bài trong năm".',
      },
      empty: {
        vi: 'Chỉ tiêu này không có nội dung: ghi lời (text) hoặc giá trị (value) và đơn vị tính (unit).',
        en: 'This target is empty: give its wording (text) or a value and a unit.',
      },
      noUnit: {
        vi: 'Chỉ tiêu có giá trị {value} nhưng không có đơn vị tính (unit): {value} cái gì? Ví dụ "tin/bài", "%", "lần", "chương trình".',
        en: 'The target has value {value} but no unit: {value} of what? E.g. "tin/bài", "%", "lần", "chương trình".',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}targets:
  - text: Tối thiểu 12 tin/bài trong năm về thực hiện CCHC
  - value: 100
    unit: '%'
    of: TTHC được niêm yết công khai
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}targets:
  - text: Nâng cao chất lượng thông tin, tuyên truyền CCHC
`,
      ],
    },
  },
  check(ctx) {
    const check = (q: Quantity, at: Locator): void => {
      const text = q.text?.trim() ?? '';
      if (typeof q.value === 'number') {
        if ((q.unit === undefined || q.unit.trim() === '') && text === '') {
          ctx.report({ messageId: 'noUnit', data: { value: q.value }, at: { node: q, key: 'value' } });
        }
        return;
      }
      if (text !== '' && statesAmount(text)) return;
      if (text === '' && !q.of) {
        ctx.report({ messageId: 'empty', at });
        return;
      }
      const shown = text || (q.of ?? '').trim();
      ctx.report({ messageId: 'noNumber', data: { text: shown }, at: text ? { node: q, key: 'text' } : { node: q, key: 'of' } });
    };
    const plan = ctx.plan;
    for (const t of planTargets(plan)) {
      // A target item's wording is its `target`; the checks read it as the wording.
      const q: Quantity = t.wordingKey === 'target' ? { ...t.target, text: (t.target as TargetItem).target } : t.target;
      if (t.wordingKey === 'target' && typeof q.value !== 'number' && !statesAmount(q.text ?? '')) {
        ctx.report({ messageId: 'noNumber', data: { text: (q.text ?? '').trim() }, at: { node: t.target, key: 'target' } });
        continue;
      }
      if (t.wordingKey === 'target') {
        if (typeof q.value === 'number' && (q.unit === undefined || q.unit.trim() === '') && !(q.text ?? '').trim()) {
          ctx.report({ messageId: 'noUnit', data: { value: q.value }, at: { node: t.target, key: 'value' } });
        }
        continue;
      }
      check(q, { node: t.list as object[], index: t.index });
    }
    const quantities = (task: { quantity?: Quantity | Quantity[] }): void => {
      if (task.quantity === undefined) return;
      const list = asList(task.quantity);
      list.forEach((q, i) => check(q, Array.isArray(task.quantity) ? { node: task.quantity, index: i } : { node: task, key: 'quantity' }));
    };
    walkPlan(plan, (v) => {
      if (v.kind === 'task') quantities(v.item as Task);
    });
  },
});
