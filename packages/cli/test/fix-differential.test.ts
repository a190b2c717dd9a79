import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryHost, Project, type AgencyResolver } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { Lexer, parse } from 'yaml';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';

/**
 * `--fix` must never lose what the author wrote: over every example file and seeded
 * mutants of the example plans (each carrying a problem a safe fix repairs), the
 * fixed file reads back as the data the author meant, with every list item and
 * every comment still there.
 */

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const EXAMPLES = join(REPO, 'examples');
const TEMPLATES = join(REPO, 'packages/templates');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') out.push(...yamlFiles(path));
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(path);
  }
  return out.sort();
}

/** Seeded pseudo-random numbers (mulberry32): the same mutants on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The data of a YAML text, or undefined when `yaml` refuses it (the invalid examples). */
function tryParse(text: string): unknown {
  try {
    return parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every comment of a YAML text, as written (the lexer knows quotes from comments). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).map((t) => t.trim());
}

/** Agency names containing a comma, from every registry and template of the repository. */
function commaNames(): string[] {
  const names = new Set<string>();
  const files = [...yamlFiles(EXAMPLES), ...yamlFiles(TEMPLATES)];
  for (const file of files) {
    const value = tryParse(readFileSync(file, 'utf8')) as { agencies?: unknown } | undefined;
    if (!Array.isArray(value?.agencies)) continue;
    for (const a of value.agencies as Record<string, unknown>[]) {
      for (const n of [a?.name, a?.short, ...(Array.isArray(a?.aliases) ? a.aliases : [])]) {
        if (typeof n === 'string' && n.includes(',') && !/[[\]{}#"']/.test(n)) names.add(n);
      }
    }
  }
  return [...names].sort();
}

interface Mutant {
  name: string;
  /** The mutated text, with one problem a safe fix repairs. */
  text: string;
  /** The data the author meant: what the fixed file must read back as. */
  intended: unknown;
}

/** Lines of the task whose key line is at `i` (same indent or deeper, until the next item). */
function taskHasKey(lines: string[], i: number, indent: number, key: string): boolean {
  for (let j = i - 1; j >= 0 && /^\s*$|^\s+/.test(lines[j] as string); j--) {
    const l = lines[j] as string;
    const ind = l.length - l.trimStart().length;
    if (ind < indent - 2 || l.trimStart().startsWith('- ')) {
      if (ind === indent - 2 && l.trimStart().slice(2).startsWith(`${key}:`)) return true;
      break;
    }
    if (ind === indent && l.trimStart().startsWith(`${key}:`)) return true;
  }
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j] as string;
    if (l.trim() === '') continue;
    const ind = l.length - l.trimStart().length;
    if (ind < indent || (ind === indent - 2 && l.trimStart().startsWith('- '))) break;
    if (ind === indent && l.trimStart().startsWith(`${key}:`)) return true;
  }
  return false;
}

function pick<T>(rand: () => number, list: readonly T[]): T | undefined {
  return list.length ? list[Math.floor(rand() * list.length)] : undefined;
}

/**
 * Mutants of one plan: a comma-split agency name in a flow list of coordinators (with a
 * comment after it), a title in decomposed Unicode, an Eth for "Đ", a legal number
 * written loosely. Each keeps the plan's meaning except the one flaw.
 */
