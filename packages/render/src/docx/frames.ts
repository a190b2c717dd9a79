import { unzipEntry, zipEntry, type ZipEntry } from '../zip.js';
import { esc, runXml } from './straight.js';
import { SIZE } from './units.js';

// The frame of a DOCX (every part but the body: styles, theme, numbering, settings,
// headers, relationships, the sections' properties) is the same for every document
// whose sections have the same orientations; only its properties (docProps/core.xml)
// and footnotes (word/footnotes.xml) are its own. Making it through `docx` (its File,
// compiled) was most of what a short document cost, a roll-up's synthesised report
// ~20 ms of ~35: it is made once for each shape, and kept, with those two parts
// written straight for each document. A frame is kept only when the two parts written
// straight are the ones docx wrote for the document it was made for (else that shape
// is made through docx every time); tests hold every part to docx's for documents of
// one shape in turn (docx-stream.test.ts).

export const CORE_XML = 'docProps/core.xml';
export const FOOTNOTES_XML = 'word/footnotes.xml';

/** docx's parts of a document as zip entries in its order; `frame`, the text of document.xml, goes in entry `at`. */
export interface Packed {
  entries: ZipEntry[];
  at: number;
  frame: string;
}

/** The document's properties as docx's CoreProperties writes them. */
export interface CoreMeta {
  title: string;
  subject: string;
  creator: string;
  description: string;
  lastModifiedBy: string;
}

/** The footnotes of a document: their text by number, in the order of their numbers. */
export type Notes = readonly (readonly [id: number, text: string])[];

/** docProps/core.xml as docx writes it: `head` is its text up to the end of the opening of its root. */
export function coreXml(head: string, meta: CoreMeta, created: string, modified: string): string {
  const element = (name: string, value: string): string => (value ? `<${name}>${esc(value)}</${name}>` : '');
  return `${head}${element('dc:title', meta.title)}${element('dc:subject', meta.subject)}${element('dc:creator', meta.creator)}${element('dc:description', meta.description)}${element('cp:lastModifiedBy', meta.lastModifiedBy)}<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`;
}

const FOOTNOTE = { size: SIZE.footnote, bold: false, italics: false } as const;

/** word/footnotes.xml as docx writes it: `head` is its text up to the first footnote of the document (after the separators). */
export function footnotesXml(head: string, notes: Notes): string {
  let xml = head;
  for (const [id, text] of notes) {
    xml += `<w:footnote w:id="${id}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${runXml(text, FOOTNOTE)}</w:p></w:footnote>`;
  }
  return `${xml}</w:footnotes>`;
}

interface Kept extends Packed {
  core: number;
  footnotes: number;
  coreHead: string;
  footnotesHead: string;
}

/** Frames kept by shape (the sections' orientations, as 'PL'): at most `max` shapes, forgotten all at once past it. */
export class Frames {
  private readonly kept = new Map<string, Kept | null>();

  constructor(private readonly max = 32) {}

  /** The parts of a document of `shape` from the frame kept for it, or undefined when none is. */
  parts(shape: string, meta: CoreMeta, notes: Notes): Packed | undefined {
    const kept = this.kept.get(shape);
    if (!kept) return undefined;
    const now = new Date().toISOString();
    const utf8 = new TextEncoder();
    const entries = kept.entries.slice();
    entries[kept.core] = zipEntry(CORE_XML, utf8.encode(coreXml(kept.coreHead, meta, now, now)));
    entries[kept.footnotes] = zipEntry(FOOTNOTES_XML, utf8.encode(footnotesXml(kept.footnotesHead, notes)));
    return { entries, at: kept.at, frame: kept.frame };
  }

  /** Whether a frame is kept for `shape` (true), was found not to be keepable (false), or not tried (undefined). */
  state(shape: string): boolean | undefined {
    const kept = this.kept.get(shape);
    return kept === undefined ? undefined : kept !== null;
  }

  /**
   * Keep the frame of `packed`, docx's parts of a document of `shape` with these
   * properties and footnotes, if the two parts written straight for them are docx's.
   */
  keep(shape: string, packed: Packed, meta: CoreMeta, notes: Notes): void {
    if (this.kept.has(shape)) return;
    if (this.kept.size >= this.max) this.kept.clear();
    this.kept.set(shape, keepable(packed, meta, notes) ?? null);
  }

  clear(): void {
    this.kept.clear();
  }
}

function keepable(packed: Packed, meta: CoreMeta, notes: Notes): Kept | undefined {
  const core = packed.entries.findIndex((e) => e.name === CORE_XML);
  const footnotes = packed.entries.findIndex((e) => e.name === FOOTNOTES_XML);
  const coreEntry = packed.entries[core];
  const footnotesEntry = packed.entries[footnotes];
  if (!coreEntry || !footnotesEntry) return undefined;
  const text = new TextDecoder();
  const coreText = text.decode(unzipEntry(coreEntry));
  const footnotesText = text.decode(unzipEntry(footnotesEntry));
  const root = coreText.indexOf('<cp:coreProperties');
  const coreHead = coreText.slice(0, coreText.indexOf('>', root) + 1);
  const created = /<dcterms:created[^>]*>([^<]*)</.exec(coreText)?.[1];
  const modified = /<dcterms:modified[^>]*>([^<]*)</.exec(coreText)?.[1];
  const first = footnotesText.indexOf('<w:footnote w:id=');
  const footnotesHead = footnotesText.slice(0, first >= 0 ? first : footnotesText.lastIndexOf('</w:footnotes>'));
  if (root < 0 || created === undefined || modified === undefined) return undefined;
  if (coreXml(coreHead, meta, created, modified) !== coreText || footnotesXml(footnotesHead, notes) !== footnotesText) return undefined;
  // The document's own document.xml is not kept: each document writes its own in its place.
  const entries = packed.entries.map((e, i) => (i === packed.at ? zipEntry(e.name, new Uint8Array()) : e));
  return { entries, at: packed.at, frame: packed.frame, core, footnotes, coreHead, footnotesHead };
}

/** The frames kept in this process, for every document written straight. */
export const FRAMES = new Frames();
