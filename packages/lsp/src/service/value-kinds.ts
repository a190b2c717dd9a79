import { agencyEntrySchema, agencyRefSchema, configSchema, figureSchema, legalBasisObjectSchema, planSchema, registrySchema, reportPathSchema, reportResultSchema, reportSchema, taskRefItemSchema, taskSchema, timeframeObjectSchema, timeframeSchema, type DocumentKind, type Locale, type Path, type PathSegment } from '@kehoach/core';
import { childSchema, keyDoc, knownKeys, pickUnionOption, unwrap, type KeyDoc, type YNode } from '@kehoach/core/internal';
import { shallow, childNode } from './yaml-nodes.js';

export type Schema = NonNullable<ReturnType<typeof childSchema>>;

/** What a value at a path means to the editor features. */
export type ValueKind =
  | 'agency'
  | 'agency-id'
  | 'successor'
  | 'timeframe'
  | 'legal-ref'
  | 'plan-number'
  | 'parent-ref'
  | 'task-id'
  | 'task-ref'
  | 'overlay-task'
  | 'implements'
  /** A report's result: `task:` a task or group of its plan, `target:` a target of it (a figure's too), `status:`. */
  | 'report-task'
  | 'report-target'
  | 'report-status'
  | 'other';

interface Def {
  type: string;
  options?: Schema[];
  element?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  shape?: Record<string, Schema>;
}

export function defOf(s: Schema): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

export function rootSchema(kind: DocumentKind): Schema {
  if (kind === 'report') return reportSchema;
  return kind === 'registry' ? registrySchema : kind === 'config' ? configSchema : planSchema;
}

/**
 * The schema at `path`. `root` is the document's tree (`source.root`): where the
 * schema offers several shapes (a body item is a heading, a task, a target...), the
 * keys written at each step say which one is meant, as core's `pickUnionOption` reads
 * them. The tree, not the validated value: validation drops an invalid `task:` or an
 * empty `id:`, and these are the keys that say what an item is. Without a tree, the
 * first option that has the next key is taken.
 */
export function schemaAt(kind: DocumentKind, path: Path, root?: YNode | null): Schema | undefined {
  return trail(kind, path, root).own;
}

/** What the steps to a path found: its own schema, and the option chosen for its container and the one above. */
export interface Trail {
  own: Schema | undefined;
  /** The container's schema, with its union option chosen by its data (the task, not "a body item"). */
  holder: Schema | undefined;
  /** The same for the container's container (the task holding an `implements` list). */
  outer: Schema | undefined;
}

export function trail(kind: DocumentKind, path: Path, root?: YNode | null): Trail {
  let own: Schema | undefined = rootSchema(kind);
  let node: YNode | null | undefined = root;
  let holder: Schema | undefined;
  let outer: Schema | undefined;
  for (const seg of path) {
    if (!own) return { own: undefined, holder: undefined, outer: undefined };
    outer = holder;
    ({ own, holder } = step(own, seg, node));
    node = childNode(node, seg);
  }
  return { own, holder, outer };
}

/** One step down: the container's schema as its node's keys choose it, and the schema of `seg` in it. */
export function step(own: Schema, seg: PathSegment, node: YNode | null | undefined, known?: Schema): { own: Schema | undefined; holder: Schema } {
  const holder = known ?? holderOf(own, node);
  // core's childSchema would choose a union option for absent data by kind alone (a scalar).
  const child = defOf(holder).type === 'union' ? anyOptionChild(holder, seg) : (childSchema(holder, seg) ?? anyOptionChild(own, seg));
  return { own: child, holder };
}

/** The container's schema, with a union's option chosen by the node's keys (read only for unions). */
export function holderOf(own: Schema, node: YNode | null | undefined): Schema {
  const u = unwrap(own);
  return defOf(u).type === 'union' ? chosen(u, shallow(node)) : u;
}

/**
 * The option of a union that `value` is meant to be (looking into nested unions); the
 * schema itself otherwise. Thousands of body items share a few sets of keys: the choice
 * is remembered per union and set of keys.
 */
export function chosen(s: Schema, value: unknown): Schema {
  let cur = unwrap(s);
  for (let i = 0; i < 8 && defOf(cur).type === 'union'; i++) {
    if (value === undefined || value === null) break;
    const key = Array.isArray(value) ? '[]' : typeof value === 'object' ? Object.keys(value).join('\u0000') : typeof value;
    let byKeys = choices.get(cur);
    if (!byKeys) choices.set(cur, (byKeys = new Map()));
    let picked = byKeys.get(key);
    if (picked === undefined) byKeys.set(key, (picked = pickUnionOption(cur, value) ?? null));
    if (!picked) break;
    cur = unwrap(picked);
  }
  return cur;
}

