import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project } from '@kehoach/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesisDocument, synthesisDocx } from '../src/format/synthesis.js';
import { relativeTo } from '../src/format/paths.js';
import type { Rollup } from '../src/types.js';
import { EXAMPLE_DIR, EXAMPLE_PLAN, diskHost, rollupOf } from './helpers.js';
// LibreOffice and poppler driven as the renderer's own checks drive them: one copy of the helpers.
import { findFirst, pt } from '../../render/test/helpers/boxes.js';
import { convert, pdfBoxes, run, type BoxPage } from '../../render/test/helpers/office.js';

/**
 * The draft synthesised report, opened in LibreOffice and read back as PDF, checked as
 * the plans are (packages/render/test/libreoffice.test.ts): A4, Times New Roman or its
 * metric twin only, the header in two columns, the title centred, margins of Phụ lục I
 * of Nghị định 30/2020/NĐ-CP, page numbers from page 2, the signature beside "Nơi nhận:".
 */
const work = mkdtempSync(join(tmpdir(), 'kehoach-synthesis-'));
let pages: BoxPage[] = [];
let text = '';
let rollup: Rollup;
let doc: ReturnType<typeof synthesisDocument>;

// A4 and the margins of the renderer (30 mm left, 15 mm right); the header's left column is 70 mm wide.
const A4_WIDTH = 595.3;
const LEFT = pt(30);
const TEXT_CENTRE = (LEFT + A4_WIDTH - pt(15)) / 2;
const LEFT_COLUMN_CENTRE = LEFT + pt(70) / 2;
const RIGHT_COLUMN_CENTRE = (LEFT + pt(70) + A4_WIDTH - pt(15)) / 2;

