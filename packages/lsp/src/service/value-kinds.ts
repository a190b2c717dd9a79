import {
  agencyEntrySchema,
  agencyRefSchema,
  configSchema,
  keyDoc,
  knownKeys,
  legalBasisSchema,
  planSchema,
  registrySchema,
  reportPathSchema,
  schemaAtPath,
  taskSchema,
  timeframeObjectSchema,
  timeframeSchema,
  unwrap,
  type DocumentKind,
  type KeyDoc,
  type Locale,
  type Path,
} from '@kehoach/core';

export type Schema = NonNullable<ReturnType<typeof schemaAtPath>>;

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
  | 'implements'
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
  return kind === 'registry' ? registrySchema : kind === 'config' ? configSchema : planSchema;
}

export function schemaAt(kind: DocumentKind, path: Path): Schema | undefined {
  return schemaAtPath(rootSchema(kind), path);
}

function is(s: Schema | undefined, target: Schema): boolean {
  return s !== undefined && unwrap(s) === unwrap(target);
}

function acceptsAgency(s: Schema | undefined): boolean {
  if (!s) return false;
  const u = unwrap(s);
  if (u === unwrap(agencyRefSchema)) return true;
  const def = defOf(u);
  return def.type === 'union' && (def.options ?? []).some((o) => unwrap(o) === unwrap(agencyRefSchema));
}

/** Classify the scalar value at `path` (a value, not a key) of a document of `kind`. */
export function valueKind(kind: DocumentKind, path: Path): ValueKind {
  if (path.length === 0) return 'other';
  const last = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const parent = schemaAt(kind, parentPath);
  if (kind === 'plan' && path.length === 1 && last === 'number') return 'plan-number';
  if (kind === 'plan' && path.length === 2 && path[0] === 'parent' && last === 'ref') return 'parent-ref';
  if (last === 'id' && is(parent, taskSchema)) return 'task-id';
  if (last === 'id' && is(parent, agencyEntrySchema)) return 'agency-id';
  if (last === 'successor' && is(parent, agencyEntrySchema)) return 'successor';
  if (last === 'ref' && is(parent, legalBasisSchema)) return 'legal-ref';
  if (last === 'implements' && is(parent, taskSchema)) return 'implements';
  if (typeof last === 'number' && path[path.length - 2] === 'implements' && is(schemaAt(kind, path.slice(0, -2)), taskSchema)) {
    return 'implements';
  }
  if (last === 'due' && is(parent, reportPathSchema)) return 'timeframe';
  if (last === 'text' && is(parent, timeframeObjectSchema)) return 'timeframe';
  const own = schemaAt(kind, path);
  if (own && unwrap(own) === unwrap(timeframeSchema)) return 'timeframe';
  if (acceptsAgency(own)) return 'agency';
  return 'other';
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
