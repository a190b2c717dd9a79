import type { Appendix } from '../schema/body.js';
import type { ReportPath, TimeframeValue } from '../schema/common.js';
import type { Plan } from '../schema/plan.js';
import type { Duty, Task } from '../schema/task.js';
import { isGroup, walkPlan, type Place } from './walk.js';
import { ObjectMemo } from '../text/object-memo.js';

/** Where an effective value of a task was stated. */
export type ValueSource = 'task' | 'group' | 'duty' | 'plan' | 'plan-year';

/** A task as rules see it: with what it inherits from its groups, its duty section and the plan. */
export interface TaskView {
  task: Task;
  /** The duty section the task is listed under ("Tổ chức thực hiện", earlier shape), if any. */
  duty?: Duty;
  /** Enclosing task groups, outermost first. */
  groups: Task[];
  /** Where the task is written: `tasks`, `duties`, `sections` or an appendix. */
  place: Place;
  appendix?: Appendix;
  /** The array holding the task and its index there. */
  list: unknown[];
  index: number;
  /**
   * A request ("Đề nghị ...") to bodies outside the issuer's authority: the first law
   * does not apply. `leads` then holds the requested bodies.
   */
  request: boolean;
  /** Lead agencies as written (task's own, else its group's, else the duty's agency); for a request, the requested bodies. */
  leads: string[];
  leadSource: ValueSource | undefined;
  /** The object stating the lead (or request): the task, a group or the duty. */
  leadHolder: object | undefined;
  coordinators: string[];
  timeframe: { value: TimeframeValue; source: ValueSource; holder: object } | undefined;
  report: { value: ReportPath; source: ValueSource; holder: object } | undefined;
}

export function asList<T>(v: T | T[] | undefined): T[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** A report path counts only when it says whom to report to. */
export function hasDestination(r: ReportPath | undefined): r is ReportPath {
  if (!r) return false;
  return asList(r.to).some((t) => typeof t === 'string' && t.trim().length > 0);
}

export interface TaskViewOptions {
  /**
   * Duty items ("Tổ chức thực hiện", and items of a group that states a lead) are
   * standing responsibilities for the plan's period; when neither they, their groups,
   * their section nor the plan states a timeframe, the plan's period (its year) stands
   * for it. Numbered tasks of their own never get this default.
   */
  dutyYearDefault?: boolean;
  /** The plan's period as a timeframe phrase, for that default ("Trong năm 2024", "2026 - 2030"). */
  periodText?: string;
  /** Returns the plan-level reporting entry that applies to a task with these leads. */
  planReportFor?: (leads: string[]) => ReportPath | undefined;
  /**
   * What `planReportFor` answers from, as one object while it does not change: its
   * answer for a task is then kept with the task across checks.
   */
  planReportContext?: object;
}

/** The nearest of the task and its groups (innermost first) that states `key`. */
function nearest<K extends keyof Task>(task: Task, groups: readonly Task[], key: K): { value: NonNullable<Task[K]>; holder: Task; own: boolean } | undefined {
  if (task[key] !== undefined) return { value: task[key] as NonNullable<Task[K]>, holder: task, own: true };
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] as Task;
    if (g[key] !== undefined) return { value: g[key] as NonNullable<Task[K]>, holder: g, own: false };
  }
  return undefined;
}

/**
 * Every task of the plan as rules see it. A group (a task with task items) is not a
 * task itself: its items are, and they inherit its lead, request, coordinators,
 * timeframe and report path.
 */
