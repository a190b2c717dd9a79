import { footnoteIds, inlineParts } from '../document/inline.js';
import type { Block, DecisionPage, DocumentHeader, DocumentTitle, Recipients, RenderDocument, SignatureBlock, TableBlock } from '../document/model.js';
import { expandGrid } from '../document/table-grid.js';

/** Text made literal in Markdown (CommonMark / GitHub): no emphasis, links or HTML by accident. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

/** A paragraph must not start like a list or heading unless it is one ("1. ..." is kept as the seeds number). */
function escapeStart(text: string): string {
  return text.replace(/^([+-])(\s)/, '\\$1$2');
}

const hardBreak = (lines: string[]): string => lines.join('  \n');

/**
 * The document as Markdown, for reviewing a plan in a pull request, in the reading order
 * of the DOCX: the header's first row (issuer | Quốc hiệu, Tiêu ngữ) then its second
 * (number | place and date), "Nơi nhận" (the left cell of the closing row) before the
 * signature, footnotes (Markdown footnotes, [^1]) at the end.
 */
export function renderMarkdown(doc: RenderDocument): string {
  const ids = footnoteIds(doc.footnotes);
  /** Escaped text; footnote references stay `[^1]`, as GitHub reads them. */
  const md = (s: string): string =>
    inlineParts(s, ids)
      .map((p) => (p.kind === 'text' ? escapeMarkdown(p.text) : `[^${p.id}]`))
      .join('');
  const out: string[] = [];
  if (doc.decision) out.push(...decisionMarkdown(doc.decision, md), '---');
  out.push(...headerMarkdown(doc.header, doc.title, md));
  for (const basis of doc.bases) out.push(`*${md(basis)}*`);
  if (doc.preamble) out.push(escapeStart(md(doc.preamble)));
  out.push(...blocksMarkdown(doc.body, 0, md));
  if (doc.closing) out.push(escapeStart(md(doc.closing)));
  out.push(...closingMarkdown(doc.signature, doc.recipients, md));
  for (const appendix of doc.appendices) {
    out.push('---', `## ${md([appendix.label, appendix.title].filter(Boolean).join(': '))}`, `*${md(appendix.caption)}*`);
    out.push(...blocksMarkdown(appendix.blocks, 0, md));
  }
  // Footnotes close the document, as Markdown and the text of a DOCX read them.
  for (const note of doc.footnotes) out.push(`[^${ids.get(note.mark) ?? note.mark}]: ${escapeMarkdown(note.text)}`);
  return `${out.join('\n\n')}\n`;
}

type Md = (s: string) => string;

function headerMarkdown(h: DocumentHeader | undefined, title: DocumentTitle, md: Md): string[] {
  const out: string[] = [];
  if (h) {
    const issuer = [...(h.governingBody ? [md(h.governingBody)] : []), ...h.issuerLines.map((l) => `**${md(l)}**`)];
    if (issuer.length) out.push(hardBreak(issuer));
    out.push(hardBreak([`**${md(h.nationalTitle)}**`, `**${md(h.motto)}**`]));
    out.push(hardBreak([md(h.number).replace(/ {2,}/g, (s) => '\u00A0'.repeat(s.length)), `*${md(h.placeDate)}*`]));
  }
  out.push(`# ${md(title.kind)}`);
  if (title.summary) out.push(`**${md(title.summary)}**`);
  if (title.issuedWith) out.push(`*${md(title.issuedWith)}*`);
  return out;
}

function decisionMarkdown(d: DecisionPage, md: Md): string[] {
  const out = headerMarkdown(d.header, d.title, md);
  if (d.authority) out.push(`**${md(d.authority)}**`);
  for (const basis of d.bases) out.push(`*${md(basis)}*`);
  out.push(`**${md(d.enacting)}**`);
  out.push(...blocksMarkdown(d.articles, 0, md));
  out.push(...closingMarkdown(d.signature, d.recipients, md));
  return out;
}

function closingMarkdown(signature: SignatureBlock | undefined, recipients: Recipients | undefined, md: Md): string[] {
  const out: string[] = [];
  if (recipients) {
    out.push(`***${md(recipients.heading)}***`);
    out.push(recipients.items.map((i) => `- ${md(i.replace(/^-\s*/, ''))}`).join('\n'));
  }
  const signer = (signature?.lines ?? []).map((l) => `**${md(l)}**`);
  if (signature?.name) signer.push(`**${md(signature.name)}**`);
  if (signer.length) out.push(hardBreak(signer));
  return out;
}

/**
 * Parts become "##", other headings "###", dashes a bullet list (nested by indent), and
 * numbered or lettered points stay as written ("1.", "a)"), each its own paragraph.
 */
function blocksMarkdown(blocks: readonly Block[], depth: number, md: Md): string[] {
  const out: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length) out.push(list.join('\n'));
    list = [];
  };
  const bulletLines = (block: Block, level: number): string[] => {
    if (block.kind === 'table') return [];
    const own = `${'  '.repeat(level)}- ${md(block.text)}`;
    if (block.kind !== 'item') return [own];
    return [own, ...block.children.flatMap((c) => bulletLines(c, level + 1))];
  };
  for (const block of blocks) {
    if (block.kind === 'item' && (block.marker === '-' || block.marker === '+')) {
      list.push(...bulletLines(block, depth));
      continue;
    }
    flush();
    if (block.kind === 'heading') out.push(`${block.level === 1 ? '##' : '###'} ${md([block.marker, block.text].filter(Boolean).join(' '))}`);
    else if (block.kind === 'paragraph') out.push(`${block.label ? `**${md(block.label)}** ` : ''}${escapeStart(md(block.text))}`);
    else if (block.kind === 'table') out.push(...tableMarkdown(block, md));
    else {
      out.push(`${md(block.marker)} ${md(block.text)}`);
      out.push(...blocksMarkdown(block.children, 0, md));
    }
  }
  flush();
  return out;
}

/** A GitHub table: merged cells are written in their first position, the positions they cover left empty. */
function tableMarkdown(table: TableBlock, md: Md): string[] {
  const n = table.widths.length;
  const cell = (text: string, bold: boolean): string => {
    const t = md(text).replace(/\n/g, '<br>');
    return t ? (bold ? `**${t}**` : t) : ' ';
  };
  const line = (cells: string[], bold = false): string => `| ${cells.map((c) => cell(c, bold)).join(' | ')} |`;
  const head = table.head.length ? expandGrid(table.head, n) : [new Array<string>(n).fill('')];
  const body = expandGrid(table.rows.map((r) => r.cells), n).map((cells, i) => line(cells, table.rows[i]?.group === true));
  const rule = `|${head[0]?.map(() => '---').join('|') ?? ''}|`;
  const rows = [line(head[0] ?? []), rule, ...head.slice(1).map((c) => line(c)), ...body];
  return [...(table.caption ? [`**${md(table.caption)}**`] : []), rows.join('\n')];
}
