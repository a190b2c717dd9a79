import { defineRule, type Locator } from '../engine/define.js';
import { relatedIn } from '../engine/related.js';
import { REPORT, reportExample } from '../engine/report-examples.js';
import type { PlanAnalysis } from '../model/analysis.js';
import { readReport } from '../model/report-check.js';
import { asList } from '../model/tasks.js';
import { matchKey } from '../text/normalize.js';

/** Who a name is, in the plan's registry (its id), else the name itself. */
function whoIs(plan: PlanAnalysis, name: string): string {
  return plan.agency(name)?.entry.id ?? `name:${matchKey(name)}`;
}

export const reportSentToPath = defineRule({
  meta: {
    id: 'report-sent-to-path',
    category: 'report',
    severity: 'error',
    scope: 'project',
    appliesTo: ['report'],
    description: {
      vi: 'Báo cáo gửi đúng nơi mà đường báo cáo của kế hoạch quy định cho cơ quan báo cáo: gửi mọi cơ quan nhận ("to") và qua cơ quan đầu mối ("via") mà kế hoạch ghi.',
      en: "A report goes where the plan's report path for the reporter says: to every recipient (\"to\") and through the compiling body (\"via\") the plan names.",
    },
    rationale: {
      vi: 'Kế hoạch chỉ định cơ quan đầu mối tổng hợp ("qua Sở ..."); báo cáo gửi thẳng lên UBND tỉnh mà không qua đầu mối thì không được tổng hợp, còn báo cáo thiếu một nơi nhận thì nơi đó không biết. Đường báo cáo là đường ghi cho chính cơ quan báo cáo hoặc nhóm chứa nó, nếu không có thì đường chung của kế hoạch, rồi đến đường ghi ở nhiệm vụ của cơ quan đó.',
      en: 'A plan names the body that compiles reports ("qua Sở ..."); a report sent straight to the provincial committee, past that body, is not compiled, and a recipient left out never learns. The path is the one stated for the reporter or a group covering it, else the plan\'s general one, else the one on its tasks.',
    },
    messages: {
      missingRecipient: {
        vi: 'Kế hoạch quy định báo cáo gửi "{recipient}", nhưng báo cáo không gửi nơi này: thêm vào "to".',
        en: 'The plan says the report goes to "{recipient}", but this report does not: add it to "to".',
      },
      noRecipient: {
        vi: 'Báo cáo chưa ghi gửi ai: kế hoạch quy định gửi {recipients}; thêm "to:".',
        en: 'The report does not say whom it goes to: the plan says {recipients}; add "to:".',
      },
      wrongVia: {
        vi: 'Kế hoạch quy định báo cáo gửi qua "{via}", nhưng báo cáo ghi qua "{actual}".',
        en: 'The plan says the report goes via "{via}", but this report goes via "{actual}".',
      },
      missingVia: {
        vi: 'Kế hoạch quy định báo cáo gửi qua "{via}" (cơ quan đầu mối tổng hợp): thêm "via: {via}".',
        en: 'The plan says the report goes via "{via}" (the compiling body): add "via: {via}".',
      },
    },
    examples: {
      valid: [reportExample(REPORT)],
      invalid: [reportExample(REPORT.replace('to: Sở Khoa học và Công nghệ', 'to: Ủy ban nhân dân tỉnh Bình Minh'))],
    },
  },
  check(ctx) {
    const reading = readReport(ctx.analysis, ctx.parent);
    const path = reading?.path;
    if (!reading || !path) return;
    const report = reading.report;
    const plan = reading.plan;
    const related = [relatedIn(plan, { node: path, key: 'to' }, { vi: 'Đường báo cáo trong kế hoạch', en: "The plan's report path" })];
    const wanted = asList(path.to).filter((t) => t.trim());
    const sent = new Set(asList(report.to).map((t) => whoIs(plan, t)));
    if (report.to === undefined && wanted.length) {
      ctx.report({ messageId: 'noRecipient', data: { recipients: wanted.map((w) => `"${w}"`).join(', ') }, at: { node: report, part: 'head' }, related });
    } else {
      const at: Locator = { node: report, key: 'to' };
      for (const recipient of wanted) {
        if (!sent.has(whoIs(plan, recipient))) ctx.report({ messageId: 'missingRecipient', data: { recipient }, at, related });
      }
    }
    const via = path.via?.trim();
    if (!via) return;
    if (report.via === undefined) {
      // A report sent to the compiling body itself goes "via" it.
      if (!sent.has(whoIs(plan, via))) ctx.report({ messageId: 'missingVia', data: { via }, at: { node: report, part: 'head' }, related });
    } else if (whoIs(plan, report.via) !== whoIs(plan, via)) {
      ctx.report({ messageId: 'wrongVia', data: { via, actual: report.via }, at: { node: report, key: 'via' }, related });
    }
  },
});
