import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanAnalysis } from '@kehoach/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, renderPlan, type Block, type DocumentHeader, type RenderDocument } from '../src/index.js';
import { PACKAGE_DIR, renderTargets } from './helpers/load.js';
import { HEADER_LEFT, PAGE, SIGN_LEFT } from '../src/docx/units.js';
import { findAll, findFirst, findLast, pt, twipsPt, type Box } from './helpers/boxes.js';
import { APT_PACKAGES, convertToPdf, missingTools, pdfBoxes, pdfFonts, pdfPages, run, type BoxPage } from './helpers/office.js';

/**
 * Opens every rendered example in LibreOffice (headless) and reads the PDF back with
 * poppler. Without them every check here fails with the command that installs them:
 * a missing tool is never a silent skip.
 */
const ARTIFACTS = join(PACKAGE_DIR, 'artifacts');

interface Converted {
  name: string;
  doc: RenderDocument;
  analysis: PlanAnalysis;
  pdf: string;
  boxes: BoxPage[];
  /** Indexes of the portrait pages (the landscape ones hold wide tables and appendices). */
  portrait: number[];
}

describe('LibreOffice opens the DOCX and lays it out as Phụ lục I', () => {
  const converted: Converted[] = [];
  let work = '';
  let unavailable = '';
  /** The converted examples; throws when the tools are missing, so no check passes on nothing. */
  const docs = (): Converted[] => {
    if (unavailable) throw new Error(unavailable);
    expect(converted.length, 'rendered documents').toBeGreaterThan(0);
    return converted;
  };

  beforeAll(async () => {
    const missing = missingTools();
    if (missing.length) {
      // Every test then fails with this line (a failed beforeAll would only skip them).
      unavailable = `LibreOffice/poppler missing: ${missing.join(', ')}. Install them: apt-get install -y --no-install-recommends ${APT_PACKAGES}`;
      return;
    }
    work = mkdtempSync(join(tmpdir(), 'kehoach-render-'));
    const docs: Omit<Converted, 'pdf' | 'boxes' | 'portrait'>[] = [];
    for (const target of await renderTargets()) {
      const analysis = await target.load();
      writeFileSync(join(work, `${target.name}.docx`), await renderPlan(analysis, { format: 'docx' }));
      docs.push({ name: target.name, doc: buildDocument(analysis), analysis });
    }
    convertToPdf(docs.map((d) => join(work, `${d.name}.docx`)), work);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const d of docs) {
      const pdf = join(work, `${d.name}.pdf`);
      const boxes = pdfBoxes(pdf);
      converted.push({ ...d, pdf, boxes, portrait: boxes.flatMap((p, i) => (p.width < p.height ? [i] : [])) });
      // Page 1 as a PNG for people to look at (a CI artifact; the folder is git-ignored).
      run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, `${d.name}-page1`)]);
    }
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('converts every example to an A4 PDF', () => {
    for (const c of docs()) {
      expect(statSync(c.pdf).size, c.name).toBeGreaterThan(5_000);
      expect(run('pdfinfo', [c.pdf]), c.name).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    }
  });

  it('uses Times New Roman or its metric twin Liberation Serif, and no other font', () => {
    for (const c of docs()) {
      const fonts = pdfFonts(c.pdf);
      expect(fonts.length, c.name).toBeGreaterThan(0);
      for (const font of fonts) expect(font, `${c.name}: ${fonts.join(', ')}`).toMatch(/^(TimesNewRoman|Times New Roman|LiberationSerif)([,-]|$)/);
    }
  });

  it('prints the header, title, section headings, task titles and signature in order', () => {
    for (const c of docs()) {
      const pages = pdfPages(c.pdf);
      const text = squeeze(bodyText(pages));
      const h = firstHeader(c.doc);
      const [left, right] = headerColumns(pages[0] ?? '', h.nationalTitle);
      expectInOrder(left, [...(h.governingBody ? [h.governingBody] : []), ...h.issuerLines, h.number ?? ''], `${c.name}: issuer column`);
      expectInOrder(right, [h.nationalTitle, h.motto, h.placeDate ?? ''], `${c.name}: national title column`);
      expectInOrder(text, mainSequence(c.doc), `${c.name}: body`);
      // Titles of the body's tasks (an appendix table wraps its cells side by side).
      for (const title of taskTitles(c.analysis)) expect(text, `${c.name}: task "${title}"`).toContain(squeeze(title));
    }
  });

  it('numbers pages from page 2, centred at the top', () => {
    for (const c of docs()) {
      const pages = pdfPages(c.pdf);
      expect(firstLine(pages[0] ?? ''), c.name).not.toMatch(/^\d+$/);
      if (pages.length > 1) expect(firstLine(pages[1] ?? ''), c.name).toBe('2');
    }
  });

  it('lays the header out in two columns, each line centred in its column at the sizes of Phụ lục I', () => {
    for (const c of docs()) {
      const h = firstHeader(c.doc);
      const at = (text: string): Box => findFirst(c.boxes, text, 0, 0);
      const left = [...(h.governingBody ? [h.governingBody] : []), ...h.issuerLines].map(at);
      const number = at(h.number ?? '');
      const national = at(h.nationalTitle);
      const motto = at(h.motto);
      const date = at(h.placeDate ?? '');
      for (const b of [...left, number]) expect(b.cx, `${c.name}: issuer column`).toBeCloseTo(LEFT_COLUMN_CENTRE, -0.5);
      for (const b of [national, motto, date]) expect(b.cx, `${c.name}: national title column`).toBeCloseTo(RIGHT_COLUMN_CENTRE, -0.5);
      expect(Math.abs(national.y0 - (left[0] as Box).y0), `${c.name}: first lines level`).toBeLessThan(1.5);
      expect(Math.abs(number.y1 - date.y1), `${c.name}: number level with place and date`).toBeLessThan(2);
      for (const b of left) expectSize(b, 12, 13, `${c.name}: issuer`);
      expectSize(number, 13, 13, `${c.name}: number`);
      expectSize(national, 12, 13, `${c.name}: quốc hiệu`);
      expectSize(motto, 13, 14, `${c.name}: tiêu ngữ`);
      expectSize(date, 13, 14, `${c.name}: place and date`);
    }
  });

  it('centres "KẾ HOẠCH" and keeps every line inside the margins of Phụ lục I', () => {
    for (const c of docs()) {
      const title = findFirst(c.boxes, (c.doc.decision?.title ?? c.doc.title).kind, 0, 0);
      expect(title.cx, `${c.name}: title centred`).toBeCloseTo(TEXT_CENTRE, -0.5);
      expectSize(title, 13, 14, `${c.name}: title`);
      const first = c.doc.body.find((b) => b.kind === 'heading');
      if (first?.kind === 'heading') expectSize(findFirst(c.boxes, `${first.marker} ${first.text}`), 13, 14, `${c.name}: body`);
      const words = c.portrait.flatMap((i) => (c.boxes[i]?.words ?? []).filter((w) => !(i > 0 && isPageNumber(w.text, i))));
      const minX = Math.min(...words.map((w) => w.x0));
      const maxX = Math.max(...words.map((w) => w.x1));
      expect(minX, `${c.name}: left margin 30-35 mm`).toBeGreaterThan(pt(30) - 0.5);
      expect(minX, `${c.name}: left margin 30-35 mm`).toBeLessThan(pt(35));
      expect(A4_WIDTH - maxX, `${c.name}: right margin 15-20 mm`).toBeGreaterThan(pt(15) - 0.5);
      expect(A4_WIDTH - maxX, `${c.name}: right margin 15-20 mm`).toBeLessThan(pt(20));
      const top = Math.min(...(c.boxes[0]?.words ?? []).map((w) => w.y0));
      expect(top, `${c.name}: top margin 20-25 mm`).toBeGreaterThan(pt(20) - 3);
      expect(top, `${c.name}: top margin 20-25 mm`).toBeLessThan(pt(25));
      // poppler's boxes are 1.3 em tall, taller than the 1.15 line: allow them 3 pt past the margin.
      expect(Math.max(...words.map((w) => w.y1)), `${c.name}: bottom margin at least 20 mm`).toBeLessThan(A4_HEIGHT - pt(20) + 3);
    }
  });

  it('spaces body lines between single and 1.5 lines, as Phụ lục I allows', () => {
    for (const c of docs()) {
      // Lines that start at the left margin are the second and later lines of body paragraphs.
      const starts = (c.boxes[0]?.words ?? []).filter((w) => Math.abs(w.x0 - LEFT) < 1).map((w) => w.y0);
      const pitches = starts.slice(1).map((y, i) => y - (starts[i] as number)).filter((d) => d > 0);
      expect(pitches.length, `${c.name}: body lines on page 1`).toBeGreaterThan(2);
      const pitch = Math.min(...pitches);
      // 14 pt Times New Roman: a single line is 16.1 pt (at least 15 pt exactly), 1.5 lines 24.2 pt.
      expect(pitch, `${c.name}: line pitch`).toBeGreaterThanOrEqual(15);
      expect(pitch, `${c.name}: line pitch`).toBeLessThanOrEqual(24.2);
    }
  });

  it('signs on the right, level with "Nơi nhận:" on the left, recipients in 11 pt', () => {
    for (const c of docs()) {
      // The plan's own signature: on the last portrait page that holds "Nơi nhận:".
      const last = Math.max(...c.portrait);
      if (!c.doc.signature || !c.doc.recipients) continue;
      const received = findLast(c.boxes, c.doc.recipients.heading, 0, last);
      const [firstLine, ...rest] = c.doc.signature.lines;
      if (!firstLine) continue;
      const sign = findLast(c.boxes, firstLine, 0, last, WHOLE);
      expect(sign.page, `${c.name}: same page`).toBe(received.page);
      expect(Math.abs(sign.y0 - received.y0), `${c.name}: "Nơi nhận:" level with ${firstLine}`).toBeLessThan(3);
      expect(received.x1, `${c.name}: "Nơi nhận:" on the left`).toBeLessThan(TEXT_CENTRE);
      expect(sign.cx, `${c.name}: signature centred on the right`).toBeCloseTo(SIGN_COLUMN_CENTRE, -0.5);
      expectSize(received, 12, 12, `${c.name}: "Nơi nhận:"`);
      expectSize(sign, 13, 14, `${c.name}: signature`);
      const item = findFirst(c.boxes, c.doc.recipients.items[0] ?? '', received.page, received.page);
      expectSize(item, 11, 11, `${c.name}: recipients`);
      expect(item.x0, `${c.name}: recipients on the left`).toBeLessThan(received.x0 + 1);
      let below = sign;
      for (const text of rest) {
        const b = findFirst(c.boxes, text, sign.page, sign.page, WHOLE);
        expect(b.cx, `${c.name}: ${text} centred on the right`).toBeCloseTo(SIGN_COLUMN_CENTRE, -0.5);
        below = b;
      }
      if (c.doc.signature.name) {
        const name = findLast(c.boxes, c.doc.signature.name, sign.page, sign.page, WHOLE);
        expect(name.cx, `${c.name}: name centred under the title`).toBeCloseTo(SIGN_COLUMN_CENTRE, -0.5);
        expect(name.y0 - below.y1, `${c.name}: room to sign and stamp (15 mm)`).toBeGreaterThan(pt(15));
      }
    }
  });

  it('prints page numbers centred in the top margin from page 2, on the appendix too', () => {
    for (const c of docs()) {
      expect(c.boxes.length, c.name).toBeGreaterThan(1);
      expect(c.boxes[0]?.words.some((w) => w.y1 < pt(20) - 3), `${c.name}: nothing above the header on page 1`).toBe(false);
      c.boxes.forEach((page, i) => {
        if (i === 0) return;
        const n = findAll(c.boxes, String(i + 1), i, i).find((b) => b.y1 < pt(20));
        expect(n, `${c.name}: number on page ${i + 1}`).toBeDefined();
        const centre = (twipsPt(PAGE.left) + page.width - twipsPt(PAGE.right)) / 2;
        expect(n?.cx, `${c.name}: page ${i + 1} number centred`).toBeCloseTo(centre, -0.5);
      });
    }
  });

  it('puts a wide appendix on landscape pages: "PHỤ LỤC" centred, the columns left to right, the header row on every page', () => {
    let seen = 0;
    for (const c of docs()) {
      const appendix = c.doc.appendices.find((a) => a.landscape);
      if (!appendix) continue;
      seen += 1;
      // The appendix starts on the first page after the plan's signature that prints its label.
      const signedOn = findLast(c.boxes, c.doc.recipients?.heading ?? 'Nơi nhận:', 0, Math.max(...c.portrait)).page;
      const start = findFirst(c.boxes, appendix.label, signedOn + 1).page;
      const pages = c.boxes.slice(start);
      for (const p of pages) expect(p.width, c.name).toBeGreaterThan(p.height);
      const label = findFirst(c.boxes, appendix.label, start, start);
      const centre = (twipsPt(PAGE.left) + (pages[0]?.width ?? 0) - twipsPt(PAGE.right)) / 2;
      expect(label.cx, `${c.name}: PHỤ LỤC centred`).toBeCloseTo(centre, -0.5);
      const table = appendix.blocks.find((b) => b.kind === 'table');
      const heads = (table?.kind === 'table' ? (table.head[0] ?? []) : []).map((h) => h.text.split(/\s+/).slice(0, 2).join(' '));
      expect(heads.length, `${c.name}: header row`).toBeGreaterThan(2);
      for (let p = start; p < c.boxes.length; p++) {
        const xs = heads.map((h) => findFirst(c.boxes, h, p, p).x0);
        expect(xs, `${c.name}: header row on page ${p + 1}`).toEqual([...xs].sort((a, b) => a - b));
      }
    }
    expect(seen, 'documents with a landscape appendix').toBeGreaterThan(0);
  });

  it('keeps a PNG of page 1 under artifacts/', () => {
    for (const c of docs()) {
      const png = readFileSync(join(ARTIFACTS, `${c.name}-page1.png`));
      expect(png.subarray(1, 4).toString('latin1'), c.name).toBe('PNG');
      expect(png.length, c.name).toBeGreaterThan(2_000);
    }
  });
});

