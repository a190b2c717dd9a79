import { agencyCovers } from '../agencies/groups.js';
import { compareIso, parseDate } from '../parse/date.js';
import type { Timeframe } from '../parse/timeframe.js';
import type { Quantity, ReportPath } from '../schema/common.js';
import type { Report, Reporter } from '../schema/report.js';
import type { AgencyEntry } from '../schema/registry.js';
import { matchKey } from '../text/normalize.js';
import type { PlanAnalysis } from './analysis.js';
import { parseReportingPeriod, type DateSpan, type ReportingPeriod } from './report-period.js';
import { asList, hasDestination, type TaskView } from './tasks.js';
import { planReporting, planTargets, type TargetVisit } from './walk.js';

/**
 * What a plan asks of one reporter: the tasks it leads, the report path it follows,
 * and which of those tasks a report for a period must cover. Rules and the roll-up
 * read a report against its plan through these.
 */

/**
 * Whether a name written in the plan (a lead, a report path's `from`) means the
 * reporter: the reporter itself, or a group of agencies covering it ("UBND các xã,
 * phường" for a commune committee, by level; "Các sở, ban, ngành" for a department).
 */
export function reporterMatcher(plan: PlanAnalysis, reporter: Partial<Reporter> | undefined): (name: string) => boolean {
  if (!reporter) return () => false;
  const own = new Set<string>();
  let entry: AgencyEntry | undefined;
  for (const name of [reporter.agency, reporter.name]) {
    if (!name) continue;
    own.add(matchKey(name));
    entry ??= plan.agency(name)?.entry;
  }
  const memo = new Map<string, boolean>();
  return (name) => {
    let hit = memo.get(name);
    if (hit !== undefined) return hit;
    hit = matches(plan, name, own, entry, reporter.level);
    memo.set(name, hit);
    return hit;
  };
}

function matches(plan: PlanAnalysis, name: string, own: Set<string>, entry: AgencyEntry | undefined, level: Reporter['level']): boolean {
  if (own.has(matchKey(name))) return true;
  const group = plan.agency(name)?.entry;
  if (!group) return false;
  if (entry && agencyCovers(group, entry, plan.agencies)) return true;
  // "UBND các xã, phường" covers every commune committee, listed or not.
  if (group.kind !== 'collective' || level === undefined || group.level !== level) return false;
  if (!group.memberKinds?.length) return !entry || entry.kind === 'people-committee';
  return entry !== undefined && group.memberKinds.includes(entry.kind);
}

/** The tasks of the plan the reporter leads (requests excepted). */
export function reporterTasks(plan: PlanAnalysis, concerns: (name: string) => boolean): TaskView[] {
  return plan.tasks().filter((v) => !v.request && v.leads.some(concerns));
}

/** The task's timeframe as dates, when it reads. */
export function taskSpan(plan: PlanAnalysis, view: TaskView): Timeframe | undefined {
  if (!view.timeframe) return undefined;
  const r = plan.timeframe(view.timeframe.value);
  return r.ok ? r.value : undefined;
}

/** A task is due in a period when the time it runs overlaps the period (work "Thường xuyên" always does). */
export function dueIn(plan: PlanAnalysis, view: TaskView, span: DateSpan): boolean {
  const tf = taskSpan(plan, view);
  if (!tf) return false;
  return compareIso(tf.start, span.end) <= 0 && compareIso(tf.end, span.start) >= 0;
}

/** The last day of a task with a deadline (or a bounded range); undefined for standing work. */
export function taskDeadline(plan: PlanAnalysis, view: TaskView): string | undefined {
  const tf = taskSpan(plan, view);
  if (!tf) return undefined;
  if (tf.kind === 'deadline') return tf.end;
  if (tf.kind !== 'range') return undefined;
  const span = plan.span;
  // A range as long as the plan is not a deadline ("Trong năm 2026" of a 2026 plan).
  if (span && compareIso(tf.start, span.start) <= 0 && compareIso(tf.end, span.end) >= 0) return undefined;
  return tf.end;
}

/** Which report path the reporter follows: one naming it (or its group), else one for everyone, else its tasks' own. */
export function reporterPath(plan: PlanAnalysis, concerns: (name: string) => boolean, tasks: readonly TaskView[]): ReportPath | undefined {
  const p = plan.plan;
  if (!p) return undefined;
  const all = planReporting(p).filter(hasDestination);
  const named = all.find((r) => asList(r.from).some(concerns));
  if (named) return named;
  const general = all.find((r) => asList(r.from).length === 0);
  if (general) return general;
  return tasks.find((v) => v.report && hasDestination(v.report.value))?.report?.value;
}

/** The report's period, read from what it says. */
export function reportPeriod(report: Partial<Report> | undefined): ReportingPeriod | undefined {
  if (!report?.period) return undefined;
  const period = parseReportingPeriod(report.period);
  if (!period) return undefined;
  const cutoff = report.cutoff;
  if (!cutoff) return period;
  const from = parseDate(cutoff.from);
  const to = parseDate(cutoff.to);
  return from.ok && to.ok ? { ...period, cutoff: { start: from.date, end: to.date } } : period;
}

/** The plan's targets that have an id, with their measure. */
export function targetsById(plan: PlanAnalysis): Map<string, TargetVisit> {
  const out = new Map<string, TargetVisit>();
  const p = plan.plan;
  if (!p) return out;
  for (const t of planTargets(p)) {
    const id = (t.target as { id?: unknown }).id;
    if (typeof id === 'string') out.set(id, t);
  }
  return out;
}

/** What a task counts: its quantity (the first that states a unit). */
export function taskMeasure(view: TaskView): Quantity | undefined {
  const q = asList(view.task.quantity);
  return q.find((x) => x.unit !== undefined) ?? q[0];
}

/** Tasks and groups by id, with the task views each id stands for (a group: every task under it). */
export function tasksById(plan: PlanAnalysis): Map<string, TaskView[]> {
  const out = new Map<string, TaskView[]>();
  const add = (id: string, v: TaskView): void => {
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(v);
  };
  for (const v of plan.tasks()) {
    add(v.task.id, v);
    for (const g of v.groups) add(g.id, v);
  }
  return out;
}
