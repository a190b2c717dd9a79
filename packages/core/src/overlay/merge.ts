import { hasTemplateBlank } from './blank.js';
import { Provenance } from './provenance.js';
import { walkPlan } from '../model/walk.js';
import type { Plan } from '../schema/plan.js';
import { ID_COLLECTIONS, type IdCollection, type Layer, type LayerAt, type OverlayProblem, type ParameterOverride } from './types.js';

/** Keys that describe the layer itself, never merged into the plan. */
const LAYER_KEYS = new Set(['kind', 'extends', 'patch', 'remove', 'registry', 'rules', 'id', 'level', 'description', 'version', 'plugins']);
/** Objects whose fields are parameters of their own (issuer.name, signature.name...). */
const PARAMETER_OBJECTS = new Set(['issuer', 'signature', 'parent', 'decision', 'period']);

export interface MergeResult {
  plan: Record<string, unknown>;
  provenance: Provenance;
  problems: OverlayProblem[];
  overrides: ParameterOverride[];
}

type Item = Record<string, unknown>;

/**
 * Lay each layer over the ones before it, base first. A layer adds items with new
 * ids (optionally `after:`/`before:` an existing one), changes inherited items only
 * through `patch:` and drops them only through `remove:`; an id that is not there is
 * an error naming both files, never a silent drop. Plain values: the nearest wins.
 */
export function mergeLayers(layers: readonly Layer[]): MergeResult {
  const provenance = new Provenance(layers);
  const problems: OverlayProblem[] = [];
  const overrides: ParameterOverride[] = [];
  const plan: Record<string, unknown> = {};
  /** Which layer supplied each item id, per collection. */
  const definedIn = new Map<string, Layer>();
  /** Which layer last set each parameter path, and where. */
  const setBy = new Map<string, { layer: Layer; at: LayerAt; value: unknown }>();

  layers.forEach((layer, index) => {
    const upstream = layers.slice(0, index);
    const v = layer.value;
    const remove = (v.remove ?? {}) as Partial<Record<IdCollection, string[]>>;
    const patch = (v.patch ?? {}) as Partial<Record<IdCollection, Record<string, Item>>>;

    // Plain keys first, so that a layer's own `sections` is in place before its
    // patches and additions look for the tasks inside them.
    for (const [key, value] of Object.entries(v)) {
      if (LAYER_KEYS.has(key) || (ID_COLLECTIONS as readonly string[]).includes(key)) continue;
      if (PARAMETER_OBJECTS.has(key) && isPlain(value)) {
        const prev = plan[key];
        const merged = isPlain(prev) ? deepMerge(prev, value, provenance) : value;
        for (const [sub, subValue] of Object.entries(value)) {
          note(`${key}.${sub}`, subValue, { node: value, key: sub });
        }
        plan[key] = merged;
      } else {
        note(key, value, { node: v, key });
        plan[key] = value;
      }
      provenance.recordField(plan, key, v);
    }

    // Tasks written in `sections` or `appendices` (at any depth) are addressed by id
    // like top-level ones. Their lists belong to an upstream layer: copied once per
    // layer before the first change, each copy remembering what it copies.
    let body: BodyLists | undefined;
    const nested = (): BodyLists => (body ??= copyBody(plan, provenance));

    for (const coll of ID_COLLECTIONS) {
      const list = ((plan[coll] as Item[] | undefined) ?? []).slice();
      const find = (id: string): { list: Item[]; index: number } | undefined => {
        const at = list.findIndex((item) => item.id === id);
        if (at >= 0) return { list, index: at };
        return coll === 'tasks' ? nested().find(id) : undefined;
      };
      const ids = remove[coll] ?? [];
      ids.forEach((id, i) => {
        const hit = find(id);
        if (!hit) problems.push({ kind: 'missing-target', op: 'remove', collection: coll, id, layer, at: { node: ids, key: String(i) }, upstream });
        else hit.list.splice(hit.index, 1);
      });
      const patches = patch[coll] ?? {};
      for (const [id, change] of Object.entries(patches)) {
        const hit = find(id);
        if (!hit) {
          problems.push({ kind: 'missing-target', op: 'patch', collection: coll, id, layer, at: { node: patches, key: id }, upstream });
          continue;
        }
        const merged = deepMerge(hit.list[hit.index] as Item, change, provenance);
        if (coll === 'agencies') keepOldName(hit.list[hit.index] as Item, merged);
        hit.list[hit.index] = merged;
      }
      for (const item of (v[coll] as Item[] | undefined) ?? []) {
        const id = typeof item.id === 'string' ? item.id : undefined;
        if (id !== undefined && find(id)) {
          const first = definedIn.get(`${coll}:${id}`) ?? layer;
          problems.push({ kind: 'duplicate-add', collection: coll, id, layer, at: { node: item, key: 'id' }, definedIn: first });
          continue;
        }
        if (id !== undefined) definedIn.set(`${coll}:${id}`, layer);
        const pos = positionOf(item, list, coll === 'tasks' ? (target) => nested().find(target) : undefined);
        if (pos.missing !== undefined) {
          problems.push({ kind: 'missing-target', op: 'position', collection: coll, id: pos.missing, layer, at: { node: item, key: pos.key }, upstream });
        }
        pos.list.splice(pos.index, 0, item);
      }
      if (list.length || plan[coll] !== undefined) plan[coll] = list;
    }

    function note(path: string, value: unknown, at: LayerAt): void {
      const prev = setBy.get(path);
      if (prev && prev.layer !== layer && !isPlaceholderValue(prev.value) && !sameValue(prev.value, value)) {
        overrides.push({ path, winner: layer, winnerAt: at, overridden: prev.layer, overriddenAt: prev.at, value, previous: prev.value });
      }
      setBy.set(path, { layer, at, value });
    }
  });

  for (const coll of ID_COLLECTIONS) if (Array.isArray(plan[coll]) && (plan[coll] as Item[]).length === 0) delete plan[coll];
  return { plan, provenance, problems, overrides };
}

