import { defineRule } from '../engine/define.js';
import { relatedIn } from '../engine/related.js';
import { REPORT, reportExample } from '../engine/report-examples.js';
import { compareIso, formatViDate, parseDate } from '../parse/date.js';
import { deadlineFor } from '../model/report-deadline.js';
import { readReport } from '../model/report-check.js';

/** Whole days from `a` to `b`. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export const reportOnTime = defineRule({
  meta: {
    id: 'report-on-time',
    category: 'report',
    severity: 'warn',
    scope: 'project',
    appliesTo: ['report'],
    description: {
      vi: 'Báo cáo được gửi đúng hạn: ngày gửi ("sent", nếu không có thì ngày ký "date") không muộn hơn hạn của kỳ báo cáo, lấy từ "deadline" của báo cáo hoặc từ đường báo cáo của kế hoạch ("trước ngày 18 của tháng cuối quý").',
      en: 'A report is sent on time: the day it is sent ("sent", else the day it is signed, "date") is not later than the deadline of its period, from the report\'s "deadline" or the plan\'s report path ("trước ngày 18 của tháng cuối quý").',
    },
    rationale: {
      vi: 'Cơ quan tổng hợp phải kịp báo cáo cấp trên; báo cáo đến muộn làm chậm cả chuỗi. Báo cáo muộn vẫn là báo cáo đúng sự thật nên đây là cảnh báo, và bảng tổng hợp liệt kê các báo cáo muộn. Hạn của kỳ là hạn đầu tiên sau ngày chốt số liệu (Nghị định 09/2019/NĐ-CP, Điều 8 và Điều 12).',
      en: 'The compiling body must report up in time; a late report delays the whole chain. A late report still tells the truth, so this is a warning, and the roll-up lists late reports. The deadline of a period is the first due day after its cut-off (Nghị định 09/2019/NĐ-CP, Articles 8 and 12).',
    },
    messages: {
      late: {
        vi: 'Báo cáo gửi ngày {sent}, muộn {days} ngày so với hạn {deadline} ("{due}").',
        en: 'The report was sent on {sent}, {days} day(s) after its deadline {deadline} ("{due}").',
      },
      undated: {
        vi: 'Báo cáo chưa ghi ngày ký ("date") hay ngày gửi ("sent"), nên không biết có đúng hạn {deadline} không.',
        en: 'The report states neither the day it was signed ("date") nor sent ("sent"), so whether it met its deadline {deadline} is unknown.',
      },
    },
    examples: {
      valid: [reportExample(REPORT)],
      invalid: [reportExample(REPORT.replace('date: 16/03/2026', 'date: 16/03/2026\nsent: 20/03/2026'))],
    },
  },
  check(ctx) {
    const reading = readReport(ctx.analysis, ctx.parent);
    const period = reading?.period;
    if (!reading || !period) return;
    const report = reading.report;
    const own = report.deadline !== undefined ? deadlineFor(report.deadline, period) : undefined;
    const deadline = own ?? deadlineFor(reading.path?.due, period);
    if (!deadline) return;
    const related = own || !reading.path ? [] : [relatedIn(reading.plan, { node: reading.path, key: 'due' }, { vi: 'Hạn báo cáo trong kế hoạch', en: "The plan's due date" })];
    const key = report.sent !== undefined ? 'sent' : report.date !== undefined ? 'date' : undefined;
    if (!key) {
      ctx.report({ messageId: 'undated', data: { deadline: formatViDate(deadline.last) }, at: { node: report, part: 'head' }, related });
      return;
    }
    const parsed = parseDate(report[key] ?? '');
    if (!parsed.ok || compareIso(parsed.date, deadline.last) <= 0) return;
    ctx.report({
      messageId: 'late',
      data: { sent: formatViDate(parsed.date), days: daysBetween(deadline.last, parsed.date), deadline: formatViDate(deadline.last), due: deadline.text },
      at: { node: report, key },
      related,
    });
  },
});