beforeAll(async () => {
  rollup = relativeTo(await rollupOf(EXAMPLE_PLAN, EXAMPLE_DIR), EXAMPLE_DIR);
  const root = (await new Project(diskHost(EXAMPLE_DIR)).analyze(EXAMPLE_PLAN))?.analysis;
  if (!root) throw new Error('the example plan does not read');
  const period = rollup.periods[0];
  if (!period) throw new Error('the example has no period');
  doc = synthesisDocument(root, rollup, period);
  writeFileSync(join(work, 'bao-cao.docx'), await synthesisDocx(root, rollup, period));
  convert([join(work, 'bao-cao.docx')], 'pdf', work);
  pages = pdfBoxes(join(work, 'bao-cao.pdf'));
  text = run('pdftotext', ['-layout', '-enc', 'UTF-8', join(work, 'bao-cao.pdf'), '-']).normalize('NFC').replace(/\s+/g, ' ');
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the synthesised report (DOCX) in LibreOffice', () => {
  it('is A4 in Times New Roman (or Liberation Serif) only', () => {
    expect(run('pdfinfo', [join(work, 'bao-cao.pdf')])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const fonts = run('pdffonts', [join(work, 'bao-cao.pdf')]).split('\n').slice(2).filter((l) => l.trim()).map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(TimesNewRoman|Times New Roman|LiberationSerif)([,-]|$)/);
  });

  it('prints the header in two columns, the number left blank, and "BÁO CÁO" centred', () => {
    const issuer = findFirst(pages, 'ỦY BAN NHÂN DÂN');
    const province = findFirst(pages, 'TỈNH BÌNH MINH');
    const number = findFirst(pages, '/BC-UBND');
    const national = findFirst(pages, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const motto = findFirst(pages, 'Độc lập - Tự do - Hạnh phúc');
    for (const b of [issuer, province]) expect(b.cx).toBeCloseTo(LEFT_COLUMN_CENTRE, -0.5);
    for (const b of [national, motto]) expect(b.cx).toBeCloseTo(RIGHT_COLUMN_CENTRE, -0.5);
    expect(Math.abs(national.y0 - issuer.y0)).toBeLessThan(1.5);
    expect(number.x0).toBeLessThan(LEFT_COLUMN_CENTRE);
    const title = findFirst(pages, 'BÁO CÁO');
    expect(title.cx).toBeCloseTo(TEXT_CENTRE, -0.5);
    expect(title.size).toBeGreaterThan(12.7);
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Bình Minh quý I năm 2026');
  });

  it('keeps every line inside the margins of Phụ lục I and numbers pages from page 2', () => {
    const portrait = pages.filter((p) => p.width < p.height);
    const words = portrait.flatMap((p) => p.words);
    expect(Math.min(...words.map((w) => w.x0))).toBeGreaterThan(pt(30) - 0.5);
    expect(A4_WIDTH - Math.max(...words.map((w) => w.x1))).toBeGreaterThan(pt(15) - 0.5);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.words.some((w) => w.y1 < pt(20) - 3)).toBe(false);
    const two = pages[1]?.words.find((w) => w.text === '2' && w.y1 < pt(20));
    expect(two).toBeDefined();
  });

  it('states who reported, late and missing, and every figure with the reports it sums', () => {
    expect(text).toContain('Báo cáo muộn: xã Tân Thành (muộn 6 ngày)');
    expect(text).toContain('Chưa báo cáo: xã Hòa Bình');
    expect(text).toContain('Chưa ban hành kế hoạch thực hiện: xã Hòa Bình');
    expect(text).toContain('Tổng cộng 4/8 điểm hỗ trợ nộp hồ sơ trực tuyến được mở (xã An Hòa: 2, xã Phú Lộc: 1, xã Tân Thành: 1)');
    expect(text).toContain('Bình quân 46,67/70 % hồ sơ thủ tục hành chính cấp xã được nộp trực tuyến');
    // The footnote of the first figure names each report it sums, with its file and line.
    const note = doc.footnotes[0]?.text ?? '';
    expect(note).toContain('Báo cáo số 18/BC-UBND ngày 16/03/2026 (xa-an-hoa/bao-cao-quy-1.baocao.yaml:30) của xã An Hòa: 2 điểm');
    expect(text.replace(/\s/g, '')).toContain('Báocáosố09/BC-UBNDngày17/03/2026'.replace(/\s/g, ''));
  });

  it('signs on the right, level with "Nơi nhận:", and lists every figure in the appendix', () => {
    const received = findFirst(pages, 'Nơi nhận:');
    const sign = findFirst(pages, 'TM. ỦY BAN NHÂN DÂN', received.page);
    expect(sign.page).toBe(received.page);
    expect(Math.abs(sign.y0 - received.y0)).toBeLessThan(3);
    expect(sign.cx).toBeGreaterThan(TEXT_CENTRE);
    const appendix = findFirst(pages, 'PHỤ LỤC', received.page);
    expect(appendix.page).toBeGreaterThan(received.page);
    expect(text).toContain('SỐ LIỆU TỔNG HỢP QUÝ I NĂM 2026');
    // One row per commune that reported figures, each figure in its column, the report it comes from.
    const table = doc.appendices[0]?.blocks[0];
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.head[0]?.map((c) => c.text)).toEqual(['STT', 'Nơi báo cáo', expect.stringMatching(/^Mở điểm hỗ trợ .*\(điểm\)$/u), expect.stringMatching(/^Phát chuyên mục .*\(buổi\)$/u), expect.stringMatching(/^Đến hết năm 2026.*\(%\)$/u), 'Nguồn']);
    expect(table.rows.map((row) => row.cells.slice(1, 5).map((c) => c.text))).toEqual([
      ['xã An Hòa', '2', '10', '52'],
      ['xã Phú Lộc', '1', '', '41'],
      ['xã Tân Thành', '1', '12', '47'],
      ['Tổng cộng (bình quân với %)', '4', '22', '46,67'],
    ]);
    expect(table.rows[0]?.cells.at(-1)?.text).toBe('Báo cáo số 18/BC-UBND ngày 16/03/2026 (xa-an-hoa/bao-cao-quy-1.baocao.yaml)');
    // LibreOffice prints the table: the report numbers are on the page.
    const printed = pages.slice(appendix.page).flatMap((p) => p.words.map((w) => w.text));
    for (const number of ['18/BC-UBND', '09/BC-UBND', '21/BC-UBND']) expect(printed).toContain(number);
  });
});
