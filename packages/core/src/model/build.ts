import type { z } from 'zod';
import { layerSchema, planSchema, planShape, type Plan } from '../schema/plan.js';
import { childSchema, isOptionalSchema, isPlainArray, objectShapes, ownShape, pickOptionIndexed, schemaAtPath } from '../schema/navigate.js';
import { setOwn } from '../yaml/fast-scan.js';
import { z as zod } from 'zod';
import type { Path, PathSegment, YamlSource } from '../yaml/source.js';
import { ObjectMemo } from '../text/object-memo.js';

/** A schema problem kept for the `schema` and `unknown-key` rules to report. */
export interface SchemaProblem {
  kind: 'unknown-key' | 'schema';
  /** For unknown keys: the path of the key itself. */
  path: Path;
  issue: z.core.$ZodIssue;
  /** The schema expected at `path` (for messages and suggestions). */
  expected?: z.ZodType;
  /** The value that was there. */
  received: unknown;
  /**
   * The deepest object or array on `path` and the key below it. Paths shift when
   * pruning drops array items; objects keep their identity, and with it their range.
   */
  anchor: { container: object; key?: PathSegment } | undefined;
}

export interface DocumentModel<T> {
  /**
   * The document with every invalid part removed (bad array items dropped, bad
   * optional keys deleted), so rules see well-typed data and still run on everything
   * valid. Top-level fields may be missing.
   */
  value: T | undefined;
  problems: SchemaProblem[];
}

export type PlanModel = DocumentModel<Partial<Plan>>;

/** Top level relaxed: rules still run on a plan that misses its title. */
const modelSchema = zod.strictObject(planShape).partial();

const MAX_ROUNDS = 6;

const cache = new WeakMap<YamlSource, Map<z.ZodType, DocumentModel<unknown>>>();

/** The plan model of a source (memoised: pruning mutates the value once). */
export function buildPlanModel(source: YamlSource): PlanModel {
  // A plan that extends a template is one layer of a chain: its parameter objects
  // may be partial, the merged plan is checked whole by the rules.
  const v = source.value as Record<string, unknown> | undefined;
  const layered = v !== null && typeof v === 'object' && typeof v.extends === 'string';
  return buildModel<Partial<Plan>>(source, layered ? layerSchema : modelSchema, planSchema);
}

/**
 * Validate a source against `schema`, pruning what fails. `reportSchema` is the
 * schema problems are described against (the strict one users see).
 */
export function buildModel<T>(source: YamlSource, schema: z.ZodType, reportSchema: z.ZodType = schema): DocumentModel<T> {
  let bySchema = cache.get(source);
  if (!bySchema) cache.set(source, (bySchema = new Map()));
  const cached = bySchema.get(schema);
  if (cached) return cached as DocumentModel<T>;
  const model = build(source.value, schema, reportSchema);
  bySchema.set(schema, model);
  return model as DocumentModel<T>;
}

/**
 * Validate key by key, and lists item by item, so that a part met before is not
 * validated again. After an edit inside one task, the new source shares every other
 * task's object with the old one (see yaml/incremental.ts): those were validated, and
 * pruned in place, then; their problems are remembered here by object identity.
 */
function build(value: unknown, modelSchema: z.ZodType, planSchema: z.ZodType): DocumentModel<unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { value: undefined, problems: [] };
  }
  const shape = ownShape(modelSchema);
  if (!shape) return buildWhole(value, modelSchema, planSchema);
  const root = value as Record<string, unknown>;
  const problems: SchemaProblem[] = [];
  let failed = false;
  for (const key of Object.keys(root)) {
    const field = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
    const keySchema = field ? keyWrapper(modelSchema, key, field) : modelSchema;
    const v = root[key];
    if (Array.isArray(v) && field && isPlainArray(field)) {
      const parts = itemParts(v, key, keySchema, planSchema);
      let w = 0;
      parts.forEach((part, index) => {
        if (part.failed) failed = true;
        for (const p of part.problems) problems.push(relocate(p, part, root, v, index));
        if (part.kept) v[w++] = v[index];
      });
      v.length = w;
      continue;
    }
    const part = partOf(v, key, keySchema, planSchema, false);
    if (part.failed) failed = true;
    for (const p of part.problems) problems.push(relocate(p, part, root, v, undefined));
    if (!part.kept) delete root[key];
  }
  return { value: failed ? undefined : value, problems };
}

/** One key's value (or one item of a list) validated on its own. */
interface Part {
  /** Still there after pruning. */
  kept: boolean;
  /** Could not be pruned into shape: the whole model is undefined. */
  failed: boolean;
  /** Problems as found in `wrapper`: paths from the wrapper, anchors maybe on it. */
  problems: SchemaProblem[];
  wrapper: object;
  /** For a list item: the one-item array in the wrapper. */
  list?: unknown[];
}

/** Parts met before, per key schema (a handful of schemas, so no map per object). */
const partsBySchema = new WeakMap<z.ZodType, ObjectMemo<object, Part>>();

function partsOf(keySchema: z.ZodType): ObjectMemo<object, Part> {
  let parts = partsBySchema.get(keySchema);
  if (!parts) partsBySchema.set(keySchema, (parts = new ObjectMemo()));
  return parts;
}

