import { defineRule, type Locator } from '../engine/define.js';
import { plainOrQuoted } from '../engine/edits.js';
import { REPORT, reportExample } from '../engine/report-examples.js';
import { formatMessage } from '../i18n/message.js';
import { tasksById, targetsById } from '../model/report-scope.js';
import { rankSuggestions } from '../text/similarity.js';

const RENAME = { vi: 'Đổi thành "{suggestion}"', en: 'Change to "{suggestion}"' };

export const reportPlanResolvable = defineRule({
  meta: {
    id: 'report-plan-resolvable',
    category: 'report',
    severity: 'error',
    scope: 'project',
    fixable: 'suggestion',
    appliesTo: ['report'],
    description: {
      vi: 'Báo cáo phải chỉ ra kế hoạch được báo cáo (số "ref" và/hoặc tệp "path") và kế hoạch đó phải tìm được, đúng số; mỗi kết quả ghi mã một nhiệm vụ (task) hoặc chỉ tiêu (target) có trong kế hoạch.',
      en: 'A report names the plan it reports on (its number "ref" and/or file "path"), and that plan must be found and carry that number; each result names a task (task) or target (target) the plan has.',
    },
    rationale: {
      vi: 'Mọi kiểm tra của báo cáo (đủ nhiệm vụ, đúng hạn, đúng nơi nhận) và việc tổng hợp từ xã lên tỉnh đều đọc báo cáo cùng với kế hoạch của nó. Một mã nhiệm vụ gõ sai làm kết quả đó rơi khỏi bảng tổng hợp mà không ai biết.',
      en: 'Every check of a report (all tasks covered, on time, to the right recipients) and the roll-up from communes to province read the report with its plan. A misspelt task id silently drops that result from the roll-up.',
    },
    messages: {
      noPlan: {
        vi: 'Báo cáo chưa ghi kế hoạch được báo cáo: thêm "plan:" với số ("ref: 45/KH-UBND") và/hoặc tệp ("path: ../ke-hoach.kehoach.yaml").',
        en: 'The report does not say which plan it reports on: add "plan:" with its number ("ref: 45/KH-UBND") and/or file ("path: ../ke-hoach.kehoach.yaml").',
      },
      notFound: {
        vi: 'Không tìm thấy tệp kế hoạch "{target}".',
        en: 'Plan file "{target}" was not found.',
      },
      refNotFound: {
        vi: 'Không tìm thấy kế hoạch số "{ref}" trong không gian làm việc: ghi thêm "path:" tới tệp của nó.',
        en: 'No plan numbered "{ref}" was found in the workspace: add "path:" to its file.',
      },
      outsideWorkspace: {
        vi: 'Tệp "{target}" nằm ngoài thư mục dự án nên không được đọc.',
        en: 'File "{target}" is outside the project folder and is not read.',
      },
      notAPlan: {
        vi: 'Tệp "{target}" không phải là kế hoạch (kind: plan).',
        en: 'File "{target}" is not a plan (kind: plan).',
      },
      refMismatch: {
        vi: 'Tệp "{target}" là kế hoạch số "{actual}", không phải "{expected}" như báo cáo ghi.',
        en: 'File "{target}" is plan "{actual}", not "{expected}" as the report says.',
      },
      noSubject: {
        vi: 'Mỗi kết quả phải ghi mã nhiệm vụ ("task: <mã>") hoặc mã chỉ tiêu ("target: <mã>") của kế hoạch.',
        en: 'Each result must name a plan task ("task: <id>") or target ("target: <id>").',
      },
      unknownTask: {
        vi: 'Kế hoạch {plan} không có nhiệm vụ mã "{id}".',
        en: 'Plan {plan} has no task with id "{id}".',
      },
      unknownTaskDidYouMean: {
        vi: 'Kế hoạch {plan} không có nhiệm vụ mã "{id}". Có phải là "{suggestion}"?',
        en: 'Plan {plan} has no task with id "{id}". Did you mean "{suggestion}"?',
      },
      unknownTarget: {
        vi: 'Kế hoạch {plan} không có chỉ tiêu mã "{id}" (chỉ tiêu cần có "id" trong kế hoạch).',
        en: 'Plan {plan} has no target with id "{id}" (a target needs an "id" in the plan).',
      },
    },
    examples: {
      valid: [reportExample(REPORT)],
      invalid: [reportExample(REPORT.replace('task: tuyen-truyen', 'task: tuyen-truyen-xa'))],
    },
  },
  check(ctx) {
    const report = ctx.analysis.report;
    if (!report) return;
    const link = ctx.links.find((l) => l.kind === 'parent');
    const p = report.plan;
    if (!p || (p.ref === undefined && p.path === undefined)) {
      ctx.report({ messageId: 'noPlan', at: p ? { node: p, part: 'head' } : { node: report, part: 'head' } });
      return;
    }
    const parent = ctx.parent;
    if (link && link.status !== 'ok') {
      const target = link.target;
      switch (link.status) {
        case 'outside-workspace':
          ctx.report({ messageId: 'outsideWorkspace', data: { target }, at: link.at });
          return;
        case 'wrong-kind':
          ctx.report({ messageId: 'notAPlan', data: { target }, at: link.at });
          return;
        case 'ref-mismatch':
          ctx.report({ messageId: 'refMismatch', data: { target, expected: link.data?.expected ?? '', actual: link.data?.actual ?? '' }, at: p.ref !== undefined ? { node: p, key: 'ref' } : link.at });
          return;
        default:
          ctx.report({ messageId: 'notFound', data: { target }, at: link.at });
          return;
      }
    }
    if (parent.status === 'not-found' && p.ref !== undefined) {
      ctx.report({ messageId: 'refNotFound', data: { ref: p.ref }, at: { node: p, key: 'ref' } });
      return;
    }
    if (parent.status !== 'resolved') return;
    const plan = parent.parent;
    const name = plan.plan?.number ?? p.ref ?? p.path ?? '';
    const tasks = tasksById(plan);
    const targets = targetsById(plan);
    const ids = [...tasks.keys()];
    for (const result of report.results ?? []) {
      if (result.task === undefined && result.target === undefined) {
        ctx.report({ messageId: 'noSubject', at: { node: result, part: 'head' } });
        continue;
      }
      if (result.task !== undefined && !tasks.has(result.task)) {
        const at: Locator = { node: result, key: 'task' };
        const best = rankSuggestions(result.task, ids, (x) => [x], { limit: 1, minScore: 0.5 })[0]?.item;
        if (best === undefined) ctx.report({ messageId: 'unknownTask', data: { plan: name, id: result.task }, at });
        else {
          const range = ctx.rangeOf(at);
          ctx.report({
            messageId: 'unknownTaskDidYouMean',
            data: { plan: name, id: result.task, suggestion: best },
            at,
            suggestions: [{ title: formatMessage(RENAME, { suggestion: best }), edits: [{ range, newText: plainOrQuoted(best) }] }],
          });
        }
      }
      if (result.target !== undefined && !targets.has(result.target)) {
        ctx.report({ messageId: 'unknownTarget', data: { plan: name, id: result.target }, at: { node: result, key: 'target' } });
      }
      for (const figure of result.figures ?? []) {
        if (figure.target !== undefined && !targets.has(figure.target)) {
          ctx.report({ messageId: 'unknownTarget', data: { plan: name, id: figure.target }, at: { node: figure, key: 'target' } });
        }
      }
    }
  },
});
