import { LineRuleType, type Paragraph, type Table } from 'docx';
import type { Block, TableBlock } from '../document/model.js';
import { dataTable } from './data-table.js';
import { textRuns, type DocxContext } from './inline-runs.js';
import { bodyParagraph, line, run } from './paragraphs.js';
import { BODY, bodyParagraphXml, textRunsXml } from './straight.js';
import { LINE, SIZE } from './units.js';

/** Legal bases in italics, one paragraph each; the first set apart from the title. */
export function basesParagraphs(ctx: DocxContext, bases: readonly string[]): Paragraph[] {
  return bases.map((basis, i) =>
    bodyParagraph(textRuns(ctx, basis, { italics: true }), i === 0 ? { spacing: { before: 360, after: 0, line: LINE, lineRule: LineRuleType.AUTO } } : {}),
  );
}

/**
 * Official plans do not indent nested points: every point is a paragraph of its own
 * with the same first-line indent, its marker written in front (Phụ lục I). Tables
 * take the width they are given (the portrait or the landscape text width).
 */
export function blockParts(ctx: DocxContext, block: Block, width: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [bodyParagraph(textRuns(ctx, marked(block.marker, block.text), { bold: true }), { keepNext: true })];
    case 'paragraph':
      return [bodyParagraph([...(block.label ? [run(`${block.label} `, { bold: true })] : []), ...textRuns(ctx, block.text)])];
    case 'item':
      return [bodyParagraph(textRuns(ctx, marked(block.marker, block.text))), ...block.children.flatMap((b) => blockParts(ctx, b, width))];
    case 'table':
      return tableParts(ctx, block, width);
  }
}

/** A table with its caption above it, and an empty line after it so the text below does not touch it. */
export function tableParts(ctx: DocxContext, table: TableBlock, width: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (table.caption) out.push(line(table.caption, { size: SIZE.body, bold: true, keepNext: true, single: false, before: 120, after: 120 }));
  out.push(dataTable(ctx, table, width));
  out.push(line('', { size: SIZE.body }));
  return out;
}

/**
 * The XML docx writes for a heading, paragraph or point with its points (`blockParts`),
 * written straight (straight.ts); undefined for a table, or a point holding one.
 */
export function blockXml(ctx: DocxContext, block: Block): string | undefined {
  switch (block.kind) {
    case 'heading':
      return bodyParagraphXml(textRunsXml(ctx, marked(block.marker, block.text), BOLD), { keepNext: true });
    case 'paragraph':
      return bodyParagraphXml(`${block.label ? textRunsXml({ footnoteIds: new Map() }, `${block.label} `, BOLD) : ''}${textRunsXml(ctx, block.text, BODY)}`);
    case 'item': {
      let xml = bodyParagraphXml(textRunsXml(ctx, marked(block.marker, block.text), BODY));
      for (const child of block.children) {
        const c = blockXml(ctx, child);
        if (c === undefined) return undefined;
        xml += c;
      }
      return xml;
    }
    case 'table':
      return undefined;
  }
}

const BOLD = { ...BODY, bold: true };

function marked(marker: string, text: string): string {
  return [marker, text].filter(Boolean).join(' ');
}
