import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFacts, type Facts, type Ratio } from './facts.js';
import { measurePlan, type DraftCounts, type PlanResult } from './measure-plan.js';

/** A problem with the run's input (folder, facts): a clear message and exit code 2, never a stack trace. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** The hand-written facts shipped with this package (packages/corpus/facts). */
export const FACTS_DIR = fileURLToPath(new URL('../facts/', import.meta.url));

/** Plans of a folder: its `.txt` files, by name. */
export function listPlans(folder: string): string[] {
  if (!existsSync(folder)) throw new CorpusError(`corpus folder not found: ${folder}`);
  if (!statSync(folder).isDirectory()) throw new CorpusError(`not a folder: ${folder}`);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Facts files of a folder, by the plan file they describe. */
export function loadFacts(dir: string): Map<string, Facts> {
  const out = new Map<string, Facts>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new CorpusError(`facts file ${path} is not valid JSON: ${(e as Error).message}`);
    }
    const parsed = parseFacts(json);
    if ('error' in parsed) throw new CorpusError(`facts file ${path}: ${parsed.error}`);
    const expected = name.replace(/\.json$/, '.txt');
    if (parsed.facts.file !== expected) throw new CorpusError(`facts file ${path} describes "${parsed.facts.file}", its name says "${expected}"`);
    out.set(parsed.facts.file, parsed.facts);
  }
  return out;
}

export interface Target {
  label: string;
  /** The measured value as printed ("87.5% (112/128)", "3", "24/26 plans"). */
  value: string;
  target: string;
  met: boolean;
}

export interface Totals {
  plans: number;
  /** Plans whose import, validation or rendering threw. */
  errors: number;
  plansWithFacts: number;
  counts: DraftCounts;
  invented: number;
  miscited: number;
  schemaErrors: number;
  plansPassingSchema: number;
  similarity: { min: number; mean: number; plansMeeting: number };
  facts: { appendixLead: Ratio; bodyLead: Ratio; timeframes: Ratio; requests: Ratio; appendixFound: Ratio; bodyFound: Ratio; coordinators: Ratio };
}

export interface CorpusRun {
  folder: string;
  plans: PlanResult[];
  /** Facts files whose plan is not in the folder. */
  unusedFacts: string[];
  totals: Totals;
  targets: Target[];
  ms: number;
}

export const SIMILARITY_TARGET = 0.97;

/** Measures every plan of the folder, scoring those with facts. */
export async function measureCorpus(folder: string, factsDir = FACTS_DIR, onPlan?: (r: PlanResult) => void): Promise<CorpusRun> {
  const started = performance.now();
  const files = listPlans(folder);
  const facts = loadFacts(factsDir);
  const plans: PlanResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(folder, file), 'utf8');
    } catch (e) {
      throw new CorpusError(`cannot read ${join(folder, file)}: ${(e as Error).message}`);
    }
    const r = await measurePlan(file, text, facts.get(file));
    plans.push(r);
    onPlan?.(r);
  }
  const unusedFacts = [...facts.keys()].filter((f) => !files.includes(f)).map((f) => basename(f));
  const totals = sumUp(plans);
  return { folder, plans, unusedFacts, totals, targets: targetsOf(totals), ms: Math.round(performance.now() - started) };
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });
const addTo = (a: Ratio, b: Ratio): void => {
  a.hit += b.hit;
  a.total += b.total;
};

export function sumUp(plans: readonly PlanResult[]): Totals {
  const counts: DraftCounts = { bodyTasks: 0, appendixTasks: 0, requests: 0, leads: 0, coordinators: 0, timeframes: 0, unplaced: 0 };
  const t: Totals = {
    plans: plans.length, errors: 0, plansWithFacts: 0, counts, invented: 0, miscited: 0, schemaErrors: 0, plansPassingSchema: 0,
    similarity: { min: plans.length ? 1 : 0, mean: 0, plansMeeting: 0 },
    facts: { appendixLead: ratio(), bodyLead: ratio(), timeframes: ratio(), requests: ratio(), appendixFound: ratio(), bodyFound: ratio(), coordinators: ratio() },
  };
  let simSum = 0;
  for (const p of plans) {
    if (p.error) t.errors++;
    if (p.counts) for (const k of Object.keys(counts) as (keyof DraftCounts)[]) counts[k] += p.counts[k];
    t.invented += p.invented?.values.length ?? 0;
    t.miscited += p.invented?.miscited.length ?? 0;
    t.schemaErrors += p.schemaErrors?.length ?? 0;
    if (p.schemaErrors && p.schemaErrors.length === 0) t.plansPassingSchema++;
    // A plan that could not be rendered scores 0: it reproduces nothing.
    const sim = p.similarity?.ratio ?? 0;
    simSum += sim;
    t.similarity.min = Math.min(t.similarity.min, sim);
    if (sim >= SIMILARITY_TARGET) t.similarity.plansMeeting++;
    if (p.facts) {
      t.plansWithFacts++;
      for (const k of Object.keys(t.facts) as (keyof Totals['facts'])[]) addTo(t.facts[k], p.facts[k]);
    }
  }
  t.similarity.mean = plans.length ? simSum / plans.length : 0;
  return t;
}

/** A percentage rounded down to 0.1, so that a value short of a target never prints as meeting it. */
export function percent(r: Ratio): string {
  return r.total === 0 ? '—' : `${(Math.floor((1000 * r.hit) / r.total) / 10).toFixed(1)}%`;
}

const share = (r: Ratio): number => (r.total === 0 ? 1 : r.hit / r.total);

export function targetsOf(t: Totals): Target[] {
  const pct = (label: string, r: Ratio, min: number): Target => ({
    label,
    value: `${percent(r)} (${r.hit}/${r.total})`,
    target: `≥ ${min}%`,
    met: r.total > 0 && share(r) >= min / 100,
  });
  const measured = t.plans - t.errors;
  return [
    pct('appendix rows with the right lead', t.facts.appendixLead, 95),
    pct('body tasks with the right lead', t.facts.bodyLead, 90),
    pct('timeframes as written', t.facts.timeframes, 90),
    pct('requests recognised', t.facts.requests, 90),
    { label: 'invented values', value: String(t.invented), target: '0', met: t.invented === 0 && t.errors === 0 },
    {
      label: 'drafts passing the schema',
      value: `${t.plansPassingSchema}/${t.plans}${t.errors ? ` (${t.errors} not measured)` : ''}`,
      target: 'all',
      met: t.plans > 0 && t.plansPassingSchema === t.plans,
    },
    {
      label: `rendered similarity ≥ ${SIMILARITY_TARGET} per plan`,
      value: `${t.similarity.plansMeeting}/${t.plans} (min ${t.similarity.min.toFixed(3)}, mean ${t.similarity.mean.toFixed(3)})`,
      target: 'all',
      met: t.plans > 0 && measured === t.plans && t.similarity.plansMeeting === t.plans,
    },
  ];
}
