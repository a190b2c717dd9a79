import {
  AgencyResolver,
  PlanAnalysis,
  YamlSource,
  asList,
  detectDocumentKind,
  dirname,
  planTasks,
  resolvePath,
  type Level,
  type ParagraphItem,
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
  const analysis = new PlanAnalysis(source, AgencyResolver.empty(), { kind });
  const dir = dirname(path);
  const link = (l: { ref?: string | undefined; path?: string | undefined } | undefined): LinkSummary | undefined => {
    if (!l) return undefined;
    const out: LinkSummary = {};
    if (l.ref !== undefined) out.ref = l.ref;
    if (l.path !== undefined) out.path = resolvePath(dir, l.path);
    return out;
  };
  if (kind === 'report') {
    const report = analysis.report;
    if (!report) return undefined;
    const resultLines = (report.results ?? []).map((r) => lineOf(source, r));
    const plan = link(report.plan);
    return { kind, path, report: report as Record<string, unknown>, ...(plan ? { plan } : {}), resultLines };
  }
  const plan = analysis.plan;
  if (!plan) return undefined;
  const implementsMap: Record<string, string[]> = {};
  for (const v of planTasks(plan)) {
    const task = v.item as Task;
    const ids = asList(task.implements).filter((x) => typeof x === 'string');
    if (ids.length && typeof task.id === 'string') implementsMap[task.id] = ids;
  }
  const out: PlanSummary = { kind, path, implements: implementsMap };
  if (plan.issuer?.name) {
    out.issuer = { name: plan.issuer.name };
    if (plan.issuer.agency) out.issuer.agency = plan.issuer.agency;
    if (plan.issuer.level) out.issuer.level = plan.issuer.level;
  }
  if (plan.number) out.number = plan.number;
  if (plan.title) out.title = plan.title;
  const parent = link(plan.parent);
  if (parent) out.parent = parent;
  return out;
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
