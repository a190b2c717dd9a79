import { relativePath } from '@kehoach/core';
import type { Rollup, SourceRef } from '../types.js';

/** The roll-up with every file path relative to `base` (the folder rolled up), as outputs show them. */
export function relativeTo(r: Rollup, base: string): Rollup {
  // Thousands of figures cite a few hundred files: each path is made relative once.
  const seen = new Map<string, string>();
  const rel = (p: string): string => {
    let r = seen.get(p);
    if (r === undefined) seen.set(p, (r = relativePath(base, p)));
    return r;
  };
  const src = (s: SourceRef): SourceRef => ({ ...s, path: rel(s.path) });
  return {
    ...r,
    plan: { ...r.plan, path: rel(r.plan.path) },
    implementers: r.implementers.map((i) => (i.plan ? { ...i, plan: { ...i.plan, path: rel(i.plan.path) } } : i)),
    cells: r.cells.map((c) => ({
      ...c,
      periods: Object.fromEntries(Object.entries(c.periods).map(([k, p]) => [k, p.source ? { ...p, source: src(p.source) } : p])),
    })),
    reports: r.reports.map((x) => (x.path ? { ...x, path: rel(x.path) } : x)),
    sums: r.sums.map((s) => ({
      ...s,
      contributions: s.contributions.map((c) => ({ ...c, source: src(c.source) })),
      excluded: s.excluded.map((c) => ({ ...c, source: src(c.source) })),
    })),
    notes: r.notes.map((n) => ({ ...n, source: src(n.source) })),
    problems: r.problems.map((p) => ({ ...p, path: rel(p.path) })),
  };
}