function partOf(v: unknown, key: string, keySchema: z.ZodType, planSchema: z.ZodType, asItem: boolean): Part {
  const cacheable = v !== null && typeof v === 'object';
  const parts = partsOf(keySchema);
  const hit = cacheable ? parts.get(v) : undefined;
  if (hit) return hit;
  const list = asItem ? [v] : undefined;
  const wrapper = wrap(key, list ?? v);
  const result = buildWhole(wrapper, keySchema, planSchema);
  const part: Part = {
    kept: list ? list.length === 1 : Object.prototype.hasOwnProperty.call(wrapper, key),
    failed: result.value === undefined,
    problems: result.problems,
    wrapper,
    ...(list ? { list } : {}),
  };
  if (cacheable) parts.set(v, part);
  return part;
}

const VALID: Part = { kept: true, failed: false, problems: [], wrapper: {} };

/** The parts of a list's items: the ones not met before in one pass when all are valid. */
function itemParts(items: unknown[], key: string, keySchema: z.ZodType, planSchema: z.ZodType): Part[] {
  const parts = partsOf(keySchema);
  const fresh = items.filter((item) => item === null || typeof item !== 'object' || !parts.has(item));
  if (fresh.length > 1 && keySchema.safeParse(wrap(key, fresh)).success) {
    for (const item of fresh) if (item !== null && typeof item === 'object') parts.set(item, VALID);
  }
  return items.map((item) => partOf(item, key, keySchema, planSchema, true));
}

function wrap(key: string, v: unknown): Record<string, unknown> {
  const wrapper: Record<string, unknown> = {};
  setOwn(wrapper, key, v);
  return wrapper;
}

/** A part's problem placed in the document: item `index` of `list`, under `root`. */
function relocate(p: SchemaProblem, part: Part, root: object, list: unknown, index: number | undefined): SchemaProblem {
  const path = index === undefined ? p.path : [p.path[0] as PathSegment, index, ...p.path.slice(2)];
  let anchor = p.anchor;
  if (anchor?.container === part.wrapper) anchor = anchor.key === undefined ? { container: root } : { container: root, key: anchor.key };
  else if (part.list && anchor?.container === part.list && index !== undefined) anchor = { container: list as object, key: index };
  return { ...p, path, anchor };
}

const wrappers = new WeakMap<z.ZodType, Map<string, z.ZodType>>();

/** An object schema with only `key` (optional): validates one key of a document. */
function keyWrapper(modelSchema: z.ZodType, key: string, field: z.ZodType): z.ZodType {
  let byKey = wrappers.get(modelSchema);
  if (!byKey) wrappers.set(modelSchema, (byKey = new Map()));
  let schema = byKey.get(key);
  if (!schema) byKey.set(key, (schema = zod.object({ [key]: field }).partial()));
  return schema;
}

/** Validate a whole value against `modelSchema`, pruning what fails, in rounds. */
function buildWhole(value: object, modelSchema: z.ZodType, planSchema: z.ZodType): DocumentModel<unknown> {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = modelSchema.safeParse(value);
    if (result.success) return { value, problems };
    const removals: Removal[] = [];
    for (const issue of expandUnions(result.error.issues, value, modelSchema)) {
      const path = issue.path as PathSegment[];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const keyPath = [...path, key];
          remember(problems, seen, {
            kind: 'unknown-key',
            path: keyPath,
            issue,
            received: valueAt(value, keyPath),
            expected: schemaAtPath(planSchema, path, value),
            anchor: objectAnchor(value, path, key),
          });
          removals.push({ path, key });
        }
        continue;
      }
      remember(problems, seen, {
        kind: 'schema',
        path,
        issue,
        received: valueAt(value, path),
        expected: schemaAtPath(planSchema, path, value),
        anchor: anchorOf(value, path),
      });
      const removal = pruneTarget(value, path, modelSchema);
      if (removal) removals.push(removal);
    }
    if (removals.length === 0) break;
    apply(value, removals);
  }
  const final = modelSchema.safeParse(value);
  return { value: final.success ? value : undefined, problems };
}

/**
 * A union that fails is reported by zod as a whole ("invalid_union"), with the issues
 * of every option. When the value clearly means one option (a body item with `id` is
 * a task), report that option's issues instead, at their own paths: "lead must be a
 * name" on the task's lead, not "sections[2] is none of seven shapes".
 *
 * zod also collapses a failing union to the one option that did not abort, which need
 * not be the option the value means: a heading with a misspelt key under a heading
 * came back as the paragraph option's "unknown key heading", on both headings. So an
 * issue under a union of object shapes is replaced by what the option the value means
 * says of it (validated again, once per item), unless that option accepts the value.
 */
