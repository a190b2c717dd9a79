import { z } from 'zod';
import type { KeyDoc } from './doc.js';
import type { Path, PathSegment } from '../yaml/source.js';

type AnySchema = z.ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  getter?: () => AnySchema;
  options?: AnySchema[];
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  items?: AnySchema[];
  rest?: AnySchema | null;
  in?: AnySchema;
  checks?: unknown[];
}

function defOf(s: AnySchema): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

/**
 * The schema a lazy one stands for, as zod keeps it once computed: calling the getter
 * again would build a new schema each time (the body item union, with its docs
 * registered anew), for every item the editor or the validator looks at.
 */
function lazyInner(s: AnySchema): AnySchema | undefined {
  return (s as unknown as { _zod: { innerType?: AnySchema } })._zod.innerType;
}

/** Strip optional/nullable/default/lazy wrappers. */
export function unwrap(s: AnySchema): AnySchema {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const def = defOf(cur);
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') && def.innerType) cur = def.innerType;
    else if (def.type === 'lazy' && def.getter) cur = lazyInner(cur) ?? def.getter();
    else if (def.type === 'pipe' && def.in) cur = def.in;
    else break;
  }
  return cur;
}

export function isOptionalSchema(s: AnySchema): boolean {
  return s.safeParse(undefined).success;
}

/** The shape of an object schema itself (no wrapper unwrapped, no union followed). */
export function ownShape(s: AnySchema): Record<string, AnySchema> | undefined {
  const def = defOf(s);
  return def.type === 'object' ? def.shape : undefined;
}

/** An array schema with no checks of its own (length...): its items can be validated one by one. */
export function isPlainArray(s: AnySchema): boolean {
  const def = defOf(unwrap(s));
  return def.type === 'array' && !def.checks?.length;
}

/** The object shapes a schema may take (several for unions). */
export function objectShapes(s: AnySchema): Record<string, AnySchema>[] {
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'object' && def.shape) return [def.shape];
  if (def.type === 'union' && def.options) return def.options.flatMap(objectShapes);
  return [];
}

/** Keys allowed at a schema (union of all object options), in declaration order. */
export function knownKeys(s: AnySchema): string[] {
  const keys = new Set<string>();
  for (const shape of objectShapes(s)) for (const k of Object.keys(shape)) keys.add(k);
  return [...keys];
}

/** The schema of `seg` under `s`; `value` (the data at `s`) picks the right union option. */
export function childSchema(s: AnySchema, seg: PathSegment, value?: unknown): AnySchema | undefined {
  const u = unwrap(s);
  const def = defOf(u);
  switch (def.type) {
    case 'object':
      return typeof seg === 'string' ? def.shape?.[seg] : undefined;
    case 'array':
      return typeof seg === 'number' ? def.element : undefined;
    case 'record':
      return typeof seg === 'string' ? def.valueType : undefined;
    case 'tuple':
      return typeof seg === 'number' ? (def.items?.[seg] ?? def.rest ?? undefined) : undefined;
    case 'union': {
      const picked = pickUnionOption(u, value);
      if (picked !== undefined) {
        const child = childSchema(picked, seg, value);
        if (child) return child;
      }
      const options = def.options ?? [];
      const wanted = Array.isArray(value) ? 'array' : value !== null && typeof value === 'object' ? 'object' : undefined;
      const ordered = wanted
        ? [...options].sort((a, b) => Number(kindOf(b) === wanted) - Number(kindOf(a) === wanted))
        : options;
      for (const option of ordered) {
        const child = childSchema(option, seg, value);
        if (child) return child;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The option of a union a value is meant to be: by kind (string, list, object) and,
 * among object options, by keys: the one whose keys the value uses most, and whose
 * required keys it has. Body items (docs/plan-format.md) are told apart this way, so
 * a task with one bad value is reported as a task, not as "none of seven shapes".
 * Undefined when the schema is not a union or no option fits the value's kind.
 */
export function pickUnionOption(s: AnySchema, value: unknown): AnySchema | undefined {
  return pickOptionIndexed(s, value)?.option;
}

export function pickOptionIndexed(s: AnySchema, value: unknown): { option: AnySchema; index: number } | undefined {
  const def = defOf(unwrap(s));
  if (def.type !== 'union') return undefined;
  let best: { option: AnySchema; index: number; score: number } | undefined;
  (def.options ?? []).forEach((option, index) => {
    const score = fitScore(option, value);
    if (score !== undefined && (!best || score > best.score)) best = { option, index, score };
  });
  return best ? { option: best.option, index: best.index } : undefined;
}

/** How well a value fits a schema's shape (higher is better); undefined when its kind does not. */
function fitScore(option: AnySchema, value: unknown): number | undefined {
  const u = unwrap(option);
  const def = defOf(u);
  if (def.type === 'union') {
    let best: number | undefined;
    for (const o of def.options ?? []) {
      const sc = fitScore(o, value);
      if (sc !== undefined && (best === undefined || sc > best)) best = sc;
    }
    return best;
  }
  if (Array.isArray(value)) return def.type === 'array' ? 0 : undefined;
  if (value !== null && typeof value === 'object') {
    if (def.type !== 'object' || !def.shape) return undefined;
    const shape = def.shape;
    const keys = Object.keys(value);
    const known = keys.filter((k) => Object.prototype.hasOwnProperty.call(shape, k)).length;
    const missing = Object.entries(shape).filter(([k, v]) => !keys.includes(k) && !isOptionalSchema(v)).length;
    return known * 2 - (keys.length - known) * 2 - missing;
  }
  return def.type === 'object' || def.type === 'array' ? undefined : 0;
}

function kindOf(s: AnySchema): string {
  return defOf(unwrap(s)).type;
}

/** Walk `path` from `root`, using `rootValue` to choose union options along the way. */
export function schemaAtPath(root: AnySchema, path: Path, rootValue?: unknown): AnySchema | undefined {
  let cur: AnySchema | undefined = root;
  let value: unknown = rootValue;
  for (const seg of path) {
    if (!cur) return undefined;
    cur = childSchema(cur, seg, value);
    value = value !== null && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[seg] : undefined;
  }
  return cur;
}

/** The bilingual docs of a key, looking through wrappers. */
export function keyDoc(s: AnySchema | undefined): KeyDoc | undefined {
  let cur = s;
  for (let i = 0; cur && i < 20; i++) {
    const meta = z.globalRegistry.get(cur) as Partial<KeyDoc> | undefined;
    if (meta?.description && meta.title) return meta as KeyDoc;
    const def = defOf(cur);
    const next = def.innerType ?? (def.type === 'lazy' && def.getter ? (lazyInner(cur) ?? def.getter()) : undefined) ?? def.in;
    if (!next) break;
    cur = next;
  }
  return undefined;
}

/** A short name of what a schema expects, for messages ("chuỗi", "số nguyên"...). */
export function expectedKinds(s: AnySchema): string[] {
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'union') return [...new Set((def.options ?? []).flatMap(expectedKinds))];
  if (def.type === 'literal' || def.type === 'enum') return ['enum'];
  return [def.type];
}
