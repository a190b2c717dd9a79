import type { TaskView } from '../model/tasks.js';

/** How messages name a task: its id, which is what the author typed. */
export function taskLabel(view: TaskView): string {
  return view.task.id;
}

/** A plan's year for inserted text, or a placeholder the author must replace. */
export function yearText(year: number | undefined): string {
  return year === undefined ? '<năm>' : String(year);
}
