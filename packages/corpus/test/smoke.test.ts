import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FACTS_DIR, loadFacts, measureCorpus } from '../src/corpus.js';
import { formatMarkdown, formatText } from '../src/format.js';
import { measurePlan } from '../src/measure-plan.js';
import { DEFAULT_CORPUS, main, README_END, README_START, replaceBetweenMarkers } from '../src/main.js';

// A seed plan of the repository (packages/import/test/fixtures), not the corpus: this part runs everywhere.
const SEED_NAME = 'district-binh-son-2024.txt';
const SEED = fileURLToPath(new URL(`../../import/test/fixtures/seeds/${SEED_NAME}`, import.meta.url));

const tmp = mkdtempSync(join(tmpdir(), 'kehoach-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), cwd: tmp } };
}

describe('one seed plan, end to end', () => {
  it('is imported, validated, rendered and measured', async () => {
    const r = await measurePlan(SEED_NAME, readFileSync(SEED, 'utf8'));
    expect(r.error).toBeUndefined();
    expect(r.counts?.bodyTasks).toBeGreaterThan(0);
    expect(r.counts?.leads).toBeGreaterThan(0);
    expect(r.invented?.checked).toBeGreaterThan(0);
    expect(Array.isArray(r.schemaErrors)).toBe(true);
    expect(r.similarity?.ratio).toBeGreaterThan(0.5);
    expect(r.similarity?.ratio).toBeLessThanOrEqual(1);
    expect(r.facts).toBeUndefined();
  });

  it('prints a table, a Markdown table and JSON for a folder', async () => {
    const folder = join(tmp, 'plans');
    mkdirSync(folder, { recursive: true });
    copyFileSync(SEED, join(folder, SEED_NAME));
    const run = await measureCorpus(folder, join(tmp, 'no-facts'));
    expect(run.plans).toHaveLength(1);
    expect(formatText(run)).toMatch(/^district-binh-son .*\|/m);
    expect(formatText(run)).toMatch(/Targets:\n {2}[✓✗] appendix rows with the right lead/);
    const md = formatMarkdown(run);
    expect(md.split('\n')[0]).toMatch(/^\| plan \| body tasks \|/);
    expect(md).toMatch(/^\| `district-binh-son` \|/m);
    expect(md).not.toMatch(/\d+(\.\d+)? s\b/);

    const json = io();
    expect(await main([folder, '--json', '--facts', join(tmp, 'no-facts')], json.io)).toBe(0);
    expect(JSON.parse(json.out.join('')).plans[0].file).toBe(SEED_NAME);
  });
});

describe('bad input gets a clear message and exit code 2', () => {
  it('a missing folder, an unknown option', async () => {
    const a = io();
    expect(await main(['no-such-folder'], a.io)).toBe(2);
    expect(a.err.join('')).toMatch(/^kehoach corpus: corpus folder not found: .*no-such-folder\n$/);
    const b = io();
    expect(await main(['--colour'], b.io)).toBe(2);
    expect(b.err.join('')).toMatch(/unknown option --colour/);
  });

  it('a facts file that does not follow the README', async () => {
    const dir = join(tmp, 'bad-facts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'x.json'), '{ "file": "x.txt", "tasks": [], "requests": [] }');
    const r = io();
    expect(await main([tmp, '--facts', dir], r.io)).toBe(2);
    expect(r.err.join('')).toMatch(/facts file .*x\.json: counts/);
  });
});

describe('the shipped facts', () => {
  it('all follow the README (counts agree with the lists)', () => {
    const facts = loadFacts(FACTS_DIR);
    expect(facts.size).toBe(readdirSync(FACTS_DIR).filter((f) => f.endsWith('.json')).length);
    expect(facts.size).toBeGreaterThanOrEqual(12);
  });
});

describe('README block', () => {
  it('replaces only what lies between the markers', () => {
    const readme = `a\n${README_START}\nold\n${README_END}\nb\n`;
    expect(replaceBetweenMarkers(readme, '| t |\n')).toBe(`a\n${README_START}\n| t |\n${README_END}\nb\n`);
  });
});

// The corpus itself lives outside the repository (../shared/corpus): measured when present.
const hasCorpus = existsSync(DEFAULT_CORPUS);
if (!hasCorpus) console.log(`corpus not found at ${DEFAULT_CORPUS}: the corpus run is skipped`);

describe.skipIf(!hasCorpus)('the corpus (../shared/corpus)', () => {
  it('every plan is measured without a crash, and every facts file has its plan', async () => {
    const run = await measureCorpus(DEFAULT_CORPUS);
    expect(run.plans.length).toBeGreaterThan(0);
    expect(run.plans.filter((p) => p.error).map((p) => `${p.file}: ${p.error?.stage} ${p.error?.message}`)).toEqual([]);
    expect(run.unusedFacts).toEqual([]);
    expect(run.totals.plansWithFacts).toBe(loadFacts(FACTS_DIR).size);
  });
});
