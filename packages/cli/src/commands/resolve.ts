import { dirname } from 'node:path';
import { plainOrQuoted, planShape, Project, type Layer, type Locale, type Resolution } from '@kehoach/core';
import { parseSpecifier } from '@kehoach/core/internal';
import { choice, localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { NodeHost } from '../node-host.js';
import { projectRoot } from '../project-root.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { TemplateCliError, tm } from '../template-messages.js';

const HELP = {
  vi: `kehoach resolve <kế-hoạch|mẫu> [--format yaml|json]

In kế hoạch (hoặc mẫu) sau khi hợp nhất chuỗi "extends", mỗi giá trị kèm nơi nó đến:
base (mẫu gốc), fork (bản kế thừa), plan (chính tệp), với số dòng. Lỗi kế thừa (sửa
một mã mẫu không còn) in ra stderr, mã thoát 1.
`,
  en: `kehoach resolve <plan|template> [--format yaml|json]

Print the plan (or template) with its "extends" chain merged, each value followed by where
it came from: base (upstream template), fork, plan (the file itself), with its line.
Inheritance errors (a patch of an id upstream no longer has) go to stderr, exit code 1.
`,
};

interface Origin {
  /** "base @kehoach/template-province@1.1.0" */
  layer: string;
  /** With the line in that layer's file: "base @kehoach/template-province@1.1.0:42". */
  text: string;
}

/** `kehoach resolve`: the merged plan with the provenance of every value. */
export async function resolveCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'resolve',
    argv,
    { format: { type: 'string', short: 'f' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  const locale = (ctx.locale = await resolveLocale(ctx, localeOption(values.locale)));
  if (values.help) {
    ctx.io.stdout(HELP[locale]);
    return 0;
  }
  const format = choice('--format', values.format, ['yaml', 'json'] as const) ?? 'yaml';
  const [file] = positionals;
  if (file === undefined) throw new TemplateCliError('planMissing', { command: 'resolve' });
  const cwd = toPosix(ctx.io.cwd);
  const path = absolute(cwd, file);
  const project = new Project(new NodeHost(await projectRoot(dirname(path))), { rules: ctx.options.rules });
  const check = await project.check(path);
  if (!check) throw new TemplateCliError('notFound', { path: file });
  if (check.kind !== 'plan' && check.kind !== 'template') throw new TemplateCliError('notAPlan', { path: file });
  const resolution = check.analysis.resolution;
  if (!resolution) throw new TemplateCliError('noExtends', { path: file });

  const problems = check.diagnostics.filter((d) => d.ruleId === 'template-resolvable');
  for (const d of problems) {
    ctx.io.stderr(`${displayPath(cwd, d.uri ?? path)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message[locale]}\n`);
  }
  const out = renderResolution(resolution, { cwd, locale, format, kind: check.kind });
  ctx.data(out);
  if (problems.length) {
    ctx.io.stderr(`${tm(locale, 'resolveProblems', { count: problems.length })}\n`);
    return 1;
  }
  return 0;
}

type Item = Record<string, unknown>;

/**
 * The merged plan as YAML (comments say where each value came from) or JSON. Only the
 * inputs decide the output: the same chain always prints the same bytes.
 */
export function renderResolution(resolution: Resolution, opts: { cwd: string; locale: Locale; format: 'yaml' | 'json'; kind: 'plan' | 'template' }): string {
  const { provenance } = resolution;
  // Packages by name@version; files (the plan, a relative extends) by their path from here.
  const labelOf = (layer: Layer): string => `${layer.role} ${parseSpecifier(layer.label)?.kind === 'package' ? layer.label : shownPath(opts.cwd, layer.uri)}`;
  const overrides = new Map(resolution.merge.overrides.map((o) => [o.path, o]));

  const originOf = (obj: object, key?: string): Origin | undefined => {
    const found = provenance.origin(obj, key);
    if (!found) return undefined;
    const { layer, holder } = found;
    const offsets = key !== undefined ? (layer.source.valueRange(holder, key) ?? layer.source.keyRange(holder, key)) : layer.source.headRange(holder);
    const line = offsets ? `:${layer.source.lines.positionAt(offsets.start).line + 1}` : '';
    return { layer: labelOf(layer), text: `${labelOf(layer)}${line}` };
  };
  const overrideNote = (path: string): string => {
    const o = overrides.get(path);
    if (!o) return '';
    const prev = typeof o.previous === 'string' ? o.previous : JSON.stringify(o.previous);
    return opts.locale === 'en' ? ` (replaces "${prev}" from ${labelOf(o.overridden)})` : ` (thay "${prev}" của ${labelOf(o.overridden)})`;
  };

  const sources: Record<string, string> = {};
  const lines: string[] = [];
  const chain = resolution.layers.map(labelOf).join(' -> ');
  lines.push(`# kehoach resolve: ${chain}`);
  lines.push(`kind: ${opts.kind}`);

  // A comment where the layer changes (and on each item's first line): every value's
  // origin is the nearest comment above or beside it.
  const emitObject = (obj: Item, indent: number, path: string, parentLayer: string | undefined, firstPrefix?: string, head?: Origin): void => {
    let first = true;
    for (const key of orderedKeys(obj, path === '')) {
      const value = obj[key];
      const isFirst = first;
      const pad = first && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
      first = false;
      const here = path ? `${path}.${key}` : key;
      const found = originOf(obj, key);
      const origin = found?.text;
      if (origin) sources[here] = origin;
      const shown = isFirst && head ? head : found;
      const changed = shown && (shown.layer !== parentLayer || (isFirst && head !== undefined) || overrides.has(here));
      const note = shown && changed ? `  # ${shown.text}${overrideNote(here)}` : '';
      if (isScalar(value) || (Array.isArray(value) && value.length === 0) || (isPlain(value) && Object.keys(value).length === 0)) {
        lines.push(`${pad}${key}: ${scalar(value)}${note}`);
      } else if (Array.isArray(value)) {
        lines.push(`${pad}${key}:${note}`);
        emitArray(value, indent + 2, here, found?.layer ?? parentLayer);
      } else {
        lines.push(`${pad}${key}:${note}`);
        emitObject(value as Item, indent + 2, here, found?.layer ?? parentLayer);
      }
    }
  };
  const emitArray = (arr: unknown[], indent: number, path: string, parentLayer: string | undefined): void => {
    arr.forEach((item, index) => {
      const pad = ' '.repeat(indent);
      const id = isPlain(item) && typeof item.id === 'string' ? item.id : String(index);
      const here = `${path}[${id}]`;
      if (isPlain(item) && Object.keys(item).length > 0) {
        const head = originOf(item);
        emitObject(item, indent + 2, here, head?.layer ?? parentLayer, `${pad}- `, head);
      } else if (Array.isArray(item)) {
        lines.push(`${pad}-`);
        emitArray(item, indent + 2, here, parentLayer);
      } else {
        lines.push(`${pad}- ${scalar(item)}`);
      }
    });
  };
  emitObject(resolution.plan as Item, 0, '', undefined);

  if (opts.format === 'json') {
    const json = { layers: resolution.layers.map((l) => ({ role: l.role, label: labelOf(l).slice(l.role.length + 1) })), plan: resolution.plan, sources };
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  return `${lines.join('\n')}\n`;
}

/** Top-level keys in the order a plan is written (the schema's order), others after. */
const PLAN_ORDER = [...Object.keys(planShape).filter((k) => k !== 'agencies'), 'agencies'];
function orderedKeys(obj: Item, top: boolean): string[] {
  const keys = Object.keys(obj);
  if (!top) return keys;
  const rank = (k: string): number => {
    const i = PLAN_ORDER.indexOf(k);
    return i < 0 ? PLAN_ORDER.length : i;
  };
  return keys.map((k, i) => [k, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([k]) => k);
}

/** Relative to the working folder when inside it, else absolute. */
function shownPath(cwd: string, path: string): string {
  const rel = displayPath(cwd, path);
  return rel.startsWith('../') ? path : rel;
}

function isPlain(v: unknown): v is Item {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

function scalar(v: unknown): string {
  if (typeof v === 'string') return plainOrQuoted(v);
  if (Array.isArray(v)) return '[]';
  if (isPlain(v)) return '{}';
  return String(v);
}