function expandUnions(issues: readonly z.core.$ZodIssue[], root: unknown, modelSchema: z.ZodType, depth = 0, from = 1): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  const meant = new Map<string, boolean>();
  for (const issue of issues) {
    const at = depth > 64 ? undefined : meantOption(issue.path as PathSegment[], from, root, modelSchema);
    if (at) {
      const key = JSON.stringify(at.path);
      if (!meant.has(key)) {
        const result = at.option.safeParse(valueAt(root, at.path));
        meant.set(key, !result.success);
        if (!result.success) {
          const located = result.error.issues.map((e) => ({ ...e, path: [...at.path, ...(e.path as PathSegment[])] }) as z.core.$ZodIssue);
          out.push(...expandUnions(located, root, modelSchema, depth + 1, at.path.length + 1));
        }
      }
      if (meant.get(key)) continue;
    }
    const errors = (issue as { errors?: z.core.$ZodIssue[][] }).errors;
    if (issue.code !== 'invalid_union' || !errors || depth > 64) {
      out.push(issue);
      continue;
    }
    const path = issue.path as PathSegment[];
    const schema = path.length === 0 ? modelSchema : schemaAtPath(modelSchema, path, root);
    const picked = schema ? pickOptionIndexed(schema, valueAt(root, path)) : undefined;
    const chosen = picked ? errors[picked.index] : undefined;
    if (!chosen || chosen.length === 0) {
      out.push(issue);
      continue;
    }
    const located = chosen.map((e) => ({ ...e, path: [...path, ...(e.path as PathSegment[])] }) as z.core.$ZodIssue);
    out.push(...expandUnions(located, root, modelSchema, depth + 1, path.length + 1));
  }
  return out;
}

/**
 * The shallowest object on `path` (from `from` segments on) that a union of several
 * object shapes holds, with the option its keys mean.
 */
function meantOption(path: PathSegment[], from: number, root: unknown, modelSchema: z.ZodType): { path: PathSegment[]; option: z.ZodType } | undefined {
  for (let len = from; len <= path.length; len++) {
    const prefix = path.slice(0, len);
    const value = valueAt(root, prefix);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const schema = schemaAtPath(modelSchema, prefix, root);
    if (!schema || objectShapes(schema).length < 2) continue;
    // Table rows are a list of cells or a body item: go down to the object shape itself.
    let option = pickOptionIndexed(schema, value)?.option;
    for (let i = 0; option && i < 8 && objectShapes(option).length > 1; i++) option = pickOptionIndexed(option, value)?.option;
    if (option) return { path: prefix, option };
  }
  return undefined;
}

interface Removal {
  /** The container (object or array) holding the part to remove. */
  path: PathSegment[];
  key: PathSegment;
}

/**
 * The smallest part to drop so the issue goes away: the nearest array item or
 * optional key on the way up from the issue's path.
 */
function pruneTarget(root: unknown, path: PathSegment[], modelSchema: z.ZodType): Removal | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i] as PathSegment;
    const parentPath = path.slice(0, i);
    const parent = valueAt(root, parentPath);
    if (Array.isArray(parent) && typeof seg === 'number') return { path: parentPath, key: seg };
    if (parent !== null && typeof parent === 'object' && typeof seg === 'string') {
      const parentSchema = i === 0 ? modelSchema : schemaAtPath(modelSchema, parentPath, root);
      const schema = parentSchema ? childSchema(parentSchema, seg, parent) : undefined;
      if (schema && isOptionalSchema(schema)) return { path: parentPath, key: seg };
    }
  }
  return undefined;
}

function apply(root: unknown, removals: Removal[]): void {
  const byContainer = new Map<unknown, Set<PathSegment>>();
  for (const r of removals) {
    const container = valueAt(root, r.path);
    if (container === null || typeof container !== 'object') continue;
    let set = byContainer.get(container);
    if (!set) byContainer.set(container, (set = new Set()));
    set.add(r.key);
  }
  for (const [container, keys] of byContainer) {
    if (Array.isArray(container)) {
      // Filter in place: the array object keeps its identity (and so its source node).
      let w = 0;
      for (let r = 0; r < container.length; r++) {
        if (!keys.has(r)) container[w++] = container[r];
      }
      container.length = w;
    } else {
      for (const k of keys) delete (container as Record<string, unknown>)[String(k)];
    }
  }
}

function remember(problems: SchemaProblem[], seen: Set<string>, p: SchemaProblem): void {
  const key = `${p.kind}:${p.path.join('\u0000')}:${p.issue.code}`;
  if (seen.has(key)) return;
  seen.add(key);
  problems.push(p);
}

function objectAnchor(root: unknown, path: Path, key: string): SchemaProblem['anchor'] {
  const container = valueAt(root, path);
  return container !== null && typeof container === 'object' ? { container, key } : undefined;
}

function anchorOf(root: unknown, path: Path): SchemaProblem['anchor'] {
  let container: object | undefined;
  let key: PathSegment | undefined;
  let cur: unknown = root;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') break;
    container = cur;
    key = path[i];
    cur = (cur as Record<PathSegment, unknown>)[path[i] as PathSegment];
  }
  if (cur !== null && typeof cur === 'object') return { container: cur };
  if (root !== null && typeof root === 'object' && path.length === 0) return { container: root };
  return container ? (key === undefined ? { container } : { container, key }) : undefined;
}

export function valueAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathSegment, unknown>)[seg];
  }
  return cur;
}
