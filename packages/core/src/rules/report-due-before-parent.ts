import { planReporting } from '../model/walk.js';
import { defineRule, type Locator } from '../engine/define.js';
import { relatedIn } from '../engine/related.js';
import type { PlanAnalysis } from '../model/analysis.js';
import { asList } from '../model/tasks.js';
import { timeframeText } from '../model/timeframe-value.js';
import { addDays, compareIso, formatViDate, type IsoDate } from '../parse/date.js';
import type { Timeframe } from '../parse/timeframe.js';
import type { ReportPath, TimeframeValue } from '../schema/common.js';
import { DISTRICT_PLAN, PROVINCE_PLAN, issuerMatcher } from './parent-task-implemented.js';
import { timeframeLocator, writtenTimeframes, type WrittenTimeframe } from './timeframe-parseable.js';

/** The last day a report may arrive: "trước ngày 25/11/2024" is the 24th, "Chậm nhất ngày 20/04/2024" the 20th. */
export function lastDueDay(tf: Timeframe): IsoDate {
  if (tf.deadline === undefined) return tf.end;
  return tf.deadlineExclusive ? addDays(tf.deadline, -1) : tf.deadline;
}

/** A single due date; "Hàng quý" or "Thường xuyên" is a rhythm, not a date to compare. */
function singleDue(tf: Timeframe): boolean {
  return tf.kind === 'deadline' || tf.kind === 'range';
}

interface ParentDue {
  entry: ReportPath;
  /** The one deadline of the entry this is (an entry may state several). */
  due: TimeframeValue;
  tf: Timeframe;
  last: IsoDate;
}

export const reportDueBeforeParent = defineRule({
  meta: {
    id: 'report-due-before-parent',
    category: 'hierarchy',
    severity: 'error',
    scope: 'project',
    description: {
      vi: 'Hạn báo cáo của kế hoạch (mục báo cáo chung, báo cáo của nhiệm vụ và của mục "Tổ chức thực hiện") không được muộn hơn hạn mà kế hoạch cấp trên đặt cho cấp này.',
      en: 'Report due dates of the plan (plan-wide reporting, task and duty report paths) must not be later than the due date the parent plan sets for this level.',
    },
    rationale: {
      vi: 'Cấp huyện phải tổng hợp báo cáo của các phòng, các xã rồi mới báo cáo tỉnh; nếu hạn của cấp dưới muộn hơn hạn cấp trên thì báo cáo cấp trên chắc chắn trễ. Hạn cấp trên "trước ngày 25/11" nghĩa là chậm nhất ngày 24/11; hạn ghi dạng định kỳ ("Hàng quý") không được so sánh.',
      en: 'A district compiles the reports of its departments and communes before reporting to the province; a deadline later than the parent\'s makes the parent report late for sure. A parent deadline "trước ngày 25/11" (before the 25th) means the 24th at the latest; cadences ("Hàng quý") are not compared.',
    },
    messages: {
      afterParent: {
        vi: 'Hạn báo cáo "{due}" (chậm nhất ngày {dueDate}) muộn hơn hạn kế hoạch cấp trên {parent} giao cho cấp này: "{parentDue}" (chậm nhất ngày {parentDate}). Hãy đặt hạn sớm hơn để kịp tổng hợp, báo cáo cấp trên.',
        en: 'The report due date "{due}" ({dueDate} at the latest) is later than the one parent plan {parent} sets for this level: "{parentDue}" ({parentDate} at the latest). Set an earlier date so the report to the parent can be compiled in time.',
      },
    },
    examples: {
      valid: [
        {
          code: `${DISTRICT_PLAN}reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 20/11/2024
`,
          files: { '/work/tinh.kehoach.yaml': PROVINCE_PLAN },
        },
      ],
      invalid: [
        {
          code: `${DISTRICT_PLAN}reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 30/11/2024
`,
          files: { '/work/tinh.kehoach.yaml': PROVINCE_PLAN },
        },
      ],
    },
  },
  check(ctx) {
    if (ctx.parent.status !== 'resolved') return;
    const parent = ctx.parent.parent;
    const binding = parentDue(parent, issuerMatcher(parent, ctx.plan));
    if (!binding) return;
    for (const w of writtenTimeframes(ctx.plan)) {
      if (w.key !== 'due') continue;
      const result = ctx.analysis.timeframe(w.value);
      if (!result.ok || !singleDue(result.value)) continue;
      const last = lastDueDay(result.value);
      if (compareIso(last, binding.last) <= 0) continue;
      ctx.report({
        messageId: 'afterParent',
        data: {
          due: timeframeText(w.value),
          dueDate: formatViDate(last),
          parent: parent.plan?.number ?? ctx.plan.parent?.ref ?? '',
          parentDue: timeframeText(binding.due),
          parentDate: formatViDate(binding.last),
        },
        at: dueLocator(w),
        related: [
          relatedIn(parent, { node: binding.entry, key: 'due' }, { vi: 'Hạn báo cáo của kế hoạch cấp trên', en: "The parent plan's due date" }),
        ],
      });
    }
  },
});

/**
 * The parent's due date for this plan: of the reporting entries naming this plan's
 * issuer or the collective of its level ("UBND các huyện, thị xã, thành phố"), else
 * of those for everyone (no `from`); the earliest when several apply.
 */
function parentDue(parent: PlanAnalysis, concerns: (name: string) => boolean): ParentDue | undefined {
  const named: ParentDue[] = [];
  const general: ParentDue[] = [];
  const plan = parent.plan;
  for (const entry of plan ? planReporting(plan) : []) {
    for (const value of asList(entry.due)) {
      const result = parent.timeframe(value);
      if (!result.ok || !singleDue(result.value)) continue;
      const from = asList(entry.from);
      const due = { entry, due: value, tf: result.value, last: lastDueDay(result.value) };
      if (from.length === 0) general.push(due);
      else if (from.some(concerns)) named.push(due);
    }
  }
  const pool = named.length ? named : general;
  return pool.reduce<ParentDue | undefined>((best, d) => (!best || compareIso(d.last, best.last) < 0 ? d : best), undefined);
}

function dueLocator(w: WrittenTimeframe): Locator {
  if (typeof w.value === 'object' && w.value.deadline !== undefined) return { node: w.value, key: 'deadline' };
  return timeframeLocator(w);
}
