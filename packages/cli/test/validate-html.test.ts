import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENCIES, run, workspace } from './helpers.js';

const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium';

/** A plan whose values try to run code in the report, and break two rules. */
const HOSTILE = `kind: plan
registry: ./agencies.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền <script>alert("tiêu đề")</script> & "trích dẫn"
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
tasks:
  - id: tap-huan
    title: Tập huấn <img src=x onerror=alert(1)> cán bộ
    lead: Phòng <script>alert(2)</script> Nội vụ
    timeframe: Trong năm 2024
  - id: khong-chu-tri
    title: "Rà soát \u202Eđảo chiều"
    timeframe: Trong năm 2024
`;

interface JsonFile {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[];
}

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

describe('kehoach validate --format html', () => {
  it('writes one self-contained page in Vietnamese: summary, each problem with line:column, rule, severity and the marked span, every value escaped', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': HOSTILE, 'agencies.yaml': AGENCIES, 'sach.kehoach.yaml': HOSTILE.replace(/<[^>]*>/g, '').replace('\u202E', '') });
    const r = await run(['validate', '--format', 'html', '-o', 'report.html'], root);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    const html = readFileSync(join(root, 'report.html'), 'utf8');
    const json = JSON.parse((await run(['validate', '--format', 'json'], root)).stdout) as JsonFile[];
    const errors = json.reduce((n, f) => n + f.errorCount, 0);
    const warnings = json.reduce((n, f) => n + f.warningCount, 0);
    expect(errors).toBeGreaterThan(0);

    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<title>Kết quả kiểm tra kế hoạch</title>');
    expect(html).toContain(`id="count-errors"><dt>Lỗi</dt><dd>${errors}</dd>`);
    expect(html).toContain(`id="count-warnings"><dt>Cảnh báo</dt><dd>${warnings}</dd>`);
    expect(html).toContain(`id="count-files"><dt>Tệp đã kiểm tra</dt><dd>${json.length}</dd>`);
    // Nothing runs, nothing is fetched: no script of its own, none let in, no external resource.
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|on\w+)\s*=/i);
    expect(html).toContain('Tuyên truyền &lt;script&gt;alert(&quot;tiêu đề&quot;)&lt;/script&gt; &amp; &quot;trích dẫn&quot;');
    expect(html).toContain('Tập huấn &lt;img src=x onerror=alert(1)&gt; cán bộ');
    // A bidi override is shown, not obeyed.
    expect(html).not.toContain('\u202E');
    expect(html).toContain('Rà soát \\u202Eđảo chiều');

    // Every problem of the JSON report is there, at its line:column, with its rule linked to its explanation.
    for (const file of json) {
      for (const m of file.messages) {
        expect(html).toContain(`title="${file.filePath.slice(root.length + 1)}:${m.line}:${m.column}">${m.line}:${m.column}</span>`);
        expect(html).toContain(`<a class="rule-id" href="#rule-${m.ruleId}">${m.ruleId}</a>`);
        expect(html).toContain(`<article class="rule" id="rule-${m.ruleId}">`);
        expect(html).toContain(`<code>kehoach explain ${m.ruleId}</code>`);
      }
    }
    // The span is marked in its source line: the missing lead at the task's id.
    const lead = json.flatMap((f) => f.messages).find((m) => m.ruleId === 'task-lead-required');
    expect(lead).toBeDefined();
    expect(html).toContain(`<pre class="source"><span class="ln">${lead?.line}</span>  - id: <mark>khong-chu-tri</mark></pre>`);
    expect(html).toContain('<span class="severity">lỗi</span>');
  });

  it('speaks English with --locale en, and prints to stdout without -o', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': HOSTILE, 'agencies.yaml': AGENCIES });
    const r = await run(['validate', '-f', 'html', '--locale', 'en'], root);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(r.stdout).toContain('<title>Plan check report</title>');
    expect(r.stdout).toContain('<span class="severity">error</span>');
    expect(r.stdout).toContain('There are errors to fix before issuing.');
  });

  it('loads in Chromium without a console error or a request, runs nothing, and shows the counts', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing (${CHROMIUM}; Debian: apt-get install -y chromium, or set KEHOACH_CHROMIUM)`);
    const root = workspace({ 'ke-hoach.kehoach.yaml': HOSTILE, 'agencies.yaml': AGENCIES });
    expect((await run(['validate', '--format', 'html', '-o', 'report.html'], root)).code).toBe(1);
    const json = JSON.parse((await run(['validate', '--format', 'json'], root)).stdout) as JsonFile[];
    const errors = json.reduce((n, f) => n + f.errorCount, 0);

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (req) => requests.push(req.url()));
    const url = pathToFileURL(join(root, 'report.html')).href;
    await page.goto(url);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.title()).toBe('Kết quả kiểm tra kế hoạch');
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('#count-errors dd').textContent()).toBe(String(errors));
    expect(await page.locator('#count-errors dt').textContent()).toBe('Lỗi');
    expect(await page.locator('li.problem').count()).toBe(json.flatMap((f) => f.messages).length);
    // The plan's markup is text on the page.
    expect(await page.getByText('lead: Phòng <script>alert(2)</script> Nội vụ').count()).toBeGreaterThan(0);
    // The rule link leads to the rule's explanation on the same page.
    await page.locator('a.rule-id').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#rule-/);
    expect(await page.locator(`${new URL(page.url()).hash} code`).textContent()).toMatch(/^kehoach explain /);
  });
});
