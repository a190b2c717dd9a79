import { FootnoteReferenceRun, type ParagraphChild } from 'docx';
import { inlineParts } from '../document/inline.js';
import { run, type RunStyle } from './paragraphs.js';

/** What the writer of one document knows while it writes: the footnotes by mark, and whether the body is written straight. */
export interface DocxContext {
  footnoteIds: ReadonlyMap<string, number>;
  /** The body's paragraphs and tables written straight as XML (straight.ts); without it, docx makes every part. */
  straight?: boolean;
}

/** The runs of a piece of text: its words in the given style, its `[^1]` references as real footnote references. */
export function textRuns(ctx: DocxContext, text: string, style: RunStyle = {}): ParagraphChild[] {
  return inlineParts(text, ctx.footnoteIds).map((part) => (part.kind === 'text' ? run(part.text, style) : new FootnoteReferenceRun(part.id)));
}
