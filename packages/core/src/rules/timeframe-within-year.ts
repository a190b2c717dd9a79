import { z } from 'zod';
import { defineRule, type Locator } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { compareIso, formatViDate, isoDate, type IsoDate } from '../parse/date.js';
import type { Timeframe } from '../parse/timeframe.js';
import { timeframeText } from '../model/timeframe-value.js';
import { timeframeLocator, writtenTimeframes, type WrittenTimeframe } from './timeframe-parseable.js';

const options = z.strictObject({
  /** Accept timeframes outside the plan year everywhere (a plan that is not yearly). */
  allowOutside: z.boolean().default(false),
});

const REPORTING = `reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

export const timeframeWithinYear = defineRule({
  meta: {
    id: 'timeframe-within-year',
    category: 'timeframe',
    severity: 'error',
    description: {
      vi: 'Thời gian thực hiện của nhiệm vụ, nhóm nhiệm vụ, chỉ tiêu, mục "Tổ chức thực hiện" và của cả kế hoạch phải nằm trong năm kế hoạch (year) hoặc kỳ kế hoạch (period, ví dụ giai đoạn 2026 - 2030), trừ khi thời gian chung của kế hoạch ghi rõ kéo dài hơn.',
      en: 'Timeframes of tasks, task groups, targets, duty sections and of the whole plan must fall inside the plan year (year) or the plan period (period, e.g. 2026 - 2030), unless the plan-wide timeframe says the plan runs longer.',
    },
    rationale: {
      vi: 'Kế hoạch năm chỉ giao việc trong năm đó; một thời hạn rơi sang năm khác thường là gõ nhầm năm (chép từ kế hoạch năm trước). Kế hoạch nhiều năm nói rõ điều đó ở thời gian chung (ví dụ "Giai đoạn 2024 - 2025"), khi đó các thời gian được kiểm tra theo cả giai đoạn. Hạn báo cáo không bị kiểm tra ở đây vì báo cáo năm thường nộp vào đầu năm sau.',
      en: 'A yearly plan assigns work within its year; a timeframe in another year is usually a wrong year copied from last year\'s plan. A multi-year plan says so in its plan-wide timeframe (e.g. "Giai đoạn 2024 - 2025"), and timeframes are then checked against that period. Report due dates are not checked here: yearly reports are often due early the next year.',
    },
    messages: {
      outsideYear: {
        vi: 'Thời gian "{text}" ({start} - {end}) nằm ngoài năm kế hoạch {year}. Kiểm tra lại năm; nếu kế hoạch kéo dài hơn một năm, ghi thời gian chung của kế hoạch (timeframe), ví dụ "Giai đoạn {year} - {nextYear}".',
        en: 'The time "{text}" ({start} - {end}) falls outside the plan year {year}. Check the year; if the plan runs longer than a year, state it in the plan-wide timeframe, e.g. "Giai đoạn {year} - {nextYear}".',
      },
      outsidePeriod: {
        vi: 'Thời gian "{text}" ({start} - {end}) nằm ngoài thời gian của kế hoạch ({periodStart} - {periodEnd}).',
        en: 'The time "{text}" ({start} - {end}) falls outside the plan\'s period ({periodStart} - {periodEnd}).',
      },
    },
    options,
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: hoi-thi
    title: Tham gia Hội thi tuyên truyền CCHC – Chuyển đổi số
    lead: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Trong quý II, III năm 2024
`,
        `${EXAMPLE_HEAD}timeframe: Giai đoạn 2024 - 2025
${REPORTING}tasks:
  - id: hoi-thi
    title: Tham gia Hội thi tuyên truyền CCHC – Chuyển đổi số
    lead: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Quý I/2025
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: hoi-thi
    title: Tham gia Hội thi tuyên truyền CCHC – Chuyển đổi số
    lead: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Trong quý II, III năm 2023
`,
      ],
    },
  },
  check(ctx) {
    const year = ctx.year;
    if (year === undefined || ctx.options.allowOutside) return;
    // A plan over a period ("giai đoạn 2026 - 2030", or part of a year) speaks of it as "the year".
    const span = ctx.analysis.period;
    const yearStart = span?.start ?? isoDate(year, 1, 1);
    const yearEnd = span?.end ?? isoDate(year, 12, 31);
    let periodStart = yearStart;
    let periodEnd = yearEnd;
    const written = writtenTimeframes(ctx.plan).filter((w) => w.key === 'timeframe');
    const planWide = written.find((w) => w.holder === ctx.plan);
    const planValue = planWide && parsed(ctx.analysis.timeframe(planWide.value));
    // The plan-wide timeframe is how a plan says it is not a yearly one: when it
    // overlaps the year it widens the period instead of being checked against it.
    // One wholly in another year is a wrong year like any other.
    if (planValue && compareIso(planValue.start, yearEnd) <= 0 && compareIso(planValue.end, yearStart) >= 0) {
      periodStart = min(periodStart, planValue.start);
      periodEnd = max(periodEnd, planValue.end);
    }
    const multiYear = span !== undefined || periodStart !== yearStart || periodEnd !== yearEnd;
    for (const w of written) {
      if (w === planWide && multiYear) continue;
      const tf = parsed(ctx.analysis.timeframe(w.value));
      if (!tf) continue;
      const early = compareIso(tf.start, periodStart) < 0;
      const late = compareIso(tf.end, periodEnd) > 0;
      if (!early && !late) continue;
      const data = {
        text: timeframeText(w.value),
        start: formatViDate(tf.start),
        end: formatViDate(tf.end),
        year,
        nextYear: year + 1,
        periodStart: formatViDate(periodStart),
        periodEnd: formatViDate(periodEnd),
      };
      ctx.report({ messageId: multiYear ? 'outsidePeriod' : 'outsideYear', data, at: locatorOf(w, early) });
    }
  },
});

function parsed(r: { ok: true; value: Timeframe } | { ok: false }): Timeframe | undefined {
  return r.ok ? r.value : undefined;
}

/** An explicit date that is out of range points at itself; a phrase at the phrase. */
function locatorOf(w: WrittenTimeframe, early: boolean): Locator {
  const v = w.value;
  if (typeof v === 'object') {
    const key = early ? (v.from !== undefined ? 'from' : undefined) : v.to !== undefined ? 'to' : v.deadline !== undefined ? 'deadline' : undefined;
    if (key) return { node: v, key };
  }
  return timeframeLocator(w);
}

function min(a: IsoDate, b: IsoDate): IsoDate {
  return compareIso(a, b) <= 0 ? a : b;
}

function max(a: IsoDate, b: IsoDate): IsoDate {
  return compareIso(a, b) >= 0 ? a : b;
}