function positionOf(
  item: Item,
  list: Item[],
  findNested?: (id: string) => { list: Item[]; index: number } | undefined,
): { list: Item[]; index: number; missing?: string; key?: string } {
  for (const key of ['after', 'before'] as const) {
    const target = item[key];
    if (typeof target !== 'string') continue;
    const at = list.findIndex((x) => x.id === target);
    if (at >= 0) return { list, index: key === 'after' ? at + 1 : at };
    // After or before a task written inside `sections` or `appendices`: into its list.
    const hit = findNested?.(target);
    if (hit) return { list: hit.list, index: key === 'after' ? hit.index + 1 : hit.index };
    return { list, index: list.length, missing: target, key };
  }
  return { list, index: list.length };
}

/** The task lists of a plan's `sections` and `appendices`, copied so a layer may change them. */
interface BodyLists {
  find(id: string): { list: Item[]; index: number } | undefined;
}

const BODY_KEYS = ['sections', 'appendices'] as const;

function copyBody(plan: Record<string, unknown>, provenance: Provenance): BodyLists {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const out = value.map(copy);
      provenance.recordHead(out, value);
      return out;
    }
    if (isPlain(value)) {
      const out: Item = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = copy(v);
        provenance.recordField(out, k, value);
      }
      provenance.recordHead(out, value);
      return out;
    }
    return value;
  };
  for (const key of BODY_KEYS) if (plan[key] !== undefined) plan[key] = copy(plan[key]);
  return {
    find(id) {
      let found: { list: Item[]; index: number } | undefined;
      walkPlan({ sections: plan.sections, appendices: plan.appendices } as Partial<Plan>, (visit) => {
        if (!found && visit.kind === 'task' && (visit.item as Item).id === id) found = { list: visit.list as Item[], index: visit.index };
      });
      return found;
    },
  };
}

/** A renamed agency still answers to its old name, so plans written before keep resolving. */
function keepOldName(before: Item, after: Item): void {
  const old = before.name;
  if (typeof old !== 'string' || old === after.name) return;
  const aliases = Array.isArray(after.aliases) ? (after.aliases as string[]) : [];
  if (!aliases.includes(old)) after.aliases = [...aliases, old];
}

function deepMerge(base: Item, change: Item, provenance: Provenance): Item {
  const out: Item = {};
  for (const [k, val] of Object.entries(base)) {
    out[k] = val;
    provenance.recordField(out, k, base);
  }
  for (const [k, val] of Object.entries(change)) {
    const prev = out[k];
    out[k] = isPlain(prev) && isPlain(val) ? deepMerge(prev, val, provenance) : val;
    provenance.recordField(out, k, change);
  }
  provenance.recordHead(out, base);
  return out;
}

function isPlain(v: unknown): v is Item {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Template placeholders ("<Tên UBND tỉnh>", "... năm <năm>") are meant to be filled:
 * filling one is not an override.
 */
function isPlaceholderValue(v: unknown): boolean {
  if (typeof v === 'string') return hasTemplateBlank(v);
  // A list or object holding a blank ("objectives: [<Mục đích>]") is filled as a whole.
  if (v !== null && typeof v === 'object') return Object.values(v).some(isPlaceholderValue);
  return false;
}
