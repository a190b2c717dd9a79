import type { TextEdit } from '../diagnostics.js';
import { defineRule, type FixInput } from '../engine/define.js';
import { insertKeyEdit, plainOrQuoted } from '../engine/edits.js';
import { relatedIn } from '../engine/related.js';
import { REPORT, reportExample } from '../engine/report-examples.js';
import { formatMessage } from '../i18n/message.js';
import { coveredIds, dueTasks, isCovered, readReport } from '../model/report-check.js';
import { timeframeText } from '../model/timeframe-value.js';
import type { Report } from '../schema/report.js';
import { detectEol } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';

const ADD = { vi: 'Thêm kết quả của nhiệm vụ "{task}"', en: 'Add a result for task "{task}"' };

export const reportCoversDueTasks = defineRule({
  meta: {
    id: 'report-covers-due-tasks',
    category: 'report',
    severity: 'error',
    scope: 'project',
    fixable: 'suggestion',
    appliesTo: ['report'],
    description: {
      vi: 'Báo cáo có kết quả của mọi nhiệm vụ kế hoạch giao cho cơ quan báo cáo (hoặc nhóm cơ quan chứa nó, như "UBND các xã, phường") mà thời gian thực hiện rơi vào kỳ báo cáo; kỳ báo cáo phải đọc được ("Quý I/2026").',
      en: 'A report has a result for every task the plan gives the reporter (or a group covering it, such as "UBND các xã, phường") whose timeframe falls in the reporting period; the period must read ("Quý I/2026").',
    },
    rationale: {
      vi: 'Cơ quan tổng hợp cần biết tình hình của từng nhiệm vụ ở từng nơi; một nhiệm vụ không được nhắc tới trong báo cáo thì không biết là đã làm, đang làm hay bị bỏ quên. Nhiệm vụ "Thường xuyên" rơi vào mọi kỳ; nhiệm vụ "Quý IV" không phải báo cáo ở quý I. Một kết quả ghi cho nhóm nhiệm vụ được tính cho mọi nhiệm vụ trong nhóm.',
      en: 'The compiling body needs the state of every task in every place; a task the report never mentions may be done, under way or forgotten. Standing work ("Thường xuyên") falls in every period; a "Quý IV" task need not be reported in the first quarter. A result for a task group counts for every task in it.',
    },
    messages: {
      missing: {
        vi: 'Báo cáo {period} chưa có kết quả của nhiệm vụ "{task}" ({title}; thời gian: {timeframe}): thêm "- task: {task}" vào "results" với tình trạng và kết quả.',
        en: 'The report for {period} has no result for task "{task}" ({title}; timeframe: {timeframe}): add "- task: {task}" to "results" with its status and results.',
      },
      noPeriod: {
        vi: 'Báo cáo chưa ghi kỳ báo cáo: thêm "period:", ví dụ "Quý I/2026", "6 tháng đầu năm 2026".',
        en: 'The report does not state its period: add "period:", e.g. "Quý I/2026", "6 tháng đầu năm 2026".',
      },
      periodUnreadable: {
        vi: 'Không đọc được kỳ báo cáo "{text}": ghi "Tháng 3/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", hoặc các ngày { from, to } của báo cáo đột xuất.',
        en: 'The reporting period "{text}" does not read: write "Tháng 3/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", or the dates { from, to } of an ad hoc report.',
      },
      noReporter: {
        vi: 'Báo cáo chưa ghi cơ quan báo cáo: thêm "reporter:" với "name" (và "level" cho UBND cấp dưới).',
        en: 'The report does not say who reports: add "reporter:" with "name" (and "level" for a lower committee).',
      },
    },
    examples: {
      valid: [reportExample(REPORT)],
      invalid: [reportExample(REPORT.replace(/ {2}- task: tuyen-truyen\n[\s\S]*$/, ''))],
    },
  },
  check(ctx) {
    const report = ctx.analysis.report;
    if (!report) return;
    if (!report.reporter) ctx.report({ messageId: 'noReporter', at: { node: report, part: 'head' } });
    if (report.period === undefined) {
      ctx.report({ messageId: 'noPeriod', at: { node: report, part: 'head' } });
      return;
    }
    const reading = readReport(ctx.analysis, ctx.parent);
    if (!reading) return;
    if (!reading.period) {
      const text = typeof report.period === 'string' ? report.period : (report.period.text ?? `${report.period.from} - ${report.period.to}`);
      ctx.report({ messageId: 'periodUnreadable', data: { text }, at: { node: report, key: 'period' } });
      return;
    }
    if (!report.reporter) return;
    const covered = coveredIds(reading);
    const at = report.results !== undefined ? ({ node: report, key: 'results', part: 'key' } as const) : ({ node: report, key: 'period' } as const);
    for (const view of dueTasks(reading)) {
      if (isCovered(view, covered)) continue;
      const id = view.task.id;
      const title = view.task.title ?? (typeof view.task.content === 'string' ? view.task.content : id);
      const suggestion = addResult(ctx.source, report, id);
      ctx.report({
        messageId: 'missing',
        data: { period: reading.period.label, task: id, title, timeframe: view.timeframe ? timeframeText(view.timeframe.value) : '' },
        at,
        related: [relatedIn(reading.plan, { node: view.task, key: 'id' }, { vi: 'Nhiệm vụ trong kế hoạch', en: 'The task in the plan' })],
        suggestions: suggestion ? [suggestion] : [],
      });
    }
  },
});

/** A new `- task: <id>` after the last result (or a new `results:` key) for the author to complete. */
function addResult(source: YamlSource, report: Partial<Report>, id: string): FixInput | undefined {
  const eol = detectEol(source.text);
  const title = formatMessage(ADD, { task: id });
  const results = report.results;
  if (!results || results.length === 0) {
    if (results !== undefined) return undefined;
    const edit = insertKeyEdit(source, report, 'results', `\n  - task: ${plainOrQuoted(id)}`);
    return edit ? { title, edits: [edit] } : undefined;
  }
  const node = source.nodeOf(results);
  const range = source.range(results);
  if (!node || node.flow || !range) return undefined;
  const pad = ' '.repeat(source.lines.positionAt(range.start).character);
  let end = range.end;
  while (end > range.start && /\s/.test(source.text.charAt(end - 1))) end--;
  const at = source.lines.lineEnd(source.lines.positionAt(end).line);
  const edit: TextEdit = { range: { start: at, end: at }, newText: `${eol}${pad}- task: ${plainOrQuoted(id)}` };
  return { title, edits: [edit] };
}
