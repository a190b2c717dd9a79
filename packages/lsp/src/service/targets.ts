import { dirname, resolvePath, targetsById, type AgencyEntry, type OffsetRange, type Task } from '@kehoach/core';
import type { DocContext, ServiceContext } from './context.js';
import type { Loaded } from './workspace.js';
import { parentOf } from './hover.js';
import { reportPlan } from './report.js';
import { contains, indexOf, type Mention } from './symbols-index.js';
import { scalarAt } from './yaml-nodes.js';

/** A place in a file (a path core knows, offsets in that file's text). */
export interface Place {
  path: string;
  range: OffsetRange;
}

/**
 * Each place with the analysis of its file, places of one file together (in the order
 * their files first appear): each file is read once and let go after its places, as the
 * workspace does not keep every file (a rename across a country reads hundreds).
 */
export async function eachPlaceLoaded(ctx: ServiceContext, places: readonly Place[], fn: (place: Place, loaded: Loaded) => void | Promise<void>): Promise<void> {
  const byPath = new Map<string, Place[]>();
  for (const place of places) {
    const list = byPath.get(place.path);
    if (list) list.push(place);
    else byPath.set(place.path, [place]);
  }
  for (const [path, list] of byPath) {
    const loaded = await ctx.ws.analyze(path);
    try {
      if (loaded) for (const place of list) await fn(place, loaded);
    } finally {
      ctx.ws.release(path);
    }
  }
}

/** What the cursor names: an agency of a registry, a task or a target of a plan. */
export type Target =
  | { kind: 'agency'; entry: AgencyEntry; def: Place; at: Mention | undefined }
  | { kind: 'task'; id: string; def: Place | undefined; planPath: string; at: Mention | undefined }
  /** A plan target a report's result or figure names (`target:`). */
  | { kind: 'target'; id: string; def: Place | undefined; planPath: string; at: Mention | undefined }
  | { kind: 'file'; path: string; at: Mention | undefined };

export async function targetAt(ctx: ServiceContext, dc: DocContext, offset: number): Promise<Target | undefined> {
  const analysis = dc.analysis;
  const index = indexOf(analysis);
  const at = index.mentions.find((m) => contains(m.range, offset));
  if (at) {
    switch (at.kind) {
      case 'agency': {
        const match = analysis.agencies.resolve(at.text);
        const loc = match && analysis.agencies.locate(match.entry);
        return match && loc ? { kind: 'agency', entry: match.entry, def: { path: loc.uri, range: loc.offsets }, at } : undefined;
      }
      case 'agency-id': {
        const own = index.agencies.find((a) => contains(a.range, offset));
        return own ? { kind: 'agency', entry: own.entry, def: { path: dc.doc.path, range: own.range }, at } : undefined;
      }
      case 'successor': {
        const own = index.agencies.find((a) => a.entry.id === at.text);
        return own ? { kind: 'agency', entry: own.entry, def: { path: dc.doc.path, range: own.range }, at } : undefined;
      }
      case 'task-id': {
        const task = index.tasks.find((t) => contains(t.range, offset));
        return { kind: 'task', id: at.text, def: task ? { path: dc.doc.path, range: task.range } : undefined, planPath: dc.doc.path, at };
      }
      case 'implements': {
        const parent = parentOf(dc);
        if (!parent) return undefined;
        const task = indexOf(parent).tasks.find((t) => t.id === at.text);
        return { kind: 'task', id: at.text, def: task ? { path: parent.uri, range: task.range } : undefined, planPath: parent.uri, at };
      }
      case 'task-ref': {
        const task = index.tasks.find((t) => t.id === at.text);
        return { kind: 'task', id: at.text, def: task ? { path: dc.doc.path, range: task.range } : undefined, planPath: dc.doc.path, at };
      }
      case 'overlay-task':
        return overlayTarget(dc, at);
      case 'report-task': {
        // A report's result names a task (or group) of the plan it reports on.
        const plan = reportPlan(dc);
        if (!plan) return undefined;
        const task = indexOf(plan).tasks.find((t) => t.id === at.text);
        return { kind: 'task', id: at.text, def: task ? { path: plan.uri, range: task.range } : undefined, planPath: plan.uri, at };
      }
      case 'report-target': {
        const plan = reportPlan(dc);
        if (!plan) return undefined;
        const visit = targetsById(plan).get(at.text);
        const range = visit && plan.source.valueRange(visit.target, 'id');
        return { kind: 'target', id: at.text, def: range ? { path: plan.uri, range } : undefined, planPath: plan.uri, at };
      }
      default:
        return undefined;
    }
  }
  // `registry: ./agencies.yaml`, `parent.path: ../tinh.kehoach.yaml`, `extends: ../base.yaml`
  const scalar = scalarAt(analysis.source, offset);
  const p = scalar?.path ?? [];
  const report = dc.loaded.kind === 'report';
  const isLink = !scalar?.isKey && (p[0] === 'registry' || p[0] === 'extends' || (p[0] === 'parent' && p[1] === 'path') || (report && p[0] === 'plan' && p[1] === 'path'));
  if (scalar && isLink && typeof scalar.node.value === 'string') {
    return { kind: 'file', path: resolvePath(dirname(dc.doc.path), scalar.node.value), at: undefined };
  }
  void ctx;
  return undefined;
}

