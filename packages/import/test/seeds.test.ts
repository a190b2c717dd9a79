import { readFileSync } from 'node:fs';
import { lintText } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { expectedOf, measure, percent, SEEDS, seedText, sum, type Figures } from './measure.js';

const results = Object.fromEntries(SEEDS.map((s) => [s, importText(seedText(s), { fileName: `${s}.txt` })]));
const figures = Object.fromEntries(SEEDS.map((s) => [s, measure(results[s]!, expectedOf(s))])) as Record<string, Figures>;

describe.each(SEEDS)('seed %s', (seed) => {
  const result = results[seed]!;
  const expected = expectedOf(seed);
  const f = figures[seed]!;

  it('finds every task, with the lead and timeframe the text states', () => {
    expect(f.tasks.hit).toBe(f.tasks.total);
    expect(percent(f.leadAndTimeframe)).toBeGreaterThanOrEqual(90);
  });

  it('finds every legal basis, kept as the citation the text writes, with its number and date', () => {
    expect(f.legalBases).toEqual({ hit: expected.legalBases.length, total: expected.legalBases.length });
    const plan = result.plan as Record<string, any>;
    const source = seedText(seed).normalize('NFC').replace(/[*#\\]/g, '').replace(/\s+/g, ' ');
    for (const basis of plan.legalBases) expect(source).toContain(basis);
  });

  it('recognises requests to bodies outside the committee ("Đề nghị ...") as requests, not tasks', () => {
    expect(f.requests.hit).toBe(f.requests.total);
  });

  it('reads issuer, year, recipients and signature', () => {
    const plan = result.plan as Record<string, any>;
    expect(plan.issuer).toMatchObject(expected.issuer);
    expect(plan.year).toBe(expected.year);
    expect(plan.recipients).toHaveLength(expected.recipients);
    expect(plan.signature).toMatchObject(expected.signature);
    if (expected.parent) expect(plan.parent?.ref).toBe(expected.parent);
  });

  it('writes the body as sections in the order of the text, keeping how the source marks its points', () => {
    const plan = result.plan as Record<string, any>;
    expect(Object.keys(plan)).not.toEqual(expect.arrayContaining(['tasks']));
    for (const k of ['objectives', 'requirements', 'content', 'forms', 'tasks', 'duties', 'budget', 'timeframe', 'reporting', 'layout']) expect(plan[k]).toBeUndefined();
    const lines = result.report.tasks.map((t) => t.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    // Tây Ninh marks the points under "V. TỔ CHỨC THỰC HIỆN" with "a)", "b)" (the default under
    // "1."); Bình Sơn and Dương Quan use dashes, which the draft states.
    const duty = (plan.sections as any[]).at(-1).items.find((i: any) => i.lead && i.items?.length > 1);
    expect(duty.numbering).toBe(seed.startsWith('province') ? undefined : 'dash');
  });

  it('writes a draft that core parses and checks, with no schema or syntax problem', () => {
    const lint = lintText(result.yaml, { uri: `${seed}.kehoach.yaml` });
    expect(lint.analysis.plan).toBeDefined();
    const broken = lint.diagnostics.filter((d) => ['schema', 'yaml-syntax', 'unknown-key'].includes(d.ruleId));
    expect(broken.map((d) => `${d.range.start.line + 1}: ${d.message.vi}`)).toEqual([]);
    expect(result.report.diagnostics.length).toBe(lint.diagnostics.length);
  });

  it('places or lists every source line: nothing is dropped', () => {
    const lines = seedText(seed).split(/\r\n|\r|\n/);
    const covered = new Set<number>();
    for (const { lines: ls } of result.report.found) for (const l of ls) covered.add(l);
    for (const u of result.report.unplaced) for (const l of u.lines) covered.add(l);
    for (const d of result.report.cleaning.dropped) covered.add(d.line);
    // Structure lines (headings, labels) are placed through their sections and tasks.
    const yamlLines = new Set([...result.yaml.matchAll(/nguồn: dòng ([\d, -]+)/gu)].flatMap((m) => expand(m[1]!)));
    const lost = lines
      .map((text, i) => ({ text: text.trim(), line: i + 1 }))
      .filter(({ text, line }) => text !== '' && !covered.has(line) && !yamlLines.has(line) && !isStructure(text));
    expect(lost).toEqual([]);
  });

  it('notes the source line of each value, and that line holds the value', () => {
    const source = seedText(seed).normalize('NFC').split(/\r\n|\r|\n/);
    const flat = (ls: readonly number[]): string => ls.map((l) => source[l - 1] ?? '').join(' ').replace(/[*#\\]/g, '').replace(/\s+/g, ' ');
    const checked = result.report.found.filter((f) => /(?:lead|coordinators|timeframe|title)$/.test(f.field));
    expect(checked.length).toBeGreaterThan(5);
    for (const f of checked) {
      const words = f.value.split(/\s+/).slice(0, 3).join(' ').replace(/[*]/g, '');
      expect(flat(f.lines).toLowerCase(), `${f.field} = ${f.value}`).toContain(words.toLowerCase().replace(/–/g, '-'));
    }
  });
});

function expand(spec: string): number[] {
  return spec.split(/,\s*/).flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) return [];
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

function isStructure(text: string): boolean {
  return /^\**\s*(?:#+\s*)?\**\s*(?:[IVX]+\.|\d+\.|KẾ HOẠCH|n[oơ]i nh)/iu.test(text);
}

describe('figures', () => {
  const total = sum(Object.values(figures));
  const row = (name: string, f: Figures): string =>
    `| ${name} | ${f.tasks.hit}/${f.tasks.total} | ${percent(f.lead)}% | ${percent(f.coordinators)}% | ${percent(f.timeframe)}% | ${percent(f.leadAndTimeframe)}% | ${percent(f.agencies)}% | ${percent(f.deadlines)}% | ${percent(f.counts)}% | ${f.requests.hit}/${f.requests.total} | ${f.legalBases.hit}/${f.legalBases.total} | ${percent(f.reporting)}% |`;
  const table = [...SEEDS.map((s) => row(s, figures[s]!)), row('**total**', total)].join('\n');

  it('meets the target: at least 90% of tasks with the correct lead and timeframe', () => {
    expect(percent(total.leadAndTimeframe)).toBeGreaterThanOrEqual(90);
    expect(percent(total.tasks)).toBe(100);
  });

  it('match the table in packages/import/README.md (update the README when they change)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const documented = /<!-- figures:start -->\n([\s\S]*?)\n<!-- figures:end -->/.exec(readme)?.[1] ?? '';
    const body = documented.split('\n').slice(2).join('\n');
    expect(body, `README figures are stale; the measured table is:\n${table}`).toBe(table);
  });

  it('match the summary in the repository README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const line = /<!-- import-figures -->(.*?)<!-- \/import-figures -->/.exec(readme)?.[1];
    const summary = `${total.tasks.hit}/${total.tasks.total} tasks found, ${percent(total.leadAndTimeframe)}% with the right lead and timeframe, ${percent(total.coordinators)}% with the right coordinators, ${total.legalBases.hit}/${total.legalBases.total} legal bases with the right number and date.`;
    expect(line, 'README.md (repository root) must state the import figures').toBe(summary);
  });
});
