import type { PlanAnalysis } from '@kehoach/core';
import { buildAppendices } from './appendices.js';
import { buildBases } from './bases.js';
import { bodyBlocks } from './body/items.js';
import { BuildContext } from './context.js';
import { buildDecision } from './decision.js';
import { buildHeader, buildTitle } from './header.js';
import type { Block, Footnote, RenderDocument } from './model.js';
import { buildSections } from './sections.js';
import { buildRecipients, buildSignature } from './signature.js';
import { clean, closingMark, sentence } from './text.js';

export interface DocumentOptions {
  /** Print the appendices the plan states; true by default (false leaves them out). */
  appendix?: boolean;
  /**
   * Print the plan's bases, preamble, body and closing; true by default. False leaves
   * them out, for a caller that needs only the plan's header, title, signature and
   * recipients (the roll-up's synthesised report): a plan of thousands of tasks is not
   * built for them.
   */
  body?: boolean;
}

/**
 * The plan of an analysis as the official document, ready for any writer. A plan in
 * the document shape (`sections`) prints its body in order; a plan in the earlier shape
 * prints its parts in the order of the 2024 seeds. Either way every line comes from the
 * plan or from the fixed wording of Nghị định 30.
 */
export function buildDocument(analysis: PlanAnalysis, options: DocumentOptions = {}): RenderDocument {
  const ctx = new BuildContext(analysis);
  const plan = ctx.plan;
  const decision = buildDecision(ctx);
  // A plan a decision issues starts at its title, as such plans are printed.
  const header = decision ? undefined : buildHeader(ctx);
  const title = buildTitle(ctx);
  const withBody = options.body !== false;
  const bases = withBody ? buildBases(plan.legalBases) : [];
  const preamble = withBody ? leadIn(clean(plan.preamble)) : '';
  if (preamble) ctx.record(preamble);
  const body: Block[] = withBody ? [...buildSections(ctx)] : [];
  if (withBody && Array.isArray(plan.sections)) body.push(...bodyBlocks(ctx, plan.sections));
  const closing = withBody ? closingMark(clean(plan.closing)) : '';
  const appendices = options.appendix === false ? [] : buildAppendices(ctx);
  // A plan a decision issues is signed on the decision: it prints a signature of its own only when it states one.
  const signed = !decision || plan.signature !== undefined;
  const addressed = !decision || plan.recipients !== undefined || plan.archive !== undefined;
  const issuer = clean(plan.issuer?.name);
  return {
    ...(decision ? { decision } : {}),
    ...(header ? { header } : {}),
    title,
    bases,
    ...(preamble ? { preamble } : {}),
    body,
    ...(closing ? { closing } : {}),
    ...(signed ? { signature: buildSignature(ctx) } : {}),
    ...(addressed ? { recipients: buildRecipients(ctx) } : {}),
    appendices,
    footnotes: footnotes(plan.footnotes),
    meta: { title: `Kế hoạch ${title.summary}`.trim(), subject: title.summary, creator: issuer },
  };
}

/** The sentence before the body ends "như sau:" as the seeds write it. */
function leadIn(text: string): string {
  if (!text) return text;
  return /như sau$/iu.test(text) ? `${text}:` : sentence(text);
}

function footnotes(list: unknown): Footnote[] {
  if (!Array.isArray(list)) return [];
  const out: Footnote[] = [];
  for (const note of list) {
    if (!note || typeof note !== 'object') continue;
    const mark = clean((note as Footnote).mark);
    const text = clean((note as Footnote).text);
    if (mark && text) out.push({ mark, text });
  }
  return out;
}
