import type { PlanAnalysis } from './analysis.js';

/** How a plan's `parent:` was followed (for a report: its `plan:`, the plan it reports on). */
export type ParentLink =
  | { status: 'none' }
  | { status: 'resolved'; by: 'path' | 'ref'; parent: PlanAnalysis }
  | { status: 'not-found'; ref: string; path?: string }
  | { status: 'outside-workspace'; path: string }
  | { status: 'not-a-plan'; path: string }
  | { status: 'ref-mismatch'; path: string; expected: string; actual: string; parent: PlanAnalysis };