/**
 * A task a plan (or fork) over a template names by id (`patch.tasks`, `remove.tasks`,
 * `after:`): one of its own new tasks, else the nearest template of its chain that has it.
 */
function overlayTarget(dc: DocContext, at: Mention): Target {
  const own = indexOf(dc.analysis).tasks.find((t) => t.id === at.text);
  if (own) return { kind: 'task', id: at.text, def: { path: dc.doc.path, range: own.range }, planPath: dc.doc.path, at };
  for (const layer of [...(dc.analysis.resolution?.layers ?? [])].reverse()) {
    if (layer.uri === dc.doc.path) continue;
    const tasks = layer.value.tasks;
    const task = Array.isArray(tasks) ? (tasks as Task[]).find((t) => t && typeof t === 'object' && t.id === at.text) : undefined;
    const range = task && layer.source.valueRange(task, 'id');
    if (range) return { kind: 'task', id: at.text, def: { path: layer.uri, range }, planPath: layer.uri, at };
  }
  return { kind: 'task', id: at.text, def: undefined, planPath: dc.doc.path, at };
}

/** Every mention of the target across the workspace, the definition excluded. */
export async function referencesOf(ctx: ServiceContext, target: Target): Promise<Place[]> {
  const out: Place[] = [];
  if (target.kind === 'file') return out;
  // A few files at a time: a country's plans and reports are never all in memory.
  await ctx.ws.eachLoaded((loaded) => {
    const analysis = loaded.analysis;
    const path = analysis.uri;
    if (target.kind === 'agency') {
      for (const m of indexOf(analysis).mentions) {
        if (m.kind === 'agency') {
          const match = analysis.agencies.resolve(m.text);
          const loc = match && analysis.agencies.locate(match.entry);
          if (loc && loc.uri === target.def.path && loc.offsets.start === target.def.range.start) out.push({ path, range: m.range });
        } else if (m.kind === 'successor' && m.text === target.entry.id && path === target.def.path) {
          out.push({ path, range: m.range });
        }
      }
    } else if (target.kind === 'target') {
      // Named by the results and figures of the reports on its plan.
      const p = loaded.parent;
      const plan = p.status === 'resolved' || p.status === 'ref-mismatch' ? p.parent : undefined;
      if (loaded.kind !== 'report' || plan?.uri !== target.planPath) return;
      for (const m of indexOf(analysis).mentions) if (m.kind === 'report-target' && m.text === target.id) out.push({ path, range: m.range });
    } else {
      const p = loaded.parent;
      const parent = p.status === 'resolved' || p.status === 'ref-mismatch' ? p.parent : undefined;
      // Shown again in its own plan (`task:`), implemented by child plans, patched over its
      // template, reported on in the reports on its plan (a result's `task:`).
      const kinds = new Set<Mention['kind']>();
      if (path === target.planPath) kinds.add('task-ref').add('overlay-task');
      if (parent?.uri === target.planPath) kinds.add(loaded.kind === 'report' ? 'report-task' : 'implements');
      if (path !== target.planPath && analysis.resolution?.layers.some((l) => l.uri === target.planPath)) kinds.add('overlay-task');
      if (kinds.size === 0) return;
      for (const m of indexOf(analysis).mentions) {
        if (kinds.has(m.kind) && m.text === target.id) out.push({ path, range: m.range });
      }
    }
  });
  return out;
}
