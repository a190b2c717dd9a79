import type { Appendix, Block, DecisionPage, RenderDocument } from '../document/model.js';
import { basesParagraphs, blockParts, textParagraph, type Part } from './body.js';
import { gap, signatureTable } from './closing-parts.js';
import { headerTable, titleBlock } from './header-table.js';
import type { DocxContext } from './inline-runs.js';
import { lineOf } from './paragraphs.js';
import { LANDSCAPE_TEXT_WIDTH, SIZE, TEXT_WIDTH } from './units.js';

export type { Part };

/**
 * A run of pages in one orientation: a DOCX section. Its paragraphs and tables are made
 * as they are written, a block at a time (see render-docx.ts), so a plan of thousands of
 * tasks never holds them all at once; each call of `parts` makes them afresh.
 */
export interface PageRun {
  landscape: boolean;
  parts: () => Iterable<Part>;
}

/** The decision that issues the plan: header, title, authority, bases, "QUYẾT ĐỊNH:", articles, signature. */
export function decisionPages(ctx: DocxContext, decision: DecisionPage): PageRun {
  function* parts(): Iterable<Part> {
    yield headerTable(decision.header, ctx.straight);
    yield* titleBlock(decision.title, ctx.straight);
    if (decision.authority) yield lineOf(ctx.straight, decision.authority, { size: SIZE.title, bold: true, before: 240, single: false, keepNext: true });
    yield* basesParagraphs(ctx, decision.bases);
    yield lineOf(ctx.straight, decision.enacting, { size: SIZE.title, bold: true, before: 240, after: 120, single: false, keepNext: true });
    for (const block of decision.articles) yield* blockParts(ctx, block, TEXT_WIDTH);
    yield gap(ctx.straight);
    yield signatureTable(decision.signature, decision.recipients, ctx.straight);
  }
  return { landscape: false, parts };
}

/**
 * The plan itself: header, title, bases, body and closing, signature and recipients.
 * A wide table of the body gets landscape pages of its own, between portrait ones.
 */
export function planPages(ctx: DocxContext, doc: RenderDocument): PageRun[] {
  // Where the orientation changes: each landscape table of the body is a run of its own.
  const spans: { landscape: boolean; blocks: Block[]; first: boolean; last: boolean }[] = [];
  let portrait: Block[] = [];
  let first = true;
  for (const block of doc.body) {
    if (block.kind === 'table' && block.landscape) {
      if (first || portrait.length) spans.push({ landscape: false, blocks: portrait, first, last: false });
      spans.push({ landscape: true, blocks: [block], first: false, last: false });
      portrait = [];
      first = false;
    } else portrait.push(block);
  }
  const tail = !!(doc.closing || doc.signature || doc.recipients);
  if (first || portrait.length || tail) spans.push({ landscape: false, blocks: portrait, first, last: true });
  return spans.map((span) => ({
    landscape: span.landscape,
    *parts(): Iterable<Part> {
      if (span.first) {
        if (doc.header) yield headerTable(doc.header, ctx.straight);
        yield* titleBlock(doc.title, ctx.straight);
        yield* basesParagraphs(ctx, doc.bases);
        if (doc.preamble) yield textParagraph(ctx, doc.preamble);
      }
      const width = span.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
      for (const block of span.blocks) yield* blockParts(ctx, block, width);
      if (span.last) {
        if (doc.closing) yield textParagraph(ctx, doc.closing);
        if (doc.signature || doc.recipients) {
          yield gap(ctx.straight);
          yield signatureTable(doc.signature, doc.recipients, ctx.straight);
        }
      }
    },
  }));
}

/** "PHỤ LỤC", its title and caption, then its items, on pages of its own (landscape when it is wide). */
export function appendixPages(ctx: DocxContext, appendix: Appendix): PageRun {
  const width = appendix.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  function* parts(): Iterable<Part> {
    yield lineOf(ctx.straight, appendix.label, { size: SIZE.title, bold: true, keepNext: true, single: false });
    if (appendix.title) yield lineOf(ctx.straight, appendix.title, { size: SIZE.title, bold: true, keepNext: true, single: false });
    yield lineOf(ctx.straight, appendix.caption, { size: SIZE.title, italics: true, after: 240, keepNext: true, single: false });
    for (const block of appendix.blocks) yield* blockParts(ctx, block, width);
  }
  return { landscape: appendix.landscape, parts };
}
