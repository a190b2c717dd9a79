import type { ReportPath, TimeframeValue } from '../schema/common.js';
import type { Plan } from '../schema/plan.js';
import type { Duty, Task } from '../schema/task.js';

/** Where an effective value of a task was stated. */
export type ValueSource = 'task' | 'duty' | 'plan' | 'plan-year';

/** A task as rules see it: with what it inherits from its duty section and the plan. */
export interface TaskView {
  task: Task;
  /** The duty section the task is listed under ("Tổ chức thực hiện"), if any. */
  duty?: Duty;
  /** The array holding the task (`plan.tasks` or `duty.tasks`) and its index there. */
  list: Task[];
  index: number;
  /** Lead agencies as written (task's own, else the duty's agency). */
  leads: string[];
  leadSource: ValueSource | undefined;
  timeframe: { value: TimeframeValue; source: ValueSource; holder: object } | undefined;
  report: { value: ReportPath; source: ValueSource; holder: object } | undefined;
}

export function asList<T>(v: T | T[] | undefined): T[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** A report path counts only when it says whom to report to. */
export function hasDestination(r: ReportPath | undefined): r is ReportPath {
  return !!r && typeof r.to === 'string' && r.to.trim().length > 0;
}

export interface TaskViewOptions {
  /**
   * Duty items ("Tổ chức thực hiện") are standing responsibilities for the plan's
   * period; when neither they, their section nor the plan states a timeframe, the
   * plan's year stands for it. Numbered tasks never get this default.
   */
  dutyYearDefault?: boolean;
  /** Returns the plan-level reporting entry that applies to a task with these leads. */
  planReportFor?: (leads: string[]) => ReportPath | undefined;
}

export function taskViews(plan: Partial<Plan>, options: TaskViewOptions = {}): TaskView[] {
  const views: TaskView[] = [];
  const planTimeframe = plan.timeframe;
  const yearTimeframe: TimeframeValue | undefined =
    options.dutyYearDefault && typeof plan.year === 'number' ? `Trong năm ${plan.year}` : undefined;
  const planReport = (leads: string[]): { value: ReportPath; source: ValueSource; holder: object } | undefined => {
    const found = options.planReportFor ? options.planReportFor(leads) : firstWithDestination(plan.reporting);
    return found ? { value: found, source: 'plan', holder: found } : undefined;
  };

  const tasks = plan.tasks ?? [];
  tasks.forEach((task, index) => {
    const leads = asList(task.lead);
    views.push({
      task,
      list: tasks,
      index,
      leads,
      leadSource: leads.length ? 'task' : undefined,
      timeframe:
        task.timeframe !== undefined
          ? { value: task.timeframe, source: 'task', holder: task }
          : planTimeframe !== undefined
            ? { value: planTimeframe, source: 'plan', holder: plan }
            : undefined,
      report: hasDestination(task.report) ? { value: task.report, source: 'task', holder: task } : planReport(leads),
    });
  });

  for (const duty of plan.duties ?? []) {
    duty.tasks.forEach((task, index) => {
      const own = asList(task.lead);
      const leads = own.length ? own : asList(duty.agency);
      let timeframe: TaskView['timeframe'];
      if (task.timeframe !== undefined) timeframe = { value: task.timeframe, source: 'task', holder: task };
      else if (duty.timeframe !== undefined) timeframe = { value: duty.timeframe, source: 'duty', holder: duty };
      else if (planTimeframe !== undefined) timeframe = { value: planTimeframe, source: 'plan', holder: plan };
      else if (yearTimeframe !== undefined) timeframe = { value: yearTimeframe, source: 'plan-year', holder: plan };
      let report: TaskView['report'];
      if (hasDestination(task.report)) report = { value: task.report, source: 'task', holder: task };
      else if (hasDestination(duty.report)) report = { value: duty.report, source: 'duty', holder: duty };
      else report = planReport(leads);
      views.push({
        task,
        duty,
        list: duty.tasks,
        index,
        leads,
        leadSource: own.length ? 'task' : leads.length ? 'duty' : undefined,
        timeframe,
        report,
      });
    });
  }
  return views;
}

function firstWithDestination(reporting: ReportPath[] | undefined): ReportPath | undefined {
  return reporting?.find((r) => hasDestination(r) && asList(r.from).length === 0);
}
