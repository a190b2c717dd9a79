import {
  asList,
  deadlineFor,
  detectEol,
  dirname,
  relativePath,
  formatViDate,
  isGroup,
  pick,
  planTaskInfos,
  planTasks,
  readReport,
  readReportAgainst,
  reportDeadlineText,
  reportPeriod,
  scaffoldResults,
  STATUS_CODES,
  targetsById,
  timeframeText,
  type Locale,
  type OffsetRange,
  type PlanAnalysis,
  type ReportReading,
  type ReportStatus,
  type ReportTaskInfo,
  type Task,
  type TargetVisit,
  type TextEdit,
} from '@kehoach/core';
import { insertKeyEdit, isEmptyScalar, keyName, type YMap, type YPair } from '@kehoach/core/internal';
import type { DocContext } from './context.js';
import { factsMarkdown, factsOfGroup, taskMarkdown } from './describe-task.js';

/**
 * A progress report (`*.baocao.yaml`) in the editor: read against its plan with core's
 * helpers (model/report-editor.ts), and said in the author's language. Completion,
 * hover, inlay hints and the code action that adds the results due call these.
 */

type Bi = { vi: string; en: string };

/** What the editor says about reports, Vietnamese first. `{0}`, `{1}`: the values. */
export const REPORT_MESSAGES = {
  addDue: { vi: 'Thêm mọi nhiệm vụ đến hạn trong kỳ', en: 'Add every task due in this period' },
  noPlan: {
    vi: 'Chưa đọc được kế hoạch mà báo cáo này báo cáo (khóa `plan`: số `ref` và/hoặc tệp `path`), nên chưa biết `{0}`.',
    en: 'The plan this report reports on cannot be read (key `plan`: its `ref` and/or `path`), so `{0}` is unknown.',
  },
  unknownTask: { vi: 'Kế hoạch {1} không có nhiệm vụ hay nhóm nhiệm vụ `{0}`.', en: 'Plan {1} has no task or task group `{0}`.' },
  unknownTarget: { vi: 'Kế hoạch {1} không có chỉ tiêu `{0}`.', en: 'Plan {1} has no target `{0}`.' },
  taskOf: { vi: 'Nhiệm vụ `{0}` của kế hoạch {1}:', en: 'Task `{0}` of plan {1}:' },
  groupOf: { vi: 'Nhóm nhiệm vụ `{0}` của kế hoạch {1} (kết quả của nhóm tính cho mọi nhiệm vụ trong nhóm):', en: 'Task group `{0}` of plan {1} (a result for the group covers every task in it):' },
  targetOf: { vi: 'Chỉ tiêu `{0}` của kế hoạch {1}:', en: 'Target `{0}` of plan {1}:' },
  deadline: { vi: 'Hạn hoàn thành', en: 'Deadline' },
  dueMine: { vi: 'Đến kỳ báo cáo ({0}): báo cáo phải có kết quả của nhiệm vụ này.', en: 'Due in this period ({0}): the report must give its result.' },
  notDueMine: { vi: 'Chưa đến kỳ trong {0}: không bắt buộc trong báo cáo này.', en: 'Not due in {0}: not required in this report.' },
  mine: { vi: 'Nhiệm vụ của cơ quan báo cáo.', en: "One of the reporter's tasks." },
  notMine: { vi: 'Không phải nhiệm vụ của {0}.', en: 'Not a task of {0}.' },
  covered: { vi: 'Đã có kết quả trong báo cáo.', en: 'The report already has its result.' },
  labelDue: { vi: 'đến kỳ', en: 'due' },
  labelDueCovered: { vi: 'đến kỳ, đã có kết quả', en: 'due, reported' },
  labelNotDue: { vi: 'chưa đến kỳ', en: 'not due' },
  labelOther: { vi: 'cơ quan khác', en: 'another body' },
  labelGroup: { vi: 'nhóm nhiệm vụ', en: 'task group' },
  lead: { vi: 'Chủ trì', en: 'Lead' },
  timeframe: { vi: 'Thời gian', en: 'Timeframe' },
  report: { vi: 'Báo cáo', en: 'Report' },
  id: { vi: 'Mã', en: 'Id' },
  value: { vi: 'Chỉ tiêu', en: 'Target' },
  hintDeadline: { vi: 'hạn gửi: {0}', en: 'due: {0}' },
  hintCutoff: { vi: 'chốt số liệu: {0}', en: 'data cut-off: {0}' },
  hintTaskDeadline: { vi: 'hạn: {0}', en: 'deadline: {0}' },
  periodHead: { vi: 'Kỳ báo cáo: {0}', en: 'Reporting period: {0}' },
  periodCutoff: { vi: 'Thời gian chốt số liệu: {0} (Điều 12 Nghị định 09/2019/NĐ-CP, hoặc `cutoff` của báo cáo)', en: 'Data cut-off: {0} (Article 12 of Decree 09/2019/NĐ-CP, or the report’s `cutoff`)' },
  periodDeadline: { vi: 'Hạn gửi báo cáo: {0}', en: 'Report due by: {0}' },
  statusFor: { vi: 'Nhiệm vụ `{0}`: {1}.', en: 'Task `{0}`: {1}.' },
  statusDeadline: { vi: 'hạn hoàn thành {0}', en: 'deadline {0}' },
  statusNoDeadline: { vi: 'không có hạn hoàn thành (thường xuyên hoặc cả kỳ)', en: 'no deadline (standing work)' },
} satisfies Record<string, Bi>;

