// Inputs over the size limits of import and render are refused with one line naming the
// file and the limit, exit code 2, before the costly part; small limits are injected
// (MainOptions.limits), so no test needs a large input or a clock.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxParagraphs } from '@kehoach/import';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';

const seed = (name: string): string => readFileSync(new URL(`../../import/test/fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');

/** The shared plan with as many tasks as asked, each with its lead, coordinators and time. */
function planWith(tasks: number): string {
  const more = Array.from({ length: tasks - 1 }, (_, i) =>
    [`  - id: viec-${i + 2}`, `    title: Việc số ${i + 2} của kế hoạch`, '    lead: Phòng Nội vụ', '    coordinators: [Phòng Tư pháp]', '    timeframe: Quý II/2024'].join('\n'),
  );
  return `${PLAN.replace('coordinators: Các cơ quan, đơn vị liên quan', 'coordinators: [Phòng Văn hóa và Thông tin]')}${more.join('\n')}\n`;
}

/** One line on stderr, no stack. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /u);
  return lines[0] as string;
}

describe('kehoach import: inputs over the limits', () => {
  it('refuses a DOCX of more paragraphs than the limit before reading it, and imports one at the limit', async () => {
    const dir = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': planWith(6) });
    expect((await run(['render', 'ke-hoach.kehoach.yaml', '-o', 'ke-hoach.docx'], dir)).code).toBe(0);
    const bytes = readFileSync(join(dir, 'ke-hoach.docx'));
    const paragraphs = docxParagraphs(strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array));
    expect(paragraphs).toBeGreaterThan(30);

    const over = await run(['import', 'ke-hoach.docx', '-o', 'nhap.kehoach.yaml'], dir, { options: { limits: { import: { paragraphs: paragraphs - 1 } } } });
    expect(over.code).toBe(2);
    expect(oneLine(over.stderr)).toBe(
      `kehoach: Không nhập ke-hoach.docx: văn bản có ${paragraphs} đoạn, quá giới hạn ${paragraphs - 1} đoạn của kehoach import; hãy tách văn bản (ví dụ: các phụ lục) thành những tệp nhỏ hơn rồi nhập từng tệp.`,
    );
    expect(existsSync(join(dir, 'nhap.kehoach.yaml'))).toBe(false);
    const en = await run(['import', 'ke-hoach.docx', '--locale', 'en'], dir, { options: { limits: { import: { paragraphs: paragraphs - 1 } } } });
    expect(oneLine(en.stderr)).toBe(
      `kehoach: Not imported, ke-hoach.docx: the document has ${paragraphs} paragraphs, over kehoach import's limit of ${paragraphs - 1}; split the document (its appendices, say) into smaller files and import each.`,
    );

    const at = await run(['import', 'ke-hoach.docx', '-o', 'nhap.kehoach.yaml'], dir, { options: { limits: { import: { paragraphs } } } });
    expect(at.code).toBe(0);
    expect(readFileSync(join(dir, 'nhap.kehoach.yaml'), 'utf8')).toContain('Việc số 6 của kế hoạch');
  });

  it('refuses a DOCX whose document part is too large once unzipped, or without its formatting', async () => {
    const dir = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': planWith(3) });
    await run(['render', 'ke-hoach.kehoach.yaml', '-o', 'ke-hoach.docx'], dir);
    const unzipped = await run(['import', 'ke-hoach.docx'], dir, { options: { limits: { import: { unzippedBytes: 1024 } } } });
    expect(unzipped.code).toBe(2);
    expect(oneLine(unzipped.stderr)).toMatch(/^kehoach: Không nhập ke-hoach\.docx: phần văn bản của tệp \(word\/document\.xml\) giải nén ra [\d,]+ MB, quá giới hạn 0 MB của kehoach import; hãy tách văn bản/u);
    const content = await run(['import', 'ke-hoach.docx', '--locale', 'en'], dir, { options: { limits: { import: { contentBytes: 2048 } } } });
    expect(content.code).toBe(2);
    expect(oneLine(content.stderr)).toMatch(/^kehoach: Not imported, ke-hoach\.docx: the document part of the file \(word\/document\.xml, formatting aside\) is [\d.]+ MB, over kehoach import's limit of 0 MB; split the document/u);
  });

  it('refuses a text of more non-empty lines than the limit, and a file larger than the limit without reading it', async () => {
    const text = seed('district-binh-son-2024');
    const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '').length;
    const dir = workspace({ 'binh-son.txt': text });
    const over = await run(['import', 'binh-son.txt'], dir, { options: { limits: { import: { paragraphs: lines - 1 } } } });
    expect(over.code).toBe(2);
    expect(oneLine(over.stderr)).toBe(
      `kehoach: Không nhập binh-son.txt: văn bản có ${lines} đoạn, quá giới hạn ${lines - 1} đoạn của kehoach import; hãy tách văn bản (ví dụ: các phụ lục) thành những tệp nhỏ hơn rồi nhập từng tệp.`,
    );
    expect((await run(['import', 'binh-son.txt'], dir, { options: { limits: { import: { paragraphs: lines } } } })).code).toBe(0);

    const big = await run(['import', 'binh-son.txt', '--locale', 'en'], dir, { options: { limits: { import: { fileBytes: 1024 * 1024 * 0.01 } } } });
    expect(big.code).toBe(2);
    expect(oneLine(big.stderr)).toMatch(/^kehoach: Not imported, binh-son\.txt: the file is [\d.]+ MB, over kehoach import's limit of 0 MB; split the document/u);
  });

  it('documents its limits in --help', async () => {
    const dir = workspace({});
    expect((await run(['import', '--help'], dir)).stdout).toContain('văn bản đến 10.000 đoạn');
    expect((await run(['import', '--help', '--locale', 'en'], dir)).stdout).toContain('documents up to 10,000 paragraphs');
  });
});

