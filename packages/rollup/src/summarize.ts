import {
  AgencyResolver,
  PlanAnalysis,
  YamlSource,
  asList,
  detectDocumentKind,
  dirname,
  planTasks,
  resolvePath,
  LEVELS,
  type Level,
  type ParagraphItem,
  type Plan,
  type Report,
  type ReportResult,
  type Task,
} from '@kehoach/core';

/**
 * What the roll-up keeps of a file: a lower plan's issuer, parent and `implements`, or a
 * report's facts. Plain data (a worker thread sends it back by structured clone); the
 * parsed text is dropped, so that a whole country fits in memory.
 */
export type Summary = PlanSummary | ReportSummary;

export interface LinkSummary {
  ref?: string;
  /** Absolute path the link resolves to. */
  path?: string;
}

export interface PlanSummary {
  kind: 'plan';
  path: string;
  issuer?: { name: string; agency?: string; level?: Level };
  number?: string;
  title?: string;
  parent?: LinkSummary;
  /** Lower task id -> the parent task ids it implements. */
  implements: Record<string, string[]>;
}

export interface ReportSummary {
  kind: 'report';
  path: string;
  /** The report as read (pruned of what the schema refuses), for reading it against its plan. */
  report: Record<string, unknown>;
  plan?: LinkSummary;
  /** 1-based line of each result, in order. */
  resultLines: number[];
}

/** Summarise one file; undefined when it is neither a plan nor a report, or does not parse. */
export function summarize(path: string, text: string): Summary | undefined {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const kind = detectDocumentKind(path, clean);
  if (kind !== 'plan' && kind !== 'report') return undefined;
  const source = new YamlSource(path, clean);
  const dir = dirname(path);
  const link = (l: { ref?: string | undefined; path?: string | undefined } | undefined): LinkSummary | undefined => {
    if (!l) return undefined;
    const out: LinkSummary = {};
    if (l.ref !== undefined) out.ref = l.ref;
    if (l.path !== undefined) out.path = resolvePath(dir, l.path);
    return out;
  };
  if (kind === 'report') {
    const analysis = new PlanAnalysis(source, AgencyResolver.empty(), { kind });
    const report = analysis.report;
    if (!report) return undefined;
    const resultLines = (report.results ?? []).map((r) => lineOf(source, r));
    const plan = link(report.plan);
    return { kind, path, report: kept(report), ...(plan ? { plan } : {}), resultLines };
  }
  // A plan is read for its head and its tasks' `implements` only, straight from the parsed
  // text (every value checked for its type here): validating all of a commune plan with
  // the schema would double the time a country takes, for facts `kehoach validate` checks.
  const plan = source.value;
  if (!isObject(plan)) return undefined;
  const implementsMap: Record<string, string[]> = {};
  for (const v of planTasks(plan as Partial<Plan>)) {
    const task = v.item as Partial<Task>;
    const ids = asList(task.implements as string | string[] | undefined).filter((x): x is string => typeof x === 'string');
    if (ids.length && typeof task.id === 'string') implementsMap[task.id] = ids;
  }
  // A plan over a template states `implements` of inherited tasks in its `patch:`.
  const patch = isObject(plan.patch) && isObject(plan.patch.tasks) ? plan.patch.tasks : {};
  for (const [id, task] of Object.entries(patch)) {
    const ids = isObject(task) ? asList(task.implements as string | string[] | undefined).filter((x): x is string => typeof x === 'string') : [];
    if (ids.length) implementsMap[id] = ids;
  }
  const out: PlanSummary = { kind, path, implements: implementsMap };
  const issuer = isObject(plan.issuer) ? plan.issuer : undefined;
  if (issuer && typeof issuer.name === 'string' && issuer.name.trim()) {
    out.issuer = { name: issuer.name };
    if (typeof issuer.agency === 'string') out.issuer.agency = issuer.agency;
    if (typeof issuer.level === 'string' && (LEVELS as readonly string[]).includes(issuer.level)) out.issuer.level = issuer.level as Level;
  }
  if (typeof plan.number === 'string') out.number = plan.number;
  if (typeof plan.title === 'string') out.title = plan.title;
  const p = isObject(plan.parent) ? plan.parent : undefined;
  const parent = p ? link({ ref: typeof p.ref === 'string' ? p.ref : undefined, path: typeof p.path === 'string' ? p.path : undefined }) : undefined;
  if (parent && (parent.ref !== undefined || parent.path !== undefined)) out.parent = parent;
  return out;
}

/**
 * What the roll-up reads of a report: who, on what, when, to whom, and per result the
 * status, figures, difficulties and proposals. What was done, the evidence and the
 * signature stay in the file: a country's reports are many.
 */
function kept(report: Partial<Report>): Record<string, unknown> {
  const { reporter, plan, number, date, sent, period, cutoff, deadline, to, via, difficulties, proposals } = report;
  const results = (report.results ?? []).map(({ task, target, status, completed, reason, figures, difficulties: d, proposals: p }) => ({ task, target, status, completed, reason, figures, difficulties: d, proposals: p }));
  const out: Record<string, unknown> = { reporter, plan, number, date, sent, period, cutoff, deadline, to, via, results, difficulties, proposals };
  const drop = (o: Record<string, unknown>): Record<string, unknown> => {
    for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
    return o;
  };
  for (const r of results) drop(r as Record<string, unknown>);
  return drop(out);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function lineOf(source: YamlSource, obj: object): number {
  const range = source.range(obj);
  return range ? source.lines.positionAt(range.start).line + 1 : 0;
}

/** Paragraphs as plain lines ("done", "difficulties", "proposals" may be text or points). */
export function paragraphLines(value: string | ParagraphItem[] | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  const out: string[] = [];
  const walk = (items: readonly ParagraphItem[]): void => {
    for (const p of items) {
      if (typeof p === 'string') {
        if (p.trim()) out.push(p.trim());
      } else if (p && typeof p === 'object') {
        if (p.text?.trim()) out.push(p.text.trim());
        if (p.items) walk(p.items);
      }
    }
  };
  walk(value);
  return out;
}

export type { ReportResult };
