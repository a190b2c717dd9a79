import { LineRuleType, type Paragraph } from 'docx';
import type { Block, RenderDocument, Section } from '../document/model.js';
import { bodyParagraph, run } from './paragraphs.js';
import { LINE } from './units.js';

/** Legal bases, preamble, the Roman-numeral sections and the closing, in body style. */
export function bodyParagraphs(doc: RenderDocument): Paragraph[] {
  const out: Paragraph[] = [];
  doc.bases.forEach((basis, i) => {
    out.push(bodyParagraph([run(basis, { italics: true })], i === 0 ? { spacing: { before: 360, after: 0, line: LINE, lineRule: LineRuleType.AUTO } } : {}));
  });
  if (doc.preamble) out.push(bodyParagraph([run(doc.preamble)]));
  for (const section of doc.sections) out.push(...sectionParagraphs(section));
  if (doc.closing) out.push(bodyParagraph([run(doc.closing)]));
  return out;
}

function sectionParagraphs(section: Section): Paragraph[] {
  const out = [bodyParagraph([run(`${section.numeral}. ${section.title}`, { bold: true })], { keepNext: true })];
  for (const block of section.blocks) out.push(...blockParagraphs(block));
  return out;
}

/**
 * Official plans do not indent nested points: every point is a paragraph of its own
 * with the same first-line indent, its marker written in front (Phụ lục I).
 */
function blockParagraphs(block: Block): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [bodyParagraph([run(`${block.marker} ${block.text}`, { bold: true })], { keepNext: true })];
    case 'paragraph':
      return [bodyParagraph([run(block.text)])];
    case 'item':
      return [bodyParagraph([run(`${block.marker} ${block.text}`)]), ...block.children.flatMap(blockParagraphs)];
  }
}
