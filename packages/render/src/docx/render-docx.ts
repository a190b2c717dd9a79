import { AlignmentType, Document, type FileChild, Header, type IContext, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, type ISectionOptions, TextRun } from 'docx';
import { footnoteIds } from '../document/inline.js';
import type { RenderDocument } from '../document/model.js';
import { xmlSafe } from '../document/text.js';
import { readZip, unzipEntry, writeZip, zipEntry, type ZipEntry, ZipEntryWriter } from '../zip.js';
import type { DocxContext } from './inline-runs.js';
import { TableInPieces } from './data-table.js';
import { appendixPages, decisionPages, planPages, type PageRun, type Part } from './pages.js';
import { hairlineOf, run } from './paragraphs.js';
import { type CoreMeta, FRAMES, type Notes, type Packed } from './frames.js';
import { XmlParagraph, XmlTable } from './straight.js';
import { COLOR, FONT, LINE, PAGE, SIZE } from './units.js';
import { childrenOf, type Prepared, RawXml, xmlOf } from './xml.js';

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

/** The sections of the document: the decision, the plan (portrait and landscape runs), each appendix. */
export function pageRuns(ctx: DocxContext, doc: RenderDocument): PageRun[] {
  const runs: PageRun[] = [
    ...(doc.decision ? [decisionPages(ctx, doc.decision)] : []),
    ...planPages(ctx, doc),
    ...doc.appendices.map((a) => appendixPages(ctx, a)),
  ];
  const first = runs[0];
  if (doc.footnotes.length && first) {
    const parts = first.parts;
    runs[0] = {
      landscape: first.landscape,
      *parts() {
        yield hairlineOf(ctx.straight);
        yield* parts();
      },
    };
  }
  return runs;
}

/** The document's properties. */
function coreMeta(doc: RenderDocument): CoreMeta {
  return {
    title: xmlSafe(doc.meta.title),
    subject: xmlSafe(doc.meta.subject),
    creator: xmlSafe(doc.meta.creator) || 'kehoach',
    lastModifiedBy: 'kehoach',
    description: 'Kế hoạch kết xuất bởi kehoach theo Nghị định 30/2020/NĐ-CP',
  };
}

/** The text of each footnote the document refers to by its mark, by number, in order (the first of a mark repeated). */
function footnoteTexts(ctx: DocxContext, doc: RenderDocument): Notes {
  const texts = new Map<number, string>();
  for (const note of doc.footnotes) {
    const id = ctx.footnoteIds.get(note.mark);
    if (id !== undefined && !texts.has(id)) texts.set(id, note.text);
  }
  return [...texts].sort((a, b) => a[0] - b[0]);
}

