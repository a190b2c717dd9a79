import { inlineParts } from '../document/inline.js';
import { xmlSafe } from '../document/text.js';
import type { DocxContext } from './inline-runs.js';
import { COLOR, FONT, INDENT, LINE, PARAGRAPH_SPACING, SIZE } from './units.js';

// Paragraphs and tables written straight as the XML `docx` writes for them, as strings:
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

export interface LineXmlOptions {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  /** The value of `w:jc` (docx's AlignmentType): centred by default. */
  align?: string;
  before?: number;
  after?: number;
  single?: boolean;
  keepNext?: boolean;
}

/** A line of the header, title, signature, a caption (paragraphs.ts `line`, but for `pageBreakBefore`). */
export function lineXml(text: string, options: LineXmlOptions = {}): XmlParagraph {
  const space = { before: options.before ?? 0, after: options.after ?? 0, line: options.single === false ? LINE : 240 };
  const style = { size: options.size ?? SIZE.body, bold: options.bold ?? false, italics: options.italics ?? false };
  // `line` gives docx `keepNext: false`, which it writes.
  return new XmlParagraph(`${options.keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>'}${spacing(space)}<w:jc w:val="${esc(options.align ?? 'center')}"/>`, runXml(text, style));
}

const TINY = { size: 2, bold: false, italics: false } as const;

/** A short centred rule: an empty 1 pt paragraph with a top border (paragraphs.ts `rule`). */
export function ruleXml(lengthTwips: number, availableTwips: number, before = 60): XmlParagraph {
  const side = Math.max(0, Math.round((availableTwips - lengthTwips) / 2));
  return new XmlParagraph(
    `<w:pBdr><w:top w:val="single" w:color="${COLOR}" w:sz="6" w:space="1"/></w:pBdr>${spacing({ before, after: 0, line: 240 })}<w:ind w:left="${side}" w:right="${side}"/><w:jc w:val="center"/>`,
    runXml('', TINY),
  );
}

/** A paragraph 1 pt high (paragraphs.ts `hairline`). */
export function hairlineXml(): XmlParagraph {
  return new XmlParagraph('<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"/>', runXml('', TINY));
}

/** Lines of one centred paragraph kept with the next, broken where they are (header-table.ts `brokenLine`). */
export function brokenLineXml(lines: readonly string[], size: number, line: number): XmlParagraph {
  // docx's own TextRun, not `run`: no italics written, the text only escaped.
  const rPr = `<w:rPr>${FONTS}<w:b/><w:bCs/><w:color w:val="${COLOR}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  const runs = lines.map((text, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`).join('');
  return new XmlParagraph(`<w:keepNext/>${spacing({ before: 0, after: 0, line })}<w:jc w:val="center"/>`, runs);
}

const NONE = (side: string): string => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`;
const LAYOUT_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(NONE).join('')}</w:tblBorders>`;
const LAYOUT_CELL_BORDERS = `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map(NONE).join('')}</w:tcBorders>`;

/** A borderless layout table of fixed column widths, rows kept whole, cells top-aligned (tables.ts `layoutTable`). */
export function layoutTableXml(widths: readonly number[], rows: readonly (readonly (readonly XmlParagraph[])[])[]): XmlTable {
  let xml = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, b) => a + b, 0)}"/>${LAYOUT_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const cells of rows) {
    xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    cells.forEach((paragraphs, i) => {
      // docx ends a cell without a paragraph with an empty one.
      xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/>${LAYOUT_CELL_BORDERS}<w:vAlign w:val="top"/></w:tcPr>${paragraphs.length ? paragraphs.map((p) => p.xml()).join('') : '<w:p/>'}</w:tc>`;
    });
    xml += '</w:tr>';
  }
  xml += '</w:tbl>';
  return new XmlTable(() => [xml]);
}
