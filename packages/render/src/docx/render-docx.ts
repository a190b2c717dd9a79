import { AlignmentType, Document, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, type ISectionOptions, TextRun } from 'docx';
import { footnoteIds } from '../document/inline.js';
import type { RenderDocument } from '../document/model.js';
import { xmlSafe } from '../document/text.js';
import { readZip, unzipEntry, writeZip, zipEntry } from '../zip.js';
import { XML_MARKER } from './straight.js';
import type { DocxContext } from './inline-runs.js';
import { appendixPages, decisionPages, planPages, type PageRun } from './pages.js';
import { hairline, run } from './paragraphs.js';
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
function pageSize(landscape: boolean) {
  return { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT };
}

/**
 * The official document as a .docx file (Office Open XML): the decision that issues the
 * plan when there is one, the plan in A4 portrait (wide tables on landscape pages of their
 * own), then each appendix on pages of its own. Footnotes are Word footnotes.
 */
export async function renderDocx(doc: RenderDocument, options: { straight?: boolean } = {}): Promise<Uint8Array> {
  // `straight: false` (tests): docx writes every part, as the straight XML must read.
  const ctx: DocxContext = { footnoteIds: footnoteIds(doc.footnotes), ...(options.straight === false ? {} : { xml: [] }) };
  const runs: PageRun[] = [
    ...(doc.decision ? [decisionPages(ctx, doc.decision)] : []),
    ...planPages(ctx, doc),
    ...doc.appendices.map((a) => appendixPages(ctx, a)),
  ];
  if (doc.footnotes.length && runs[0]) runs[0].children.unshift(hairline());
  const sections: ISectionOptions[] = runs.map((r, i) =>
    i === 0
      ? {
          properties: { titlePage: true, page: { size: pageSize(r.landscape), margin: MARGIN } },
          headers: { default: pageNumberHeader(), first: emptyHeader() },
          children: r.children,
        }
      : { properties: { page: { size: pageSize(r.landscape), margin: MARGIN } }, headers: { default: pageNumberHeader() }, children: r.children },
  );
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const note of doc.footnotes) {
    const id = ctx.footnoteIds.get(note.mark);
    if (id !== undefined && !footnotes[id]) footnotes[id] = { children: [new Paragraph({ children: [run(note.text, { size: SIZE.footnote })] })] };
  }
  const file = new Document({
    title: xmlSafe(doc.meta.title),
    subject: xmlSafe(doc.meta.subject),
    creator: xmlSafe(doc.meta.creator) || 'kehoach',
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
    footnotes,
    sections,
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(file));
  return ctx.xml?.length ? withStraightXml(packed, ctx.xml) : packed;
}

/**
 * The package with each marker of its document replaced by the XML written straight
 * (straight.ts). docx packs the document with the markers (a small document.xml); its
 * other parts are kept as packed, the document is unpacked, filled and packed again.
 */
function withStraightXml(packed: Uint8Array, parts: readonly string[]): Uint8Array {
  const name = 'word/document.xml';
  const entries = readZip(packed);
  const i = entries.findIndex((e) => e.name === name);
  const doc = entries[i];
  if (!doc) throw new Error(`DOCX: no ${name}`);
  let n = 0;
  const filled = new TextDecoder().decode(unzipEntry(doc)).replace(XML_MARKER, (_, k: string) => {
    n++;
    return parts[Number(k)] ?? '';
  });
  if (n !== parts.length) throw new Error(`DOCX: ${parts.length} parts written straight, ${n} found in the document`);
  entries[i] = zipEntry(name, new TextEncoder().encode(filled));
  return writeZip(entries);
}
