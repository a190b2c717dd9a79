import type { LegalBasis, PlanAnalysis } from '@kehoach/core';

/**
 * What completion needs to know of every plan in the workspace: its number, title,
 * date and issuer, and the documents it is based on. Kept for every file (a few
 * hundred bytes) while the file's analysis itself may be let go (Workspace.release),
 * so completing a legal reference in a country-sized workspace reads nothing again.
 */
export interface PlanFacts {
  path: string;
  number?: string;
  title?: string;
  date?: string;
  issuer?: string;
  legalBases: Partial<LegalBasis>[];
}

export function planFacts(analysis: PlanAnalysis): PlanFacts | undefined {
  const plan = analysis.plan;
  if (!plan) return undefined;
  const facts: PlanFacts = { path: analysis.uri, legalBases: [] };
  if (plan.number) facts.number = own(plan.number);
  if (plan.title) facts.title = own(plan.title);
  if (plan.date) facts.date = own(plan.date);
  if (plan.issuer?.name) facts.issuer = own(plan.issuer.name);
  for (const b of plan.legalBases ?? []) {
    const basis: Partial<LegalBasis> = {};
    for (const key of ['ref', 'type', 'date', 'issuer', 'summary'] as const) {
      const v = b[key];
      if (typeof v === 'string') basis[key] = own(v);
    }
    facts.legalBases.push(basis);
  }
  return facts;
}

/**
 * A copy of a string read from a file: strings read from a text point into it, and a
 * fact kept after the file is let go must not keep the whole text alive.
 */
function own(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
