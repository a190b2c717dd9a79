import type { AgencyEntry, OffsetRange, PathSegment, PlanAnalysis, TaskView } from '@kehoach/core';
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

export interface FileIndex {
  mentions: Mention[];
  tasks: { id: string; range: OffsetRange; view: TaskView }[];
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
    if (s.isKey) return;
    const text = scalarText(s.node);
    if (text === undefined) return;
    const kind = classify(analysis.kind, s.path, t);
    if (kind !== 'other') mentions.push({ kind, text, range: s.range, path: s.path, plain: s.node.type === 'PLAIN' });
  };
  walkScalars(source, visit, trailSteps(analysis.kind));
  const tasks: FileIndex['tasks'] = [];
  for (const view of analysis.tasks()) {
    const range = source.valueRange(view.task, 'id');
    if (range && typeof view.task.id === 'string') tasks.push({ id: view.task.id, range, view });
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
