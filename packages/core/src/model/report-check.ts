import type { Report } from '../schema/report.js';
import { matchKey } from '../text/normalize.js';
import type { PlanAnalysis } from './analysis.js';
import type { ParentLink } from './parent.js';
import type { ReportingPeriod } from './report-period.js';
import { dueIn, reporterMatcher, reporterPath, reporterTasks, reportPeriod, tasksById } from './report-scope.js';
import type { ReportPath } from '../schema/common.js';
import type { TaskView } from './tasks.js';

/** A report read against its plan: what every report rule (and the roll-up) needs, computed once. */
export interface ReportReading {
  report: Partial<Report>;
  plan: PlanAnalysis;
  /** Undefined when the period does not read. */
  period: ReportingPeriod | undefined;
  /** Whether a name in the plan means the reporter. */
  concerns: (name: string) => boolean;
  /** The tasks of the plan that are the reporter's. */
  tasks: TaskView[];
  /** Task and group ids of the plan, each with the tasks it stands for. */
  byId: Map<string, TaskView[]>;
  /** The report path the reporter follows. */
  path: ReportPath | undefined;
}

const readings = new WeakMap<object, WeakMap<PlanAnalysis, ReportReading>>();

/** The report of `analysis` read against the plan its `plan:` led to; undefined when that plan was not found. */
export function readReport(analysis: PlanAnalysis, link: ParentLink): ReportReading | undefined {
  const report = analysis.report;
  if (!report || link.status !== 'resolved') return undefined;
  const plan = link.parent;
  let byPlan = readings.get(report);
  if (!byPlan) readings.set(report, (byPlan = new WeakMap()));
  let hit = byPlan.get(plan);
  if (!hit) byPlan.set(plan, (hit = readReportAgainst(report, plan)));
  return hit;
}

/** Read a report against a plan (the roll-up reads reports it found itself). */
export function readReportAgainst(report: Partial<Report>, plan: PlanAnalysis): ReportReading {
  const concerns = reporterMatcher(plan, report.reporter);
  // The committee that issued the plan reports on the whole of it.
  const issuer = plan.plan?.issuer;
  const isIssuer = !!issuer && !!report.reporter && [issuer.name, issuer.agency].some((n) => n && (concerns(n) || matchKey(n) === matchKey(report.reporter?.name ?? '')));
  const tasks = isIssuer ? plan.tasks().filter((v) => !v.request) : reporterTasks(plan, concerns);
  return {
    report,
    plan,
    period: reportPeriod(report),
    concerns,
    tasks,
    byId: tasksById(plan),
    path: reporterPath(plan, concerns, tasks),
  };
}

/** The reporter's tasks due in the report's period. */
export function dueTasks(r: ReportReading): TaskView[] {
  const period = r.period;
  if (!period) return [];
  return r.tasks.filter((v) => dueIn(r.plan, v, period));
}

/** Ids the report's results name (tasks and groups). */
export function coveredIds(r: ReportReading): Set<string> {
  const out = new Set<string>();
  for (const res of r.report.results ?? []) if (res.task) out.add(res.task);
  return out;
}

/** Whether a task is covered by a result naming it or one of its groups. */
export function isCovered(view: TaskView, covered: ReadonlySet<string>): boolean {
  return covered.has(view.task.id) || view.groups.some((g) => covered.has(g.id));
}