export function say(m: Bi, locale: Locale, ...args: string[]): string {
  return pick(m, locale).replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/** The plan the report reports on, when it was read (a wrong number still names a plan). */
export function reportPlan(dc: DocContext): PlanAnalysis | undefined {
  if (dc.loaded.kind !== 'report') return undefined;
  const p = dc.loaded.parent;
  return p.status === 'resolved' || p.status === 'ref-mismatch' ? p.parent : undefined;
}

/** The report read against its plan, as the rules read it; undefined for anything else or when the plan is not read. */
export function readingOf(dc: DocContext): ReportReading | undefined {
  if (dc.loaded.kind !== 'report') return undefined;
  const p = dc.loaded.parent;
  if (p.status === 'resolved') return readReport(dc.analysis, p);
  const report = dc.analysis.report;
  return p.status === 'ref-mismatch' && report ? readReportAgainst(report, p.parent) : undefined;
}

/** How the plan is named in messages: its number, else its file. */
export function planName(dc: DocContext, plan: PlanAnalysis): string {
  return plan.plan?.number ?? relativePath(dirname(dc.doc.path), plan.uri);
}

/** The tasks a result may name, with what completion and hover show. */
export function taskInfos(reading: ReportReading): ReportTaskInfo[] {
  const infos = planTaskInfos(reading);
  // The reporter's due tasks without a result yet come first: they are the ones to write.
  const rank = (i: ReportTaskInfo): number => (!i.mine ? 3 : !i.due ? 2 : i.covered ? 1 : 0);
  return infos.map((info, order) => ({ info, order })).sort((a, b) => rank(a.info) - rank(b.info) || a.order - b.order).map((x) => x.info);
}

/** The short state of a task in this report, beside its id in completion. */
export function stateLabel(info: ReportTaskInfo, locale: Locale): string {
  if (!info.mine) return say(REPORT_MESSAGES.labelOther, locale);
  if (!info.due) return say(REPORT_MESSAGES.labelNotDue, locale);
  return say(info.covered ? REPORT_MESSAGES.labelDueCovered : REPORT_MESSAGES.labelDue, locale);
}

/** Lead, timeframe and deadline on one line (a completion item's detail). */
export function infoDetail(info: ReportTaskInfo, locale: Locale): string {
  const parts = [info.lead, info.timeframe, info.deadline ? say(REPORT_MESSAGES.hintTaskDeadline, locale, info.deadline) : ''];
  return parts.filter((p) => p !== '').join(' · ');
}

/** A task of the plan as completion documents it: title, id, lead, timeframe, deadline, report path, and its state in this report. */
export function infoMarkdown(info: ReportTaskInfo, reading: ReportReading, locale: Locale): string {
  const m = REPORT_MESSAGES;
  const lines = [`**${info.title}**`, '', `- ${say(m.id, locale)}: \`${info.id}\``];
  if (info.lead) lines.push(`- ${say(m.lead, locale)}: ${info.lead}`);
  if (info.timeframe) lines.push(`- ${say(m.timeframe, locale)}: ${info.timeframe}`);
  if (info.deadline) lines.push(`- ${say(m.deadline, locale)}: ${info.deadline}`);
  if (info.reportPath) lines.push(`- ${say(m.report, locale)}: ${info.reportPath}`);
  lines.push('', `_${stateSentence(info, reading, locale)}_`);
  return lines.join('\n');
}

function stateSentence(info: ReportTaskInfo, reading: ReportReading, locale: Locale): string {
  const m = REPORT_MESSAGES;
  const label = reading.period?.label ?? '';
  const parts: string[] = [];
  if (!info.mine) parts.push(say(m.notMine, locale, reading.report.reporter?.name ?? '?'));
  else if (!reading.period) parts.push(say(m.mine, locale));
  else parts.push(say(info.due ? m.dueMine : m.notDueMine, locale, label));
  if (info.covered) parts.push(say(m.covered, locale));
  return parts.join(' ');
}

/** The ids of the plan's task groups with the tasks under each, the reporter's groups first. */
export function groupIds(reading: ReportReading): { id: string; title: string; mine: boolean }[] {
  const mine = new Set(reading.tasks.map((v) => v.task));
  const out: { id: string; title: string; mine: boolean }[] = [];
  for (const [id, views] of reading.byId) {
    if (views.some((v) => v.task.id === id)) continue;
    const group = views[0]?.groups.find((g) => g.id === id);
    if (!group) continue;
    out.push({ id, title: group.title ?? asList(group.lead ?? group.request).join(', '), mine: views.some((v) => mine.has(v.task)) });
  }
  return [...out.filter((g) => g.mine), ...out.filter((g) => !g.mine)];
}

/** Hover over a result's `task:`: the task (or group) with its lead, coordinators, timeframe, report path, deadline and state. */
export function taskHover(dc: DocContext, id: string): string {
  const plan = reportPlan(dc);
  const locale = dc.locale;
  const m = REPORT_MESSAGES;
  if (!plan) return say(m.noPlan, locale, id);
  const name = planName(dc, plan);
  const visit = plan.plan ? planTasks(plan.plan).find((v) => (v.item as Task).id === id) : undefined;
  if (!visit) return say(m.unknownTask, locale, id, name);
  const task = visit.item as Task;
  if (isGroup(task)) {
    const facts = factsOfGroup(plan, task, visit.groups);
    return `${say(m.groupOf, locale, id, name)}\n\n${factsMarkdown(facts, facts.timeframe ? plan.timeframe(facts.timeframe.value) : undefined, locale)}`;
  }
  const view = plan.tasks().find((v) => v.task === task);
  const head = say(m.taskOf, locale, id, name);
  if (!view) return `${head}\n\n**${task.title ?? id}**`;
  const lines = [head, '', taskMarkdown(view, view.timeframe ? plan.timeframe(view.timeframe.value) : undefined, locale)];
  const reading = readingOf(dc);
  const info = reading ? planTaskInfos(reading).find((i) => i.id === id) : undefined;
  if (info?.deadline) lines.push(`- ${say(m.deadline, locale)}: ${info.deadline}`);
  if (info && reading) lines.push('', `_${stateSentence(info, reading, locale)}_`);
  return lines.join('\n');
}

/** A plan target as hover and completion show it: its wording, value, lead and timeframe. */
export function targetMarkdown(visit: TargetVisit, locale: Locale): string {
  const m = REPORT_MESSAGES;
  const t = visit.target as Record<string, unknown>;
  const wording = typeof t[visit.wordingKey] === 'string' ? (t[visit.wordingKey] as string) : String(t.id ?? '');
  const lines = [`**${wording}**`, '', `- ${say(m.id, locale)}: \`${String(t.id)}\``];
  const measure = [t.value, t.unit].filter((x) => x !== undefined).join(' ');
  if (measure) lines.push(`- ${say(m.value, locale)}: ${measure}${typeof t.of === 'string' ? ` (${t.of})` : ''}`);
  const lead = asList(t.lead as string | string[] | undefined);
  if (lead.length) lines.push(`- ${say(m.lead, locale)}: ${lead.join('; ')}`);
  if (t.timeframe !== undefined) lines.push(`- ${say(m.timeframe, locale)}: ${timeframeText(t.timeframe as Parameters<typeof timeframeText>[0])}`);
  return lines.join('\n');
}

export function targetWording(visit: TargetVisit): string {
  const t = visit.target as Record<string, unknown>;
  return typeof t[visit.wordingKey] === 'string' ? (t[visit.wordingKey] as string) : '';
}

/** Hover over a result's (or a figure's) `target:`. */
export function targetHover(dc: DocContext, id: string): string {
  const plan = reportPlan(dc);
  const m = REPORT_MESSAGES;
  if (!plan) return say(m.noPlan, dc.locale, id);
  const visit = targetsById(plan).get(id);
  if (!visit) return say(m.unknownTarget, dc.locale, id, planName(dc, plan));
  return `${say(m.targetOf, dc.locale, id, planName(dc, plan))}\n\n${targetMarkdown(visit, dc.locale)}`;
}

/** Hover over `period:` and `deadline:`: the period, its data cut-off and the report's deadline (a deadline reads against the period). */
export function periodHover(dc: DocContext): string | undefined {
  const report = dc.analysis.report;
  const period = reportPeriod(report);
  if (!period) return undefined;
  const m = REPORT_MESSAGES;
  const lines = [`**${say(m.periodHead, dc.locale, period.label)}**`, '', `- ${say(m.periodCutoff, dc.locale, span(period.cutoff))}`];
  const deadline = deadlineText(dc);
  if (deadline) lines.push(`- ${say(m.periodDeadline, dc.locale, deadline)}`);
  return lines.join('\n');
}

/** The report's deadline: its own `deadline` or its plan's report path, read for its period; its own alone when the plan is not read. */
function deadlineText(dc: DocContext): string | undefined {
  const reading = readingOf(dc);
  if (reading) return reportDeadlineText(reading);
  const report = dc.analysis.report;
  const period = reportPeriod(report);
  if (!period || report?.deadline === undefined) return undefined;
  const own = deadlineFor(report.deadline, period);
  return own ? formatViDate(own.last) : undefined;
}

function span(s: { start: string; end: string }): string {
  return `${formatViDate(s.start)} – ${formatViDate(s.end)}`;
}

/** The inlay hints of a report: its deadline (and cut-off) after `period:`, each result's task deadline after `task:`. */
export function reportHints(dc: DocContext, inRange: (offset: number) => boolean): { offset: number; label: string }[] {
  const report = dc.analysis.report;
  if (!report) return [];
  const source = dc.analysis.source;
  const out: { offset: number; label: string }[] = [];
  const lineEndAfter = (r: OffsetRange): number => source.lines.lineEnd(source.lines.positionAt(r.end).line);
  const reading = readingOf(dc);
  const periodRange = source.valueRange(report, 'period');
  const period = reportPeriod(report);
  if (periodRange && period && inRange(periodRange.end)) {
    const deadline = deadlineText(dc);
    const parts = [deadline ? say(REPORT_MESSAGES.hintDeadline, dc.locale, deadline) : '', say(REPORT_MESSAGES.hintCutoff, dc.locale, span(period.cutoff))];
    out.push({ offset: lineEndAfter(periodRange), label: parts.filter(Boolean).join(' · ') });
  }
  if (!reading) return out;
  const deadlines = new Map(planTaskInfos(reading).map((i) => [i.id, i.deadline]));
  for (const result of report.results ?? []) {
    if (typeof result?.task !== 'string') continue;
    const r = source.valueRange(result, 'task');
    const deadline = deadlines.get(result.task);
    if (!r || !deadline || !inRange(r.end)) continue;
    out.push({ offset: lineEndAfter(r), label: say(REPORT_MESSAGES.hintTaskDeadline, dc.locale, deadline) });
  }
  return out;
}

/** What `status:` takes, with the result's task and its deadline to choose by. */
export function statusContext(dc: DocContext, resultIndex: number | undefined): string | undefined {
  const reading = readingOf(dc);
  const result = resultIndex === undefined ? undefined : dc.analysis.report?.results?.[resultIndex];
  if (!reading || typeof result?.task !== 'string') return undefined;
  const info = planTaskInfos(reading).find((i) => i.id === result.task);
  if (!info) return undefined;
  const when = info.deadline ? say(REPORT_MESSAGES.statusDeadline, dc.locale, info.deadline) : say(REPORT_MESSAGES.statusNoDeadline, dc.locale);
  return say(REPORT_MESSAGES.statusFor, dc.locale, info.id, when);
}

/** A status in English words (its stable code, "done-late" → "done late"). */
export function statusEnglish(status: string): string | undefined {
  const code = (STATUS_CODES as Readonly<Record<string, string>>)[status as ReportStatus];
  return code?.replace(/-/g, ' ');
}

/**
 * The edit that adds a result for every task due in the period and not yet reported
 * (core's `scaffoldResults`), at the document's own indentation: after the last result,
 * under an empty `results:`, or as a new `results:` key. Only the inserted span changes
 * (an empty `results: []` is the one text replaced), so every comment and line stays.
 */
export function scaffoldEdit(dc: DocContext, reading: ReportReading): TextEdit | undefined {
  const source = dc.analysis.source;
  const root = source.root;
  if (!root || root.kind !== 'map' || root.flow) return undefined;
  const text = source.text;
  const eol = detectEol(text);
  const column = (offset: number): number => source.lines.positionAt(offset).character;
  const pair = root.items.find((p) => p.key !== null && keyName(p.key) === 'results');
  if (!pair) {
    const lines = scaffoldResults(reading, listIndent(root, column), '\n');
    if (!lines || !dc.analysis.report) return undefined;
    return insertKeyEdit(source, dc.analysis.report, 'results', `\n${lines}`);
  }
  const value = pair.value;
  if (value?.kind === 'seq' && !value.flow && value.items.length > 0) {
    const lines = scaffoldResults(reading, column(value.range[0]), eol);
    if (!lines) return undefined;
    let end = value.range[1];
    while (end > value.range[0] && /\s/.test(text.charAt(end - 1))) end--;
    let line = source.lines.positionAt(end).line;
    // Comments indented under the last result are its own: the new results go after them
    // (a comment at the list's column or left of it may be the next key's, and stays below).
    const dash = column(value.range[0]);
    for (let l = line + 1; l < source.lines.lineCount; l++) {
      const t = source.lines.lineText(l);
      if (t.trim() === '') continue;
      const comment = /^( *)#/.exec(t);
      if (!comment || (comment[1] as string).length <= dash) break;
      line = l;
    }
    const at = source.lines.lineEnd(line);
    return { range: { start: at, end: at }, newText: `${eol}${lines}` };
  }
  const keyEnd = pair.key?.range[1];
  if (keyEnd === undefined) return undefined;
  const lines = scaffoldResults(reading, listIndent(root, column), eol);
  if (!lines) return undefined;
  // `results:` with nothing after it (a comment may follow on its line).
  if (!value || isEmptyScalar(value)) {
    const at = source.lines.lineEnd(source.lines.positionAt(keyEnd).line);
    return { range: { start: at, end: at }, newText: `${eol}${lines}` };
  }
  // `results: []`: the empty list becomes the block of results.
  if (value.kind === 'seq' && value.flow && value.items.length === 0) {
    const colon = text.indexOf(':', keyEnd);
    if (colon < 0 || colon > value.range[0]) return undefined;
    return { range: { start: colon + 1, end: value.range[1] }, newText: `${eol}${lines}` };
  }
  return undefined;
}

/** Where a new list's dashes go in this document: as its other top-level lists (or maps) indent, else 2. */
function listIndent(root: YMap, column: (offset: number) => number): number {
  const blocks = (kind: 'seq' | 'map'): YPair[] => root.items.filter((p) => p.value?.kind === kind && !p.value.flow && p.value.items.length > 0);
  const seq = blocks('seq')[0]?.value;
  if (seq) return column(seq.range[0]);
  const map = blocks('map')[0]?.value;
  return map ? column(map.range[0]) : 2;
}
