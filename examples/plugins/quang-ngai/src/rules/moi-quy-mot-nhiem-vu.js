// @ts-check
import { defineRule, matchKey } from '@kehoach/core';
import { z } from 'zod';

const ROMAN = ['I', 'II', 'III', 'IV'];

const HEAD = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

/**
 * "Mỗi quý có ít nhất một nhiệm vụ": a communication plan (its title says "tuyên
 * truyền" or "truyền thông") keeps people informed all year, so each quarter of the
 * plan's year needs at least one numbered task running in it.
 */
export const moiQuyMotNhiemVu = defineRule({
  meta: {
    id: 'quang-ngai/moi-quy-mot-nhiem-vu',
    category: 'timeframe',
    severity: 'warn',
    docs: 'https://github.com/kehoach/kehoach/blob/main/examples/plugins/quang-ngai/docs/rules/moi-quy-mot-nhiem-vu.md',
    description: {
      vi: 'Kế hoạch tuyên truyền có ít nhất một nhiệm vụ trong mỗi quý của năm kế hoạch.',
      en: 'A communication plan has at least one task in every quarter of its year.',
    },
    rationale: {
      vi: 'Quy tắc ví dụ về một yêu cầu địa phương: công tác tuyên truyền cải cách hành chính cần diễn ra đều đặn cả năm; một quý không có hoạt động nào thường là do quên, không phải do chủ ý. Nhiệm vụ "Thường xuyên trong năm" hoặc "Hàng quý" phủ cả bốn quý; nhiệm vụ có hạn ("Chậm nhất ngày 20/04/2024") chỉ tính cho quý của hạn đó.',
      en: 'An example of a local requirement: administrative-reform communication should happen all year; a quarter with no activity is usually an oversight. A task "all year" or "every quarter" covers the four quarters; a task with a deadline counts for the quarter of its deadline only.',
    },
    messages: {
      missingQuarters: {
        vi: 'Kế hoạch tuyên truyền chưa có nhiệm vụ nào trong quý {quarters} năm {year}.',
        en: 'The communication plan has no task in quarter {quarters} of {year}.',
      },
    },
    options: z.strictObject({
      /** Words in the title that make a plan a communication plan (compared without tone marks' placement or case). */
      titleIncludes: z.array(z.string()).default(['tuyên truyền', 'truyền thông']),
      /** Count the duties ("Tổ chức thực hiện") too, not only the numbered tasks (always, when the plan has no numbered tasks). */
      countDuties: z.boolean().default(false),
    }),
    examples: {
      invalid: [
        `${HEAD}tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số
    lead: Phòng Văn hoá và Thông tin
    timeframe: Trong Quý II năm 2024
  - id: huong-dan
    title: Hướng dẫn các đơn vị, địa phương tuyên truyền về CCHC
    lead: Phòng Văn hóa và Thông tin
    timeframe: Quý I/2024
`,
      ],
      valid: [
        `${HEAD}tasks:
  - id: cap-nhat-cong-thong-tin
    title: Cập nhật thông tin về CCHC trên Cổng thông tin điện tử huyện
    lead: Phòng Văn hóa và Thông tin
    timeframe: Thường xuyên trong năm
`,
      ],
    },
  },
  check(ctx) {
    const { plan, year } = ctx;
    if (year === undefined || typeof plan.title !== 'string') return;
    const title = matchKey(plan.title);
    if (!ctx.options.titleIncludes.some((w) => title.includes(matchKey(w)))) return;
    // A plan written only as duties per agency (the Tây Ninh style) assigns all its work there.
    const countDuties = ctx.options.countDuties || !plan.tasks?.length;
    const covered = new Set();
    for (const view of ctx.tasks()) {
      if (view.duty && !countDuties) continue;
      if (!view.timeframe) continue;
      const parsed = ctx.analysis.timeframe(view.timeframe.value);
      if (!parsed.ok) continue; // timeframe-parseable reports it
      for (const q of quartersOf(parsed.value, year)) covered.add(q);
    }
    const missing = [1, 2, 3, 4].filter((q) => !covered.has(q));
    if (missing.length === 0) return;
    ctx.report({
      messageId: 'missingQuarters',
      data: { quarters: missing.map((q) => ROMAN[q - 1]).join(', '), year },
      at: { node: /** @type {object} */ (plan), key: 'tasks', part: 'key' },
    });
  },
});

/**
 * Quarters of `year` a timeframe runs in.
 * @param {{ kind: string; start: string; end: string; deadline?: string; quarters?: number[] }} tf
 * @param {number} year
 * @returns {number[]}
 */
function quartersOf(tf, year) {
  if (tf.kind === 'deadline') {
    const at = tf.deadline ?? tf.end;
    return yearOf(at) === year ? [quarterOf(at)] : [];
  }
  if (tf.quarters?.length && yearOf(tf.start) === year) return tf.quarters;
  const from = yearOf(tf.start) < year ? 1 : yearOf(tf.start) > year ? 5 : quarterOf(tf.start);
  const to = yearOf(tf.end) > year ? 4 : yearOf(tf.end) < year ? 0 : quarterOf(tf.end);
  const out = [];
  for (let q = from; q <= to; q++) out.push(q);
  return out;
}

/** @param {string} iso */
function yearOf(iso) {
  return Number(iso.slice(0, 4));
}

/** @param {string} iso */
function quarterOf(iso) {
  return Math.ceil(Number(iso.slice(5, 7)) / 3);
}
