import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlan } from '../src/index.js';
import { PAGE, SIGN_LEFT } from '../src/docx/units.js';
import { findAll, findFirst, findLast, pt, twipsPt } from './helpers/boxes.js';
import { loadFixture } from './helpers/load.js';
import { APT_PACKAGES, convertToPdf, missingTools, pdfBoxes, pdfPages, type BoxPage } from './helpers/office.js';

/**
 * The structures of the document shape as LibreOffice lays them out: a wide table on
 * landscape pages between portrait ones, a footnote at the foot of its page, the
 * signature chain, the decision that issues a plan. Missing tools fail every check with
 * the command that installs them.
 */
describe('LibreOffice opens the document shape', () => {
  let work = '';
  let unavailable = '';
  const pdfs = new Map<string, { boxes: BoxPage[]; pages: string[] }>();
  const get = (name: string): { boxes: BoxPage[]; pages: string[] } => {
    if (unavailable) throw new Error(unavailable);
    const found = pdfs.get(name);
    if (!found) throw new Error(`${name} was not converted`);
    return found;
  };

  beforeAll(async () => {
    const missing = missingTools();
    if (missing.length) {
      unavailable = `LibreOffice/poppler missing: ${missing.join(', ')}. Install them: apt-get install -y --no-install-recommends ${APT_PACKAGES}`;
      return;
    }
    work = mkdtempSync(join(tmpdir(), 'kehoach-structures-'));
    const names = ['province-binh-minh-sections', 'decision-binh-minh-cay-xanh'];
    for (const name of names) writeFileSync(join(work, `${name}.docx`), await renderPlan(await loadFixture(`${name}.kehoach.yaml`), { format: 'docx' }));
    convertToPdf(names.map((n) => join(work, `${n}.docx`)), work);
    for (const name of names) {
      const pdf = join(work, `${name}.pdf`);
      pdfs.set(name, { boxes: pdfBoxes(pdf), pages: pdfPages(pdf) });
    }
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('prints the wide table of the body on a landscape page between portrait ones, its merged header over the years', () => {
    const { boxes } = get('province-binh-minh-sections');
    const caption = findFirst(boxes, 'Lộ trình triển khai theo năm');
    const page = boxes[caption.page] as BoxPage;
    expect(page.width, 'landscape').toBeGreaterThan(page.height);
    expect((boxes[caption.page - 1] as BoxPage).width, 'portrait before').toBeLessThan((boxes[caption.page - 1] as BoxPage).height);
    const after = findFirst(boxes, 'IV. KINH PHÍ THỰC HIỆN');
    expect(after.page, 'the body goes on after the table').toBe(caption.page + 1);
    expect((boxes[after.page] as BoxPage).width, 'portrait after').toBeLessThan((boxes[after.page] as BoxPage).height);
    // "Năm thực hiện" spans the five year columns: centred over 2026 ... 2030.
    const years = ['2026', '2027', '2028', '2029', '2030'].map((y) => findFirst(boxes, y, caption.page, caption.page));
    const merged = findFirst(boxes, 'Năm thực hiện', caption.page, caption.page);
    expect(merged.cx).toBeCloseTo(((years[0]?.x0 ?? 0) + (years[4]?.x1 ?? 0)) / 2, -1.3);
    expect(years.map((y) => y.x0)).toEqual([...years.map((y) => y.x0)].sort((a, b) => a - b));
  });

  it('prints the footnote at the foot of the page that refers to it, smaller, under a raised mark', () => {
    const { boxes } = get('province-binh-minh-sections');
    const word = findFirst(boxes, 'được trợ lý ảo trả lời');
    const note = findFirst(boxes, 'Tổng đài hỗ trợ người dân của tỉnh, số 1022.');
    expect(note.page, 'same page').toBe(word.page);
    const body = (boxes[word.page]?.words ?? []).filter((w) => w.y1 < note.y0 - 2 && w.y0 > pt(20));
    expect(note.y0, 'below the body text').toBeGreaterThan(Math.max(...body.map((w) => w.y1)));
    expect(note.y1, 'at the foot of the page').toBeGreaterThan(twipsPt(PAGE.height) - pt(20) - 40);
    expect(note.size, 'smaller than the body').toBeLessThan(word.size - 1);
    // The mark: a "1" right after "lời", raised and smaller.
    const after = findAll(boxes, 'lời', word.page, word.page).flatMap((w) =>
      findAll(boxes, '1', word.page, word.page)
        .filter((m) => Math.abs(m.x0 - w.x1) < 3 && Math.abs(m.y0 - w.y0) < 4)
        .map((m) => ({ m, w })),
    );
    expect(after, 'the reference mark').toHaveLength(1);
    expect(after[0]?.m.y1 ?? 0, 'raised').toBeLessThan((after[0]?.w.y1 ?? 0) - 2);
    expect(after[0]?.m.size ?? 0, 'smaller').toBeLessThan((after[0]?.w.size ?? 0) - 2);
  });

  it('signs with the whole chain on the right: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH, then the name', () => {
    const { boxes } = get('province-binh-minh-sections');
    const lines = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Minh'].map((l) => findLast(boxes, l, 0, boxes.length - 1, { whole: true }));
    const centre = (twipsPt(PAGE.left) + twipsPt(SIGN_LEFT) + twipsPt(PAGE.width) - twipsPt(PAGE.right)) / 2;
    for (const b of lines) expect(b.cx).toBeCloseTo(centre, -0.5);
    expect(new Set(lines.map((b) => b.page)).size, 'one page').toBe(1);
    for (let i = 1; i < lines.length; i++) expect(lines[i]?.y0 ?? 0).toBeGreaterThan(lines[i - 1]?.y1 ?? 0);
    const received = findLast(boxes, 'Nơi nhận:');
    expect(Math.abs(received.y0 - (lines[0]?.y0 ?? 0)), '"Nơi nhận:" level with TM.').toBeLessThan(3);
  });

  it('prints the text of a plan holding characters XML forbids, without them', () => {
    const { pages } = get('province-binh-minh-sections');
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Kinh phí bố trí từ ngân sách tỉnh theo phân cấp và các nguồn hợp pháp khác.');
  });

  it('prints the decision on its own page, then the plan it issues on the next', () => {
    const { boxes, pages } = get('decision-binh-minh-cay-xanh');
    const enacting = findFirst(boxes, 'QUYẾT ĐỊNH:', 0, 0, { whole: true });
    const textCentre = (twipsPt(PAGE.left) + twipsPt(PAGE.width) - twipsPt(PAGE.right)) / 2;
    expect(enacting.cx).toBeCloseTo(textCentre, -0.5);
    const articles = ['Điều 1.', 'Điều 2.', 'Điều 3.'].map((a) => findFirst(boxes, a, 0, 0));
    for (let i = 1; i < articles.length; i++) expect(articles[i]?.y0 ?? 0).toBeGreaterThan(articles[i - 1]?.y0 ?? 0);
    expect(findFirst(boxes, 'Lê Thị Hoa').page).toBe(0);
    const plan = findFirst(boxes, 'KẾ HOẠCH', 0, boxes.length - 1, { whole: true });
    expect(plan.page).toBe(1);
    expect(pages[1]?.replace(/\s+/g, ' ')).toContain('(Ban hành kèm theo Quyết định số 1402/QĐ-UBND ngày 08 tháng 12 năm 2025');
    expect(pages[1]).not.toMatch(/Số:|CỘNG HÒA/);
  });
});
