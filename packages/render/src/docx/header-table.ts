import { AlignmentType, LineRuleType, Paragraph, type Table, TextRun } from 'docx';
import type { DocumentHeader, DocumentTitle } from '../document/model.js';
import { lineOf, ruleOf } from './paragraphs.js';
import { brokenLineXml, type XmlParagraph, type XmlTable } from './straight.js';
import { layoutTableOf } from './tables.js';
import { textWidthPt, twips } from './text-width.js';
import { CELL_PADDING, COLOR, FONT, HEADER_LEFT, HEADER_RIGHT, LINE, SIZE, TEXT_WIDTH } from './units.js';

/**
 * The two-column header of Phụ lục I as a borderless table. Row 1: governing body and
 * issuer (a rule of about 1/3 of its line under it) | Quốc hiệu and Tiêu ngữ (a rule as
 * long as the motto under it). Row 2: the number | place and date, on one level.
 */
export function headerTable(header: DocumentHeader, straight?: boolean): Table | XmlTable {
  const leftInner = HEADER_LEFT - 2 * CELL_PADDING;
  const rightInner = HEADER_RIGHT - 2 * CELL_PADDING;
  const line = lineOf.bind(undefined, straight);
  const rule = ruleOf.bind(undefined, straight);
  const left: (Paragraph | XmlParagraph)[] = [];
  if (header.governingBody) left.push(line(header.governingBody, { size: SIZE.header }));
  for (const text of header.issuerLines) left.push(line(text, { size: SIZE.header, bold: true }));
  if (header.issuerLines.length) {
    const widest = Math.max(...header.issuerLines.map((t) => textWidthPt(t, SIZE.header / 2, true)));
    left.push(rule(Math.min(leftInner, twips(widest * 0.4)), leftInner));
  }
  const mottoWidth = twips(textWidthPt(header.motto, SIZE.motto / 2, true));
  const right = [
    line(header.nationalTitle, { size: SIZE.header, bold: true }),
    line(header.motto, { size: SIZE.motto, bold: true }),
    rule(Math.min(rightInner, mottoWidth), rightInner),
  ];
  const number = [line(header.number, { size: SIZE.number, before: 160 })];
  const date = [line(header.placeDate, { size: SIZE.placeDate, italics: true, before: 160 })];
  return layoutTableOf(straight, [HEADER_LEFT, HEADER_RIGHT], [
    [left, right],
    [number, date],
  ]);
}

/**
 * "KẾ HOẠCH", the summary in bold (on balanced lines when it is long), and a short rule
 * under it; a plan a decision issues says by which in italics under the rule.
 */
export function titleBlock(title: DocumentTitle, straight?: boolean): (Paragraph | XmlParagraph)[] {
  const line = lineOf.bind(undefined, straight);
  const out = [line(title.kind, { size: SIZE.title, bold: true, before: 360, single: false, keepNext: true })];
  const lines = title.summary ? summaryLines(title.summary) : [];
  if (lines.length) {
    out.push(
      lines.length === 1
        ? line(lines[0] as string, { size: SIZE.title, bold: true, single: false, keepNext: true })
        : straight
          ? brokenLineXml(lines, SIZE.title, LINE)
          : brokenLine(lines),
    );
  }
  if (title.issuedWith) out.push(line(title.issuedWith, { size: SIZE.title, italics: true, single: false, keepNext: true }));
  const widest = Math.max(0, ...lines.map((l) => twips(textWidthPt(l, SIZE.title / 2, true))));
  out.push(ruleOf(straight, Math.round(Math.min(TEXT_WIDTH, widest || TEXT_WIDTH) / 3), TEXT_WIDTH, 80));
  return out;
}

const width = (text: string): number => twips(textWidthPt(text, SIZE.title / 2, true));

/**
 * A summary too long for one line is broken as offices break it: before "trên địa
 * bàn" when it has one, else at the word that best balances the two lines.
 */
export function summaryLines(summary: string): string[] {
  const room = TEXT_WIDTH * 0.92;
  if (width(summary) <= room) return [summary];
  const at = summary.search(/ trên địa bàn /u);
  if (at > 0 && width(summary.slice(0, at)) <= room && width(summary.slice(at + 1)) <= room) {
    return [summary.slice(0, at), summary.slice(at + 1)];
  }
  const words = summary.split(' ');
  let best = 1;
  let bestDiff = Infinity;
  for (let i = 1; i < words.length; i++) {
    const diff = Math.abs(width(words.slice(0, i).join(' ')) - width(words.slice(i).join(' ')));
    if (diff < bestDiff) [best, bestDiff] = [i, diff];
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

function brokenLine(lines: string[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 0, after: 0, line: LINE, lineRule: LineRuleType.AUTO },
    children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0, font: FONT, color: COLOR, size: SIZE.title, bold: true })),
  });
}
