import { promises as fs, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryHost, type ProjectHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';
import { mutant } from './mutate.js';
import { checkMutant, type Outcome, type ViolationKind } from './properties.js';

/**
 * Issue 18's probe as a test: seeded mutants of the example plans (byte flips, YAML
 * punctuation, indentation, duplicated lines, Vietnamese and hostile Unicode, CR/CRLF)
 * checked against the properties of properties.ts. `pnpm test` runs a few thousand;
 * `pnpm fuzz` runs 100,000 (KEHOACH_FUZZ_COUNT) and prints the figures the README
 * quotes. A failing mutant is written to the temp folder and named with its seed: keep
 * it (made small) in fixtures/ once its bug is fixed.
 */
const COUNT = Number(process.env.KEHOACH_FUZZ_COUNT ?? 3000);
const SEED = Number(process.env.KEHOACH_FUZZ_SEED ?? 18);
/** `pnpm fuzz` counts checks slower than this as hangs. */
const HANG_MS = 5000;

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url)).replace(/\/$/, '');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

function plansUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'plugins') out.push(...plansUnder(path));
    else if (entry.isFile() && entry.name.endsWith('.kehoach.yaml')) out.push(path);
  }
  return out.sort();
}

/** The example plans (valid and invalid ones), each checked in its own folder with its registry and templates. */
const SEEDS = plansUnder(EXAMPLES).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const disk: ProjectHost = { root: EXAMPLES, readFile: (p) => fs.readFile(p, 'utf8').catch(() => undefined) };

interface Tally {
  mutants: number;
  fastRead: number;
  violations: Record<ViolationKind, number>;
  hangs: number;
  maxMs: number;
  found: string[];
}

async function run(count: number, seed: number): Promise<Tally> {
  const tally: Tally = { mutants: 0, fastRead: 0, violations: { exception: 0, range: 0, reader: 0, syntax: 0 }, hangs: 0, maxMs: 0, found: [] };
  // One project per seed plan, as an editor holds one: each mutant is the next text of that file.
  const projects = SEEDS.map(() => new Project(disk));
  for (let i = 0; i < count; i++) {
    const k = i % SEEDS.length;
    const plan = SEEDS[k]!;
    const m = mutant(plan.text, seed * 1_000_003 + i);
    let outcome: Outcome;
    try {
      outcome = await checkMutant(projects[k]!, plan.path, m.text, plan.text);
    } catch (error) {
      outcome = { violations: [{ kind: 'exception', detail: String(error) }], ms: 0, fast: false };
    }
    tally.mutants++;
    if (outcome.fast) tally.fastRead++;
    tally.maxMs = Math.max(tally.maxMs, outcome.ms);
    if (outcome.ms > HANG_MS) tally.hangs++;
    for (const v of outcome.violations) tally.violations[v.kind]++;
    if (outcome.violations.length && tally.found.length < 20) {
      const file = join(tmpdir(), `kehoach-fuzz-${seed}-${i}.yaml`);
      writeFileSync(file, m.text);
      tally.found.push(`${file} (${plan.path.slice(EXAMPLES.length + 1)}; ${m.applied.join(', ')}): ${outcome.violations.map((v) => `${v.kind}: ${v.detail.split('\n')[0]}`).join('; ')}`);
    }
  }
  return tally;
}

describe('fuzz: mutants of the example plans', () => {
  it(`${COUNT} seeded mutants: no exception, every range inside the text, the readers agree, unreadable text gets yaml-syntax`, async () => {
    expect(SEEDS.length).toBeGreaterThan(10);
    const t = await run(COUNT, SEED);
    const figures = `fuzz (seed ${SEED}): ${t.mutants} mutants, ${t.violations.exception} exceptions, ${t.hangs} hangs over ${HANG_MS / 1000} s (slowest ${Math.round(t.maxMs)} ms), ${t.violations.range} ranges outside the text, ${t.violations.reader} reader disagreements (${t.fastRead} read by the fast reader), ${t.violations.syntax} unreadable without yaml-syntax`;
    console.log(figures);
    expect(t.found).toEqual([]);
    expect(t.mutants).toBe(COUNT);
  }, Math.max(600_000, COUNT * 200));
});

describe('fuzz: inputs it found, kept as fixtures', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).sort();
  it.each(files)('%s', async (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const host = new MemoryHost({ '/work/kehoach.config.yaml': 'root: true\n' }, '/work');
    const outcome = await checkMutant(new Project(host), '/work/ke-hoach.kehoach.yaml', text);
    expect(outcome.violations).toEqual([]);
  });
});