const choices = new WeakMap<Schema, Map<string, Schema | null>>();

/** The schema of `seg` under `s`, a union's option with `seg` taken first when nothing chose one. */
export function childOf(s: Schema, seg: PathSegment): Schema | undefined {
  const u = unwrap(s);
  return defOf(u).type === 'union' ? anyOptionChild(u, seg) : childSchema(u, seg);
}

/** Without data to choose by: the first option (object options first) that has `seg`. */
function anyOptionChild(s: Schema, seg: PathSegment): Schema | undefined {
  const def = defOf(unwrap(s));
  if (def.type !== 'union') return undefined;
  const options = def.options ?? [];
  const wanted = typeof seg === 'number' ? 'array' : 'object';
  const ordered = [...options].sort((a, b) => Number(shapeOf(b) === wanted) - Number(shapeOf(a) === wanted));
  for (const option of ordered) {
    const child = defOf(unwrap(option)).type === 'union' ? anyOptionChild(option, seg) : childSchema(option, seg);
    if (child) return child;
  }
  return undefined;
}

/**
 * The same schema, looking through wrappers and documentation: `doc()` attaches a key's
 * docs with zod's `.meta()`, which makes a copy sharing the original's definition, so
 * two schemas are the same when any step of unwrapping one (optional, lazy...) meets a
 * step of unwrapping the other.
 */
export function sameSchema(a: Schema | undefined, b: Schema): boolean {
  if (!a) return false;
  if (a === b) return true;
  const target = defChain(b);
  for (const d of defChain(a)) if (target.has(d)) return true;
  return false;
}

/** Each schema's definitions down its wrappers, computed once (classifying a document asks for them per scalar). */
const chains = new WeakMap<Schema, Set<Def>>();

function defChain(s: Schema): Set<Def> {
  let out = chains.get(s);
  if (out) return out;
  out = new Set<Def>();
  let cur: Schema | undefined = s;
  for (let i = 0; cur && i < 20; i++) {
    const def = defOf(cur);
    out.add(def);
    const lazy: Schema | undefined = def.type === 'lazy' ? ((cur as unknown as { _zod: { innerType?: Schema } })._zod.innerType ?? (def as { getter?: () => Schema }).getter?.()) : undefined;
    cur = (def as { innerType?: Schema }).innerType ?? lazy ?? (def as { in?: Schema }).in;
  }
  chains.set(s, out);
  return out;
}

/** `s` is `target`, or a union with no option chosen (no data) that may be it. */
function is(s: Schema | undefined, target: Schema): boolean {
  if (!s) return false;
  const u = unwrap(s);
  if (sameSchema(u, target)) return true;
  const def = defOf(u);
  return def.type === 'union' && (def.options ?? []).some((o) => is(o, target));
}

function acceptsAgency(s: Schema | undefined): boolean {
  if (!s) return false;
  const u = unwrap(s);
  if (sameSchema(u, agencyRefSchema)) return true;
  const def = defOf(u);
  return def.type === 'union' && (def.options ?? []).some((o) => sameSchema(o, agencyRefSchema));
}

/** Classify the scalar value at `path` (a value, not a key) of a document of `kind`. */
export function valueKind(kind: DocumentKind, path: Path, root?: YNode | null): ValueKind {
  if (path.length === 0) return 'other';
  return classify(kind, path, trail(kind, path, root));
}

