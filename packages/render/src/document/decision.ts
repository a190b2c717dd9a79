import type { ParagraphItem } from '@kehoach/core';
import { itemBlocks } from './body/items.js';
import { buildBases } from './bases.js';
import type { BuildContext } from './context.js';
import { buildHeader } from './header.js';
import { asItems } from './lists.js';
import type { Block, DecisionPage } from './model.js';
import { buildRecipients, buildSignature } from './signature.js';
import { clean } from './text.js';

/**
 * The decision that issues the plan (Nghị định 30/2020, Phụ lục III): its header, "QUYẾT
 * ĐỊNH" and title, the authority line, its bases, "QUYẾT ĐỊNH:", the articles numbered
 * "Điều 1.", "Điều 2." by place, its signature and recipients.
 */
export function buildDecision(ctx: BuildContext): DecisionPage | undefined {
  const d = ctx.plan.decision;
  if (!d || typeof d !== 'object') return undefined;
  const authority = clean(d.authority);
  return {
    header: buildHeader(ctx, 'decision'),
    title: { kind: 'QUYẾT ĐỊNH', summary: clean(d.title) },
    ...(authority ? { authority } : {}),
    bases: buildBases(d.legalBases),
    enacting: 'QUYẾT ĐỊNH:',
    articles: asItems(d.articles).flatMap((article, i) => articleBlocks(ctx, article, i + 1)),
    signature: buildSignature(ctx, d.signature),
    recipients: buildRecipients(ctx, d.recipients, d.archive),
  };
}

function articleBlocks(ctx: BuildContext, article: ParagraphItem, n: number): Block[] {
  const label = `Điều ${n}.`;
  if (typeof article === 'string') return [{ kind: 'paragraph', label, text: clean(article) }];
  const points = itemBlocks(ctx, article.items, { numbering: article.numbering, fallback: 'decimal', parent: '', level: 2 });
  return [{ kind: 'paragraph', label, text: clean(article.text) }, ...points];
}
