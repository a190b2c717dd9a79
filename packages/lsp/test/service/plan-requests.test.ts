import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryHost, Project } from '@kehoach/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, newPlanFileName, newPlanText } from '../../src/service/new-plan.js';
import { ROOT, workspace } from '../helpers.js';

const examples = join(import.meta.dirname, '../../../../examples/invalid');
const read = (name: string): string => readFileSync(join(examples, name), 'utf8');

/** A district template that leaves blanks for each district to fill, like the template packages do. */
const TEMPLATE_WITH_BLANKS = `kind: template
id: huyen-mau
level: district
issuer:
  level: district
  code: UBND
  parent: UBND tỉnh <Tên tỉnh>
preamble: "Ủy ban nhân dân huyện <Tên huyện> ban hành Kế hoạch như sau:"
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: <Hạn báo cáo, ví dụ "trước ngày 15/11">
tasks:
  - id: tap-huan-cchc
    title: Tổ chức các lớp tập huấn về cải cách hành chính cho cán bộ, công chức
    lead: Phòng Nội vụ
    timeframe: <Thời hạn hoàn thành, ví dụ "Quý II">
`;

function files(extra: Record<string, string> = {}): Map<string, string> {
  return new Map(
    Object.entries({
      [`${ROOT}/agencies.yaml`]: read('agencies.yaml'),
      [`${ROOT}/templates/huyen.template.yaml`]: read('templates/huyen.template.yaml'),
      [`${ROOT}/template-parameter-override.kehoach.yaml`]: read('template-parameter-override.kehoach.yaml'),
      [`${ROOT}/task-lead-required.kehoach.yaml`]: read('task-lead-required.kehoach.yaml'),
      ...extra,
    }),
  );
}

/** What a plan's diagnostics are and on which line they sit. */
async function problems(path: string, text: string, all: Map<string, string>) {
  const host = new MemoryHost(new Map([...all, [path, text]]), ROOT);
  const result = await new Project(host).check(path, text);
  const lines = text.split('\n');
  return (result?.diagnostics ?? []).map((d) => ({ rule: d.ruleId, line: lines[d.range.start.line] ?? '' }));
}

