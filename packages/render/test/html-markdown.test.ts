import { describe, expect, it } from 'vitest';
import { renderPlan } from '../src/index.js';
import { analyzeYaml, HEAD } from './helpers/inline.js';
import { loadFixture, renderTargets } from './helpers/load.js';

describe('HTML', () => {
  it('matches the committed page of the district plan (golden)', async () => {
    const html = await renderPlan(await loadFixture('district-binh-son.kehoach.yaml'), { format: 'html' });
    await expect(html).toMatchFileSnapshot('./__snapshots__/district-binh-son.html');
  });

  it('is a standalone page: UTF-8, Vietnamese, A4 print CSS in Times New Roman, nothing fetched', async () => {
    const html = await renderPlan(await loadFixture('province-tay-ninh.kehoach.yaml'), { format: 'html' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{ size: A4 portrait; margin: 20mm 15mm 20mm 30mm;/);
    expect(html).toMatch(/font-family: "Times New Roman"/);
    expect(html).not.toMatch(/<(?:script|link|img)\b|https?:\/\//);
    expect(html).toContain('<p class="motto">Độc lập - Tự do - Hạnh phúc</p>');
    expect(html).toContain('<p class="number">Số:      /KH-UBND</p>');
    expect(html).toContain('<h2>V. TỔ CHỨC THỰC HIỆN</h2>');
    expect(html).toContain('<p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p>');
  });

  it('escapes whatever the plan says', async () => {
    const yaml = `${HEAD.replace('title: Tuyên truyền', 'title: <script>alert("x")</script> & Tuyên truyền')}objectives: ["Chỉ tiêu <b>100%</b> & 'đúng hạn'"]\n`;
    const html = await renderPlan(await analyzeYaml(yaml), { format: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Tuyên truyền');
    expect(html).toContain('Chỉ tiêu &lt;b&gt;100%&lt;/b&gt; &amp; &#39;đúng hạn&#39;');
  });

  it('renders every example without "undefined" or "null"', async () => {
    for (const target of await renderTargets()) {
      const html = await renderPlan(await target.load(), { format: 'html' });
      expect(html, target.name).not.toMatch(/\bundefined\b|\bnull\b/);
      expect(html.normalize('NFC'), target.name).toBe(html);
    }
  });
});

describe('Markdown', () => {
  it('has the headings and points for review, and no appendix the plan does not state', async () => {
    const md = await renderPlan(await loadFixture('district-binh-son.kehoach.yaml'), { format: 'md' });
    const lines = md.split('\n');
    expect(lines).toContain('# KẾ HOẠCH');
    expect(lines).toContain('## I. MỤC ĐÍCH, YÊU CẦU');
    expect(lines).toContain('### 1. Mục tiêu');
    expect(lines).toContain('### 2. Hướng dẫn các đơn vị, địa phương, cơ quan truyền thông tuyên truyền về CCHC');
    expect(lines).toContain('- Cơ quan thực hiện: Phòng Văn hóa và Thông tin.');
    expect(lines).toContain('***Nơi nhận:***');
    expect(lines).toContain('- Lưu: VT, TTHC.');
    expect(md).not.toMatch(/PHỤ LỤC|^\|/m);
  });

  it('lists dashes under numbered points and escapes Markdown', async () => {
    const yaml = `${HEAD}content:\n  - text: "Tuyên truyền *văn bản* [mới] | 2024:"\n    items: [Nghị quyết số 76/NQ-CP., "Chỉ thị_23"]\n  - Kết quả CCHC.\n`;
    const md = await renderPlan(await analyzeYaml(yaml), { format: 'md' });
    expect(md).toContain('1. Tuyên truyền \\*văn bản\\* \\[mới\\] \\| 2024:\n\n- Nghị quyết số 76/NQ-CP.\n- Chỉ thị\\_23.');
    expect(md).toContain('2. Kết quả CCHC.');
  });
});
