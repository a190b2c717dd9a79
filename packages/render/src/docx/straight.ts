import { inlineParts } from '../document/inline.js';
import { xmlSafe } from '../document/text.js';
import type { DocxContext } from './inline-runs.js';
import { COLOR, FONT, INDENT, LINE, PARAGRAPH_SPACING, SIZE } from './units.js';

// Parts of the body written straight as the XML `docx` writes for them, as strings:
// building docx's objects for each paragraph, run and cell, preparing and walking them
// took most of the time of a document of many small parts (a roll-up's synthesised
// report: ~0.3 s of a province's ~0.5 s of DOCX). The streamed writer (render-docx.ts)
// writes these as they are; tests hold each to the XML docx writes for the same part
// (docx-straight.test.ts, and every part of every fixture through docx-stream.test.ts).

/** A paragraph written straight: what goes inside its `w:pPr` (never empty), and its runs. */
export class XmlParagraph {
  constructor(
    readonly props: string,
    readonly runs: string,
  ) {}

  /** Its XML; a section's properties (`w:sectPr`) go last in its properties, where docx puts them. */
  xml(sectPr = ''): string {
    return `<w:p><w:pPr>${this.props}${sectPr}</w:pPr>${this.runs}</w:p>`;
  }
}

/** A table written straight, a row at a time: its pieces of XML, in order (made as they are written). */
export class XmlTable {
  constructor(readonly pieces: () => Iterable<string>) {}
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** XML text and attribute values as docx escapes them: the five entities, C0 controls dropped (xml.ts). */
export function esc(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

export interface RunStyleXml {
  size: number;
  bold: boolean;
  italics: boolean;
}

export const BODY: Readonly<RunStyleXml> = { size: SIZE.body, bold: false, italics: false };

const FONTS = `<w:rFonts w:ascii="${esc(FONT)}" w:cs="${esc(FONT)}" w:eastAsia="${esc(FONT)}" w:hAnsi="${esc(FONT)}"/>`;
const opened = new Map<string, string>();

/** The opening of a run in the body font (paragraphs.ts `run`), up to its text. */
export function runOpen(style: RunStyleXml): string {
  const key = `${style.size}${style.bold ? 'b' : ''}${style.italics ? 'i' : ''}`;
  let open = opened.get(key);
  if (open === undefined) {
    const bold = style.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
    const italics = style.italics ? '<w:i/><w:iCs/>' : '<w:i w:val="false"/><w:iCs w:val="false"/>';
    open = `<w:r><w:rPr>${FONTS}${bold}${italics}<w:color w:val="${COLOR}"/><w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr><w:t xml:space="preserve">`;
    opened.set(key, open);
  }
  return open;
}

/** One run of text (paragraphs.ts `run`). */
export function runXml(text: string, style: RunStyleXml): string {
  return `${runOpen(style)}${esc(xmlSafe(text))}</w:t></w:r>`;
}

/** The runs of a piece of text (inline-runs.ts `textRuns`): its words in the style, its `[^1]` references as footnote references. */
export function textRunsXml(ctx: DocxContext, text: string, style: RunStyleXml): string {
  // Most text has no reference: one run, without splitting it.
  if (!text.includes('[^')) return runXml(text, style);
  let out = '';
  for (const part of inlineParts(text, ctx.footnoteIds)) {
    out += part.kind === 'text' ? runXml(part.text, style) : `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${part.id}"/></w:r>`;
  }
  return out;
}

export interface SpacingXml {
  before: number;
  after: number;
  line: number;
}

const spacing = ({ before, after, line }: SpacingXml): string => `<w:spacing w:after="${after}" w:before="${before}" w:line="${line}" w:lineRule="auto"/>`;

/** A justified body paragraph with a first-line indent and 6 pt before it (paragraphs.ts `bodyParagraph`), around runs. */
export function bodyParagraphXml(runs: string, options: { keepNext?: boolean; spacing?: SpacingXml } = {}): XmlParagraph {
  const space = options.spacing ?? { before: PARAGRAPH_SPACING, after: 0, line: LINE };
  return new XmlParagraph(`${options.keepNext ? '<w:keepNext/>' : ''}${spacing(space)}<w:ind w:firstLine="${INDENT}"/><w:jc w:val="both"/>`, runs);
}

/** A centred line of text (paragraphs.ts `line`): a table's caption, the empty line after it. */
export function lineXml(text: string, options: { size: number; bold?: boolean; keepNext?: boolean; single?: boolean; before?: number; after?: number }): XmlParagraph {
  const space = { before: options.before ?? 0, after: options.after ?? 0, line: options.single === false ? LINE : 240 };
  // `line` gives docx `keepNext: false`, which it writes.
  return new XmlParagraph(`${options.keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>'}${spacing(space)}<w:jc w:val="center"/>`, runXml(text, { size: options.size, bold: options.bold ?? false, italics: false }));
}
