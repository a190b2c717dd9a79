import { readFileSync } from 'node:fs';
import { matchKey } from '@kehoach/core';

/** What one seed states, written by hand from its text (fixtures/expected/*.json). */
export interface Expected {
  issuer: { name: string; level: string };
  year: number;
  legalBases: { ref: string; date: string }[];
  parent?: string;
  tasks: { title: string; lead: string[]; coordinators: string[]; timeframe: string; frequency?: string }[];
  duties: { agency: string[]; tasks: ExpectedDutyTask[] }[];
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

type Plan = Record<string, any>;

interface Flat {
  title: string;
  lead: string[];
  coordinators: string[];
  timeframe?: string;
  frequency?: string;
  quantity?: any;
  report?: any;
}

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string]);
const key = (s: string | undefined): string => matchKey(s ?? '');
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
};

function actualTasks(plan: Plan): Flat[] {
  const out: Flat[] = [];
  for (const t of plan.tasks ?? []) out.push({ title: t.title ?? '', lead: list(t.lead), coordinators: list(t.coordinators), timeframe: t.timeframe, frequency: t.frequency });
  for (const d of plan.duties ?? []) {
    for (const t of d.tasks ?? []) {
      out.push({ title: t.title ?? '', lead: list(t.lead ?? d.agency), coordinators: list(t.coordinators), timeframe: t.timeframe, frequency: t.frequency, quantity: t.quantity, report: t.report });
    }
  }
  return out;
}

function expectedTasks(e: Expected): (Flat & { expectedQuantity?: ExpectedDutyTask['quantity']; expectedReport?: string })[] {
  return [
    ...e.tasks.map((t) => ({ ...t })),
    ...e.duties.flatMap((d) =>
      d.tasks.map((t) => ({ title: t.title, lead: d.agency, coordinators: [], timeframe: t.timeframe, frequency: t.frequency, expectedQuantity: t.quantity, expectedReport: t.report })),
    ),
  ];
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });
function count(r: Ratio, ok: boolean): void {
  r.total++;
  if (ok) r.hit++;
}

/** How much of what the text states the importer recovered. */
export function measure(plan: Plan, e: Expected): Figures {
  const f: Figures = {
    tasks: ratio(), lead: ratio(), coordinators: ratio(), timeframe: ratio(), leadAndTimeframe: ratio(),
    agencies: ratio(), deadlines: ratio(), counts: ratio(), legalBases: ratio(), reporting: ratio(),
  };
  const actual = actualTasks(plan);
  const taken = new Set<number>();
  for (const want of expectedTasks(e)) {
    const i = actual.findIndex((a, n) => !taken.has(n) && key(a.title).startsWith(key(want.title)));
    count(f.tasks, i >= 0);
    const got = i >= 0 ? actual[i] : undefined;
    if (i >= 0) taken.add(i);
    const leadOk = !!got && sameSet(got.lead, want.lead);
    const tfOk = !!got && key(got.timeframe) === key(want.timeframe);
    count(f.lead, leadOk);
    count(f.coordinators, !!got && sameSet(got.coordinators, want.coordinators));
    count(f.timeframe, tfOk);
    count(f.leadAndTimeframe, leadOk && tfOk);
    for (const name of [...want.lead, ...want.coordinators]) {
      count(f.agencies, !!got && [...got.lead, ...got.coordinators].some((n) => key(n) === key(name)));
    }
    if (want.timeframe && !/^thường xuyên/iu.test(want.timeframe)) count(f.deadlines, tfOk);
    if (want.frequency) count(f.counts, !!got && key(got.frequency) === key(want.frequency));
    if (want.expectedQuantity) {
      const q = list(got?.quantity as never) as unknown as Record<string, unknown>[];
      const wq = want.expectedQuantity;
      count(f.counts, q.some((x) => x.value === wq.value && x.unit === wq.unit && x.comparator === wq.comparator && (!wq.per || x.per === wq.per)));
    }
    if (want.expectedReport) count(f.reporting, !!got && key(got.report?.to) === key(want.expectedReport));
  }
  for (const b of e.legalBases) {
    count(f.legalBases, (plan.legalBases ?? []).some((x: Plan) => x.ref === b.ref && x.date === b.date));
  }
  for (const r of e.reporting) {
    const ok = (plan.reporting ?? []).some((x: Plan) => key(x.to) === key(r.to) && key(x.via) === key(r.via) && key(x.due) === key(r.due));
    count(f.reporting, ok);
    if (r.due) count(f.deadlines, ok);
  }
  return f;
}

export function sum(all: readonly Figures[]): Figures {
  const out = measure({}, { legalBases: [], tasks: [], duties: [], reporting: [] } as unknown as Expected);
  for (const f of all) for (const k of Object.keys(out) as (keyof Figures)[]) {
    out[k].hit += f[k].hit;
    out[k].total += f[k].total;
  }
  return out;
}

export function percent(r: Ratio): number {
  return r.total === 0 ? 100 : Math.floor((1000 * r.hit) / r.total) / 10;
}
