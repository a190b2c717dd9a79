import type { ImportResult, TaskSummary } from '../src/index.js';

/** The tasks of a draft as `[title, lead, coordinators, timeframe]`, for compact expectations. */
export function bodyTasks(result: ImportResult, where: 'body' | 'appendix' = 'body'): [string | undefined, string[] | undefined, string[], string | undefined][] {
  return result.report.tasks.filter((t) => t.where === where && !t.request && !t.ref).map((t) => [t.title, t.lead, t.coordinators, t.timeframe]);
}

/** Requests ("Đề nghị ...") of a draft as `[title, asked]`. */
export function requests(result: ImportResult): [string | undefined, string[] | undefined][] {
  return result.report.tasks.filter((t: TaskSummary) => t.request).map((t) => [t.title, t.request]);
}

/** A plan as plain lines, joined with a newline. */
export const text = (...lines: string[]): string => lines.join('\n');
