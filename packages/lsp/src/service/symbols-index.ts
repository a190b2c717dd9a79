import { isGroup, planTasks, type AgencyEntry, type OffsetRange, type PathSegment, type PlanAnalysis, type Task, type TaskView } from '@kehoach/core';
import { classify, trailSteps, type Trail, type ValueKind } from './value-kinds.js';
import { scalarText, walkScalars, type ScalarAt } from './yaml-nodes.js';

/** A scalar value that names something: an agency, a task id, a legal reference... */
export interface Mention {
  kind: ValueKind;
  text: string;
  /** The scalar's range, quotes included. */
  range: OffsetRange;
  path: PathSegment[];
  /** True when the scalar is plain (no quotes), so its text can be replaced as is. */
  plain: boolean;
}

/** A task object written in this file: a task, a group, a table row, a template's task. */
export interface TaskEntry {
  id: string;
  /** The range of its id value. */
  range: OffsetRange;
  task: Task;
  /** How rules see it (with what it inherits); groups have none. */
  view: TaskView | undefined;
  group: boolean;
}

export interface FileIndex {
  mentions: Mention[];
  tasks: TaskEntry[];
  /** Agency entries defined in this file (a registry, or a plan's own `agencies:`). */
  agencies: { entry: AgencyEntry; range: OffsetRange }[];
}

const cache = new WeakMap<PlanAnalysis, FileIndex>();

/** Everything in a file that cross-file features look up, computed once per analysis. */
export function indexOf(analysis: PlanAnalysis): FileIndex {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const source = analysis.source;
  const mentions: Mention[] = [];
  const visit = (s: ScalarAt, t: Trail): void => {
    const text = scalarText(s.node);
    if (text === undefined) return;
    const kind = classify(analysis.kind, s.path, t);
    if (kind !== 'other') mentions.push({ kind, text, range: s.range, path: s.path, plain: s.node.type === 'PLAIN' });
  };
  const visitKey = (s: ScalarAt): void => {
    // `patch: { tasks: { <id>: ... } }`: an inherited task, named by a key.
    const p = s.path;
    if (p.length === 3 && p[0] === 'patch' && p[1] === 'tasks' && typeof p[2] === 'string') {
      mentions.push({ kind: 'overlay-task', text: p[2], range: s.range, path: p, plain: s.node.type === 'PLAIN' });
    }
  };
  walkScalars(source, (s, t) => (s.isKey ? visitKey(s) : visit(s, t)), trailSteps(analysis.kind));
  // The file's own tasks (a template's too; not those a plan inherits), with their views.
  const tasks: TaskEntry[] = [];
  const views = analysis.tasks();
  const byTask = new Map<object, TaskView>(views.map((v) => [v.task, v]));
  const byId = new Map<string, TaskView>(views.map((v) => [v.task.id, v]));
  const own = analysis.ownPlan ?? analysis.plan;
  for (const v of own ? planTasks(own) : []) {
    const task = v.item as Task;
    const range = source.valueRange(task, 'id');
    if (!range || typeof task.id !== 'string') continue;
    const group = isGroup(task);
    tasks.push({ id: task.id, range, task, view: group ? undefined : (byTask.get(task) ?? byId.get(task.id)), group });
  }
  const agencies: FileIndex['agencies'] = [];
  const value = analysis.model.value as { agencies?: unknown } | undefined;
  if (Array.isArray(value?.agencies)) {
    for (const entry of value.agencies as AgencyEntry[]) {
      const range = source.valueRange(entry, 'id');
      if (range) agencies.push({ entry, range });
    }
  }
  const index = { mentions, tasks, agencies };
  cache.set(analysis, index);
  return index;
}

export function contains(r: OffsetRange, offset: number): boolean {
  return offset >= r.start && offset <= r.end;
}
