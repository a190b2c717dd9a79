import {
  STATUS_CODES,
  compareIso,
  deadlineFor,
  dueIn,
  ownString,
  parseDate,
  pathPeriodKinds,
  reporterPath,
  reporterTasks,
  reportPeriod,
  relativePath,
  taskDeadline,
  taskMeasure,
  timeframeText,
  type PlanAnalysis,
  type Report,
  type ReportPath,
  type ReportingPeriod,
  type ReportResult,
  type ReportStatus,
  type TaskView,
} from '@kehoach/core';
import { Bodies, type KnownBody } from './implementers.js';
import { FigureBook } from './figures.js';
import { paragraphLines, type PlanSummary, type ReportSummary } from './summarize.js';
import type { Cell, CellPeriod, CellStatus, PeriodInfo, ReportRow, Rollup, SourceRef, TaskRow } from './types.js';
import { numberKey, type Workspace } from './workspace.js';

export interface RollupOptions {
  /** Roll up this period only; by default every period some report covers. */
  period?: ReportingPeriod;
  /** Give file paths relative to this folder, as `relativeTo` would (a job's roll-up is written so: no copy to make). */
  base?: string;
}

/** Least advanced first: a cell reported twice shows the status that needs attention. */
const ORDER: CellStatus[] = ['not-done', 'no-report', 'not-reported', 'not-started', 'in-progress', 'done-late', 'done'];

interface Read {
  summary: ReportSummary;
  body: KnownBody;
  period: ReportingPeriod;
  /** Root task ids each result stands for. */
  tasksOf: string[][];
  covered: Set<string>;
  /** The report's path as the roll-up gives it. */
  path: string;
  /** The report's date (ISO), read once: every status and figure it gives cites it. */
  date?: string;
}

