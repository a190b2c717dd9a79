import { defineRule, type Locator } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { isExternal } from '../agencies/groups.js';
import { asList } from '../model/tasks.js';
import { walkPlan } from '../model/walk.js';
import type { AgencyEntry } from '../schema/registry.js';
import type { Task } from '../schema/task.js';
import { formatMessage } from '../i18n/message.js';
import { ObjectMemo } from '../text/object-memo.js';

const REPORTING = `      - reporting: { to: UBND huyện, due: trước ngày 25/11/2024 }
`;

const TO_REQUEST = { vi: 'Ghi là lời đề nghị ("request")', en: 'Write it as a request ("request")' };
const TO_LEAD = { vi: 'Ghi là giao nhiệm vụ ("lead")', en: 'Write it as an assignment ("lead")' };

/** A lead outside the issuer's authority, or a request to a body under it. */
function wrongSide(e: AgencyEntry | undefined, key: 'lead' | 'request'): boolean {
  return e !== undefined && (key === 'lead' ? isExternal(e) : !isExternal(e) && e.kind !== 'collective');
}

/** Tasks found clean, with the registry index they were checked against. */
const cleanTasks = new ObjectMemo<object, object>();

export const requestForExternal = defineRule({
  meta: {
    id: 'request-for-external',
    category: 'agencies',
    severity: 'warn',
    fixable: 'suggestion',
    description: {
      vi: 'Cơ quan ngoài thẩm quyền của cơ quan ban hành (Mặt trận Tổ quốc, đoàn thể, tòa án, viện kiểm sát, cơ quan Đảng, doanh nghiệp, hội) được "đề nghị" (request), không được "giao" (lead); cơ quan thuộc quyền chỉ đạo thì được giao.',
      en: 'Bodies outside the issuer\'s authority (Fatherland Front, unions, courts, procuracies, party bodies, enterprises, associations) are asked (request), not assigned (lead); bodies under its direction are assigned.',
    },
    rationale: {
      vi: 'Ủy ban nhân dân chỉ giao việc cho cơ quan mình chỉ đạo; với Mặt trận, đoàn thể, tòa án, viện kiểm sát, văn bản viết "Đề nghị ...". Ghi nhầm thì kế hoạch đòi những cơ quan đó báo cáo như cấp dưới, và văn bản in ra sai thẩm quyền. Danh mục cơ quan cho biết cơ quan nào ngoài thẩm quyền (loại cơ quan, hoặc `external`).',
      en: 'A People\'s Committee assigns work only to the bodies it directs; to the Fatherland Front, unions, courts and procuracies a plan writes "Đề nghị ..." (we request). Mixing them up makes the plan demand reports from those bodies as if they were subordinates, and the printed document oversteps its authority. The registry says which bodies are outside (their kind, or `external`).',
    },
    messages: {
      externalLead: {
        vi: '"{agency}" ({official}) nằm ngoài thẩm quyền của cơ quan ban hành: ghi là lời đề nghị ("request"), không phải cơ quan chủ trì ("lead").',
        en: '"{agency}" ({official}) is outside the issuer\'s authority: write it as a request ("request"), not as a lead ("lead").',
      },
      subordinateRequest: {
        vi: '"{agency}" ({official}) thuộc quyền chỉ đạo của cơ quan ban hành: giao nhiệm vụ ("lead") thay vì đề nghị ("request").',
        en: '"{agency}" ({official}) is under the issuer\'s direction: assign the task ("lead") rather than request it ("request").',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}sections:
  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - id: de-nghi-mttq
        title: Đề nghị Ủy ban MTTQ Việt Nam huyện
        request: Ủy ban MTTQ Việt Nam huyện
        items:
          - id: giam-sat
            title: Phối hợp giám sát việc thực hiện Kế hoạch.
${REPORTING}`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}sections:
  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - id: giam-sat
        title: Phối hợp giám sát việc thực hiện Kế hoạch.
        lead: Ủy ban MTTQ Việt Nam huyện
        timeframe: Trong năm 2024
${REPORTING}`,
      ],
    },
  },
  check(ctx) {
    const renameKey = (task: Task, from: 'lead' | 'request', to: 'lead' | 'request', title: { vi: string; en: string }) => {
      const range = ctx.source.keyRange(task, from);
      return range ? [{ title: formatMessage(title, {}), edits: [{ range, newText: to }] }] : [];
    };
    /** Whether anything was reported on the task. */
    const check = (task: Task): boolean => {
      let reported = false;
      for (const key of ['lead', 'request'] as const) {
        const value = task[key];
        if (value === undefined) continue;
        // Nearly every task names bodies on the right side: find that out without arrays.
        let anyWrong = typeof value === 'string' && wrongSide(ctx.agencies.resolve(value)?.entry, key);
        if (Array.isArray(value)) anyWrong = value.some((n) => typeof n === 'string' && wrongSide(ctx.agencies.resolve(n)?.entry, key));
        if (!anyWrong) continue;
        const names = asList(value);
        const entries = names.map((n) => ctx.agencies.resolve(n)?.entry);
        const wrong = entries.map((e) => wrongSide(e, key));
        // The key can be swapped only when every body named is on the other side.
        const all = entries.every((e, i) => e !== undefined && wrong[i]);
        names.forEach((name, i) => {
          const entry = entries[i];
          if (!wrong[i] || !entry) return;
          reported = true;
          const at: Locator = Array.isArray(value) ? { node: value as string[], index: i } : { node: task, key };
          ctx.report({
            messageId: key === 'lead' ? 'externalLead' : 'subordinateRequest',
            data: { agency: name, official: entry.name },
            at,
            suggestions: all ? renameKey(task, key, key === 'lead' ? 'request' : 'lead', key === 'lead' ? TO_REQUEST : TO_LEAD) : [],
          });
        });
      }
      return reported;
    };
    // A task's verdict depends only on its lead and request and on the registry: a task
    // found clean before (the same object, after an edit elsewhere) is not looked at again.
    const index = ctx.agencies.index;
    walkPlan(ctx.plan, (v) => {
      if (v.kind !== 'task') return;
      const task = v.item as Task;
      if (cleanTasks.get(task) === index) return;
      if (!check(task)) cleanTasks.set(task, index);
    });
  },
});
