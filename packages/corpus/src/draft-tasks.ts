import { asList, isGroup, timeframeText, walkPlan, type Duty, type Place, type Plan, type Task, type TimeframeValue } from '@kehoach/core';
import type { DraftModel, Segment } from './draft-model.js';

/**
 * The tasks of a draft as the measurements see them, whatever shape the importer
 * emits (the earlier `tasks`/`duties`, or `sections` and `appendices`): core's
 * `walkPlan` visits every item, and each task gets the source lines of its own
 * values and its effective lead, request, coordinators and timeframe.
 */
export interface DraftTask {
  object: Record<string, unknown>;
  /** `task`: an item with an id and no task items; `group`: one with task items; `ref`: `{ task: id }`. */
  kind: 'task' | 'group' | 'ref';
  place: Place;
  /** Source lines of the task's own values (not those of its sub-tasks), ascending. */
  lines: number[];
  /** A request ("Đề nghị ...") rather than an assignment: stated on it or an enclosing group. */
  request: boolean;
  /** Leads as written (for a request: the requested bodies). */
  leads: string[];
  coordinators: string[];
  /** The timeframe phrase stated for it (its own, its group's or its duty section's), if any. */
  timeframe: string | undefined;
}

/** An object that owns the source lines of the values under it (the innermost one wins). */
interface Unit {
  lines: Set<number>;
  /** Leaf tasks inside it (for a heading, duty section or group). */
  leaves: DraftTask[];
  task?: DraftTask;
}

export interface DraftTasks {
  /** Every task object: leaves, groups and task references, in reading order. */
  all: DraftTask[];
  /** The tasks proper: leaves (core's `taskViews` counts the same ones). */
  leaves: DraftTask[];
  /** Request holders: the outermost objects that state `request` (one per "Đề nghị ..." item or section). */
  requests: DraftTask[];
  /** Containers (duty sections, headings, groups) whose own lines include `line` and that hold exactly one task: that task. */
  soleTaskAt(line: number): DraftTask | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The nearest of the task and its groups (innermost first) that states `key`. */
function nearest(task: Obj, groups: readonly Obj[], key: string): unknown {
  if (task[key] !== undefined) return task[key];
  for (let i = groups.length - 1; i >= 0; i--) if ((groups[i] as Obj)[key] !== undefined) return (groups[i] as Obj)[key];
  return undefined;
}

const names = (v: unknown): string[] => asList(v as string | string[] | undefined).filter((x): x is string => typeof x === 'string');

/**
 * Effective values, as core's `taskViews` reads them: lead or request from the
 * nearest of the task and its groups that states either, else the duty section's
 * agency; coordinators and timeframe from the nearest holder, the timeframe also from
 * the duty section. The plan-wide timeframe and the plan-year default are not "stated
 * for the task", so they are left out.
 */
function effective(task: Obj, groups: readonly Obj[], duty: Duty | undefined): Pick<DraftTask, 'request' | 'leads' | 'coordinators' | 'timeframe'> {
  let request = false;
  let leads: string[] = [];
  let stated = false;
  for (const holder of [task, ...[...groups].reverse()]) {
    if (holder.lead !== undefined || holder.request !== undefined) {
      request = holder.lead === undefined;
      leads = names(request ? holder.request : holder.lead);
      stated = true;
      break;
    }
  }
  if (!stated && duty) leads = names(duty.agency);
  const tf = (nearest(task, groups, 'timeframe') ?? duty?.timeframe) as TimeframeValue | undefined;
  return {
    request,
    leads,
    coordinators: names(nearest(task, groups, 'coordinators')),
    timeframe: tf === undefined ? undefined : timeframeText(tf),
  };
}

export function draftTasks(draft: DraftModel): DraftTasks {
  const plan = draft.plan as Partial<Plan>;
  const units = new Map<object, Unit>();
  const unitOf = (o: object): Unit => {
    let u = units.get(o);
    if (!u) units.set(o, (u = { lines: new Set(), leaves: [] }));
    return u;
  };
  const all: DraftTask[] = [];
  const byId = new Map<string, DraftTask>();
  const refs: { task: DraftTask; id: string }[] = [];

  for (const duty of plan.duties ?? []) if (isObj(duty)) unitOf(duty);
  walkPlan(plan, (v) => {
    const item = v.item as unknown;
    if (!isObj(item)) return;
    const unit = unitOf(item);
    if (v.kind !== 'task' && v.kind !== 'task-ref') return;
    const groups = v.groups as unknown as Obj[];
    const kind: DraftTask['kind'] = v.kind === 'task-ref' ? 'ref' : isGroup(item as unknown as Task) ? 'group' : 'task';
    const task: DraftTask = { object: item, kind, place: v.place, lines: [], ...effective(item, groups, v.duty) };
    unit.task = task;
    all.push(task);
    if (kind === 'ref') refs.push({ task, id: String(item.task) });
    else if (typeof item.id === 'string') byId.set(item.id, task);
    if (kind === 'task') {
      for (const c of [...groups, ...v.headings, ...(v.duty ? [v.duty] : [])]) unitOf(c as object).leaves.push(task);
    }
  });
  // A task reference shows a task stated elsewhere: it carries that task's values.
  for (const { task, id } of refs) {
    const target = byId.get(id);
    if (target) Object.assign(task, { request: target.request, leads: target.leads, coordinators: target.coordinators, timeframe: target.timeframe });
  }

  // Each noted path gives its lines to the innermost unit on the path.
  for (const [key, lines] of draft.lines) {
    const owner = ownerOf(plan, key === '' ? [] : key.split('/'), units);
    if (owner) for (const l of lines) owner.lines.add(l);
  }
  for (const [, unit] of units) if (unit.task) unit.task.lines = [...unit.lines].sort((a, b) => a - b);

  const requests = all.filter((t) => t.kind !== 'ref' && t.object.request !== undefined && t.object.lead === undefined);
  const outer = requests.filter((t) => !requests.some((r) => r !== t && r.kind === 'group' && contains(r.object, t.object)));
  return {
    all,
    leaves: all.filter((t) => t.kind === 'task'),
    requests: outer,
    soleTaskAt(line) {
      for (const [, unit] of units) {
        if (unit.leaves.length === 1 && unit.lines.has(line)) return unit.leaves[0];
      }
      return undefined;
    },
  };
}

function ownerOf(plan: unknown, path: readonly string[], units: Map<object, Unit>): Unit | undefined {
  let cur: unknown = plan;
  let owner: Unit | undefined;
  for (const raw of path) {
    if (cur === null || typeof cur !== 'object') break;
    const seg: Segment = Array.isArray(cur) && /^\d+$/.test(raw) ? Number(raw) : raw;
    cur = (cur as Record<Segment, unknown>)[seg];
    if (cur !== null && typeof cur === 'object') owner = units.get(cur) ?? owner;
  }
  return owner;
}

function contains(group: Obj, inner: Obj): boolean {
  let found = false;
  const visit = (items: unknown): void => {
    if (!Array.isArray(items) || found) return;
    for (const i of items) {
      if (i === inner) found = true;
      else if (isObj(i)) visit(i.items);
    }
  };
  visit(group.items);
  return found;
}