export function taskViews(plan: Partial<Plan>, options: TaskViewOptions = {}): TaskView[] {
  const views: TaskView[] = [];
  const planTimeframe = plan.timeframe;
  const periodText =
    options.periodText ?? (typeof plan.year === 'number' ? `Trong năm ${plan.year}` : undefined);
  const yearTimeframe: TimeframeValue | undefined = options.dutyYearDefault ? periodText : undefined;
  const planReport = (leads: string[]): TaskView['report'] => {
    const found = options.planReportFor ? options.planReportFor(leads) : firstWithDestination(plan.reporting);
    return found ? { value: found, source: 'plan', holder: found } : undefined;
  };

  walkPlan(plan, (v) => {
    if (v.kind !== 'task') return;
    const task = v.item as Task;
    if (isGroup(task)) return;
    const { groups, duty } = v;
    const own = ownValues(task, groups, duty);
    const { leads, leadSource } = own;

    let timeframe = own.timeframe;
    if (!timeframe) {
      if (planTimeframe !== undefined) timeframe = { value: planTimeframe, source: 'plan', holder: plan };
      else if (yearTimeframe !== undefined && (duty || leadSource === 'group')) timeframe = { value: yearTimeframe, source: 'plan-year', holder: plan };
    }
    let report = own.report;
    if (!report) {
      const context = options.planReportContext;
      const kept = context ? own.planReport : undefined;
      if (kept && kept.context === context) report = kept.report;
      else {
        report = planReport(leads);
        if (context) own.planReport = { context, report };
      }
    }

    const view: TaskView = {
      task,
      groups,
      place: v.place,
      list: v.list,
      index: v.index,
      request: own.request,
      leads,
      leadSource,
      leadHolder: own.leadHolder,
      coordinators: own.coordinators,
      timeframe,
      report,
    };
    if (duty) view.duty = duty;
    if (v.appendix) view.appendix = v.appendix;
    views.push(view);
  });
  return views;
}

/** What a task states or inherits from its groups and duty section, without the plan's defaults. */
interface OwnValues {
  groups: readonly Task[];
  duty: Duty | undefined;
  leads: string[];
  request: boolean;
  leadSource: ValueSource | undefined;
  leadHolder: object | undefined;
  coordinators: string[];
  timeframe: TaskView['timeframe'];
  report: TaskView['report'];
  /** The plan-level report path found for the leads, and the context it was found in. */
  planReport?: { context: object; report: TaskView['report'] };
}

/**
 * Each task's own values, by task object. They depend only on the task, its groups and
 * its duty section, and after an edit inside one task every other task is the object
 * read before (yaml/incremental.ts), in the same groups: a plan of thousands of tasks
 * then works out one task's values per keystroke, not every task's.
 */
const ownValuesOf = new ObjectMemo<Task, OwnValues>();

function ownValues(task: Task, groups: readonly Task[], duty: Duty | undefined): OwnValues {
  const hit = ownValuesOf.get(task);
  if (hit && hit.duty === duty && sameItems(hit.groups, groups)) return hit;
  const values = computeOwnValues(task, groups, duty);
  ownValuesOf.set(task, values);
  return values;
}

/** The same items, by identity, in the same order. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function computeOwnValues(task: Task, groups: readonly Task[], duty: Duty | undefined): OwnValues {
  // Lead or request: the nearest holder of either decides (the task, then its groups
  // innermost first).
  let leads: string[] = [];
  let request = false;
  let leadSource: ValueSource | undefined;
  let leadHolder: object | undefined;
  for (let i = groups.length; i >= 0; i--) {
    const holder = i === groups.length ? task : (groups[i] as Task);
    if (holder.lead !== undefined || holder.request !== undefined) {
      request = holder.lead === undefined;
      leads = asList(request ? holder.request : holder.lead);
      leadSource = holder === task ? 'task' : 'group';
      leadHolder = holder;
      break;
    }
  }
  if (!leadHolder && duty) {
    leads = asList(duty.agency);
    if (leads.length) {
      leadSource = 'duty';
      leadHolder = duty;
    }
  }
  if (leads.length === 0) leadSource = undefined;

  const coordinators = asList(nearest(task, groups, 'coordinators')?.value);

  let timeframe: TaskView['timeframe'];
  const tf = nearest(task, groups, 'timeframe');
  if (tf) timeframe = { value: tf.value, source: tf.own ? 'task' : 'group', holder: tf.holder };
  else if (duty?.timeframe !== undefined) timeframe = { value: duty.timeframe, source: 'duty', holder: duty };

  let report: TaskView['report'];
  let reporter: Task | undefined;
  for (let i = groups.length; i >= 0 && !reporter; i--) {
    const holder = i === groups.length ? task : (groups[i] as Task);
    if (hasDestination(holder.report)) reporter = holder;
  }
  if (reporter?.report) report = { value: reporter.report, source: reporter === task ? 'task' : 'group', holder: reporter };
  else if (duty && hasDestination(duty.report)) report = { value: duty.report, source: 'duty', holder: duty };

  return { groups: groups.slice(), duty, leads, request, leadSource, leadHolder, coordinators, timeframe, report };
}

function firstWithDestination(reporting: ReportPath[] | undefined): ReportPath | undefined {
  return reporting?.find((r) => hasDestination(r) && asList(r.from).length === 0);
}
