import { defineRule } from '../engine/define.js';
import { replaceScalarEdit } from '../engine/edits.js';
import { REPORT, reportExample } from '../engine/report-examples.js';
import { formatMessage } from '../i18n/message.js';
import { compareIso, formatViDate, parseDate } from '../parse/date.js';
import { readReport } from '../model/report-check.js';
import { taskDeadline } from '../model/report-scope.js';

const SET = { vi: 'Đổi thành "{status}"', en: 'Change to "{status}"' };

export const reportStatusConsistent = defineRule({
  meta: {
    id: 'report-status-consistent',
    category: 'report',
    severity: 'error',
    scope: 'project',
    fixable: 'suggestion',
    appliesTo: ['report'],
    description: {
      vi: 'Tình trạng của nhiệm vụ khớp với hạn của nó: nhiệm vụ đã quá hạn (tính đến ngày chốt số liệu) không ở tình trạng "đang thực hiện" hay "chưa triển khai" nếu không ghi lý do; "không thực hiện" phải có lý do; hoàn thành sau hạn là "hoàn thành quá hạn"; mỗi kết quả của nhiệm vụ ghi tình trạng.',
      en: "A task's status agrees with its deadline: a task past its deadline (as of the cut-off) is not \"đang thực hiện\" (in progress) or \"chưa triển khai\" (not started) without a reason; \"không thực hiện\" (not done) needs a reason; done after the deadline is \"hoàn thành quá hạn\" (done late); every task result states its status.",
    },
    rationale: {
      vi: 'Báo cáo "đang thực hiện" một việc đã quá hạn mà không giải thích làm cơ quan tổng hợp tưởng mọi việc vẫn trong tầm kiểm soát. Hạn được so với ngày cuối của thời gian chốt số liệu (Nghị định 09/2019/NĐ-CP, Điều 12): số liệu quý I tính đến ngày 14/3.',
      en: 'Reporting a task past its deadline as "in progress" without a word makes the compiling body believe all is under control. The deadline is compared with the last day of the data cut-off (Nghị định 09/2019/NĐ-CP, Article 12): first-quarter data runs to 14 March.',
    },
    messages: {
      noStatus: {
        vi: 'Kết quả của nhiệm vụ "{task}" chưa ghi tình trạng: "chưa triển khai", "đang thực hiện", "hoàn thành", "hoàn thành quá hạn" hay "không thực hiện".',
        en: 'The result of task "{task}" states no status: "chưa triển khai", "đang thực hiện", "hoàn thành", "hoàn thành quá hạn" or "không thực hiện".',
      },
      overdueOpen: {
        vi: 'Nhiệm vụ "{task}" có hạn {deadline}, đã quá hạn tính đến ngày chốt số liệu {cutoff}, nhưng đang ghi "{status}" mà không có lý do: ghi "reason:" (vì sao chưa xong, khi nào xong) hoặc sửa tình trạng.',
        en: 'Task "{task}" was due {deadline}, past as of the cut-off {cutoff}, yet it is "{status}" with no reason: add "reason:" (why it is late, when it will be done) or correct the status.',
      },
      notDoneNoReason: {
        vi: 'Nhiệm vụ "{task}" ghi "không thực hiện" nhưng không có lý do: thêm "reason:".',
        en: 'Task "{task}" is "không thực hiện" (not done) but gives no reason: add "reason:".',
      },
      doneLate: {
        vi: 'Nhiệm vụ "{task}" hoàn thành ngày {completed}, sau hạn {deadline}: tình trạng là "hoàn thành quá hạn".',
        en: 'Task "{task}" was completed on {completed}, after its deadline {deadline}: its status is "hoàn thành quá hạn" (done late).',
      },
    },
    examples: {
      valid: [reportExample(REPORT)],
      invalid: [reportExample(REPORT.replace('    status: hoàn thành\n    completed: 25/02/2026\n', '    status: đang thực hiện\n'))],
    },
  },
  check(ctx) {
    const reading = readReport(ctx.analysis, ctx.parent);
    if (!reading) return;
    const cutoff = reading.period?.cutoff.end;
    for (const result of reading.report.results ?? []) {
      if (result.task === undefined) continue;
      const task = result.task;
      const status = result.status;
      if (status === undefined) {
        ctx.report({ messageId: 'noStatus', data: { task }, at: { node: result, key: 'task' } });
        continue;
      }
      const reason = result.reason?.trim();
      if (status === 'không thực hiện') {
        if (!reason) ctx.report({ messageId: 'notDoneNoReason', data: { task }, at: { node: result, key: 'status' } });
        continue;
      }
      // A group's result stands for tasks of different deadlines: only a single task's is compared.
      const views = reading.byId.get(task);
      if (!views || views.length !== 1 || views[0]?.task.id !== task) continue;
      const deadline = taskDeadline(reading.plan, views[0]);
      if (!deadline) continue;
      if ((status === 'đang thực hiện' || status === 'chưa triển khai') && !reason && cutoff && compareIso(deadline, cutoff) < 0) {
        ctx.report({
          messageId: 'overdueOpen',
          data: { task, deadline: formatViDate(deadline), cutoff: formatViDate(cutoff), status },
          at: { node: result, key: 'status' },
        });
      }
      if (status === 'hoàn thành' && result.completed !== undefined) {
        const done = parseDate(result.completed);
        if (!done.ok || compareIso(done.date, deadline) <= 0) continue;
        const at = { node: result, key: 'status' } as const;
        const fixed = 'hoàn thành quá hạn';
        ctx.report({
          messageId: 'doneLate',
          data: { task, completed: formatViDate(done.date), deadline: formatViDate(deadline) },
          at,
          suggestions: [{ title: formatMessage(SET, { status: fixed }), edits: [replaceScalarEdit(ctx.source, ctx.rangeOf(at), fixed)] }],
        });
      }
    }
  },
});
