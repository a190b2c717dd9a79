import { matchKey } from '@kehoach/core';
import { z } from 'zod';
import type { DraftTask, DraftTasks } from './draft-tasks.js';

/**
 * Hand-written facts of a corpus plan (packages/corpus/facts/README.md defines them).
 * Only what the scores read is checked here; the other fields (header, signature,
 * targets, reporting...) are kept as written.
 */
const names = z.array(z.string().min(1));
const factTaskSchema = z.looseObject({
  line: z.number().int().positive(),
  where: z.enum(['body', 'appendix']),
  order: z.string().optional(),
  lead: names,
  coordinators: names,
  timeframe: z.string().min(1).nullable(),
});
const factRequestSchema = z.looseObject({ line: z.number().int().positive(), to: names });
export const factsSchema = z.looseObject({
  file: z.string().min(1),
  tasks: z.array(factTaskSchema),
  requests: z.array(factRequestSchema),
  counts: z.looseObject({ bodyTasks: z.number().int(), appendixRows: z.number().int(), requests: z.number().int() }),
});

export type Facts = z.infer<typeof factsSchema>;
export type FactTask = z.infer<typeof factTaskSchema>;

/** Parses a facts file; a message naming the first problem when it does not follow the README. */
export function parseFacts(json: unknown): { facts: Facts } | { error: string } {
  const r = factsSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { error: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  const f = r.data;
  const body = f.tasks.filter((t) => t.where === 'body').length;
  const appendix = f.tasks.length - body;
  if (f.counts.bodyTasks !== body || f.counts.appendixRows !== appendix || f.counts.requests !== f.requests.length) {
    return { error: `counts disagree with the lists (bodyTasks ${f.counts.bodyTasks} vs ${body}, appendixRows ${f.counts.appendixRows} vs ${appendix}, requests ${f.counts.requests} vs ${f.requests.length})` };
  }
  return { facts: f };
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface FactScores {
  /** Appendix rows matched to a draft task (by line), and of them those with the right lead. */
  appendixFound: Ratio;
  appendixLead: Ratio;
  bodyFound: Ratio;
  bodyLead: Ratio;
  /** Tasks whose facts state a timeframe: the draft states the same phrase for the matched task. */
  timeframes: Ratio;
  /** Informational: coordinators agree (as sets), over every fact task. */
  coordinators: Ratio;
  /** Requests whose line holds a draft request; and of them, those naming the same bodies. */
  requests: Ratio;
  requestBodies: Ratio;
  /** What did not match, by source line, for `--details`. */
  misses: { line: number; what: string }[];
}

/** Agency names compared with core's matchKey (case, NFC, tone-mark placement, dashes, "&"/"và", UBND/HĐND...). */
export function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const ka = new Set(a.map(matchKey));
  const kb = new Set(b.map(matchKey));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });
const count = (r: Ratio, ok: boolean): void => {
  r.total++;
  if (ok) r.hit++;
};

/**
 * The matching rule. The importer notes the source lines of every value; a fact task
 * (which gives the line where its item or row starts) is matched to the draft task
 * whose own lines include that line — its own values, not those of its sub-tasks. When
 * several do, the one that starts on the line wins, then the one with fewer lines.
 * When none does, a section that starts there (a duty section, a heading or a group
 * whose own lines include the line) and holds exactly one task stands for it: the
 * facts put an agency heading with one paragraph on the heading's line. A draft task
 * is matched at most once. Found tasks are then compared: the lead is right when the
 * sets of leads agree (`sameNames`) and the task is an assignment, not a request;
 * the timeframe is right when the phrase stated for it equals the fact's by matchKey
 * (which drops final punctuation).
 */
export function scoreFacts(facts: Facts, draft: DraftTasks): FactScores {
  const s: FactScores = {
    appendixFound: ratio(), appendixLead: ratio(), bodyFound: ratio(), bodyLead: ratio(),
    timeframes: ratio(), coordinators: ratio(), requests: ratio(), requestBodies: ratio(), misses: [],
  };
  const used = new Set<DraftTask>();
  const candidates = draft.all;
  for (const fact of [...facts.tasks].sort((a, b) => a.line - b.line)) {
    const got = matchAt(fact.line, candidates, used) ?? soleUnused(draft, fact.line, used);
    if (got) used.add(got);
    const appendix = fact.where === 'appendix';
    const leadOk = !!got && !got.request && sameNames(got.leads, fact.lead);
    count(appendix ? s.appendixFound : s.bodyFound, !!got);
    count(appendix ? s.appendixLead : s.bodyLead, leadOk);
    count(s.coordinators, !!got && sameNames(got.coordinators, fact.coordinators));
    let tfOk = true;
    if (fact.timeframe !== null) {
      tfOk = !!got && got.timeframe !== undefined && matchKey(got.timeframe) === matchKey(fact.timeframe);
      count(s.timeframes, tfOk);
    }
    const where = appendix ? `appendix row ${fact.order ?? ''}`.trim() : 'body task';
    if (!got) s.misses.push({ line: fact.line, what: `${where}: no draft task at this line` });
    else if (!leadOk) s.misses.push({ line: fact.line, what: `${where}: ${got.request ? 'read as a request to' : 'lead'} [${got.leads.join('; ')}], facts say [${fact.lead.join('; ')}]` });
    if (got && !tfOk) s.misses.push({ line: fact.line, what: `${where}: timeframe ${JSON.stringify(got.timeframe ?? null)}, facts say ${JSON.stringify(fact.timeframe)}` });
  }
  for (const req of facts.requests) {
    const got = draft.all.find((t) => t.request && t.kind !== 'ref' && t.lines.includes(req.line));
    count(s.requests, !!got);
    count(s.requestBodies, !!got && sameNames(got.leads, req.to));
    if (!got) s.misses.push({ line: req.line, what: 'request: no draft request at this line' });
  }
  s.misses.sort((a, b) => a.line - b.line);
  return s;
}

function matchAt(line: number, tasks: readonly DraftTask[], used: ReadonlySet<DraftTask>): DraftTask | undefined {
  let best: DraftTask | undefined;
  for (const t of tasks) {
    if (used.has(t) || !t.lines.includes(line)) continue;
    if (!best || better(t, best, line)) best = t;
  }
  return best;
}

function better(a: DraftTask, b: DraftTask, line: number): boolean {
  const sa = a.lines[0] === line;
  const sb = b.lines[0] === line;
  if (sa !== sb) return sa;
  return a.lines.length < b.lines.length;
}

function soleUnused(draft: DraftTasks, line: number, used: ReadonlySet<DraftTask>): DraftTask | undefined {
  const t = draft.soleTaskAt(line);
  return t && !used.has(t) ? t : undefined;
}