/** The roll-up of the plan at `path` over the workspace. */
export function computeRollup(root: PlanAnalysis, path: string, workspace: Workspace, options: RollupOptions = {}): Rollup {
  const plan = root.plan ?? {};
  const views = root.tasks().filter((v) => !v.request);
  const byId = new Map<string, TaskView[]>();
  for (const v of views) for (const id of [v.task.id, ...v.groups.map((g) => g.id)]) byId.set(id, [...(byId.get(id) ?? []), v]);
  const bodies = new Bodies(root);
  const problems: Rollup['problems'] = [];
  const rel = shownPath(options.base);

  // Lower plans and the bodies issuing them.
  const lower = new Map<string, { summary: PlanSummary; body: KnownBody }>();
  for (const child of workspace.childrenOf(path, plan.number)) {
    if (!child.issuer) continue;
    const body = bodies.meet(child.issuer, 'plan');
    const had = lower.get(body.key);
    if (had) problems.push({ path: rel(child.path), message: { vi: `${body.name} có hai kế hoạch thực hiện kế hoạch này (${had.summary.path}); dùng tệp đầu tiên.`, en: `${body.name} has two plans implementing this plan (${had.summary.path}); the first is used.` } });
    else {
      lower.set(body.key, { summary: child, body });
      body.plan = { path: rel(child.path), ...(child.number ? { number: child.number } : {}), ...(child.title ? { title: child.title } : {}) };
    }
  }
  bodies.fromRegistry(views);

  // Reports on the plan, or on a lower plan that implements it.
  const reads: Read[] = [];
  const sources: { summary: ReportSummary; via?: PlanSummary }[] = workspace.reportsOn(path, plan.number).map((summary) => ({ summary }));
  for (const { summary } of lower.values()) for (const r of workspace.reportsOn(summary.path, summary.number)) sources.push({ summary: r, via: summary });
  for (const { summary, via } of sources) {
    const report = summary.report as Partial<Report>;
    if (!report.reporter?.name) {
      problems.push({ path: rel(summary.path), message: { vi: 'Báo cáo không ghi cơ quan báo cáo: bỏ qua.', en: 'The report names no reporter: left out.' } });
      continue;
    }
    const period = periodOfReport(report);
    if (!period) {
      problems.push({ path: rel(summary.path), message: { vi: 'Không đọc được kỳ báo cáo: bỏ qua.', en: 'The reporting period does not read: left out.' } });
      continue;
    }
    if (options.period && period.key !== options.period.key) continue;
    const body = bodies.meet(report.reporter, 'report');
    const tasksOf = (report.results ?? []).map((r) => rootTasks(r, via, byId));
    const date = parseDate(report.date ?? '');
    reads.push({ summary, body, period, tasksOf, covered: new Set(tasksOf.flat()), path: rel(summary.path), ...(date.ok ? { date: date.date } : {}) });
  }

  const periods = selectPeriods(options.period, reads);
  // The report path of each body, found once: the plan's path naming it (or its group), else the general one.
  const paths = new Map<string, ReportPath | undefined>();
  const pathOf = (body: KnownBody): ReportPath | undefined => {
    if (!paths.has(body.key)) paths.set(body.key, reporterPath(root, body.concerns, reporterTasks(root, body.concerns)));
    return paths.get(body.key);
  };
  const implementers = bodies.list();
  const known = [...bodies.byKey.values()];

  // Tasks and the bodies they concern.
  const rows: TaskRow[] = [];
  const cells = new Map<string, Cell>();
  // For each lower plan, once: the plan's task ids each of its tasks implements (a group's id stands for its tasks).
  const implementedBy = new Map<PlanSummary, Map<string, string[]>>();
  const implementing = (summary: PlanSummary): Map<string, string[]> => {
    let m = implementedBy.get(summary);
    if (!m) {
      m = new Map();
      for (const [lowerId, ids] of Object.entries(summary.implements)) {
        for (const id of ids) for (const v of byId.get(id) ?? []) if (!m.get(v.task.id)?.includes(lowerId)) m.set(v.task.id, [...(m.get(v.task.id) ?? []), lowerId]);
      }
      implementedBy.set(summary, m);
    }
    return m;
  };
  const cellOf = (task: string, body: KnownBody): Cell => {
    const key = `${task}\u0000${body.key}`;
    let c = cells.get(key);
    if (!c) {
      const low = lower.get(body.key);
      const lowerTasks = low ? (implementing(low.summary).get(task) ?? []) : [];
      const coverage = body.kind === 'agency' ? 'reported-only' : !low ? 'no-plan' : lowerTasks.length ? 'implemented' : 'not-implemented';
      cells.set(key, (c = { task, implementer: body.key, coverage, lowerTasks, periods: {} }));
    }
    return c;
  };
  for (const v of views) {
    const concerned = known.filter((b) => Bodies.concerns(b, v));
    for (const b of concerned) cellOf(v.task.id, b);
    rows.push(taskRow(root, v, concerned.map((b) => b.key)));
  }

  // Each period: what each report says, what is missing.
  const reportRows: ReportRow[] = [];
  const figures = new FigureBook(root, views);
  const notes: Rollup['notes'] = [];
  for (const period of periods) {
    const info = periodOf(period);
    const latest = new Map<string, Read>();
    for (const r of reads) {
      if (r.period.key !== period.key) continue;
      const had = latest.get(r.body.key);
      if (had) problems.push({ path: r.path, message: { vi: `Hai báo cáo của ${r.body.name} cho ${period.label}; dùng báo cáo ký sau.`, en: `Two reports of ${r.body.name} for ${period.label}; the later one is used.` } });
      if (!had || dateOf(r) >= dateOf(had)) latest.set(r.body.key, r);
    }
    for (const body of known) {
      const due = views.filter((v) => Bodies.leads(body, v) && dueIn(root, v, period));
      const r = latest.get(body.key);
      if (!r) {
        if (due.length === 0) continue;
        const path = pathOf(body);
        const deadline = dueOn(path?.due, period);
        if (!expectedIn(path, deadline?.last, period)) continue;
        reportRows.push({
          implementer: body.key,
          period: info.key,
          state: 'missing',
          ...(deadline ? { deadline: deadline.last, deadlineText: deadline.text } : {}),
          missingTasks: due.map((v) => v.task.id),
        });
        for (const v of due) cellOf(v.task.id, body).periods[info.key] = { status: 'no-report' };
        continue;
      }
      const report = r.summary.report as Partial<Report>;
      const missing = due.filter((v) => !r.covered.has(v.task.id));
      reportRows.push(reportRow(r, pathOf(body)?.due, period, missing.map((v) => v.task.id)));
      for (const v of missing) cellOf(v.task.id, body).periods[info.key] = { status: 'not-reported', source: sourceOf(r) };
      (report.results ?? []).forEach((result, i) => {
        const at = sourceOf(r, r.summary.resultLines[i]);
        for (const task of r.tasksOf[i] ?? []) {
          const cell = cellOf(task, body);
          cell.periods[info.key] = worse(cell.periods[info.key], periodCell(result, at));
        }
        figures.add(result, r.tasksOf[i] ?? [], body.key, info.key, at);
        const subject = result.task ?? result.target;
        for (const text of paragraphLines(result.difficulties)) notes.push({ kind: 'difficulty', implementer: body.key, period: info.key, ...(subject ? { task: subject } : {}), text, source: at });
        for (const text of paragraphLines(result.proposals)) notes.push({ kind: 'proposal', implementer: body.key, period: info.key, ...(subject ? { task: subject } : {}), text, source: at });
      });
      for (const text of paragraphLines(report.difficulties)) notes.push({ kind: 'difficulty', implementer: body.key, period: info.key, text, source: sourceOf(r) });
      for (const text of paragraphLines(report.proposals)) notes.push({ kind: 'proposal', implementer: body.key, period: info.key, text, source: sourceOf(r) });
    }
  }

  return {
    version: 1,
    plan: {
      path: rel(path),
      ...(plan.number ? { number: plan.number } : {}),
      title: plan.title ?? '',
      issuer: plan.issuer?.name ?? '',
      span: root.period ? `${root.period.start.slice(0, 4)} - ${root.period.end.slice(0, 4)}` : String(root.year ?? ''),
    },
    periods: periods.map(periodOf),
    implementers,
    tasks: rows,
    cells: [...cells.values()],
    reports: reportRows,
    sums: figures.sums().map((sum) => {
      // A task given to a group states its target for each member ("mỗi xã ít nhất 02 điểm").
      const row = rows.find((r) => r.id === sum.subject);
      const n = row?.implementers.length ?? 0;
      if (sum.target === undefined || sum.aggregate !== 'sum' || n < 2) return sum;
      return { ...sum, target: sum.target * n, targetEach: sum.target };
    }),
    notes,
    problems,
  };
}

