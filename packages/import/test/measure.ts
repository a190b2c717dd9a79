import { readFileSync } from 'node:fs';
import { findLegalRefs, matchKey, planReporting, type Plan } from '@kehoach/core';
import { normalizeDate } from '../src/extract/legal-bases.js';
import type { ImportResult, TaskSummary } from '../src/index.js';

/** What one seed states, written by hand from its text (fixtures/expected/*.json). */
export interface Expected {
  issuer: { name: string; level: string };
  year: number;
  legalBases: { ref: string; date: string }[];
  parent?: string;
  tasks: { title: string; lead: string[]; coordinators: string[]; timeframe: string; frequency?: string }[];
  duties: { agency: string[]; tasks: ExpectedDutyTask[] }[];
  requests?: { to: string[]; title: string }[];
  reporting: { to: string; via?: string; due?: string }[];
  recipients: number;
  signature: { capacity: string; name: string };
}
interface ExpectedDutyTask {
  title: string;
  timeframe?: string;
  frequency?: string;
  report?: string;
  quantity?: { value: number; unit: string; comparator?: string; per?: string };
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface Figures {
  tasks: Ratio;
  lead: Ratio;
  coordinators: Ratio;
  timeframe: Ratio;
  leadAndTimeframe: Ratio;
  agencies: Ratio;
  deadlines: Ratio;
  counts: Ratio;
  requests: Ratio;
  legalBases: Ratio;
  reporting: Ratio;
}

export const SEEDS = ['province-tay-ninh-2024', 'district-binh-son-2024', 'commune-duong-quan-2024'] as const;

export function seedText(name: string): string {
  return readFileSync(new URL(`./fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
}

export function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(new URL(`./fixtures/expected/${name}.json`, import.meta.url), 'utf8')) as Expected;
}

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string]);
const key = (s: string | undefined): string => matchKey(s ?? '');
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
};

type Want = { title: string; lead: string[]; coordinators?: string[]; timeframe?: string; frequency?: string; quantity?: ExpectedDutyTask['quantity']; report?: string };

function wanted(e: Expected): Want[] {
  return [
    ...e.tasks.map((t) => ({ ...t })),
    // The expectations of duty points state no coordinators: only the labelled tasks' are measured.
    ...e.duties.flatMap((d) => d.tasks.map((t) => ({ title: t.title, lead: d.agency, timeframe: t.timeframe, frequency: t.frequency, quantity: t.quantity, report: t.report }))),
  ];
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });
function count(r: Ratio, ok: boolean): void {
  r.total++;
  if (ok) r.hit++;
}

/**
 * How much of what the text states the importer recovered, read from the draft's task
 * summary (each task with what it states or takes from its group), its bases and report paths.
 */
export function measure(result: ImportResult, e: Expected): Figures {
  const f: Figures = {
    tasks: ratio(), lead: ratio(), coordinators: ratio(), timeframe: ratio(), leadAndTimeframe: ratio(),
    agencies: ratio(), deadlines: ratio(), counts: ratio(), requests: ratio(), legalBases: ratio(), reporting: ratio(),
  };
  const actual = result.report.tasks.filter((t) => !t.ref && t.lead);
  const taken = new Set<TaskSummary>();
  for (const want of wanted(e)) {
    const got = actual.find((a) => !taken.has(a) && key(a.title).startsWith(key(want.title)));
    count(f.tasks, !!got);
    if (got) taken.add(got);
    const leadOk = !!got && sameSet(list(got.lead), want.lead);
    const tfOk = !!got && key(got.timeframe) === key(want.timeframe);
    count(f.lead, leadOk);
    if (want.coordinators) count(f.coordinators, !!got && sameSet(got.coordinators, want.coordinators));
    count(f.timeframe, tfOk);
    count(f.leadAndTimeframe, leadOk && tfOk);
    for (const name of [...want.lead, ...(want.coordinators ?? [])]) count(f.agencies, !!got && [...list(got.lead), ...got.coordinators].some((n) => key(n) === key(name)));
    if (want.timeframe && !/^(?:thường xuyên|hàng|hằng)/iu.test(want.timeframe)) count(f.deadlines, tfOk);
    if (want.frequency) count(f.counts, !!got && key(got.frequency) === key(want.frequency));
    if (want.quantity) {
      const q = list(got?.quantity as never) as unknown as Record<string, unknown>[];
      const wq = want.quantity;
      count(f.counts, q.some((x) => x.value === wq.value && x.unit === wq.unit && x.comparator === wq.comparator && (!wq.per || x.per === wq.per)));
    }
    if (want.report) count(f.reporting, !!got && key(list(got.report?.to)[0]) === key(want.report));
  }
  for (const r of e.requests ?? []) count(f.requests, result.report.tasks.some((t) => t.request && sameSet(t.request, r.to) && key(t.title).startsWith(key(r.title))));
  const plan = result.plan as Partial<Plan>;
  const cited = (plan.legalBases ?? []).flatMap((b) => (typeof b === 'string' ? findLegalRefs(b) : []));
  for (const b of e.legalBases) count(f.legalBases, cited.some((m) => m.ref.canonical === b.ref && normalizeDate(m.date ?? '') === b.date));
  const paths = planReporting(plan);
  for (const r of e.reporting) {
    const ok = paths.some((x) => key(list(x.to)[0]) === key(r.to) && key(x.via) === key(r.via) && key(typeof x.due === 'string' ? x.due : undefined) === key(r.due));
    count(f.reporting, ok);
    if (r.due) count(f.deadlines, ok);
  }
  return f;
}

export function sum(all: readonly Figures[]): Figures {
  const out = Object.fromEntries(Object.keys(all[0] ?? {}).map((k) => [k, ratio()])) as unknown as Figures;
  for (const f of all) for (const k of Object.keys(out) as (keyof Figures)[]) {
    out[k].hit += f[k].hit;
    out[k].total += f[k].total;
  }
  return out;
}

export function percent(r: Ratio): number {
  return r.total === 0 ? 100 : Math.floor((1000 * r.hit) / r.total) / 10;
}
