import type { Diagnostic } from '../../src/diagnostics.js';
import type { Project } from '../../src/project/project.js';
import { LineIndex, type Range } from '../../src/text/positions.js';
import { fastParse } from '../../src/yaml/fast-parse.js';
import { YamlSource } from '../../src/yaml/source.js';
import type { YNode } from '../../src/yaml/tree.js';

/**
 * What must hold for any text, however broken (issue 18): checked on every mutant.
 * - exception: nothing escapes `Project.check`;
 * - range: every diagnostic, related location and fix of the file lies inside its text;
 * - reader: the fast reader, when it accepts a text, gives `yaml`'s value and ranges,
 *   and the value core works on is `yaml`'s whenever `yaml` reads the text cleanly;
 * - syntax: a text `yaml` cannot read gets a yaml-syntax error.
 */
export type ViolationKind = 'exception' | 'range' | 'reader' | 'syntax';

export interface Violation {
  kind: ViolationKind;
  detail: string;
}

export interface Outcome {
  violations: Violation[];
  /** Wall time of the check, for `pnpm fuzz` (no test asserts on it). */
  ms: number;
  /** The fast reader read the text itself. */
  fast: boolean;
}

interface Flat {
  path: string;
  kind: string;
  type?: string;
  value?: unknown;
  range: readonly number[];
}

/** Every node of a tree with its value and range, in order: two readers agree when these are equal. */
export function flatten(node: YNode | null, path = '$', out: Flat[] = []): Flat[] {
  if (!node) {
    out.push({ path, kind: 'null', range: [] });
    return out;
  }
  if (node.kind === 'scalar') out.push({ path, kind: 'scalar', type: node.type, value: node.value, range: node.range });
  else if (node.kind === 'alias') out.push({ path, kind: 'alias', range: node.range });
  else if (node.kind === 'map') {
    out.push({ path, kind: `map${node.flow ? '-flow' : ''}`, range: node.range });
    node.items.forEach((p, i) => {
      flatten(p.key, `${path}.k${i}`, out);
      flatten(p.value, `${path}.v${i}`, out);
    });
  } else {
    out.push({ path, kind: `seq${node.flow ? '-flow' : ''}`, range: node.range });
    node.items.forEach((item, i) => flatten(item, `${path}[${i}]`, out));
  }
  return out;
}

/** Deep equality that tells NaN from NaN as equal and -0 from 0 apart, as toStrictEqual does. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function inside(text: string, lines: LineIndex, offsets: { start: number; end: number }, range: Range | undefined): string | undefined {
  const { start, end } = offsets;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    return `offsets ${start}-${end} outside 0-${text.length}`;
  }
  if (!range) return undefined;
  for (const p of [range.start, range.end]) {
    if (p.line < 0 || p.line >= lines.lineCount || p.character < 0 || p.character > lines.lineText(p.line).length) {
      return `position ${p.line}:${p.character} outside the text (${lines.lineCount} lines)`;
    }
  }
  return undefined;
}

function rangeProblems(path: string, text: string, diagnostics: readonly Diagnostic[]): string[] {
  const lines = new LineIndex(text);
  const out: string[] = [];
  for (const d of diagnostics) {
    const where = (what: string, p: string | undefined): void => {
      if (p) out.push(`${d.ruleId}/${d.messageId} ${what}: ${p}`);
    };
    if (d.uri === path) where('range', inside(text, lines, d.offsets, d.range));
    for (const r of d.related ?? []) if (r.uri === path) where('related', inside(text, lines, r.offsets, r.range));
    for (const fix of [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])]) {
      if ((fix.uri ?? d.uri) !== path) continue;
      for (const e of fix.edits) where('fix', inside(text, lines, e.range, undefined));
    }
  }
  return out;
}

/**
 * The reader properties alone (no project): what `fast-parse` promises, for a fresh
 * read and for an incremental one from `before` (the text the mutant was made from), as
 * an editor reads each keystroke.
 */
export function readerProblems(text: string, ref: YamlSource, before?: string, fast = fastParse(text)): string[] {
  const out: string[] = [];
  const compare = (what: string, value: unknown, root: YNode | null): void => {
    if (ref.problems.length) out.push(`${what} accepted a text yaml reports: ${ref.problems.map((p) => p.code).join(', ')}`);
    else if (!same(value, ref.value)) out.push(`${what} and yaml read different values`);
    else if (JSON.stringify(flatten(root)) !== JSON.stringify(flatten(ref.root))) out.push(`${what} and yaml give different ranges`);
  };
  if (fast) compare('the fast reader', fast.value, fast.root);
  if (before !== undefined && before !== text) {
    const previous = new YamlSource('/fuzz.yaml', before);
    const next = YamlSource.next(previous, '/fuzz.yaml', text);
    if (next.incremental) compare('the incremental reader', next.value, next.root);
  }
  return out;
}

/** Check one text as the file `path` of `project`, and every property above. `before`: the text it was made from. */
export async function checkMutant(project: Project, path: string, text: string, before?: string): Promise<Outcome> {
  const violations: Violation[] = [];
  const started = performance.now();
  let diagnostics: Diagnostic[] = [];
  try {
    const result = await project.check(path, text);
    if (result) diagnostics = [...result.diagnostics, ...result.suppressed];
  } catch (error) {
    violations.push({ kind: 'exception', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  const ms = performance.now() - started;
  for (const p of rangeProblems(path, text, diagnostics)) violations.push({ kind: 'range', detail: p });
  const ref = new YamlSource('/fuzz.yaml', text, { reader: 'yaml' });
  const fast = fastParse(text);
  for (const p of readerProblems(text, ref, before, fast)) violations.push({ kind: 'reader', detail: p });
  const unreadable = ref.problems.some((p) => p.severity === 'error');
  if (unreadable && !violations.some((v) => v.kind === 'exception') && !diagnostics.some((d) => d.ruleId === 'yaml-syntax' && d.severity === 'error')) {
    violations.push({ kind: 'syntax', detail: `yaml reports ${ref.problems.map((p) => p.code).join(', ')} but no yaml-syntax error was given` });
  }
  return { violations, ms, fast: fast !== undefined };
}
