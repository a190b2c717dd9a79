import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlan } from '../src/index.js';
import { attr, docxParts, runsOf, runWith, sectionsOf, tablesOf, type RunInfo } from './helpers/docx-xml.js';
import { analyzeYaml, HEAD } from './helpers/inline.js';
import { loadFixture, renderTargets } from './helpers/load.js';

const TNR = 'Times New Roman';
const mmOf = (twips: number): number => (twips * 25.4) / 1440;

describe('DOCX of the district plan (numbered tasks)', () => {
  let parts: Map<string, string>;
  let body: string;
  let runs: RunInfo[];

  beforeAll(async () => {
    const bytes = await renderPlan(await loadFixture('district-binh-son.kehoach.yaml'), { format: 'docx' });
    parts = docxParts(bytes);
    body = parts.get('word/document.xml') ?? '';
    runs = runsOf(body);
  });

  it('sets every run, the document defaults and the theme in Times New Roman', () => {
    expect(runs.length).toBeGreaterThan(50);
    for (const run of runs) expect(new Set(run.fonts), run.text).toEqual(new Set([TNR]));
    const styles = parts.get('word/styles.xml') ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attr(defaults, 'w:rFonts', 'w:ascii')).toBe(TNR);
    expect(attr(defaults, 'w:rFonts', 'w:hAnsi')).toBe(TNR);
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('28');
    // Any style or run that falls back to the theme gets Times New Roman too.
    const theme = parts.get('word/theme/theme1.xml') ?? '';
    const latin = [...theme.matchAll(/<a:latin typeface="([^"]*)"/g)].map((m) => m[1]);
    expect(latin.length).toBeGreaterThan(0);
    expect(new Set(latin)).toEqual(new Set([TNR]));
  });

  it('is A4 portrait with margins inside the ranges of Phụ lục I', () => {
    const first = sectionsOf(body)[0] ?? '';
    expect(attr(first, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(first, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(first, 'w:pgSz', 'w:orient')).toBe('portrait');
    const margin = (side: string): number => mmOf(Number(attr(first, 'w:pgMar', `w:${side}`)));
    expect(margin('top')).toBeGreaterThanOrEqual(20);
    expect(margin('top')).toBeLessThanOrEqual(25);
    expect(margin('bottom')).toBeGreaterThanOrEqual(20);
    expect(margin('bottom')).toBeLessThanOrEqual(25);
    expect(margin('left')).toBeGreaterThanOrEqual(30);
    expect(margin('left')).toBeLessThanOrEqual(35);
    expect(margin('right')).toBeGreaterThanOrEqual(15);
    expect(margin('right')).toBeLessThanOrEqual(20);
  });

  it('lays the header out as a borderless two-column table', () => {
    const header = tablesOf(body)[0] ?? '';
    const borderSets = [...header.matchAll(/<w:(?:tblBorders|tcBorders)>([\s\S]*?)<\/w:(?:tblBorders|tcBorders)>/g)].map((m) => m[1] ?? '');
    expect(borderSets).toHaveLength(5);
    const borders = borderSets.flatMap((b) => [...b.matchAll(/ w:val="([^"]*)"/g)].map((m) => m[1]));
    expect(borders.length).toBeGreaterThanOrEqual(6);
    expect(new Set(borders)).toEqual(new Set(['none']));
    expect(header.match(/<w:gridCol /g)).toHaveLength(2);
    const texts = runsOf(header).map((r) => r.text).filter(Boolean);
    expect(texts).toEqual([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN BÌNH SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 84/KH-UBND',
      'Bình Sơn, ngày 05 tháng 3 năm 2024',
    ]);
    // Short rules under the issuer and under the motto: paragraph top borders.
    expect(header.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
  });

  it('uses the sizes and emphasis of Phụ lục I (half-points)', () => {
    const expectRun = (text: string, size: number, bold: boolean, italic: boolean, partial = false): void => {
      const run = runWith(runs, text, partial);
      expect(run, text).toBeDefined();
      expect({ size: run?.size, bold: run?.bold, italic: run?.italic }, text).toEqual({ size, bold, italic });
    };
    expectRun('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, true, false);
    expectRun('Độc lập - Tự do - Hạnh phúc', 26, true, false);
    expectRun('ỦY BAN NHÂN DÂN', 24, true, false);
    expectRun('Số: 84/KH-UBND', 26, false, false);
    expectRun('Bình Sơn, ngày 05 tháng 3 năm 2024', 28, false, true);
    expectRun('KẾ HOẠCH', 28, true, false);
    // The long summary is broken before "trên địa bàn", as the seed prints it.
    expectRun('Tuyên truyền cải cách hành chính năm 2024', 28, true, false);
    expectRun('trên địa bàn huyện Bình Sơn', 28, true, false);
    expect(body).toMatch(/<w:br\/><w:t xml:space="preserve">trên địa bàn huyện Bình Sơn<\/w:t>/);
    expectRun('Thực hiện Quyết định số 2074/QĐ-UBND', 28, false, true, true);
    expectRun('I. MỤC ĐÍCH, YÊU CẦU', 28, true, false);
    expectRun('1. Rà soát, cập nhật, công khai các TTHC', 28, true, false, true);
    expectRun('- Cơ quan thực hiện: Phòng Văn hóa và Thông tin', 28, false, false, true);
    expectRun('CHỦ TỊCH', 28, true, false);
    expectRun('Nguyễn Tường Duy', 28, true, false);
    expectRun('Nơi nhận:', 24, true, true);
    expectRun('- Sở TTTT (b/c);', 22, false, false);
    expectRun('- Lưu: VT, TTHC.', 22, false, false);
  });

  it('justifies the body with a first-line indent and at least 6 pt between paragraphs', () => {
    const paragraph = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? '').find((p) => p.includes('Tuyên truyền, phổ biến các quan điểm'));
    expect(paragraph).toBeDefined();
    expect(attr(paragraph ?? '', 'w:jc', 'w:val')).toBe('both');
    expect(mmOf(Number(attr(paragraph ?? '', 'w:ind', 'w:firstLine')))).toBeGreaterThanOrEqual(10);
    expect(Number(attr(paragraph ?? '', 'w:spacing', 'w:before'))).toBeGreaterThanOrEqual(120);
  });

  it('gives every line spacing as a multiple of the line (lineRule auto), never an exact height', () => {
    // Without w:lineRule LibreOffice reads w:line="276" as exactly 13.8 pt: 14 pt lines would overlap.
    const spacings = [...body.matchAll(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g)].map((m) => m[0]);
    expect(spacings.length).toBeGreaterThan(10);
    for (const s of spacings) expect(s).toContain('w:lineRule="auto"');
  });

  it('puts the signature on the right and "Nơi nhận:" on the left of one borderless row', () => {
    const table = tablesOf(body).find((t) => t.includes('Nơi nhận:')) ?? '';
    const cells = [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain('Nơi nhận:');
    expect(cells[1]).toContain('CHỦ TỊCH');
    expect(table).not.toMatch(/w:val="single"/);
  });

  it('numbers pages at the top from page 2: a different, empty first-page header', () => {
    const first = sectionsOf(body)[0] ?? '';
    expect(first).toContain('<w:titlePg/>');
    const rels = parts.get('word/_rels/document.xml.rels') ?? '';
    const target = (type: string): string => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(first)?.[1] ?? '';
      return `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] ?? ''}`;
    };
    const defaultHeader = parts.get(target('default')) ?? '';
    const firstHeader = parts.get(target('first')) ?? '';
    expect(defaultHeader).toMatch(/PAGE/);
    expect(attr(defaultHeader, 'w:jc', 'w:val')).toBe('center');
    for (const run of runsOf(defaultHeader)) expect(run.fonts).toContain(TNR);
    expect(firstHeader).not.toMatch(/PAGE/);
  });

  it('adds no appendix the plan does not state: one portrait section', () => {
    expect(sectionsOf(body)).toHaveLength(1);
    expect(runWith(runs, 'PHỤ LỤC')).toBeUndefined();
  });
});

describe('DOCX of any plan', () => {
  it('prints the blanks offices leave and never "undefined" or "null"', async () => {
    const bytes = await renderPlan(await analyzeYaml(HEAD), { format: 'docx' });
    const xml = [...docxParts(bytes).values()].join('\n');
    expect(xml).not.toMatch(/undefined|null|NaN/);
    const texts = runsOf(docxParts(bytes).get('word/document.xml') ?? '').map((r) => r.text);
    expect(texts).toContain('Số:      /KH-UBND');
    expect(texts).toContain('......, ngày ... tháng ... năm 2024');
  });

  it('renders every example in Times New Roman only', async () => {
    for (const target of await renderTargets()) {
      const parts = docxParts(await renderPlan(await target.load(), { format: 'docx' }));
      const xml = [...parts.values()].join('\n');
      expect(xml, target.name).not.toMatch(/\bundefined\b|\bnull\b/);
      const fonts = new Set([...xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g)].map((m) => m[1]));
      expect([...fonts], target.name).toEqual([TNR]);
    }
  });
});
