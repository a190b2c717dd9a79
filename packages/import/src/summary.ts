import { isGroup, walkPlan, type Plan, type Task } from '@kehoach/core';
import type { Draft } from './draft.js';
import type { ImportReport, TaskSummary } from './types.js';

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [String(v)]);

/**
 * Every task and request of the draft with where it is and what it states (its own values,
 * or what it takes from the groups around it), and the counts the CLI prints. A request
 * is listed where it is stated, the points it asks under it not again.
 */
export function summarize(draft: Draft): { tasks: TaskSummary[]; counts: ImportReport['counts'] } {
  const plan = draft.plan as Partial<Plan>;
  const tasks: TaskSummary[] = [];
  const counts: ImportReport['counts'] = {
    legalBases: list(plan.legalBases).length,
    sections: list(plan.sections).length,
    tasks: 0,
    groups: 0,
    requests: 0,
    appendixRows: 0,
    taskReferences: 0,
    targets: 0,
    reporting: list(plan.reporting).length,
    recipients: list(plan.recipients).length,
  };
  const paths = new Map<unknown, string>();
  const index = (v: unknown, path: string): void => {
    if (!v || typeof v !== 'object') return;
    paths.set(v, path);
    if (Array.isArray(v)) v.forEach((x, i) => index(x, `${path}[${i}]`));
    else for (const [k, x] of Object.entries(v)) index(x, path ? `${path}.${k}` : k);
  };
  index(plan, '');
  const byId = new Map<string, TaskSummary>();
  const refs: { ref: string; field: string; where: 'body' | 'appendix' }[] = [];
  const linesAt = (field: string): number[] => [...(draft.sourceOf(field.replace(/\[(\d+)\]/g, '.$1').split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))) ?? [])];
  walkPlan(plan, (v) => {
    if (v.kind === 'task-ref') refs.push({ ref: (v.item as { task: string }).task, field: paths.get(v.item) ?? '', where: v.place === 'appendix' ? 'appendix' : 'body' });
    if (v.kind === 'target') counts.targets++;
    if (v.kind === 'reporting') counts.reporting++;
    if (v.kind === 'task-ref') counts.taskReferences++;
    if (v.kind !== 'task') return;
    const t = v.item as Task;
    const inherit = <K extends keyof Task>(k: K): Task[K] | undefined => t[k] ?? [...v.groups].reverse().find((g) => g[k] !== undefined)?.[k];
    const request = inherit('request');
    // A request is listed once, where it is stated ("Đề nghị ..." over the points it asks).
    const asked = request !== undefined && v.groups.some((g) => g.request !== undefined);
    if (isGroup(t)) counts.groups++;
    if (asked || (isGroup(t) && t.request === undefined)) return;
    const field = paths.get(t) ?? '';
    const lines = linesAt(field);
    const where = v.place === 'appendix' ? 'appendix' : 'body';
    if (request !== undefined) counts.requests++;
    else {
      counts.tasks++;
      if (where === 'appendix') counts.appendixRows++;
    }
    const tf = inherit('timeframe');
    const report = inherit('report');
    const summary: TaskSummary = {
      id: t.id,
      field,
      where,
      line: lines[0],
      lines,
      ...(t.title !== undefined ? { title: t.title } : typeof t.content === 'string' ? { title: t.content } : {}),
      ...(request !== undefined ? { request: list(request) } : { lead: list(inherit('lead')) }),
      coordinators: list(inherit('coordinators')),
      ...(tf !== undefined ? { timeframe: typeof tf === 'string' ? tf : (tf.text ?? JSON.stringify(tf)) } : {}),
      ...(t.frequency !== undefined ? { frequency: t.frequency } : {}),
      ...(t.quantity !== undefined ? { quantity: t.quantity } : {}),
      ...(report !== undefined ? { report } : {}),
      outputs: list(t.outputs),
    };
    tasks.push(summary);
    byId.set(t.id, summary);
  });
  // A row that shows a task of the body again counts as a row of its table, with that task's values.
  for (const r of refs) {
    const task = byId.get(r.ref);
    if (!task) continue;
    const lines = linesAt(r.field);
    tasks.push({ ...task, field: r.field, where: r.where, line: lines[0], lines, ref: r.ref });
    if (r.where === 'appendix' && !task.request) counts.appendixRows++;
  }
  return { tasks, counts };
}
