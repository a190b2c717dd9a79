import type { Appendix, Block, RenderDocument, Section } from '../document/model.js';
import { CSS } from './styles.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const p = (text: string, cls?: string): string => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`;

/** The official document as one standalone HTML page (embedded CSS), for preview and printing. */
export function renderHtml(doc: RenderDocument): string {
  const body = [
    headerHtml(doc),
    titleHtml(doc),
    doc.bases.length ? `<div class="bases">\n${doc.bases.map((b) => p(b)).join('\n')}\n</div>` : '',
    doc.preamble ? p(doc.preamble, 'preamble') : '',
    ...doc.sections.map(sectionHtml),
    doc.closing ? p(doc.closing, 'closing') : '',
    signatureHtml(doc),
    doc.appendix ? appendixHtml(doc.appendix) : '',
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.meta.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<article class="page">',
    ...body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function headerHtml(doc: RenderDocument): string {
  const h = doc.header;
  const issuer = h.issuerLines.length
    ? `<div class="ruled third">${h.issuerLines.map((l) => p(l, 'issuer')).join('')}</div>`
    : '';
  const left = `${h.governingBody ? p(h.governingBody, 'governing') : ''}${issuer}`;
  const right = `${p(h.nationalTitle, 'national-title')}<div class="ruled full">${p(h.motto, 'motto')}</div>`;
  return [
    '<table class="layout header">',
    '<colgroup><col class="left"><col></colgroup>',
    `<tr><td>${left}</td><td>${right}</td></tr>`,
    `<tr><td>${p(h.number, 'number')}</td><td>${p(h.placeDate, 'place-date')}</td></tr>`,
    '</table>',
  ].join('\n');
}

function titleHtml(doc: RenderDocument): string {
  const summary = doc.title.summary ? `<span class="summary">${escapeHtml(doc.title.summary)}</span>` : '';
  return `<h1 class="title"><span class="kind">${escapeHtml(doc.title.kind)}</span><span class="ruled">${summary}</span></h1>`;
}

function sectionHtml(section: Section): string {
  const blocks = section.blocks.flatMap(blockHtml);
  return [`<section>`, `<h2>${escapeHtml(`${section.numeral}. ${section.title}`)}</h2>`, ...blocks, '</section>'].join('\n');
}

function blockHtml(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`<h3>${escapeHtml(`${block.marker} ${block.text}`)}</h3>`];
    case 'paragraph':
      return [p(block.text)];
    case 'item':
      return [p(`${block.marker} ${block.text}`, 'item'), ...block.children.flatMap(blockHtml)];
  }
}

function signatureHtml(doc: RenderDocument): string {
  const recipients = [p(doc.recipients.heading, 'heading'), ...doc.recipients.items.map((i) => p(i))].join('');
  const signer = [
    ...doc.signature.lines.map((l) => p(l)),
    '<div class="signing-space"></div>',
    p(doc.signature.name, 'name'),
  ].join('');
  return [
    '<table class="layout signature">',
    '<colgroup><col class="left"><col></colgroup>',
    `<tr><td class="recipients">${recipients}</td><td class="signer">${signer}</td></tr>`,
    '</table>',
  ].join('\n');
}

function appendixHtml(appendix: Appendix): string {
  const head = `<thead><tr>${appendix.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const rows = appendix.rows.map((row) =>
    row.kind === 'group'
      ? `<tr class="group"><td class="stt">${escapeHtml(row.label)}</td><td colspan="${appendix.columns.length - 1}">${escapeHtml(row.text)}</td></tr>`
      : `<tr>${row.cells.map((c, i) => `<td${i === 0 ? ' class="stt"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`,
  );
  return [
    '<section class="appendix">',
    p(appendix.label, 'label'),
    p(appendix.title, 'name'),
    p(appendix.caption, 'caption'),
    '<table class="tasks">',
    head,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</section>',
  ].join('\n');
}