describe('kehoach/resolve: the plan after its templates', () => {
  it('shows the template tasks with the plan patches applied, each saying where it came from, by paths from the plan’s folder', async () => {
    const ws = await workspace({ files: files() });
    const r = await ws.service.resolve(ws.uri('template-parameter-override.kehoach.yaml'));
    if (!r.ok) throw new Error(r.message);
    const text = r.value.text;
    const data = parse(text) as { tasks: Array<{ id: string }>; issuer: { name: string } };
    expect(data.issuer.name).toBe('Ủy ban nhân dân huyện Bình Sơn');
    expect(data.tasks.map((t) => t.id)).toContain('tap-huan-cchc');
    expect(text).toMatch(/^# Kế hoạch sau khi áp dụng mẫu: \.\/templates\/huyen\.template\.yaml → \.\/template-parameter-override\.kehoach\.yaml$/m);
    const task = text.split('\n').findIndex((l) => /id: tap-huan-cchc/.test(l));
    expect(text.split('\n').slice(Math.max(0, task - 2), task).join('\n')).toMatch(/# từ \.\/templates\/huyen\.template\.yaml:\d+/);
    expect(text).toMatch(/^  level: district # từ \.\/templates\/huyen\.template\.yaml:\d+$/m);
    expect(text).toMatch(/^  parent: UBND tỉnh Quảng Nam$/m);
    // Nothing says where the files lie on this machine.
    expect(text).not.toContain(`${ROOT}/`);
  });

  it('says so when the plan extends no template, in the language of the settings', async () => {
    const ws = await workspace({ files: files(), settings: { locale: 'en' } });
    const r = await ws.service.resolve(ws.uri('task-lead-required.kehoach.yaml'));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.text).toMatch(/^# This plan extends no template/);
  });

  it('refuses a file that is not a plan, saying so in Vietnamese', async () => {
    const ws = await workspace({ files: files() });
    expect(await ws.service.resolve(ws.uri('agencies.yaml'))).toEqual({ ok: false, message: 'agencies.yaml không phải là tệp kế hoạch.' });
  });
});

describe('kehoach/render: the official document', () => {
  it('renders HTML and DOCX (base64 of a zip), named after the plan', async () => {
    const ws = await workspace({ files: files() });
    const uri = ws.uri('template-parameter-override.kehoach.yaml');
    const html = await ws.service.render(uri, 'html');
    if (!html.ok) throw new Error(html.message);
    expect(html.value.fileName).toBe('template-parameter-override.html');
    expect(html.value.text).toContain('Tổ chức các lớp tập huấn, bồi dưỡng về công tác CCHC');
    const docx = await ws.service.render(uri, 'docx');
    if (!docx.ok) throw new Error(docx.message);
    expect(docx.value.fileName).toBe('template-parameter-override.docx');
    expect(Buffer.from(docx.value.base64 ?? '', 'base64').subarray(0, 2).toString()).toBe('PK');
    const md = await ws.service.render(uri, 'md');
    expect(md.ok && md.value.text).toContain('Bình Sơn');
    expect(await ws.service.render(uri, 'pdf')).toEqual({ ok: false, message: 'Định dạng không hỗ trợ: pdf (html, docx, md).' });
  });
});

describe('kehoach/newPlan', () => {
  const base = { level: 'district' as const, issuer: 'Ủy ban nhân dân huyện Bình Sơn', place: 'Bình Sơn', year: 2025, registry: './agencies.yaml' };

  it('writes a plan whose only problems sit on the <...> placeholders the author fills', async () => {
    const text = newPlanText(base);
    expect(text).toContain('name: Ủy ban nhân dân huyện Bình Sơn');
    expect(text).toContain('timeframe: Thường xuyên trong năm 2025');
    const found = await problems(`${ROOT}/ke-hoach-2025.kehoach.yaml`, text, files());
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p.line, `${p.rule} on "${p.line}"`).toMatch(PLACEHOLDER);
  });

  it('passes every rule once the placeholders are filled with real names', async () => {
    const filled = newPlanText(base)
      .replace('<Trích yếu kế hoạch>', 'Tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện Bình Sơn')
      .replace('<Loại văn bản>', 'Kế hoạch')
      .replace('<Số và ký hiệu>', '07/KH-UBND')
      .replace('<Trích yếu văn bản căn cứ>', 'Kế hoạch tuyên truyền cải cách hành chính năm 2025 của UBND tỉnh Quảng Ngãi')
      .replace('<Mục đích>', 'Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính')
      .replace('<Yêu cầu>', 'Tuyên truyền thường xuyên, đúng trọng tâm')
      .replace('<Tên nhiệm vụ>', 'Tổ chức Hội thi tuyên truyền về Chuyển đổi số')
      .replace('<Cơ quan chủ trì>', 'Phòng Văn hoá và Thông tin')
      .replace('<Cơ quan nhận báo cáo>', 'UBND huyện');
    expect(filled).not.toMatch(PLACEHOLDER);
    expect(await problems(`${ROOT}/ke-hoach-2025.kehoach.yaml`, filled, files())).toEqual([]);
  });

  it('over a template, writes each blank the template leaves on its own line, where the author fills it', async () => {
    const all = files({ [`${ROOT}/mau/huyen.template.yaml`]: TEMPLATE_WITH_BLANKS });
    const ws = await workspace({ files: all });
    const r = await ws.service.newPlan({ folder: ws.uri(''), level: 'district', issuer: base.issuer, place: 'Bình Sơn', year: 2025, template: ws.uri('mau/huyen.template.yaml') });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.uri).toBe(ws.uri('ke-hoach-2025.kehoach.yaml'));
    const text = r.value.text;
    expect(text).toContain('extends: ./mau/huyen.template.yaml');
    // The first placeholder is the one the editor selects.
    expect(text.slice(r.value.placeholder?.start, r.value.placeholder?.end)).toBe('<Tên tỉnh>');
    const found = await problems(`${ROOT}/ke-hoach-2025.kehoach.yaml`, text, all);
    const blanks = found.filter((p) => p.rule === 'template-placeholder');
    // issuer.parent, preamble, the report path's deadline and the task's timeframe each on its line.
    expect(blanks.map((p) => p.line)).toEqual(
      expect.arrayContaining([
        '  parent: UBND tỉnh <Tên tỉnh>',
        'preamble: "Ủy ban nhân dân huyện <Tên huyện> ban hành Kế hoạch như sau:"',
        '    due: <Hạn báo cáo, ví dụ "trước ngày 15/11">',
        '      timeframe: <Thời hạn hoàn thành, ví dụ "Quý II">',
      ]),
    );
    for (const p of found) expect(p.line, `${p.rule} on "${p.line}"`).toMatch(PLACEHOLDER);
  });

  it('takes its tasks from the chosen template and keeps the first law', async () => {
    const text = newPlanText({ ...base, year: 2024, template: './templates/huyen.template.yaml' });
    expect(text).toContain('extends: ./templates/huyen.template.yaml');
    expect(text).not.toContain('tasks:');
    const found = await problems(`${ROOT}/ke-hoach-2024.kehoach.yaml`, text, files());
    expect(found.map((p) => p.rule)).not.toContain('task-lead-required');
    expect(found.map((p) => p.rule)).not.toContain('template-resolvable');
    // What the template itself carries (its own text, e.g. an undefined "CCHC") is reported at
    // `extends:`: the template maintainer's to fix, not a placeholder of the new plan.
    for (const p of found.filter((p) => !p.line.startsWith('extends:'))) expect(p.line, `${p.rule} on "${p.line}"`).toMatch(PLACEHOLDER);
  });

  it('names the file after the year and never overwrites one', async () => {
    const taken = new Set(['ke-hoach-2025.kehoach.yaml', 'ke-hoach-2025-2.kehoach.yaml']);
    expect(newPlanFileName(2025, (n) => taken.has(n))).toBe('ke-hoach-2025-3.kehoach.yaml');
    expect(newPlanFileName(2026, (n) => taken.has(n))).toBe('ke-hoach-2026.kehoach.yaml');
    const ws = await workspace({ files: files({ [`${ROOT}/ke-hoach-2025.kehoach.yaml`]: 'kind: plan\n' }) });
    const r = await ws.service.newPlan({ folder: ws.uri(''), level: 'district', issuer: base.issuer, place: '', year: 2025 });
    expect(r.ok && r.value.uri).toBe(ws.uri('ke-hoach-2025-2.kehoach.yaml'));
  });

  it('lists the workspace templates of the level asked', async () => {
    const ws = await workspace({ files: files({ [`${ROOT}/mau/huyen.template.yaml`]: TEMPLATE_WITH_BLANKS }) });
    expect((await ws.service.templates('district')).map((t) => [t.label, t.id])).toEqual([
      ['mau/huyen.template.yaml', 'huyen-mau'],
      ['templates/huyen.template.yaml', 'huyen-2024'],
    ]);
    expect(await ws.service.templates('province')).toEqual([]);
  });
});
