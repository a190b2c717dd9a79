import { basisObject, ownString as own, type LegalBasisObject, type PlanAnalysis } from '@kehoach/core';

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
  legalBases: Partial<LegalBasisObject>[];
}

export function planFacts(analysis: PlanAnalysis): PlanFacts | undefined {
  const plan = analysis.plan;
  if (!plan) return undefined;
  const facts: PlanFacts = { path: analysis.uri, legalBases: [] };
  if (plan.number) facts.number = own(plan.number);
  if (plan.title) facts.title = own(plan.title);
  if (plan.date) facts.date = own(plan.date);
  if (plan.issuer?.name) facts.issuer = own(plan.issuer.name);
  for (const written of plan.legalBases ?? []) {
    const b = basisObject(written);
    const basis: Partial<LegalBasisObject> = {};
    for (const key of ['ref', 'type', 'date', 'issuer', 'summary'] as const) {
      const v = b[key];
      if (typeof v === 'string') basis[key] = own(v);
    }
    facts.legalBases.push(basis);
  }
  return facts;
}

/** A plan as a document other plans are based on (completion of legal references and plan numbers). */
export function asLegalBasis(plan: PlanFacts): Partial<LegalBasisObject> {
  return { type: 'Kế hoạch', date: plan.date, issuer: plan.issuer, summary: plan.title };
}
