import { AlignmentType, Document, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { RenderDocument } from '../document/model.js';
import { bodyParagraphs } from './body.js';
import { appendixParts } from './appendix-table.js';
import { gap, signatureTable } from './closing-parts.js';
import { headerTable, titleBlock } from './header-table.js';
import { run } from './paragraphs.js';
import { COLOR, FONT, LINE, PAGE, SIZE } from './units.js';

/** Page numbers centred in the top margin, from page 2 on (the first page has its own, empty header). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, color: COLOR, size: SIZE.pageNumber })],
      }),
    ],
  });
}

function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [run('', { size: SIZE.pageNumber })] })] });
}

const MARGIN = {
  top: PAGE.top,
  bottom: PAGE.bottom,
  left: PAGE.left,
  right: PAGE.right,
  header: PAGE.header,
  footer: PAGE.footer,
};

/** A4; docx swaps width and height itself for landscape. */
function pageSize(orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) {
  return { width: PAGE.width, height: PAGE.height, orientation };
}

/** The official document as a .docx file (Office Open XML): the plan in A4 portrait, the appendix in landscape. */
export async function renderDocx(doc: RenderDocument): Promise<Uint8Array> {
  const file = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.creator || 'kehoach',
    lastModifiedBy: 'kehoach',
    description: 'Kế hoạch kết xuất bởi kehoach theo Nghị định 30/2020/NĐ-CP',
    theme: { fonts: { headings: FONT, body: FONT } },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: COLOR },
          paragraph: { spacing: { before: 0, after: 0, line: LINE, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: pageSize(PageOrientation.PORTRAIT), margin: MARGIN },
        },
        headers: { default: pageNumberHeader(), first: emptyHeader() },
        children: [
          headerTable(doc.header),
          ...titleBlock(doc.title),
          ...bodyParagraphs(doc),
          gap(),
          signatureTable(doc.signature, doc.recipients),
        ],
      },
      ...(doc.appendix
        ? [
            {
              properties: { page: { size: pageSize(PageOrientation.LANDSCAPE), margin: MARGIN } },
              headers: { default: pageNumberHeader() },
              children: appendixParts(doc.appendix),
            },
          ]
        : []),
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
