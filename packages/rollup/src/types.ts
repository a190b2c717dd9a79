/**
 * The roll-up of one plan over its workspace, as data: every output (dashboard, CSV,
 * XLSX, JSON, the synthesised report) is drawn from this and nothing else. Keys are
 * English, text is Vietnamese as the files wrote it. `version` changes when a field
 * changes meaning.
 */
export interface Rollup {
  version: 1;
  plan: PlanInfo;
  /** The periods rolled up, in order (the one asked for, else every period reported on). */
  periods: PeriodInfo[];
  implementers: Implementer[];
  tasks: TaskRow[];
  /** One cell per task and implementer that concern each other. */
  cells: Cell[];
  /** One row per implementer expected to report, and period. */
  reports: ReportRow[];
  /** Figures summed per task or target, period and unit. */
  sums: FigureSum[];
  /** Difficulties and proposals, as each report wrote them. */
  notes: Note[];
  /** Files read that could not be used (unreadable plan link, unknown period...). */
  problems: Problem[];
}

export interface PlanInfo {
  path: string;
  number?: string;
  title: string;
  issuer: string;
  /** "2026", "2026 - 2030". */
  span: string;
}

export interface PeriodInfo {
  key: string;
  label: string;
  kind: string;
  start: string;
  end: string;
  cutoff: { start: string; end: string };
}

/** A body expected to carry the plan out: a lower committee, or an agency reached through a group. */
export interface Implementer {
  /** The registry id, else "name:<normalised name>". */
  key: string;
  name: string;
  level?: string;
  /** A committee issues a plan of its own; an agency only reports. */
  kind: 'committee' | 'agency';
  /** Where it was met: in the plan's registry (through a group), as the issuer of a lower plan, as a reporter. */
  sources: ('registry' | 'plan' | 'report')[];
  /** The lower plan implementing this plan, when there is one. */
  plan?: { path: string; number?: string; title?: string };
}

export interface TaskRow {
  id: string;
  title: string;
  /** Leads as written. */
  lead: string;
  timeframe: string;
  /** Last day, when the timeframe has one (ISO). */
  deadline?: string;
  /** The groups holding it, outermost first (their titles). */
  groups: string[];
  /** What the task counts, when it states a target: value, unit, what. */
  target?: { value?: number; unit?: string; of?: string };
  /** Keys of the implementers it concerns. */
  implementers: string[];
}

export type CoverageState = 'no-plan' | 'not-implemented' | 'implemented' | 'reported-only';

/** A status as reports write it, or what the roll-up knows in its place. */
export type CellStatus = 'not-started' | 'in-progress' | 'done' | 'done-late' | 'not-done' | 'not-reported' | 'no-report';

export interface Cell {
  task: string;
  implementer: string;
  coverage: CoverageState;
  /** Tasks of the lower plan that implement this one (their ids). */
  lowerTasks: string[];
  /** Per period key: the status, and where it was read. */
  periods: Record<string, CellPeriod>;
}

export interface CellPeriod {
  status: CellStatus;
  /** The status as written ("đang thực hiện"). */
  written?: string;
  reason?: string;
  /** The report file and line it comes from. */
  source?: SourceRef;
}

export interface SourceRef {
  path: string;
  line?: number;
  number?: string;
  date?: string;
}

export type ReportState = 'on-time' | 'late' | 'missing' | 'undated' | 'no-deadline';

export interface ReportRow {
  implementer: string;
  period: string;
  state: ReportState;
  path?: string;
  number?: string;
  date?: string;
  sent?: string;
  /** The last day allowed (ISO). */
  deadline?: string;
  deadlineText?: string;
  daysLate?: number;
  /** Tasks due in the period the report has no result for. */
  missingTasks: string[];
}

export interface FigureSum {
  /** A task id or "target:<id>". */
  subject: string;
  title: string;
  period: string;
  unit: string;
  of?: string;
  /** `sum` adds the figures; `mean` averages shares ("%"), which do not add up. */
  aggregate: 'sum' | 'mean';
  total: number;
  /**
   * The target in this unit: the plan's value, times the bodies it concerns when a task
   * given to a group states it for each ("mỗi xã ít nhất 02 điểm", 4 communes: 8).
   */
  target?: number;
  /** The value for each body, when `target` multiplies it. */
  targetEach?: number;
  contributions: Contribution[];
  /** Figures on the same subject left out of the sum, with why. */
  excluded: Contribution[];
}

export interface Contribution {
  implementer: string;
  value: number;
  unit?: string;
  of?: string;
  cumulative?: boolean;
  source: SourceRef;
  reason?: string;
}

export interface Note {
  kind: 'difficulty' | 'proposal';
  implementer: string;
  period: string;
  task?: string;
  text: string;
  source: SourceRef;
}

export interface Problem {
  path: string;
  message: { vi: string; en: string };
}