type Due = Parameters<typeof deadlineFor>[0];

/**
 * Deadlines by due wording and period, read once: a country's reports share a few dozen
 * wordings, and reading one is a parse. Keyed by the value itself (its text, or the
 * object a plan states it as); the values of one run do not change.
 */
const deadlines = new Map<unknown, Map<string, ReturnType<typeof deadlineFor>>>();
function dueOn(due: Due, period: ReportingPeriod): ReturnType<typeof deadlineFor> {
  const key = typeof due === 'object' && due !== null && !Array.isArray(due) ? due : JSON.stringify(due ?? null);
  let byPeriod = deadlines.get(key);
  if (!byPeriod) {
    if (deadlines.size > 10_000) deadlines.clear();
    deadlines.set(key, (byPeriod = new Map()));
  }
  if (!byPeriod.has(period.key)) byPeriod.set(period.key, deadlineFor(due, period));
  return byPeriod.get(period.key);
}

const kinds = new WeakMap<object, ReturnType<typeof pathPeriodKinds>>();
function kindsOf(path: ReportPath): ReturnType<typeof pathPeriodKinds> {
  let k = kinds.get(path);
  if (!k) kinds.set(path, (k = pathPeriodKinds(path)));
  return k;
}

/** How long after its cut-off a period's report may be due and still be that period's (a quarter's is due within weeks). */
const DUE_WINDOW_DAYS = 45;

/**
 * Whether the plan asks a body for a report of this period: its report path has a due
 * day soon after the period's cut-off ("trước ngày 18 của tháng cuối quý" for a quarter;
 * "trước ngày 15/6" is not a first-quarter deadline), or a cadence of the period's kind.
 */