/** The `docx` document with its properties, styles, headers and footnotes, each section holding `content[i]`. */
export function docxFile(ctx: DocxContext, doc: RenderDocument, runs: readonly PageRun[], content: readonly FileChild[][]): Document {
  const sections: ISectionOptions[] = runs.map((r, i) =>
    i === 0
      ? {
          properties: { titlePage: true, page: { size: pageSize(r.landscape), margin: MARGIN } },
          headers: { default: pageNumberHeader(), first: emptyHeader() },
          children: content[i] ?? [],
        }
      : { properties: { page: { size: pageSize(r.landscape), margin: MARGIN } }, headers: { default: pageNumberHeader() }, children: content[i] ?? [] },
  );
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const [id, text] of footnoteTexts(ctx, doc)) footnotes[id] = { children: [new Paragraph({ children: [run(text, { size: SIZE.footnote })] })] };
  return new Document({
    ...coreMeta(doc),
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
}

const DOCUMENT_XML = 'word/document.xml';
const markerOf = (i: number): string => `KEHOACH-SECTION-${i}`;

/**
 * The official document as a .docx file (Office Open XML): the decision that issues the
 * plan when there is one, the plan in A4 portrait (wide tables on landscape pages of their
 * own), then each appendix on pages of its own. Footnotes are Word footnotes.
 *
 * Written as a stream, so memory does not grow with the plan beyond its model: `docx`
 * writes the document with one marker paragraph per section (properties, styles,
 * headers, footnotes, the sections' properties), and `word/document.xml` is then
 * written again into the zip a part at a time, deflated as it goes, and let go. Every
 * paragraph and table is written straight as the XML docx writes for it (straight.ts,
 * a table a row at a time), and the frame made for a document of the same sections'
 * orientations is used again (frames.ts). Whole, `docx` held the plan three times over
 * (its objects, their prepared form and the XML): about 80 KB a task, 2 GB for a 7 MB
 * plan. `straight: false` (tests) has docx make every part, a long table a piece of
 * rows at a time, written with its XML writer's rules (xml.ts), and the frame afresh.
 */
export async function renderDocx(doc: RenderDocument, options: { straight?: boolean } = {}): Promise<Uint8Array> {
  const ctx: DocxContext = { footnoteIds: footnoteIds(doc.footnotes), straight: options.straight ?? true };
  const runs = pageRuns(ctx, doc);
  // Written straight, the frame kept for documents of the same orientations is used (frames.ts).
  const shape = runs.map((r) => (r.landscape ? 'L' : 'P')).join('');
  const meta = coreMeta(doc);
  const notes = footnoteTexts(ctx, doc);
  let packed: Packed | undefined = ctx.straight ? FRAMES.parts(shape, meta, notes) : undefined;
  let context: IContext | undefined;
  if (!packed) {
    const file = docxFile(ctx, doc, runs, runs.map((_, i) => [new Paragraph({ children: [new TextRun(markerOf(i))] })]));
    packed = await packedParts(file);
    context = { file, viewWrapper: file.Document, stack: [] };
    if (ctx.straight) FRAMES.keep(shape, packed, meta, notes);
  }
  const { entries, at, frame } = packed;
  const { between, sections } = splitFrame(frame, runs.length);
  entries[at] = streamed(DOCUMENT_XML, (write) => {
    runs.forEach((r, i) => {
      write(between[i] as string);
      writeSection(r.parts(), sections[i], context, write);
    });
    write(between[runs.length] as string);
  });
  return writeZip(entries);
}

/** What docx's `Packer` writes with: its compiler, which gives the parts it zips by path (not part of docx's typed API). */
type Compile = (file: Document, prettify?: undefined, overrides?: []) => Map<string, unknown>;

function docxCompiler(): Compile | undefined {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler.compile as Compile).bind(compiler) : undefined;
}

/**
 * docx's parts of `file` as zip entries, in the order it packs them, and the text of
 * its document.xml (the frame; its entry `at` is to be replaced). Through docx's
 * compiler where it can be reached: each part deflated once, by zlib (zip.ts), and the
 * frame never deflated. Else (`viaCompiler: false`, or a docx without it) the parts of
 * the zip docx packs, as it stored them, the frame inflated. The same parts either way.
 */
export async function packedParts(file: Document, viaCompiler = true): Promise<{ entries: ZipEntry[]; at: number; frame: string }> {
  const compile = viaCompiler ? docxCompiler() : undefined;
  if (compile) {
    const parts = [...compile(file, undefined, [])];
    const at = parts.findIndex(([name]) => name === DOCUMENT_XML);
    const frame = parts[at]?.[1];
    if (typeof frame !== 'string') throw new Error(`docx wrote no ${DOCUMENT_XML}`);
    const utf8 = new TextEncoder();
    // As docx's zip takes them: text as UTF-8, bytes as they are.
    const bytes = (data: unknown): Uint8Array =>
      typeof data === 'string' ? utf8.encode(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data as ArrayBuffer);
    const entries = parts.map(([name, data], i) => zipEntry(name, i === at ? new Uint8Array() : bytes(data)));
    return { entries, at, frame };
  }
  const entries = readZip(new Uint8Array(await Packer.toArrayBuffer(file)));
  const at = entries.findIndex((e) => e.name === DOCUMENT_XML);
  const frame = entries[at];
  if (!frame) throw new Error(`docx wrote no ${DOCUMENT_XML}`);
  return { entries, at, frame: new TextDecoder().decode(unzipEntry(frame)) };
}

/**
 * The frame's text around each section's marker paragraph, and the section properties
 * (`w:sectPr`) docx put in it: every section but the last ends with a paragraph holding them.
 */
