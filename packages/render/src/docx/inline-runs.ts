import { FootnoteReferenceRun, type ParagraphChild } from 'docx';
import { inlineParts } from '../document/inline.js';
import { run, type RunStyle } from './paragraphs.js';

/** What the writer of one document knows while it writes: the footnotes by mark, the parts written straight as XML. */
export interface DocxContext {
  footnoteIds: ReadonlyMap<string, number>;
  /** The XML of the parts written straight, by the number of their marker (straight.ts); without it, docx writes every part. */
  xml?: string[];
}

/** The runs of a piece of text: its words in the given style, its `[^1]` references as real footnote references. */
export function textRuns(ctx: DocxContext, text: string, style: RunStyle = {}): ParagraphChild[] {
  return inlineParts(text, ctx.footnoteIds).map((part) => (part.kind === 'text' ? run(part.text, style) : new FootnoteReferenceRun(part.id)));
}
