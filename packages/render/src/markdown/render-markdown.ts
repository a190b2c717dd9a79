import type { Appendix, Block, RenderDocument } from '../document/model.js';

/** Text made literal in Markdown (CommonMark / GitHub): no emphasis, links or HTML by accident. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

/** A paragraph must not start like a list or heading unless it is one ("1. ..." is kept as the seeds number). */
function escapeStart(text: string): string {
  return text.replace(/^([+-])(\s)/, '\\$1$2');
}

const hardBreak = (lines: string[]): string => lines.join('  \n');

/** The document as Markdown, for reviewing a plan in a pull request. */
export function renderMarkdown(doc: RenderDocument): string {
  const out: string[] = [];
  const h = doc.header;
  const issuer = [...(h.governingBody ? [escapeMarkdown(h.governingBody)] : []), ...h.issuerLines.map((l) => `**${escapeMarkdown(l)}**`)];
  out.push(hardBreak([...issuer, escapeMarkdown(h.number).replace(/ {2,}/g, (s) => '\u00A0'.repeat(s.length))]));
  out.push(hardBreak([`**${escapeMarkdown(h.nationalTitle)}**`, `**${escapeMarkdown(h.motto)}**`, `*${escapeMarkdown(h.placeDate)}*`]));
  out.push(`# ${escapeMarkdown(doc.title.kind)}`);
  if (doc.title.summary) out.push(`**${escapeMarkdown(doc.title.summary)}**`);
  for (const basis of doc.bases) out.push(`*${escapeMarkdown(basis)}*`);
  if (doc.preamble) out.push(escapeStart(escapeMarkdown(doc.preamble)));
  for (const section of doc.sections) {
    out.push(`## ${section.numeral}. ${escapeMarkdown(section.title)}`);
    out.push(...blocksMarkdown(section.blocks, 0));
  }
  if (doc.closing) out.push(escapeStart(escapeMarkdown(doc.closing)));
  const signer = [...doc.signature.lines.map((l) => `**${escapeMarkdown(l)}**`)];
  if (doc.signature.name) signer.push(`**${escapeMarkdown(doc.signature.name)}**`);
  if (signer.length) out.push(hardBreak(signer));
  out.push(`***${escapeMarkdown(doc.recipients.heading)}***`);
  out.push(doc.recipients.items.map((i) => `- ${escapeMarkdown(i.replace(/^-\s*/, ''))}`).join('\n'));
  if (doc.appendix) out.push(...appendixMarkdown(doc.appendix));
  return `${out.join('\n\n')}\n`;
}

/**
 * Headings become "###", dashes a bullet list (nested by indent), and numbered or
 * lettered points stay as written ("1.", "a)"), each its own paragraph.
 */
function blocksMarkdown(blocks: Block[], depth: number): string[] {
  const out: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length) out.push(list.join('\n'));
    list = [];
  };
  const bulletLines = (block: Block, level: number): string[] => {
    if (block.kind !== 'item') return [`${'  '.repeat(level)}- ${escapeMarkdown(block.text)}`];
    const own = `${'  '.repeat(level)}- ${escapeMarkdown(block.text)}`;
    return [own, ...block.children.flatMap((c) => bulletLines(c, level + 1))];
  };
  for (const block of blocks) {
    if (block.kind === 'item' && (block.marker === '-' || block.marker === '+')) {
      list.push(...bulletLines(block, depth));
      continue;
    }
    flush();
    if (block.kind === 'heading') out.push(`### ${escapeMarkdown(`${block.marker} ${block.text}`)}`);
    else if (block.kind === 'paragraph') out.push(escapeStart(escapeMarkdown(block.text)));
    else {
      out.push(`${escapeMarkdown(block.marker)} ${escapeMarkdown(block.text)}`);
      out.push(...blocksMarkdown(block.children, 0));
    }
  }
  flush();
  return out;
}

function cell(text: string): string {
  return escapeMarkdown(text).replace(/\n/g, ' ') || ' ';
}

function appendixMarkdown(appendix: Appendix): string[] {
  const header = `| ${appendix.columns.map(cell).join(' | ')} |`;
  const rule = `|${appendix.columns.map((_, i) => (i === 0 ? ':---:' : '---')).join('|')}|`;
  const rows = appendix.rows.map((row) =>
    row.kind === 'group'
      ? `| **${cell(row.label)}** | **${cell(row.text)}** |${' |'.repeat(appendix.columns.length - 2)}`
      : `| ${row.cells.map(cell).join(' | ')} |`,
  );
  return [
    '---',
    `## ${escapeMarkdown(appendix.label)}: ${escapeMarkdown(appendix.title)}`,
    `*${escapeMarkdown(appendix.caption)}*`,
    [header, rule, ...rows].join('\n'),
  ];
}
