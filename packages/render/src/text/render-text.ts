import { footnoteIds, inlineParts } from '../document/inline.js';
import type { Block, DocumentHeader, DocumentTitle, Recipients, RenderDocument, SignatureBlock, TableBlock } from '../document/model.js';

/**
 * The words of the document in reading order, one paragraph a line: what a reader of
 * the DOCX sees, from the same document model. Header cells are read left column then
 * right, table rows as "cell | cell", "Nơi nhận" before the signature (the row of the
 * DOCX read left to right), footnote references as "[1]" and the footnotes at the end
 * (after the appendices), where text taken from a DOCX puts them. For comparing a rendered plan with its source word for word.
 */
export function renderText(doc: RenderDocument): string {
  const ids = footnoteIds(doc.footnotes);
  const text = (s: string): string =>
    inlineParts(s, ids)
      .map((p) => (p.kind === 'text' ? p.text : `[${p.mark}]`))
      .join('');
  const out: string[] = [];
  const push = (...lines: (string | undefined)[]): void => {
    for (const line of lines) if (line) out.push(text(line));
  };
  const blocks = (list: readonly Block[]): void => {
    for (const block of list) {
      switch (block.kind) {
        case 'heading':
          push(joined(block.marker, block.text));
          break;
        case 'paragraph':
          push(joined(block.label ?? '', block.text));
          break;
        case 'item':
          push(joined(block.marker, block.text));
          blocks(block.children);
          break;
        case 'table':
          push(...tableLines(block));
          break;
      }
    }
  };

  const d = doc.decision;
  if (d) {
    push(...headerLines(d.header), ...titleLines(d.title), d.authority, ...d.bases, d.enacting);
    blocks(d.articles);
    push(...closingLines(d.signature, d.recipients));
  }
  push(...headerLines(doc.header), ...titleLines(doc.title), ...doc.bases, doc.preamble);
  blocks(doc.body);
  push(doc.closing, ...closingLines(doc.signature, doc.recipients));
  for (const appendix of doc.appendices) {
    push(appendix.label, appendix.title, appendix.caption);
    blocks(appendix.blocks);
  }
  for (const note of doc.footnotes) out.push(`[${note.mark}] ${note.text}`);
  return `${out.join('\n')}\n`;
}

function joined(marker: string, text: string): string {
  return [marker, text].filter(Boolean).join(' ');
}

function headerLines(h: DocumentHeader | undefined): string[] {
  if (!h) return [];
  return [...(h.governingBody ? [h.governingBody] : []), ...h.issuerLines, h.nationalTitle, h.motto, `${h.number} | ${h.placeDate}`];
}

function titleLines(t: DocumentTitle): string[] {
  return [t.kind, t.summary, t.issuedWith ?? ''];
}

function closingLines(signature: SignatureBlock | undefined, recipients: Recipients | undefined): string[] {
  return [...(recipients ? [recipients.heading, ...recipients.items] : []), ...(signature ? [...signature.lines, signature.name] : [])];
}

function tableLines(table: TableBlock): string[] {
  const row = (cells: { text: string }[]): string =>
    cells
      .map((c) => c.text.replace(/\n/g, ' ').trim())
      .filter(Boolean)
      .join(' | ');
  return [table.caption ?? '', ...table.head.map(row), ...table.rows.map((r) => row(r.cells))];
}
