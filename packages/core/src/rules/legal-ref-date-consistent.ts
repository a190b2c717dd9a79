import { defineRule } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { relatedIn } from '../engine/related.js';
import { compareIso, formatViDate, isoDate, parseDate, parseWrittenDate, type IsoDate } from '../parse/date.js';
import { parseLegalRef } from '../parse/legal-ref.js';
import { planCitations, type Citation } from '../model/walk.js';
import { matchKey } from '../text/normalize.js';

interface Cited {
  citation: Citation;
  /** The canonical number, or the number as written when it does not parse. */
  key: string;
  date: IsoDate;
}

export const legalRefDateConsistent = defineRule({
  meta: {
    id: 'legal-ref-date-consistent',
    category: 'legal',
    severity: 'error',
    description: {
      vi: 'Ngày của văn bản căn cứ phải khớp với số của nó (năm trong "61/2018/NĐ-CP"), không sau ngày ban hành kế hoạch, và một văn bản được dẫn hai lần phải cùng một ngày.',
      en: 'The date of a legal basis must agree with its number (the year in "61/2018/NĐ-CP"), must not be later than the plan\'s date, and a document cited twice must have one date.',
    },
    rationale: {
      vi: 'Số và ngày cùng xác định một văn bản; chép nhầm một trong hai làm người đọc không tìm được văn bản. Văn bản quy phạm pháp luật ghi năm ban hành trong số; văn bản hành chính ("84/KH-UBND") và của Đảng ("186-KH/HU") đánh số lại từ đầu mỗi năm nên số không có năm, chỉ kiểm tra ngày. Kế hoạch không thể căn cứ vào văn bản ban hành sau nó.',
      en: 'Number and date together identify a document; a slip in either sends the reader looking for the wrong one. Normative documents carry their year in the number; administrative ("84/KH-UBND") and Party ("186-KH/HU") numbers restart every year and carry none, so only the dates are checked. A plan cannot be based on a document issued after it.',
    },
    messages: {
      yearMismatch: {
        vi: 'Văn bản {ref} mang năm {refYear} trong số, nhưng ngày ban hành ghi là {date}.',
        en: 'Document {ref} carries the year {refYear} in its number, but its date is {date}.',
      },
      afterPlan: {
        vi: 'Văn bản căn cứ {ref} ngày {date} ban hành sau kế hoạch này (ngày {planDate}): kiểm tra lại ngày của văn bản hoặc của kế hoạch.',
        en: 'Legal basis {ref} of {date} is dated after this plan ({planDate}): check the date of the document or of the plan.',
      },
      afterPlanYear: {
        vi: 'Văn bản căn cứ {ref} ngày {date} ban hành sau khi năm kế hoạch {year} đã kết thúc.',
        en: 'Legal basis {ref} of {date} is dated after the plan year {year} has ended.',
      },
      planAfterYear: {
        vi: 'Kế hoạch năm {year} ban hành ngày {date}, sau khi năm kế hoạch đã kết thúc: kiểm tra lại ngày hoặc năm kế hoạch.',
        en: 'The plan for {year} is dated {date}, after its year has ended: check the date or the plan year.',
      },
      conflictingDates: {
        vi: 'Văn bản {ref} được dẫn hai lần với hai ngày khác nhau: {date} và {otherDate}.',
        en: 'Document {ref} is cited twice with two different dates: {date} and {otherDate}.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}date: 17/01/2024
legalBases:
  - type: Nghị định
    ref: 61/2018/NĐ-CP
    date: 23/4/2018
    issuer: Chính phủ
  - type: Kế hoạch
    ref: 186-KH/HU
    date: 08/11/2023
    issuer: Ban Thường vụ Huyện ủy
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}date: 17/01/2024
legalBases:
  - type: Nghị định
    ref: 61/2018/NĐ-CP
    date: 23/4/2019
    issuer: Chính phủ
`,
      ],
    },
  },
  check(ctx) {
    const plan = ctx.plan;
    const planDate = dateOf(plan.date);
    const yearEnd = ctx.year === undefined ? undefined : isoDate(ctx.year, 12, 31);
    if (planDate && yearEnd && compareIso(planDate, yearEnd) > 0) {
      ctx.report({ messageId: 'planAfterYear', data: { year: ctx.year ?? '', date: formatViDate(planDate) }, at: { node: plan, key: 'date' } });
    }
    const cited: Cited[] = [];
    for (const c of planCitations(plan)) {
      const date = writtenDateOf(c.date);
      if (!date) continue;
      const parsed = parseLegalRef(c.ref);
      const ref = parsed.ok ? parsed.value.canonical : c.ref.trim();
      const at = c.dateAt;
      const shown = { ref, date: formatViDate(date) };
      if (parsed.ok && parsed.value.year !== undefined && Number(date.slice(0, 4)) !== parsed.value.year) {
        ctx.report({ messageId: 'yearMismatch', data: { ...shown, refYear: parsed.value.year }, at });
      } else if (planDate && compareIso(date, planDate) > 0) {
        ctx.report({ messageId: 'afterPlan', data: { ...shown, planDate: formatViDate(planDate) }, at });
      } else if (!planDate && yearEnd && compareIso(date, yearEnd) > 0) {
        ctx.report({ messageId: 'afterPlanYear', data: { ...shown, year: ctx.year ?? '' }, at });
      }
      const key = matchKey(ref).replace(/\s+/g, '');
      const other = cited.find((o) => o.key === key && o.date !== date && !differentIssuers(o.citation, c));
      if (other) {
        ctx.report({
          messageId: 'conflictingDates',
          data: { ...shown, otherDate: formatViDate(other.date) },
          at,
          related: [relatedIn(ctx.analysis, other.citation.dateAt, { vi: 'Lần dẫn trước', en: 'The earlier citation' })],
        });
      }
      cited.push({ citation: c, key, date });
    }
  },
});

function dateOf(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date : undefined;
}

function writtenDateOf(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const parsed = parseWrittenDate(text);
  return parsed.ok ? parsed.date : undefined;
}

/** "07/KH-UBND" of a province and "07/KH-UBND" of a district are two documents. */
function differentIssuers(a: Citation, b: Citation): boolean {
  return a.issuer !== undefined && b.issuer !== undefined && matchKey(a.issuer) !== matchKey(b.issuer);
}