/** `valueKind` when the trail to the value is known already (a walk over the whole document). */
export function classify(kind: DocumentKind, path: Path, t: Trail): ValueKind {
  const last = path[path.length - 1];
  const { own, holder: parent, outer } = t;
  if (kind === 'plan' && path.length === 1 && last === 'number') return 'plan-number';
  if (kind === 'plan' && path.length === 2 && path[0] === 'parent' && last === 'ref') return 'parent-ref';
  // A report names its plan as a plan names its parent (`plan: { ref, path }`).
  if (kind === 'report' && path.length === 2 && path[0] === 'plan' && last === 'ref') return 'parent-ref';
  if (kind === 'report') {
    if (last === 'task' && is(parent, reportResultSchema)) return 'report-task';
    if (last === 'target' && (is(parent, reportResultSchema) || is(parent, figureSchema))) return 'report-target';
    if (last === 'status' && is(parent, reportResultSchema)) return 'report-status';
  }
  // Over a template: `remove: { tasks: [<id>] }`, and a new task placed `after:`/`before:` an inherited one.
  if (path.length === 3 && path[0] === 'remove' && path[1] === 'tasks' && typeof last === 'number') return 'overlay-task';
  if (path.length === 3 && path[0] === 'tasks' && (last === 'after' || last === 'before')) return 'overlay-task';
  if (last === 'id' && is(parent, taskSchema)) return 'task-id';
  if (last === 'task' && is(parent, taskRefItemSchema)) return 'task-ref';
  if (last === 'id' && is(parent, agencyEntrySchema)) return 'agency-id';
  if (last === 'successor' && is(parent, agencyEntrySchema)) return 'successor';
  if (last === 'ref' && is(parent, legalBasisObjectSchema)) return 'legal-ref';
  if (last === 'implements' && is(parent, taskSchema)) return 'implements';
  const listKey = typeof last === 'number' ? path[path.length - 2] : undefined;
  if (listKey === 'implements' && is(outer, taskSchema)) return 'implements';
  if ((last === 'due' || listKey === 'due') && is(last === 'due' ? parent : outer, reportPathSchema)) return 'timeframe';
  if (last === 'text' && is(parent, timeframeObjectSchema)) return 'timeframe';
  if (sameSchema(own, timeframeSchema)) return 'timeframe';
  if (acceptsAgency(own)) return 'agency';
  return 'other';
}

/** How `walkScalars` carries the trail down the tree: one step per node, no path walked twice. */
export function trailSteps(kind: DocumentKind): { init: Trail; step(t: Trail, seg: PathSegment, node: YNode): Trail } {
  // A map's shape is chosen once, not once per key (the walk visits its values in between).
  const holders = new WeakMap<YNode, { own: Schema; holder: Schema }>();
  return {
    init: { own: rootSchema(kind), holder: undefined, outer: undefined },
    step(t, seg, node) {
      if (!t.own) return { own: undefined, holder: undefined, outer: undefined };
      let hit = holders.get(node);
      if (!hit || hit.own !== t.own) holders.set(node, (hit = { own: t.own, holder: holderOf(t.own, node) }));
      const next = step(t.own, seg, node, hit.holder);
      return { own: next.own, holder: next.holder, outer: t.holder };
    },
  };
}

/** The key an agency value is written under (`request`, `to`, `lead`...), looking past list indices. */
export function agencyKey(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** The values an enum, literal or boolean schema allows. */
export function enumValues(s: Schema | undefined): string[] {
  if (!s) return [];
  const def = defOf(unwrap(s));
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
  if (def.type === 'literal' && def.values) return def.values.map(String);
  if (def.type === 'boolean') return ['true', 'false'];
  if (def.type === 'union') return [...new Set((def.options ?? []).flatMap((o) => enumValues(o)))];
  return [];
}

/** 'object' | 'array' | 'string' | ... of a schema, looking through wrappers. */
export function shapeOf(s: Schema | undefined): string {
  return s ? defOf(unwrap(s)).type : 'unknown';
}

/** The element schema of an array schema (or of the array option of a union). */
export function elementOf(s: Schema | undefined): Schema | undefined {
  if (!s) return undefined;
  const def = defOf(unwrap(s));
  if (def.type === 'array') return def.element;
  if (def.type === 'union') {
    for (const o of def.options ?? []) {
      const e = elementOf(o);
      if (e) return e;
    }
  }
  return undefined;
}

export function keysOf(s: Schema | undefined): string[] {
  return s ? knownKeys(s) : [];
}

export function docOf(s: Schema | undefined): KeyDoc | undefined {
  return keyDoc(s);
}

/** A key's docs as Markdown in the locale, the other language after a rule. */
export function keyDocMarkdown(key: string, d: KeyDoc | undefined, locale: Locale): string {
  if (!d) return `\`${key}\``;
  const vi = `**${d.title}** (\`${key}\`)\n\n${d.description}`;
  const en = `**${d['x-title-en']}** (\`${key}\`)\n\n${d['x-description-en']}`;
  return locale === 'en' ? en : vi;
}

export function keyTitle(d: KeyDoc | undefined, locale: Locale): string | undefined {
  if (!d) return undefined;
  return locale === 'en' ? d['x-title-en'] : d.title;
}