function mutants(text: string, rand: () => number, names: readonly string[]): Mutant[] {
  const out: Mutant[] = [];
  const lines = text.split('\n');
  const intended = parse(text) as unknown;

  // A comma-split name in a flow list, beside the lead: the fix quotes it, keeps the rest.
  const leads = lines.flatMap((l, i) => {
    const m = /^(\s+)(?:- )?lead: ([^#[\]{},"']+)$/.exec(l);
    if (!m) return [];
    const indent = l.indexOf('lead:');
    return taskHasKey(lines, i, indent, 'coordinators') ? [] : [{ i, indent, lead: (m[2] as string).trim() }];
  });
  const name = pick(rand, names);
  const at = pick(rand, leads);
  if (name && at) {
    const mutated = [...lines];
    mutated.splice(at.i + 1, 0, `${' '.repeat(at.indent)}coordinators: [${name}, ${at.lead}] # phối hợp`);
    const meant = [...lines];
    meant.splice(at.i + 1, 0, `${' '.repeat(at.indent)}coordinators: ["${name}", ${at.lead}] # phối hợp`);
    out.push({ name: `comma-split "${name}" at line ${at.i + 2}`, text: mutated.join('\n'), intended: parse(meant.join('\n')) });
  }

  const titles = lines.flatMap((l, i) => (/^\s*(?:- )?title: [^"'|>]*[À-ỹ][^"'|>]*$/.test(l) ? [i] : []));
  const nfd = pick(rand, titles);
  if (nfd !== undefined) {
    const mutated = [...lines];
    mutated[nfd] = (mutated[nfd] as string).normalize('NFD');
    out.push({ name: `decomposed title at line ${nfd + 1}`, text: mutated.join('\n'), intended });
  }

  const eths = lines.flatMap((l, i) => (/^\s*(?:- )?(?:title|name): [^"'|>#]*Đ/.test(l) ? [i] : []));
  const eth = pick(rand, eths);
  if (eth !== undefined) {
    const mutated = [...lines];
    mutated[eth] = (mutated[eth] as string).replace('Đ', 'Ð');
    out.push({ name: `Eth for Đ at line ${eth + 1}`, text: mutated.join('\n'), intended });
  }

  const refs = lines.flatMap((l, i) => (/^\s*(?:- )?(?:ref|number): \d+\/KH-UBND\s*$/.test(l) ? [i] : []));
  const ref = pick(rand, refs);
  if (ref !== undefined) {
    const mutated = [...lines];
    mutated[ref] = (mutated[ref] as string).replace(/(\d+)\/KH-UBND/, '$1 / kh-ubnd');
    out.push({ name: `loose number at line ${ref + 1}`, text: mutated.join('\n'), intended });
  }
  return out;
}

/**
 * Before and after a fix of a file nobody mutated: the same shape (every key, every
 * list item), scalars equal but for what the safe fixes normalise (Unicode form,
 * Eth, spacing and case of legal numbers); a list may only lose items by joining
 * neighbours that were one comma-split name.
 */
function sameButFixed(before: unknown, after: unknown, path = '$'): string | undefined {
  if (typeof before === 'string' && typeof after === 'string') {
    const loose = (s: string): string => s.normalize('NFC').replace(/Ð/g, 'Đ').replace(/\s+/g, '').toUpperCase();
    return loose(before) === loose(after) ? undefined : `${path}: "${before}" became "${after}"`;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    let items = before;
    if (items.length !== after.length) {
      // Join consecutive strings of `before` to match `after` (a quoted comma name).
      const joined: unknown[] = [];
      let i = 0;
      for (const want of after) {
        if (typeof want === 'string' && typeof items[i] === 'string' && want.includes(',')) {
          let acc = items[i] as string;
          let j = i + 1;
          while (acc !== want && j < items.length && typeof items[j] === 'string') acc = `${acc}, ${items[j++] as string}`;
          if (acc === want) {
            joined.push(acc);
            i = j;
            continue;
          }
        }
        joined.push(items[i++]);
      }
      if (i !== items.length || joined.length !== after.length) return `${path}: ${before.length} items became ${after.length}`;
      items = joined;
    }
    for (let i = 0; i < items.length; i++) {
      const d = sameButFixed(items[i], after[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const a = Object.keys(before);
    const b = Object.keys(after);
    if (a.join('\0') !== b.join('\0')) return `${path}: keys ${a.join(',')} became ${b.join(',')}`;
    for (const k of a) {
      const d = sameButFixed((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(before, after) ? undefined : `${path}: ${String(before)} became ${String(after)}`;
}

/** A workspace holding a copy of examples/ and real copies of the template packages. */
function examplesWorkspace(): string {
  const root = workspace({});
  cpSync(EXAMPLES, join(root, 'examples'), { recursive: true, filter: (src) => !src.includes(`${'/'}node_modules`) });
  for (const pkg of readdirSync(TEMPLATES)) {
    const json = JSON.parse(readFileSync(join(TEMPLATES, pkg, 'package.json'), 'utf8')) as { name: string };
    if (!json.name.startsWith('@kehoach/template-') || json.name.endsWith('checks')) continue;
    cpSync(join(TEMPLATES, pkg), join(root, 'node_modules', json.name), { recursive: true, dereference: true, filter: (src) => !src.includes('/node_modules') });
  }
  // Keep the example plugin's code out of this run: only the built-in safe fixes are under test.
  writeFileSync(join(root, 'examples/plugins/quang-ngai/example/kehoach.config.yaml'), 'registry: ./agencies.yaml\n');
  return root;
}

/** The agency names of `names` a plan's registries know, split by YAML into pieces not all known. */
async function splittable(root: string, path: string, names: readonly string[]): Promise<string[]> {
  const files = new Map<string, string>();
  const add = (dir: string): void => {
    for (const f of yamlFiles(dir)) files.set(f, readFileSync(f, 'utf8'));
    for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile() && e.name === 'package.json') files.set(join(dir, e.name), readFileSync(join(dir, e.name), 'utf8'));
  };
  add(join(root, 'examples'));
  for (const scope of readdirSync(join(root, 'node_modules/@kehoach'))) add(join(root, 'node_modules/@kehoach', scope));
  const project = new Project(new MemoryHost(files, root));
  const agencies: AgencyResolver | undefined = (await project.analyze(path))?.analysis.agencies;
  if (!agencies) return [];
  return names.filter((n) => agencies.resolve(n) && !n.split(',').every((p) => agencies.resolve(p.trim())));
}

describe('--fix keeps every value, list item and comment (differential, seeded)', () => {
  it('over every example file and seeded mutants of every example plan', async () => {
    const root = examplesWorkspace();
    const all = yamlFiles(join(root, 'examples'));
    const originals = new Map(all.map((f) => [f, readFileSync(f, 'utf8')]));

    // Every example file as it is: what --fix changes is only what the safe fixes normalise.
    const first = await run(['validate', '--fix', 'examples', ...all.map((f) => relative(root, f))], root);
    expect(first.code, first.stderr).not.toBe(2);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    let changed = 0;
    for (const [path, before] of originals) {
      const after = readFileSync(path, 'utf8');
      if (after === before) continue;
      changed++;
      const where = relative(root, path);
      expect(tryParse(before), `${where} read before its fix`).toBeDefined();
      expect(sameButFixed(parse(before), parse(after)), where).toBeUndefined();
      expect(comments(after), where).toEqual(comments(before));
    }
    // The invalid examples carry flaws the safe fixes repair (text-nfc, legal-ref-format...).
    expect(changed).toBeGreaterThan(0);

    // Seeded mutants of every plan that --fix left alone: each carries one flaw a safe fix repairs.
    const names = commaNames();
    const rand = random(18);
    const planted: { path: string; mutant: Mutant }[] = [];
    for (const path of all.filter((f) => f.endsWith('.kehoach.yaml'))) {
      const text = originals.get(path) as string;
      if (readFileSync(path, 'utf8') !== text || !/^kind: plan$/m.test(text) || tryParse(text) === undefined) continue;
      const usable = await splittable(root, path, names);
      for (const [n, mutant] of mutants(text, rand, usable).entries()) {
        const at = path.replace(/\.kehoach\.yaml$/, `.mutant-${n}.kehoach.yaml`);
        writeFileSync(at, mutant.text);
        planted.push({ path: at, mutant });
      }
    }
    // The mutants cover the failure that lost data: a comma-split name in a plan extending a template.
    const kinds = planted.map((p) => p.mutant.name.split(' ')[0]);
    expect(new Set(kinds)).toEqual(new Set(['comma-split', 'decomposed', 'Eth', 'loose']));
    expect(planted.some((p) => p.mutant.name.startsWith('comma-split') && /^extends:/m.test(p.mutant.text))).toBe(true);

    const fixed = await run(['validate', '--fix', ...planted.map((p) => relative(root, p.path))], root);
    expect(fixed.code, fixed.stderr).not.toBe(2);
    expect(fixed.stderr).not.toMatch(/\n\s+at /);
    for (const { path, mutant } of planted) {
      const after = readFileSync(path, 'utf8');
      const where = `${relative(root, path)} (${mutant.name})`;
      expect(parse(after), where).toEqual(mutant.intended);
      for (const c of comments(mutant.text)) expect(comments(after), `${where}: comment ${c}`).toContain(c);
    }
  });

  it('--fix on a symlinked plan fixes the real file and keeps the link', async () => {
    const root = workspace({ 'real/ke-hoach.kehoach.yaml': PLAN.replace('number: 84/KH-UBND', 'number: 84 / kh-ubnd').replace('registry: ./agencies.yaml', 'registry: ../agencies.yaml'), 'agencies.yaml': AGENCIES });
    mkdirSync(join(root, 'plans'));
    symlinkSync('../real/ke-hoach.kehoach.yaml', join(root, 'plans/ke-hoach.kehoach.yaml'));
    const r = await run(['validate', '--fix', 'plans/ke-hoach.kehoach.yaml'], root);
    expect(r.stderr).toContain('Đã áp dụng 1 bản sửa trong 1 tệp.');
    const link = join(root, 'plans/ke-hoach.kehoach.yaml');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../real/ke-hoach.kehoach.yaml');
    expect(realpathSync(link)).toBe(realpathSync(join(root, 'real/ke-hoach.kehoach.yaml')));
    expect(readFileSync(join(root, 'real/ke-hoach.kehoach.yaml'), 'utf8')).toContain('number: 84/KH-UBND');
    // No temporary file is left beside the link or the real file.
    expect(readdirSync(join(root, 'plans'))).toEqual(['ke-hoach.kehoach.yaml']);
    expect(readdirSync(join(root, 'real'))).toEqual(['ke-hoach.kehoach.yaml']);
  });
});
