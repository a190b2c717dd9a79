import type { PlanAnalysis } from '@kehoach/core';
import { buildAppendix } from './appendix.js';
import { buildBases } from './bases.js';
import { BuildContext } from './context.js';
import { buildHeader, buildTitle } from './header.js';
import type { RenderDocument } from './model.js';
import { buildSections, heading } from './sections.js';
import { buildRecipients, buildSignature } from './signature.js';
import { clean, closingMark, sentence, upper } from './text.js';

export interface DocumentOptions {
  /** Add the task-assignment appendix ("PHỤ LỤC"); true by default. */
  appendix?: boolean;
}

/** The plan of an analysis as the official document, ready for any writer. */
export function buildDocument(analysis: PlanAnalysis, options: DocumentOptions = {}): RenderDocument {
  const ctx = new BuildContext(analysis);
  const header = buildHeader(ctx);
  const title = buildTitle(ctx);
  const bases = buildBases(ctx);
  const preamble = leadIn(clean(ctx.plan.preamble));
  if (preamble) ctx.record(preamble);
  const sections = buildSections(ctx);
  const closing = closingMark(clean(ctx.plan.closing));
  const appendix = options.appendix === false ? undefined : buildAppendix(ctx, upper(heading(ctx, 'tasks')));
  const issuer = clean(ctx.plan.issuer?.name);
  return {
    header,
    title,
    bases,
    ...(preamble ? { preamble } : {}),
    sections,
    ...(closing ? { closing } : {}),
    signature: buildSignature(ctx),
    recipients: buildRecipients(ctx),
    ...(appendix ? { appendix } : {}),
    meta: { title: `Kế hoạch ${title.summary}`.trim(), subject: title.summary, creator: issuer },
  };
}

/** The sentence before the sections ends "như sau:" as the seeds write it. */
function leadIn(text: string): string {
  if (!text) return text;
  return /như sau$/iu.test(text) ? `${text}:` : sentence(text);
}
