import { footnoteIds, inlineParts } from '../document/inline.js';
import type { Appendix, Block, DecisionPage, DocumentHeader, DocumentTitle, Recipients, RenderDocument, SignatureBlock, TableBlock, TableCell } from '../document/model.js';
import { CSS } from './styles.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Writes one document: knows its footnotes, so `[^1]` becomes a link to the note. */
class HtmlWriter {
  private readonly ids: Map<string, number>;

  constructor(private readonly doc: RenderDocument) {
    this.ids = footnoteIds(doc.footnotes);
  }

  /** Escaped text with its footnote references as superscript links. */
  text(s: string): string {
    return inlineParts(s, this.ids)
      .map((p) => (p.kind === 'text' ? escapeHtml(p.text) : `<sup class="fnref"><a href="#fn-${p.id}">${p.id}</a></sup>`))
      .join('');
  }

  p(text: string, cls?: string): string {
    return `<p${cls ? ` class="${cls}"` : ''}>${this.text(text)}</p>`;
  }

  page(): string[] {
    const doc = this.doc;
    return [
      ...(doc.decision ? [this.decision(doc.decision), '<div class="page-break"></div>'] : []),
      doc.header ? this.header(doc.header) : '',
      this.title(doc.title),
      doc.bases.length ? `<div class="bases">\n${doc.bases.map((b) => this.p(b)).join('\n')}\n</div>` : '',
      doc.preamble ? this.p(doc.preamble, 'preamble') : '',
      ...this.body(doc.body),
      doc.closing ? this.p(doc.closing, 'closing') : '',
      doc.signature || doc.recipients ? this.signature(doc.signature, doc.recipients) : '',
      ...doc.appendices.map((a) => this.appendix(a)),
      // Footnotes close the document, where a reader of the DOCX text finds them.
      this.footnotes(),
    ].filter(Boolean);
  }

  private decision(d: DecisionPage): string {
    return [
      '<section class="decision">',
      this.header(d.header),
      this.title(d.title),
      d.authority ? this.p(d.authority, 'authority') : '',
      d.bases.length ? `<div class="bases">\n${d.bases.map((b) => this.p(b)).join('\n')}\n</div>` : '',
      this.p(d.enacting, 'enacting'),
      ...d.articles.flatMap((b) => this.block(b)),
      this.signature(d.signature, d.recipients),
      '</section>',
    ]
      .filter(Boolean)
      .join('\n');
  }

  private header(h: DocumentHeader): string {
    const issuer = h.issuerLines.length ? `<div class="ruled third">${h.issuerLines.map((l) => this.p(l, 'issuer')).join('')}</div>` : '';
    const left = `${h.governingBody ? this.p(h.governingBody, 'governing') : ''}${issuer}`;
    const right = `${this.p(h.nationalTitle, 'national-title')}<div class="ruled full">${this.p(h.motto, 'motto')}</div>`;
    return [
      '<table class="layout header">',
      '<colgroup><col class="left"><col></colgroup>',
      `<tr><td>${left}</td><td>${right}</td></tr>`,
      `<tr><td>${this.p(h.number, 'number')}</td><td>${this.p(h.placeDate, 'place-date')}</td></tr>`,
      '</table>',
    ].join('\n');
  }

  private title(t: DocumentTitle): string {
    const summary = t.summary ? `<span class="summary">${this.text(t.summary)}</span>` : '';
    const issued = t.issuedWith ? `<span class="issued-with">${this.text(t.issuedWith)}</span>` : '';
    return `<h1 class="title"><span class="kind">${escapeHtml(t.kind)}</span><span class="ruled">${summary}</span>${issued}</h1>`;
  }

  /** The body: each part (a level-1 heading and what follows it) in a <section>. */
  private body(blocks: readonly Block[]): string[] {
    const out: string[] = [];
    let part: string[] | undefined;
    const close = (): void => {
      if (part) out.push([...part, '</section>'].join('\n'));
      part = undefined;
    };
    for (const block of blocks) {
      if (block.kind === 'heading' && block.level === 1) {
        close();
        part = ['<section>', `<h2>${this.text(marked(block.marker, block.text))}</h2>`];
      } else if (part) {
        part.push(...this.block(block));
      } else {
        out.push(...this.block(block));
      }
    }
    close();
    return out;
  }

  private block(block: Block): string[] {
    switch (block.kind) {
      case 'heading':
        return [`<h3>${this.text(marked(block.marker, block.text))}</h3>`];
      case 'paragraph':
        return [`<p>${block.label ? `<strong>${escapeHtml(block.label)}</strong> ` : ''}${this.text(block.text)}</p>`];
      case 'item':
        return [this.p(marked(block.marker, block.text), 'item'), ...block.children.flatMap((b) => this.block(b))];
      case 'table':
        return [this.table(block)];
    }
  }

  private table(t: TableBlock): string {
    const cell = (c: TableCell, tag: 'td' | 'th'): string => {
      const attrs = [c.colSpan ? ` colspan="${c.colSpan}"` : '', c.rowSpan ? ` rowspan="${c.rowSpan}"` : '', c.center && tag === 'td' ? ' class="center"' : ''].join('');
      return `<${tag}${attrs}>${c.text.split('\n').map((l) => this.text(l)).join('<br>')}</${tag}>`;
    };
    return [
      `<table class="grid${t.landscape ? ' wide' : ''}">`,
      ...(t.caption ? [`<caption>${this.text(t.caption)}</caption>`] : []),
      ...(t.head.length ? ['<thead>', ...t.head.map((r) => `<tr>${r.map((c) => cell(c, 'th')).join('')}</tr>`), '</thead>'] : []),
      '<tbody>',
      ...t.rows.map((r) => `<tr${r.group ? ' class="group"' : ''}>${r.cells.map((c) => cell(c, 'td')).join('')}</tr>`),
      '</tbody>',
      '</table>',
    ].join('\n');
  }

  private signature(signature: SignatureBlock | undefined, recipients: Recipients | undefined): string {
    const left = recipients ? [this.p(recipients.heading, 'heading'), ...recipients.items.map((i) => this.p(i))].join('') : '';
    const signer = signature ? [...signature.lines.map((l) => this.p(l)), '<div class="signing-space"></div>', this.p(signature.name, 'name')].join('') : '';
    return [
      '<table class="layout signature">',
      '<colgroup><col class="left"><col></colgroup>',
      `<tr><td class="recipients">${left}</td><td class="signer">${signer}</td></tr>`,
      '</table>',
    ].join('\n');
  }

  private footnotes(): string {
    if (!this.doc.footnotes.length) return '';
    const items = this.doc.footnotes.map((n) => `<li id="fn-${this.ids.get(n.mark) ?? n.mark}">${escapeHtml(n.text)}</li>`);
    return ['<section class="footnotes">', '<ol>', ...items, '</ol>', '</section>'].join('\n');
  }

  private appendix(a: Appendix): string {
    return [
      `<section class="appendix${a.landscape ? ' landscape' : ''}">`,
      this.p(a.label, 'label'),
      a.title ? this.p(a.title, 'name') : '',
      this.p(a.caption, 'caption'),
      ...a.blocks.flatMap((b) => this.block(b)),
      '</section>',
    ]
      .filter(Boolean)
      .join('\n');
  }
}

function marked(marker: string, text: string): string {
  return [marker, text].filter(Boolean).join(' ');
}

/** The official document as one standalone HTML page (embedded CSS), for preview and printing. */
export function renderHtml(doc: RenderDocument): string {
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
    ...new HtmlWriter(doc).page(),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