const WHOLE = { whole: true };
const A4_WIDTH = twipsPt(PAGE.width);
const A4_HEIGHT = twipsPt(PAGE.height);
const LEFT = twipsPt(PAGE.left);
const TEXT_CENTRE = (LEFT + A4_WIDTH - twipsPt(PAGE.right)) / 2;
const LEFT_COLUMN_CENTRE = LEFT + twipsPt(HEADER_LEFT) / 2;
const RIGHT_COLUMN_CENTRE = (LEFT + twipsPt(HEADER_LEFT) + A4_WIDTH - twipsPt(PAGE.right)) / 2;
const SIGN_COLUMN_CENTRE = (LEFT + twipsPt(SIGN_LEFT) + A4_WIDTH - twipsPt(PAGE.right)) / 2;

/** The font size of a printed phrase is within the range Phụ lục I gives (in points). */
function expectSize(b: Box, min: number, max: number, label: string): void {
  expect(b.size, `${label}: ${b.size.toFixed(1)} pt, expected ${min}-${max}`).toBeGreaterThan(min - 0.3);
  expect(b.size, `${label}: ${b.size.toFixed(1)} pt, expected ${min}-${max}`).toBeLessThan(max + 0.3);
}

function isPageNumber(text: string, index: number): boolean {
  return text === String(index + 1);
}

