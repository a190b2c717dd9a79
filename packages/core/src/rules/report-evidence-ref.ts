import { defineRule, type Locator } from '../engine/define.js';
import { replaceScalarEdit } from '../engine/edits.js';
import { REPORT, reportExample } from '../engine/report-examples.js';
import { formatMessage } from '../i18n/message.js';
import { compareIso, formatViDate, parseDate } from '../parse/date.js';
import { parseLegalRef } from '../parse/legal-ref.js';

const REWRITE = { vi: 'Viết lại thành "{canonical}"', en: 'Rewrite as "{canonical}"' };

export const reportEvidenceRef = defineRule({
  meta: {
    id: 'report-evidence-ref',
    category: 'report',
    severity: 'error',
    fixable: 'safe',
    appliesTo: ['report'],
    description: {
      vi: 'Số, ký hiệu của văn bản minh chứng, của chính báo cáo và của kế hoạch được báo cáo phải đúng cách ghi ("12/QĐ-UBND", "61/2018/NĐ-CP", "186-KH/HU"); ngày của minh chứng đọc được và không sau ngày báo cáo.',
      en: 'Numbers of evidence documents, of the report itself and of the plan reported on must be well formed ("12/QĐ-UBND", "61/2018/NĐ-CP", "186-KH/HU"); an evidence date reads and is not after the report\'s date.',
    },
    rationale: {
      vi: 'Minh chứng chỉ có giá trị khi tìm lại được văn bản: số, ký hiệu theo Nghị định 30/2020/NĐ-CP (đọc bằng cùng bộ đọc số văn bản của các kế hoạch). Một văn bản ghi ngày sau ngày báo cáo thì không thể là minh chứng của báo cáo đó. Khác biệt chỉ về cách viết (khoảng trắng, dấu gạch, chữ hoa) được sửa tự động.',
      en: 'Evidence counts only when the document can be found again: its number per Decree 30/2020/NĐ-CP (read by the same reader as plan numbers). A document dated after the report cannot support it. Differences in spelling only (spaces, dashes, letter case) are fixed automatically.',
    },
    messages: {
      notCanonical: {
        vi: '"{ref}" nên viết là "{canonical}".',
        en: '"{ref}" should be written "{canonical}".',
      },
      malformed: {
        vi: '"{ref}" không phải số, ký hiệu văn bản đúng cách ghi. Cách ghi đúng: "12/QĐ-UBND" (văn bản hành chính), "61/2018/NĐ-CP" (văn bản quy phạm pháp luật), "186-KH/HU" (văn bản của Đảng), "12/UBND-VP" (công văn).',
        en: '"{ref}" is not a well-formed document number. Well-formed numbers: "12/QĐ-UBND" (administrative), "61/2018/NĐ-CP" (normative), "186-KH/HU" (Party), "12/UBND-VP" (official letter).',
      },
      didYouMean: {
        vi: '"{code}" trong "{ref}" không phải ký hiệu loại văn bản. Có phải là "{suggestion}"?',
        en: '"{code}" in "{ref}" is not a document type code. Did you mean "{suggestion}"?',
      },
      badDate: {
        vi: 'Ngày "{date}" của minh chứng không đọc được: ghi dạng ngày/tháng/năm, ví dụ "05/02/2026".',
        en: 'Evidence date "{date}" does not read: write day/month/year, e.g. "05/02/2026".',
      },
      afterReport: {
        vi: 'Văn bản "{ref}" ghi ngày {date}, sau ngày báo cáo {reportDate}: không thể là minh chứng của báo cáo này.',
        en: 'Document "{ref}" is dated {date}, after the report\'s date {reportDate}: it cannot support this report.',
      },
    },
    examples: {
      valid: [reportExample(REPORT)],
      invalid: [reportExample(REPORT.replace('ref: 12/QĐ-UBND', 'ref: 12/QD-UBND'))],
    },
  },
  check(ctx) {
    const report = ctx.analysis.report;
    if (!report) return;
    const check = (written: string, at: Locator): void => {
      if (!written.trim()) return;
      const result = parseLegalRef(written);
      if (result.ok) {
        const canonical = result.value.canonical;
        if (canonical !== written) {
          ctx.report({
            messageId: 'notCanonical',
            data: { ref: written, canonical },
            at,
            fix: { title: formatMessage(REWRITE, { canonical }), edits: [replaceScalarEdit(ctx.source, ctx.rangeOf(at), canonical)] },
          });
        }
        return;
      }
      if (result.suggestion !== undefined) {
        const suggestion = result.suggestion;
        ctx.report({
          messageId: 'didYouMean',
          data: { ref: written, code: String(result.error.data?.code ?? ''), suggestion },
          at,
          suggestions: [{ title: formatMessage(REWRITE, { canonical: suggestion }), edits: [replaceScalarEdit(ctx.source, ctx.rangeOf(at), suggestion)] }],
        });
        return;
      }
      ctx.report({ messageId: 'malformed', data: { ref: written }, at });
    };
    // A number before issuance is left blank ("/BC-UBND"): nothing to read yet.
    if (report.number !== undefined && !/^\s*(?:\.{2,}|…+)?\s*\//u.test(report.number)) check(report.number, { node: report, key: 'number' });
    if (report.plan?.ref !== undefined) check(report.plan.ref, { node: report.plan, key: 'ref' });
    const reportDate = report.date !== undefined ? parseDate(report.date) : undefined;
    for (const result of report.results ?? []) {
      for (const ev of result.evidence ?? []) {
        if (ev.ref !== undefined) check(ev.ref, { node: ev, key: 'ref' });
        if (ev.date === undefined) continue;
        const d = parseDate(ev.date);
        if (!d.ok) ctx.report({ messageId: 'badDate', data: { date: ev.date }, at: { node: ev, key: 'date' } });
        else if (reportDate?.ok && compareIso(d.date, reportDate.date) > 0) {
          ctx.report({ messageId: 'afterReport', data: { ref: ev.ref ?? ev.title ?? '', date: formatViDate(d.date), reportDate: formatViDate(reportDate.date) }, at: { node: ev, key: 'date' } });
        }
      }
    }
  },
});
