import { AlignmentType, BorderStyle, type IParagraphOptions, LineRuleType, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { xmlSafe } from '../document/text.js';
import { hairlineXml, lineXml, ruleXml, type XmlParagraph } from './straight.js';
import { COLOR, FONT, INDENT, LINE, PARAGRAPH_SPACING, SIZE } from './units.js';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/**
 * Every run names the font and colour itself, so no viewer falls back to a theme font.
 * Its text never holds a character XML 1.0 forbids, whatever the caller passed.
 */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: xmlSafe(text),
    font: FONT,
    color: COLOR,
    size: style.size ?? SIZE.body,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
  });
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface LineOptions extends RunStyle {
  align?: Align;
  before?: number;
  after?: number;
  /** Single spacing for header and signature lines. */
  single?: boolean;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

/** A centred or left line of the header, title or signature block. */
export function line(text: string, opts: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0, line: opts.single === false ? LINE : 240, lineRule: LineRuleType.AUTO },
    keepNext: opts.keepNext ?? false,
    pageBreakBefore: opts.pageBreakBefore ?? false,
    children: [run(text, opts)],
  });
}

/** A justified body paragraph with a first-line indent and 6 pt before it. */
export function bodyParagraph(children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { before: PARAGRAPH_SPACING, after: 0, line: LINE, lineRule: LineRuleType.AUTO },
    children,
    ...extra,
  });
}

/**
 * A short horizontal rule, centred: an empty 1 pt paragraph whose top border is
 * `lengthTwips` long (the indents leave the rest of the cell or page empty).
 */
export function rule(lengthTwips: number, availableTwips: number, before = 60): Paragraph {
  const side = Math.max(0, Math.round((availableTwips - lengthTwips) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: COLOR, space: 1 } },
    children: [run('', { size: 2 })],
  });
}

/**
 * A paragraph 1 pt high. LibreOffice moves a table that opens a document holding
 * footnotes one line down (an empty paragraph of its own making); a paragraph before
 * the header table keeps the header at the top margin.
 */
export function hairline(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [run('', { size: 2 })],
  });
}

/** `line`, written straight (straight.ts) when `straight`. */
export function lineOf(straight: boolean | undefined, text: string, opts: LineOptions = {}): Paragraph | XmlParagraph {
  return straight && !opts.pageBreakBefore ? lineXml(text, opts) : line(text, opts);
}

/** `rule`, written straight when `straight`. */
export function ruleOf(straight: boolean | undefined, lengthTwips: number, availableTwips: number, before = 60): Paragraph | XmlParagraph {
  return straight ? ruleXml(lengthTwips, availableTwips, before) : rule(lengthTwips, availableTwips, before);
}

/** `hairline`, written straight when `straight`. */
export function hairlineOf(straight: boolean | undefined): Paragraph | XmlParagraph {
  return straight ? hairlineXml() : hairline();
}
