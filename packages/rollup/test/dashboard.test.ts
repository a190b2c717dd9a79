import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../src/format/html/page.js';
import { relativeTo } from '../src/format/paths.js';
import { launch } from './chromium.js';
import { EXAMPLE_DIR, rollupOf } from './helpers.js';

/** A second quarter for An Hòa beside the example's first, so the page has two periods to switch between. */
const SECOND_QUARTER = `kind: report
registry: ../agencies.yaml
reporter: { name: Ủy ban nhân dân xã An Hòa, agency: ubnd-xa-an-hoa, level: commune }
plan: { ref: 45/KH-UBND, path: ../ke-hoach-mot-cua-so-2026.kehoach.yaml }
number: 31/BC-UBND
date: 15/06/2026
period: Quý II/2026
to: Sở Khoa học và Công nghệ
results:
  - task: phat-thanh
    status: đang thực hiện
    figures: [{ value: 13, unit: buổi, of: buổi phát thanh hướng dẫn }]
  - task: tap-huan-mot-cua
    status: hoàn thành
    completed: 20/05/2026
  - task: diem-ho-tro
    status: hoàn thành
    completed: 25/03/2026
`;

const work = mkdtempSync(join(tmpdir(), 'kehoach-dashboard-'));
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  const dir = join(work, 'tinh');
  cpSync(EXAMPLE_DIR, dir, { recursive: true, filter: (p) => !p.includes('.tong-hop') });
  writeFileSync(join(dir, 'xa-an-hoa', 'bao-cao-quy-2.baocao.yaml'), SECOND_QUARTER);
  const rollup = relativeTo(await rollupOf(join(dir, 'ke-hoach-mot-cua-so-2026.kehoach.yaml'), dir), dir);
  writeFileSync(join(work, 'index.html'), toHtml(rollup));
  browser = await launch();
  page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(work, 'index.html')).href);
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const visibleRows = (section: string): Promise<string[][]> =>
  page.$$eval(`#${section} tbody tr:not([hidden])`, (rows) => rows.map((r) => Array.from((r as HTMLTableRowElement).cells).map((c) => (c.textContent ?? '').trim())));

describe('the roll-up dashboard in Chromium', () => {
  it('opens the latest period, with its charts and counts', async () => {
    expect(await page.title()).toContain('Tổng hợp');
    expect(await page.locator('#period').inputValue()).toBe('2026-Q2');
    const charts = await page.$$eval('.per-period:not([hidden]) svg title', (t) => t.map((x) => x.textContent));
    expect(charts).toEqual(expect.arrayContaining(['Tình trạng các nhiệm vụ quý II năm 2026', 'Báo cáo quý II năm 2026']));
    expect(await page.locator('#bao-cao .count').textContent()).toMatch(/^4 \/ 8 dòng$/);
  });

  it('switches period: the tables and the coverage map follow', async () => {
    await page.selectOption('#period', '2026-Q1');
    const reports = await visibleRows('bao-cao');
    expect(reports.map((r) => [r[0], r[2]])).toEqual([
      ['Ủy ban nhân dân xã An Hòa', 'Đúng hạn'],
      ['Ủy ban nhân dân xã Phú Lộc', 'Đúng hạn'],
      ['Ủy ban nhân dân xã Tân Thành', 'Muộn'],
      ['Ủy ban nhân dân xã Hòa Bình', 'Chưa báo cáo'],
    ]);
    const cell = await page.$$eval('#ban-do tbody tr', (rows) => {
      const row = rows.find((r) => (r as HTMLTableRowElement).cells[0]?.textContent === 'phat-thanh') as HTMLTableRowElement;
      return Array.from(row.cells).slice(3).map((c) => Array.from(c.querySelectorAll('.badge')).filter((b) => !(b as HTMLElement).hidden).map((b) => b.textContent));
    });
    expect(cell).toEqual([['Đang thực hiện'], ['Chưa có báo cáo'], ['Báo cáo không nêu'], ['Đang thực hiện']]);
  });

  it('filters a table by its status and by words', async () => {
    await page.selectOption('#bao-cao select[data-column]', 'late');
    expect((await visibleRows('bao-cao')).map((r) => r[0])).toEqual(['Ủy ban nhân dân xã Tân Thành']);
    await page.selectOption('#bao-cao select[data-column]', '');
    await page.fill('#chi-tiet input[type=search]', 'Phú Lộc');
    const rows = await visibleRows('chi-tiet');
    expect(rows.length).toBe(3);
    for (const r of rows) expect(r.join(' ')).toContain('Phú Lộc');
    await page.fill('#chi-tiet input[type=search]', '');
  });

  it('sorts a table by a column, both ways', async () => {
    const header = page.locator('#bao-cao th', { hasText: 'Muộn (ngày)' });
    await header.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect((await visibleRows('bao-cao')).map((r) => r[6])).toEqual(['0', '0', '0', '6']);
    await header.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect((await visibleRows('bao-cao'))[0]?.[0]).toBe('Ủy ban nhân dân xã Tân Thành');
    const names = page.locator('#bao-cao th', { hasText: 'Nơi báo cáo' });
    await names.click();
    expect((await visibleRows('bao-cao')).map((r) => r[0])).toEqual(['Ủy ban nhân dân xã An Hòa', 'Ủy ban nhân dân xã Hòa Bình', 'Ủy ban nhân dân xã Phú Lộc', 'Ủy ban nhân dân xã Tân Thành']);
  });

  it('shows where each summed figure comes from', async () => {
    await page.locator('#so-lieu tbody tr:not([hidden]) summary').first().click();
    const sources = await page.locator('#so-lieu tbody tr:not([hidden]) li').allTextContents();
    expect(sources.join('\n')).toMatch(/Ủy ban nhân dân xã An Hòa: 2 điểm — Báo cáo số 18\/BC-UBND ngày 16\/03\/2026 \(xa-an-hoa\/bao-cao-quy-1\.baocao\.yaml:30\)/u);
  });

  it('logs no error and asks the network for nothing', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });
});
