import { LineRuleType, type Paragraph, type Table } from 'docx';
import type { Block, TableBlock } from '../document/model.js';
import { dataTable, type TableInPieces } from './data-table.js';
import { textRuns, type DocxContext } from './inline-runs.js';
import { bodyParagraph, lineOf, run } from './paragraphs.js';
import { BODY, bodyParagraphXml, runXml, textRunsXml, type XmlParagraph, type XmlTable } from './straight.js';
import { LINE, SIZE } from './units.js';

const BOLD = { ...BODY, bold: true };
const ITALICS = { ...BODY, italics: true };

/** Legal bases in italics, one paragraph each; the first set apart from the title. */
export function basesParagraphs(ctx: DocxContext, bases: readonly string[]): (Paragraph | XmlParagraph)[] {
  return bases.map((basis, i) =>
    ctx.straight
      ? bodyParagraphXml(textRunsXml(ctx, basis, ITALICS), i === 0 ? { spacing: { before: 360, after: 0, line: LINE } } : {})
      : bodyParagraph(textRuns(ctx, basis, { italics: true }), i === 0 ? { spacing: { before: 360, after: 0, line: LINE, lineRule: LineRuleType.AUTO } } : {}),
  );
}

/** A justified body paragraph of running text (the preamble, the closing). */
export function textParagraph(ctx: DocxContext, text: string): Paragraph | XmlParagraph {
  return ctx.straight ? bodyParagraphXml(textRunsXml(ctx, text, BODY)) : bodyParagraph(textRuns(ctx, text));
}

/** What a document's sections hold: paragraphs and tables, a long table in pieces; the body's written straight or by docx. */
export type Part = Paragraph | Table | TableInPieces | XmlParagraph | XmlTable;

/**
 * Official plans do not indent nested points: every point is a paragraph of its own
 * with the same first-line indent, its marker written in front (Phụ lục I). Tables
 * take the width they are given (the portrait or the landscape text width).
 */
export function* blockParts(ctx: DocxContext, block: Block, width: number): Generator<Part> {
  if (ctx.straight && block.kind !== 'table') {
    yield* blockXml(ctx, block, width);
    return;
  }
  switch (block.kind) {
    case 'heading':
      yield bodyParagraph(textRuns(ctx, marked(block.marker, block.text), { bold: true }), { keepNext: true });
      return;
    case 'paragraph':
      yield bodyParagraph([...(block.label ? [run(`${block.label} `, { bold: true })] : []), ...textRuns(ctx, block.text)]);
      return;
    case 'item':
      // A group of thousands of tasks is made a task at a time too.
      yield bodyParagraph(textRuns(ctx, marked(block.marker, block.text)));
      for (const b of block.children) yield* blockParts(ctx, b, width);
      return;
    case 'table':
      yield* tableParts(ctx, block, width);
  }
}

/** `blockParts` written straight (straight.ts): the same paragraphs as docx writes them. */
function* blockXml(ctx: DocxContext, block: Block, width: number): Generator<Part> {
  switch (block.kind) {
    case 'heading':
      yield bodyParagraphXml(textRunsXml(ctx, marked(block.marker, block.text), BOLD), { keepNext: true });
      return;
    case 'paragraph':
      yield bodyParagraphXml(`${block.label ? runXml(`${block.label} `, BOLD) : ''}${textRunsXml(ctx, block.text, BODY)}`);
      return;
    case 'item':
      yield bodyParagraphXml(textRunsXml(ctx, marked(block.marker, block.text), BODY));
      for (const b of block.children) yield* blockParts(ctx, b, width);
      return;
    case 'table':
      yield* tableParts(ctx, block, width);
  }
}

/** A table with its caption above it, and an empty line after it so the text below does not touch it. */
export function tableParts(ctx: DocxContext, table: TableBlock, width: number): Part[] {
  const out: Part[] = [];
  const caption = { size: SIZE.body, bold: true, keepNext: true, single: false, before: 120, after: 120 };
  if (table.caption) out.push(lineOf(ctx.straight, table.caption, caption));
  out.push(dataTable(ctx, table, width));
  out.push(lineOf(ctx.straight, '', { size: SIZE.body }));
  return out;
}

function marked(marker: string, text: string): string {
  return [marker, text].filter(Boolean).join(' ');
}
