import type { Paragraph, Table } from 'docx';
import type { Appendix, DecisionPage, RenderDocument } from '../document/model.js';
import { basesParagraphs, blockParts, blockXml } from './body.js';
import { gap, signatureTable } from './closing-parts.js';
import { headerTable, titleBlock } from './header-table.js';
import { textRuns, type DocxContext } from './inline-runs.js';
import { bodyParagraph, line } from './paragraphs.js';
import { straight } from './straight.js';
import { LANDSCAPE_TEXT_WIDTH, SIZE, TEXT_WIDTH } from './units.js';

export type Part = Paragraph | Table;

/** A run of pages in one orientation: a DOCX section. */
export interface PageRun {
  landscape: boolean;
  children: Part[];
}

/** The decision that issues the plan: header, title, authority, bases, "QUYẾT ĐỊNH:", articles, signature. */
export function decisionPages(ctx: DocxContext, decision: DecisionPage): PageRun {
  const children: Part[] = [headerTable(decision.header), ...titleBlock(decision.title)];
  if (decision.authority) children.push(line(decision.authority, { size: SIZE.title, bold: true, before: 240, single: false, keepNext: true }));
  children.push(...basesParagraphs(ctx, decision.bases));
  children.push(line(decision.enacting, { size: SIZE.title, bold: true, before: 240, after: 120, single: false, keepNext: true }));
  for (const block of decision.articles) children.push(...blockParts(ctx, block, TEXT_WIDTH));
  children.push(gap(), signatureTable(decision.signature, decision.recipients));
  return { landscape: false, children };
}

/**
 * The plan itself: header, title, bases, body and closing, signature and recipients.
 * A wide table of the body gets landscape pages of its own, between portrait ones.
 */
export function planPages(ctx: DocxContext, doc: RenderDocument): PageRun[] {
  const runs: PageRun[] = [];
  let portrait: Part[] = [...(doc.header ? [headerTable(doc.header)] : []), ...titleBlock(doc.title), ...basesParagraphs(ctx, doc.bases)];
  if (doc.preamble) portrait.push(bodyParagraph(textRuns(ctx, doc.preamble)));
  const closed = doc.closing !== undefined || doc.signature !== undefined || doc.recipients !== undefined;
  for (const [i, block] of doc.body.entries()) {
    if (block.kind === 'table' && block.landscape) {
      if (portrait.length) runs.push({ landscape: false, children: portrait });
      runs.push({ landscape: true, children: blockParts(ctx, block, LANDSCAPE_TEXT_WIDTH) });
      portrait = [];
    } else {
      // Written straight, but for the last paragraph of a section: docx gives that one the section's properties.
      const next = doc.body[i + 1];
      const endsSection = next ? next.kind === 'table' && next.landscape : !closed;
      const xml = ctx.xml && !endsSection ? blockXml(ctx, block) : undefined;
      portrait.push(...(xml !== undefined ? [straight({ ...ctx, xml: ctx.xml as string[] }, xml)] : blockParts(ctx, block, TEXT_WIDTH)));
    }
  }
  if (doc.closing) portrait.push(bodyParagraph(textRuns(ctx, doc.closing)));
  if (doc.signature || doc.recipients) {
    portrait.push(gap(), signatureTable(doc.signature, doc.recipients));
  }
  if (portrait.length) runs.push({ landscape: false, children: portrait });
  return runs;
}

/** "PHỤ LỤC", its title and caption, then its items, on pages of its own (landscape when it is wide). */
export function appendixPages(ctx: DocxContext, appendix: Appendix): PageRun {
  const width = appendix.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const children: Part[] = [line(appendix.label, { size: SIZE.title, bold: true, keepNext: true, single: false })];
  if (appendix.title) children.push(line(appendix.title, { size: SIZE.title, bold: true, keepNext: true, single: false }));
  children.push(line(appendix.caption, { size: SIZE.title, italics: true, after: 240, keepNext: true, single: false }));
  for (const block of appendix.blocks) children.push(...blockParts(ctx, block, width));
  return { landscape: appendix.landscape, children };
}