function expectedIn(path: ReportPath | undefined, deadline: string | undefined, period: ReportingPeriod): boolean {
  if (!path || period.kind === 'ad-hoc') return false;
  if ((kindsOf(path) as string[]).includes(period.kind)) return true;
  return deadline !== undefined && Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${period.cutoff.end}T00:00:00Z`) <= DUE_WINDOW_DAYS * 86_400_000;
}

/** Paths as the roll-up gives them: relative to `base` (each made once), else as they are. */
function shownPath(base: string | undefined): (path: string) => string {
  if (base === undefined) return (p) => p;
  const seen = new Map<string, string>();
  return (p) => {
    let r = seen.get(p);
    if (r === undefined) seen.set(p, (r = relativePath(base, p)));
    return r;
  };
}

/** The root task ids a result stands for: its task (or every task of its group), through `implements` for a lower plan's. */
function rootTasks(result: ReportResult, via: PlanSummary | undefined, byId: Map<string, TaskView[]>): string[] {
  if (result.task === undefined) return [];
  const ids = via ? (via.implements[result.task] ?? []) : [result.task];
  const out = new Set<string>();
  for (const id of ids) for (const v of byId.get(id) ?? []) out.add(v.task.id);
  return [...out];
}

function selectPeriods(asked: ReportingPeriod | undefined, reads: Read[]): ReportingPeriod[] {
  if (asked) return [asked];
  const byKey = new Map<string, ReportingPeriod>();
  for (const r of reads) byKey.set(r.period.key, r.period);
  return [...byKey.values()].sort((a, b) => compareIso(a.start, b.start) || compareIso(a.end, b.end));
}

function periodOf(p: ReportingPeriod): PeriodInfo {
  return { key: p.key, label: p.label, kind: p.kind, start: p.start, end: p.end, cutoff: { ...p.cutoff } };
}

function taskRow(root: PlanAnalysis, v: TaskView, implementers: string[]): TaskRow {
  const deadline = taskDeadline(root, v);
  const measure = taskMeasure(v);
  const content = v.task.content;
  const title = v.task.title ?? (typeof content === 'string' ? content : Array.isArray(content) && typeof content[0] === 'string' ? content[0] : v.task.id);
  return {
    id: v.task.id,
    title,
    lead: v.leads.join(', '),
    timeframe: v.timeframe ? timeframeText(v.timeframe.value) : '',
    ...(deadline ? { deadline } : {}),
    groups: v.groups.map((g) => g.title ?? (typeof g.lead === 'string' ? g.lead : g.id)),
    ...(measure ? { target: { ...(measure.value !== undefined ? { value: measure.value } : {}), ...(measure.unit ? { unit: measure.unit } : {}), ...(measure.of ? { of: measure.of } : {}) } } : {}),
    implementers,
  };
}

function dateOf(r: Read): string {
  const report = r.summary.report as Partial<Report>;
  const d = parseDate(report.sent ?? report.date ?? '');
  return d.ok ? d.date : '';
}

function sourceOf(r: Read, line?: number): SourceRef {
  const report = r.summary.report as Partial<Report>;
  return { path: r.path, ...(line ? { line } : {}), ...(report.number ? { number: report.number } : {}), ...(r.date ? { date: r.date } : {}) };
}

/**
 * A report's period, each wording read once: a country's thousands of reports write a
 * few periods ("Quý I/2026"), and reading one is a parse. A report that states its own
 * cut-off dates is read as it is. Bounded like the deadlines below.
 */
const periods = new Map<string, ReportingPeriod | undefined>();
function periodOfReport(report: Partial<Report>): ReportingPeriod | undefined {
  if (report.cutoff !== undefined || typeof report.period !== 'string') return reportPeriod(report);
  if (!periods.has(report.period)) {
    if (periods.size > 10_000) periods.clear();
    periods.set(ownString(report.period), reportPeriod(report));
  }
  return periods.get(report.period);
}

function periodCell(result: ReportResult, source: SourceRef): CellPeriod {
  const status = result.status as ReportStatus | undefined;
  const code = (status ? STATUS_CODES[status] : 'not-reported') as CellStatus;
  return { status: code, ...(status ? { written: status } : {}), ...(result.reason ? { reason: result.reason } : {}), source };
}

function worse(a: CellPeriod | undefined, b: CellPeriod): CellPeriod {
  if (!a) return b;
  return ORDER.indexOf(b.status) < ORDER.indexOf(a.status) ? b : a;
}

function reportRow(r: Read, due: Due, period: ReportingPeriod, missingTasks: string[]): ReportRow {
  const report = r.summary.report as Partial<Report>;
  const own = report.deadline !== undefined ? dueOn(report.deadline, period) : undefined;
  const deadline = own ?? dueOn(due, period);
  const sentText = report.sent ?? report.date;
  const sent = sentText ? parseDate(sentText) : undefined;
  const base: ReportRow = {
    implementer: r.body.key,
    period: period.key,
    state: 'on-time',
    path: r.path,
    ...(report.number ? { number: report.number } : {}),
    ...(report.date ? { date: report.date } : {}),
    ...(sent?.ok ? { sent: sent.date } : {}),
    ...(deadline ? { deadline: deadline.last, deadlineText: deadline.text } : {}),
    missingTasks,
  };
  if (!sent?.ok) return { ...base, state: 'undated' };
  if (!deadline) return { ...base, state: 'no-deadline' };
  if (compareIso(sent.date, deadline.last) <= 0) return base;
  const days = Math.round((Date.parse(`${sent.date}T00:00:00Z`) - Date.parse(`${deadline.last}T00:00:00Z`)) / 86_400_000);
  return { ...base, state: 'late', daysLate: days };
}

export { numberKey };
