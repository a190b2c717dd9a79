import { asList, matchKey, planTasks, type Layout, type LineLabels, type Plan, type PlanAnalysis, type Task, type TaskView } from '@kehoach/core';
import { clean } from './text.js';

/** What the builders share: the analysis, the plan, its layout, and what has been said so far. */
export class BuildContext {
  readonly plan: Partial<Plan>;
  readonly layout: Layout;
  /** Everything written into the body so far (matchKey), to avoid saying a thing twice. */
  private said = '';
  private views: Map<object, TaskView> | undefined;
  private ids: Map<string, Task> | undefined;

  constructor(readonly analysis: PlanAnalysis) {
    const plan = analysis.plan;
    if (!plan) throw new Error('Tệp không phải là kế hoạch (kind: plan) / the file is not a plan');
    this.plan = plan;
    this.layout = isObject(plan.layout) ? plan.layout : {};
  }

  get year(): number | undefined {
    return typeof this.plan.year === 'number' ? this.plan.year : undefined;
  }

  /**
   * An agency as the document prints it: as the plan wrote it, or the registry's
   * official name when the plan wrote an id ("phong-vhtt").
   */
  agencyName(ref: unknown): string {
    const text = clean(ref);
    if (!text) return '';
    const match = this.analysis.agencies.resolve(text);
    return match?.matchedBy === 'id' ? clean(match.entry.name) : text;
  }

  /** The registry's official name of an agency, or the name as written when it does not resolve. */
  officialName(ref: unknown): string {
    const text = clean(ref);
    if (!text) return '';
    return clean(this.analysis.agencies.resolve(text)?.entry.name) || text;
  }

  /** Agencies joined as offices write them: ", " or, when a name holds a comma, "; ". */
  agencies(refs: unknown, name: (ref: unknown) => string = (r) => this.agencyName(r)): string {
    const names = asList(refs as string | string[] | undefined).map(name).filter(Boolean);
    const sep = names.some((n) => n.includes(',')) ? '; ' : ', ';
    return names.join(sep);
  }

  /** A task as the rules see it (with what it inherits); undefined for a group, which is not a task itself. */
  viewOf(task: Task): TaskView | undefined {
    if (!this.views) {
      this.views = new Map();
      for (const view of this.analysis.tasks()) this.views.set(view.task, view);
    }
    return this.views.get(task);
  }

  /** The task (or group) with this id, wherever the plan states it. */
  taskById(id: string): Task | undefined {
    if (!this.ids) {
      this.ids = new Map();
      for (const visit of planTasks(this.plan)) {
        const task = visit.item as Task;
        if (typeof task.id === 'string' && !this.ids.has(task.id)) this.ids.set(task.id, task);
      }
    }
    return this.ids.get(id);
  }

  /**
   * The label of one of a task's lines: as the task words it, else as the plan words the
   * lines of its tasks (`labels`), else the fallback (the wording of the district seed).
   */
  label(task: Task | undefined, kind: keyof LineLabels, fallback: string): string {
    const own = task && isObject(task.labels) ? clean((task.labels as LineLabels)[kind]) : '';
    if (own) return own;
    const plan = isObject(this.plan.labels) ? clean((this.plan.labels as LineLabels)[kind]) : '';
    return plan || fallback;
  }

  record(text: string): void {
    this.said += ` ${matchKey(text)}`;
  }

  hasSaid(text: string): boolean {
    const key = matchKey(clean(text)).replace(/[.;,:]+$/, '');
    return key !== '' && this.said.includes(key);
  }
}

function isObject(v: unknown): v is Layout & LineLabels {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
