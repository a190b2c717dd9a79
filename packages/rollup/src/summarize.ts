import {
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
  REPORT_STATUSES,
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
    // The facts the roll-up reads, each checked for its type here (as for plans below):
    // `kehoach validate` says what is wrong with the rest.
    const raw = source.value;
    if (!isObject(raw)) return undefined;
    const results = Array.isArray(raw.results) ? raw.results.filter(isObject) : [];
    const resultLines = results.map((r) => lineOf(source, r));
    const report = kept(raw, results);
    const plan = link(report.plan as { ref?: string; path?: string } | undefined);
    return { kind, path, report, ...(plan ? { plan } : {}), resultLines };
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
 * What the roll-up reads of a report, type-checked field by field (a value of the wrong
 * type is left out, as the schema would): who, on what, when, to whom, and per result
 * the status, figures, difficulties and proposals. What was done, the evidence and the
 * signature stay in the file: a country's reports are many.
 */
function kept(raw: Record<string, unknown>, results: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const set = (o: Record<string, unknown>, key: string, value: unknown): void => {
    if (value !== undefined) o[key] = value;
  };
  const r = isObject(raw.reporter) ? raw.reporter : undefined;
  if (r && text(r.name)) {
    const reporter: Record<string, unknown> = { name: r.name };
    set(reporter, 'agency', text(r.agency));
    if (typeof r.level === 'string' && (LEVELS as readonly string[]).includes(r.level)) reporter.level = r.level;
    out.reporter = reporter;
  }
  const plan = isObject(raw.plan) ? raw.plan : undefined;
  if (plan) out.plan = { ...(text(plan.ref) ? { ref: plan.ref } : {}), ...(text(plan.path) ? { path: plan.path } : {}) };
  for (const key of ['number', 'date', 'sent', 'via']) set(out, key, text(raw[key]));
  set(out, 'to', agencies(raw.to));
  if (text(raw.period)) out.period = raw.period;
  else if (isObject(raw.period) && text(raw.period.from) && text(raw.period.to)) out.period = { from: raw.period.from, to: raw.period.to, ...(text(raw.period.text) ? { text: raw.period.text } : {}) };
  if (isObject(raw.cutoff) && text(raw.cutoff.from) && text(raw.cutoff.to)) out.cutoff = { from: raw.cutoff.from, to: raw.cutoff.to };
  set(out, 'deadline', timeframe(raw.deadline));
  set(out, 'difficulties', paragraphs(raw.difficulties));
  set(out, 'proposals', paragraphs(raw.proposals));
  out.results = results.map((res) => {
    const o: Record<string, unknown> = {};
    for (const key of ['task', 'target', 'completed', 'reason']) set(o, key, text(res[key]));
    if (typeof res.status === 'string' && (REPORT_STATUSES as readonly string[]).includes(res.status)) o.status = res.status;
    if (Array.isArray(res.figures)) {
      o.figures = res.figures.filter((f): f is Record<string, unknown> => isObject(f) && typeof f.value === 'number' && Number.isFinite(f.value)).map((f) => {
        const fig: Record<string, unknown> = { value: f.value };
        for (const key of ['unit', 'of', 'target']) set(fig, key, text(f[key]));
        if (typeof f.cumulative === 'boolean') fig.cumulative = f.cumulative;
        return fig;
      });
    }
    set(o, 'difficulties', paragraphs(res.difficulties));
    set(o, 'proposals', paragraphs(res.proposals));
    return o;
  });
  return out;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function agencies(v: unknown): string | string[] | undefined {
  if (text(v)) return v as string;
  return Array.isArray(v) && v.every((x) => text(x)) ? (v as string[]) : undefined;
}

function timeframe(v: unknown): unknown {
  if (text(v)) return v;
  if (!isObject(v)) return undefined;
  const o: Record<string, unknown> = {};
  for (const key of ['text', 'from', 'to', 'deadline']) if (text(v[key])) o[key] = v[key];
  return Object.keys(o).length ? o : undefined;
}

/** Text, or points: strings and `{ text, items }`, kept as far as they are well formed. */
function paragraphs(v: unknown): unknown {
  if (text(v)) return v;
  if (!Array.isArray(v)) return undefined;
  const walk = (items: unknown[]): unknown[] =>
    items.flatMap((p): unknown[] => {
      if (typeof p === 'string') return [p];
      if (!isObject(p)) return [];
      const o: Record<string, unknown> = {};
      if (text(p.text)) o.text = p.text;
      if (Array.isArray(p.items)) o.items = walk(p.items);
      return [o];
    });
  return walk(v);
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
