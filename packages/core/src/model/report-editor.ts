import { formatViDate } from '../parse/date.js';
import { REPORT_STATUSES } from '../schema/report.js';
import type { PlanAnalysis } from './analysis.js';
import { coveredIds, dueTasks, isCovered, type ReportReading } from './report-check.js';
import { deadlineFor } from './report-deadline.js';
import { taskDeadline } from './report-scope.js';
import { asList, type TaskView } from './tasks.js';
import { timeframeText } from './timeframe-value.js';

/**
 * What an editor offers in a report (`*.baocao.yaml`), computed from the report read
 * against its plan: the task ids to complete, each with what hover shows, the statuses,
 * the deadline to show inline, and the results to add for every task due in the period.
 * The language server calls these; they know nothing of positions or protocols.
 */

/** A task of the plan as hover and completion show it. */
export interface ReportTaskInfo {
  id: string;
  title: string;
  /** Leads as written. */
  lead: string;
  timeframe: string;
  /** Last day (dd/mm/yyyy), when the task has one. */
  deadline?: string;
  /** Where its report goes: "Sở Khoa học và Công nghệ (trước ngày 18 của tháng cuối quý)". */
  reportPath?: string;
  /** Due in the report's period (and so expected in it). */
  due: boolean;
  /** Already has a result in the report. */
  covered: boolean;
  /** The reporter's own task (led by it, or by a group of agencies covering it). */
  mine: boolean;
}

/** Every task of the reporter (those due in the period first), for completion and hover. */
export function reportTaskInfos(reading: ReportReading): ReportTaskInfo[] {
  const due = new Set(dueTasks(reading).map((v) => v.task.id));
  const covered = coveredIds(reading);
  const infos = reading.tasks.map((v) => info(reading.plan, v, due.has(v.task.id), isCovered(v, covered), true));
  return [...infos.filter((i) => i.due), ...infos.filter((i) => !i.due)];
}

/**
 * Every task of the plan a result may name, for completion: the reporter's first (as
 * `reportTaskInfos` orders them), then the plan's other tasks in the plan's order
 * (`mine: false`, never due: the report is not expected to cover them). Requests are
 * left out, as they are of the reporter's tasks.
 */
export function planTaskInfos(reading: ReportReading): ReportTaskInfo[] {
  const own = reportTaskInfos(reading);
  const mine = new Set(reading.tasks.map((v) => v.task));
  const covered = coveredIds(reading);
  const others = reading.plan
    .tasks()
    .filter((v) => !v.request && !mine.has(v.task))
    .map((v) => info(reading.plan, v, false, isCovered(v, covered), false));
  return [...own, ...others];
}

function info(plan: PlanAnalysis, v: TaskView, due: boolean, covered: boolean, mine: boolean): ReportTaskInfo {
  const deadline = taskDeadline(plan, v);
  const path = v.report?.value;
  const content = v.task.content;
  const title = v.task.title ?? (typeof content === 'string' ? content : v.task.id);
  const to = path ? asList(path.to).join(', ') : '';
  const when = path ? (path.due !== undefined ? asList(path.due).map(timeframeText).join(', ') : (path.cadence ?? '')) : '';
  return {
    id: v.task.id,
    title,
    lead: v.leads.join(', '),
    timeframe: v.timeframe ? timeframeText(v.timeframe.value) : '',
    ...(deadline ? { deadline: formatViDate(deadline) } : {}),
    ...(to ? { reportPath: when ? `${to} (${when})` : to } : {}),
    due,
    covered,
    mine,
  };
}

/** The statuses a result may take, in the order people go through them. */
export function reportStatuses(): readonly string[] {
  return REPORT_STATUSES;
}

/** The report's deadline for its period ("17/03/2026"), from its own `deadline` or the plan's report path. */
export function reportDeadlineText(reading: ReportReading): string | undefined {
  const period = reading.period;
  if (!period) return undefined;
  const own = reading.report.deadline !== undefined ? deadlineFor(reading.report.deadline, period) : undefined;
  const d = own ?? deadlineFor(reading.path?.due, period);
  return d ? formatViDate(d.last) : undefined;
}

/**
 * YAML lines of a result for every task due in the period that the report does not
 * cover yet, to append to `results` ("add every task due in this period"): the task's
 * title as a comment and its id; the status is the author's to write (the rule
 * report-status-consistent asks for it). Indented for a list whose items start at
 * `indent` spaces.
 */
export function scaffoldResults(reading: ReportReading, indent = 2, eol = '\n'): string {
  const covered = coveredIds(reading);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const v of dueTasks(reading)) {
    if (isCovered(v, covered)) continue;
    const title = (v.task.title ?? v.task.id).replace(/\s+/g, ' ').trim();
    lines.push(`${pad}# ${title}`, `${pad}- task: ${v.task.id}`);
  }
  return lines.join(eol);
}