/** Text compared without whitespace: pdftotext breaks lines and spreads justified words. */
function squeeze(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '');
}

/**
 * The two columns of the header, read from the -layout text of page 1 down to
 * "KẾ HOẠCH": a piece of a line belongs to the right column when it starts where the
 * national title does or further right (names may wrap inside their column).
 */
function headerColumns(page: string, nationalTitle: string): [string, string] {
  const lines = page.split('\n');
  const end = lines.findIndex((l) => l.trim() === 'KẾ HOẠCH');
  const head = lines.slice(0, end < 0 ? 12 : end);
  const split = Math.max(0, ...head.map((l) => l.indexOf(nationalTitle.slice(0, 8)))) - 2;
  let left = '';
  let right = '';
  for (const line of head) {
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
      if ((m.index ?? 0) >= split) right += m[0];
      else left += m[0];
    }
  }
  return [squeeze(left), squeeze(right)];
}

function firstLine(page: string): string {
  return page.split('\n').find((l) => l.trim())?.trim() ?? '';
}

/** The pages without the page numbers at their top, so a paragraph across pages reads on. */
function bodyText(pages: string[]): string {
  return pages.map((page, i) => (i === 0 ? page : page.replace(/^\s*\d+\s*\n/, ''))).join('\n');
}

function expectInOrder(text: string, needles: string[], label: string): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(squeeze(needle), from);
    expect(at, `${label}: "${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + squeeze(needle).length;
  }
}

/** The header the first page prints: the decision's when a decision issues the plan. */
function firstHeader(doc: RenderDocument): DocumentHeader {
  const header = doc.decision?.header ?? doc.header;
  if (!header) throw new Error('a document without a header on its first page');
  return header;
}

/** What the body prints in order: titles, headings, points, signatures (tables are read apart: their cells wrap side by side). */
function mainSequence(doc: RenderDocument): string[] {
  const ids = new Map(doc.footnotes.map((n, i) => [n.mark, i + 1]));
  // A footnote reference prints as its number, raised.
  const printed = (text: string): string => text.replace(/\[\^([^\]\s]+)\]/g, (m, mark: string) => String(ids.get(mark) ?? m));
  const out: string[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'heading') out.push(printed([b.marker, b.text].filter(Boolean).join(' ')));
      if (b.kind === 'paragraph' && b.label) out.push(b.label);
      if (b.kind === 'item') {
        out.push(printed([b.marker, b.text].filter(Boolean).join(' ')));
        walk(b.children);
      }
    }
  };
  if (doc.decision) {
    out.push(doc.decision.title.kind, doc.decision.title.summary, doc.decision.enacting);
    walk(doc.decision.articles);
    out.push(...doc.decision.signature.lines, doc.decision.signature.name);
  }
  out.push(doc.title.kind, doc.title.summary);
  walk(doc.body);
  if (doc.signature) out.push(...doc.signature.lines, doc.signature.name);
  return out.filter(Boolean);
}

/** Every body task's title (or its first line of content) as the plan states it. */
function taskTitles(analysis: PlanAnalysis): string[] {
  return analysis.tasks().filter((v) => v.place !== 'appendix').map((v) => {
    const content = v.task.content;
    const first = typeof content === 'string' ? content : Array.isArray(content) && typeof content[0] === 'string' ? content[0] : '';
    return (v.task.title ?? first ?? '').replace(/^([a-zđ][),]|\d{1,2}[.)]|[-–+•])\s+/u, '').replace(/[.;,:]+$/, '');
  });
}