function splitFrame(xml: string, count: number): { between: string[]; sections: (string | undefined)[] } {
  const between: string[] = [];
  const sections: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const marker = xml.indexOf(`>${markerOf(i)}<`, at);
    const start = Math.max(xml.lastIndexOf('<w:p>', marker), xml.lastIndexOf('<w:p ', marker));
    const end = xml.indexOf('</w:p>', marker);
    if (marker < 0 || start < at || end < 0) throw new Error(`docx moved the paragraph of section ${i + 1}`);
    const paragraph = xml.slice(start, end);
    sections.push(/<w:sectPr[\s>][\s\S]*<\/w:sectPr>|<w:sectPr\/>/u.exec(paragraph)?.[0]);
    between.push(xml.slice(at, start));
    at = end + '</w:p>'.length;
  }
  between.push(xml.slice(at));
  return { between, sections };
}

/**
 * A section's parts, each written as docx writes it in a body; the section's properties
 * go into its last paragraph as docx puts them (last in its properties), or, after a
 * table, into an empty paragraph of their own (docx's `createSectionParagraph`).
 */
function writeSection(parts: Iterable<Part>, sectPr: string | undefined, context: IContext | undefined, write: (xml: string) => void): void {
  let last: Part | undefined;
  for (const part of parts) {
    if (last) writePart(last, context, write);
    last = part;
  }
  if (last instanceof XmlParagraph && sectPr) {
    write(last.xml(sectPr));
    return;
  }
  if (last instanceof Paragraph && sectPr) {
    const prepared = last.prepForXml(docxContext(context)) as Prepared | undefined;
    const p = prepared && childrenOf(prepared);
    if (!p) throw new Error('a paragraph docx could not write');
    const children = [...p.children];
    const at = children.findIndex((c) => Object.keys(c)[0] === 'w:pPr');
    const props = at >= 0 ? childrenOf(children[at] as Prepared) : undefined;
    if (at >= 0 && !props) throw new Error('paragraph properties docx wrote otherwise');
    const raw = new RawXml(sectPr);
    if (props) {
      const list: unknown[] = [...props.children];
      const change = list.findIndex((c) => !(c instanceof RawXml) && Object.keys(c as object)[0] === 'w:pPrChange');
      list.splice(change >= 0 ? change : list.length, 0, raw);
      children[at] = { 'w:pPr': list };
    } else children.unshift({ 'w:pPr': [raw] });
    write(xmlOf({ [p.name]: children }));
    return;
  }
  if (last) writePart(last, context, write);
  if (sectPr) write(`<w:p><w:pPr>${sectPr}</w:pPr></w:p>`);
}

/** The context docx prepares its parts in: that of the file the frame was made from. */
function docxContext(context: IContext | undefined): IContext {
  if (!context) throw new Error('a part made by docx in a document written straight from a kept frame');
  return context;
}

function writePart(part: Part, context: IContext | undefined, write: (xml: string) => void): void {
  if (part instanceof XmlParagraph) {
    write(part.xml());
    return;
  }
  if (part instanceof XmlTable) {
    for (const xml of part.pieces()) write(xml);
    return;
  }
  if (!(part instanceof TableInPieces)) {
    const prepared = part.prepForXml(docxContext(context)) as Prepared | undefined;
    if (prepared) write(xmlOf(prepared));
    return;
  }
  let first = true;
  for (const piece of part.pieces()) {
    const table = childrenOf(piece.prepForXml(docxContext(context)) as Prepared);
    if (!table) throw new Error('a table docx could not write');
    if (first) write(`<${table.name}>`);
    // The first piece gives the table's properties and grid; the others add their rows.
    for (const child of table.children) if (first || Object.keys(child)[0] === 'w:tr') write(xmlOf(child));
    first = false;
  }
  write('</w:tbl>');
}

/** Text written in pieces of about this many characters into the zip. */
const CHUNK = 1 << 18;

/** The zip entry `name` of the text `fill` writes, deflated a piece at a time as it goes (level 6, as docx packs). */
function streamed(name: string, fill: (write: (xml: string) => void) => void): ReturnType<ZipEntryWriter['entry']> {
  const entry = new ZipEntryWriter(name, 6);
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let size = 0;
  fill((xml) => {
    pending.push(xml);
    size += xml.length;
    if (size >= CHUNK) {
      entry.push(encoder.encode(pending.join('')));
      pending = [];
      size = 0;
    }
  });
  entry.push(encoder.encode(pending.join('')), true);
  return entry.entry();
}
