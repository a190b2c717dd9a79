import { matchKey } from '@kehoach/core';
import type { LinkSummary, PlanSummary, ReportSummary, Summary } from './summarize.js';

/** A plan number as compared: case, marks of the code and spaces aside ("45/KH-UBND"). */
export function numberKey(ref: string): string {
  return matchKey(ref).replace(/\s+/g, '');
}

/**
 * The plans and reports of a workspace, indexed by what they point at: lower plans by
 * their parent (file and number), reports by their plan. Built once; each plan rolled
 * up asks it for what concerns it.
 */
export class Workspace {
  readonly plans = new Map<string, PlanSummary>();
  private readonly childrenByPath = new Map<string, PlanSummary[]>();
  private readonly childrenByRef = new Map<string, PlanSummary[]>();
  private readonly reportsByPath = new Map<string, ReportSummary[]>();
  private readonly reportsByRef = new Map<string, ReportSummary[]>();

  constructor(summaries: Iterable<Summary>) {
    for (const s of summaries) {
      if (s.kind === 'plan') {
        this.plans.set(s.path, s);
        index(this.childrenByPath, this.childrenByRef, s.parent, s);
      } else index(this.reportsByPath, this.reportsByRef, s.plan, s);
    }
  }

  /** Plans whose `parent:` is the plan at `path` (numbered `number`). */
  childrenOf(path: string, number: string | undefined): PlanSummary[] {
    return linked(this.childrenByPath, this.childrenByRef, path, number).filter((p) => p.path !== path);
  }

  /** Reports whose `plan:` is the plan at `path` (numbered `number`). */
  reportsOn(path: string, number: string | undefined): ReportSummary[] {
    return linked(this.reportsByPath, this.reportsByRef, path, number);
  }

  /** Plans whose parent is not in the workspace (or that have none): what a folder is rolled up by. */
  roots(): PlanSummary[] {
    const numbers = new Set<string>();
    for (const p of this.plans.values()) if (p.number) numbers.add(numberKey(p.number));
    return [...this.plans.values()].filter((p) => {
      const l = p.parent;
      if (!l) return true;
      if (l.path !== undefined) return !this.plans.has(l.path);
      return !(l.ref !== undefined && numbers.has(numberKey(l.ref)));
    });
  }
}

function index<T>(byPath: Map<string, T[]>, byRef: Map<string, T[]>, link: LinkSummary | undefined, item: T): void {
  if (!link) return;
  // A link with a file is followed by its file; one with only a number, by its number.
  if (link.path !== undefined) push(byPath, link.path, item);
  else if (link.ref !== undefined) push(byRef, numberKey(link.ref), item);
}

function linked<T>(byPath: Map<string, T[]>, byRef: Map<string, T[]>, path: string, number: string | undefined): T[] {
  const out = [...(byPath.get(path) ?? [])];
  if (number) out.push(...(byRef.get(numberKey(number)) ?? []));
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(item);
}
