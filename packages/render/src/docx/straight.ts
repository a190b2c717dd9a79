import { BaseXmlComponent, type IXmlableObject, type Paragraph } from 'docx';
import { inlineParts } from '../document/inline.js';
import { xmlSafe } from '../document/text.js';
import type { DocxContext } from './inline-runs.js';
import { COLOR, FONT, INDENT, LINE, PARAGRAPH_SPACING, SIZE } from './units.js';

/**
 * Parts of a document written straight as the XML docx writes for them, where building
 * and walking docx's objects for each element took most of the time of a large report
 * (a roll-up's appendix of a thousand cells, its hundreds of points). docx writes a
 * marker in their place, `<kehoach:xml n="0"/>`, which the XML replaces once docx has
 * packed the rest (render-docx.ts); no text of a document can write `<`. Tests hold
 * each way to the XML docx writes for the same part.
 */
export const XML_MARKER = /<kehoach:xml n="(\d+)"\/>/g;

/** Where docx writes the marker of `xml`, kept in `ctx.xml`. */
export function straight(ctx: DocxContext & { xml: string[] }, xml: string): Paragraph {
  ctx.xml.push(xml);
  return new XmlMarker(ctx.xml.length - 1) as unknown as Paragraph;
}

class XmlMarker extends BaseXmlComponent {
  constructor(private readonly n: number) {
    super('kehoach:xml');
  }

  prepForXml(): IXmlableObject {
    return { 'kehoach:xml': { _attr: { n: this.n } } } as IXmlableObject;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** XML text and attribute values as docx escapes them: the five entities, C0 controls dropped. */
export function esc(s: string): string {
  return s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

export interface RunStyleXml {
  size: number;
  bold: boolean;
  italics: boolean;
}

/** The opening of a run in the body font (paragraphs.ts `run`), up to its text. */
export function runOpen(style: RunStyleXml): string {
  const font = esc(FONT);
  return `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>${style.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>'}${style.italics ? '<w:i/><w:iCs/>' : '<w:i w:val="false"/><w:iCs w:val="false"/>'}<w:color w:val="${COLOR}"/><w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr><w:t xml:space="preserve">`;
}

/** The runs of a piece of text (inline-runs.ts `textRuns`): its words in the style, its `[^1]` references as footnote references. */
export function textRunsXml(ctx: DocxContext, text: string, style: RunStyleXml, open = runOpen(style)): string {
  let out = '';
  for (const part of inlineParts(text, ctx.footnoteIds)) {
    out +=
      part.kind === 'text'
        ? `${open}${esc(xmlSafe(part.text))}</w:t></w:r>`
        : `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${part.id}"/></w:r>`;
  }
  return out;
}

/** A justified body paragraph with a first-line indent and 6 pt before it (paragraphs.ts `bodyParagraph`), around runs. */
export function bodyParagraphXml(runs: string, options: { keepNext?: boolean } = {}): string {
  return `<w:p><w:pPr>${options.keepNext ? '<w:keepNext/>' : ''}<w:spacing w:after="0" w:before="${PARAGRAPH_SPACING}" w:line="${LINE}" w:lineRule="auto"/><w:ind w:firstLine="${INDENT}"/><w:jc w:val="both"/></w:pPr>${runs}</w:p>`;
}

export const BODY = { size: SIZE.body, bold: false, italics: false } as const;