describe('kehoach render: plans over the limits', () => {
  it('does not render a plan whose document would have more paragraphs than the limit, renders the others, exit 2', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'lon.kehoach.yaml': planWith(8), 'nho.kehoach.yaml': planWith(1) });
    const r = await run(['render', 'lon.kehoach.yaml', 'nho.kehoach.yaml'], root, { options: { limits: { render: { paragraphs: 20 } } } });
    expect(r.code).toBe(2);
    const line = oneLine(r.stderr);
    const count = Number(/sẽ có (\d+) đoạn/u.exec(line)?.[1]);
    expect(count).toBeGreaterThan(20);
    expect(line).toBe(
      `kehoach: Không kết xuất lon.kehoach.yaml: văn bản sẽ có ${count} đoạn (mỗi ô bảng tính một đoạn), quá giới hạn 20 đoạn của kehoach render; hãy tách kế hoạch thành nhiều tệp (ví dụ: các phụ lục).`,
    );
    expect(existsSync(join(root, 'lon.docx'))).toBe(false);
    expect(existsSync(join(root, 'nho.docx'))).toBe(true);

    // At the limit it renders; the same count holds for every format.
    const at = await run(['render', 'lon.kehoach.yaml', '-f', 'md', '-o', '-'], root, { options: { limits: { render: { paragraphs: count } } } });
    expect(at.code).toBe(0);
    const en = await run(['render', 'lon.kehoach.yaml', '-f', 'html', '-o', '-', '--locale', 'en'], root, { options: { limits: { render: { paragraphs: count - 1 } } } });
    expect(en.code).toBe(2);
    expect(oneLine(en.stderr)).toBe(
      `kehoach: Not rendering lon.kehoach.yaml: the document would have ${count} paragraphs (each table cell counts as one), over kehoach render's limit of ${count - 1}; split the plan into several files (its appendices, say).`,
    );
  });

  it('does not read a plan longer than the characters core reads, in a folder too, and says so in one line', async () => {
    const long = planWith(4);
    const root = workspace({ 'ke-hoach/agencies.yaml': AGENCIES, 'ke-hoach/lon.kehoach.yaml': long, 'ke-hoach/nho.kehoach.yaml': planWith(1) });
    const limit = long.length - 1;
    const r = await run(['render', 'ke-hoach', '-f', 'txt', '--out-dir', 'out'], root, { options: { limits: { render: { characters: limit } } } });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      `kehoach: Không kết xuất ke-hoach/lon.kehoach.yaml: kế hoạch dài ${long.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${limit.toLocaleString('vi-VN')} ký tự kehoach đọc được; hãy tách kế hoạch thành nhiều tệp (ví dụ: các phụ lục).`,
    );
    expect(existsSync(join(root, 'out', 'nho.txt'))).toBe(true);
    expect(existsSync(join(root, 'out', 'lon.txt'))).toBe(false);
  });

  it('documents its limits in --help', async () => {
    const root = workspace({});
    expect((await run(['render', '--help'], root)).stdout).toContain('văn bản kết xuất đến 150.000 đoạn');
    expect((await run(['render', '--help', '--locale', 'en'], root)).stdout).toContain('documents up to 150,000 paragraphs');
  });
});
