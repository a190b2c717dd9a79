import { readFileSync } from 'node:fs';
import { parseDate } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkText, HERE, packageJson, TEMPLATE_IDS, templateData, templateDir, type TemplateId } from './support/templates.js';

const BLANK = /<[^<>\n]{1,80}>/;
const YEAR: Record<TemplateId, number> = { province: 2026, commune: 2026, 'province-2024': 2024, 'district-2024': 2024, 'commune-2024': 2024 };
const ISSUER: Record<TemplateId, string> = {
  province: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
  commune: 'Ủy ban nhân dân xã Dương Quan',
  'province-2024': 'Ủy ban nhân dân tỉnh Tây Ninh',
  'district-2024': 'Ủy ban nhân dân huyện Bình Sơn',
  'commune-2024': 'Ủy ban nhân dân xã Dương Quan',
};

/**
 * A plan over the template with every blank filled the way an author would: its own
 * words for the texts, an agency of the template's registry where one is asked for.
 */
function filledPlan(id: TemplateId): string {
  const t = templateData(id);
  const year = YEAR[id];
  const own = t.agencies.find((a) => a.id === t.issuer.agency);
  const department = t.agencies.find((a) => a.kind === 'department' || a.kind === 'office' || a.kind === 'official');
  if (!own || !department) throw new Error(`${id}: no issuer agency or department in the registry`);
  const patchTasks: Record<string, Record<string, string>> = {};
  for (const task of t.tasks) {
    const change: Record<string, string> = {};
    if (typeof task.lead === 'string' && BLANK.test(task.lead)) change.lead = department.name;
    if (typeof task.timeframe === 'string' && BLANK.test(task.timeframe)) change.timeframe = `Chậm nhất ngày 30/04/${year}`;
    if (Object.keys(change).length) patchTasks[task.id] = change;
  }
  const plan = {
    kind: 'plan',
    extends: `${packageJson(id).name}@^1.0.0`,
    issuer: { name: ISSUER[id], ...(t.issuer.parent ? { parent: 'UBND tỉnh Quảng Ngãi' } : {}) },
    place: 'Bình Sơn',
    year,
    title: `Tuyên truyền cải cách hành chính năm ${year}`,
    legalBases: [{ verb: 'can-cu', type: 'Nghị quyết', ref: '76/NQ-CP', date: '15/07/2021', issuer: 'Chính phủ', summary: 'ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030' }],
    preamble: `${ISSUER[id]} ban hành Kế hoạch tuyên truyền cải cách hành chính năm ${year} như sau:`,
    objectives: ['Nâng cao nhận thức của cán bộ, công chức và Nhân dân về cải cách hành chính.'],
    requirements: ['Công tác tuyên truyền phải kịp thời, đầy đủ, thường xuyên, hiệu quả.'],
    ...(Object.keys(patchTasks).length ? { patch: { tasks: patchTasks } } : {}),
    reporting: [{ to: own.short ?? own.name, via: department.name, due: `trước ngày 15/11/${year}` }],
    closing: `Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm ${year}./.`,
    recipients: ['Các cơ quan, đơn vị liên quan'],
    signature: { name: 'Nguyễn Văn An' },
  };
  return stringify(plan, { lineWidth: 0 });
}

describe.each(TEMPLATE_IDS)('template package %s', (id) => {
  const pkg = packageJson(id);
  const data = templateData(id);

  it('is a publishable data-only package', () => {
    expect(pkg.name).toBe(`@kehoach/template-${id}`);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.kehoach.template).toBe('template.yaml');
    expect(pkg.files).toEqual(expect.arrayContaining(['template.yaml', 'snippets.json', 'README.md']));
    expect(pkg.publishConfig?.access).toBe('public');
    expect(pkg).not.toHaveProperty('main');
    expect(pkg).not.toHaveProperty('scripts');
    expect(data.kind).toBe('template');
    expect(data.level).toBe(pkg.kehoach.level);
  });

  it('is a valid template on its own', async () => {
    const path = `${templateDir(id)}/template.yaml`;
    const r = await checkText(path, readFileSync(path, 'utf8'));
    expect(r.kind).toBe('template');
    expect(r.diagnostics.map((d) => `${d.ruleId} ${d.range.start.line + 1}: ${d.message.en}`)).toEqual([]);
  });

  it('has a well-formed agency registry: unique ids, NFC names, real dates', () => {
    const ids = data.agencies.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of data.agencies) {
      for (const text of [a.name, a.short ?? '', ...(a.aliases ?? [])]) expect(text).toBe(text.normalize('NFC'));
      for (const d of [a.validFrom, a.validTo]) if (d !== undefined) expect(parseDate(d).ok, `${a.id} ${d}`).toBe(true);
    }
    expect(ids).toContain(data.issuer.agency);
  });

  it('flags its blanks until filled, and a filled plan over it is clean', async () => {
    const empty = await checkText(`${HERE}/virtual/${id}-empty.kehoach.yaml`, `kind: plan\nextends: "${pkg.name}@^1.0.0"\nyear: ${YEAR[id]}\n`);
    expect(empty.diagnostics.filter((d) => d.ruleId === 'template-placeholder').length).toBeGreaterThan(3);
    const filled = await checkText(`${HERE}/virtual/${id}.kehoach.yaml`, filledPlan(id));
    expect(filled.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId}: ${d.message.en}`)).toEqual([]);
  });

  it('ships snippets that expand to a plan over this package', () => {
    const snippets = JSON.parse(readFileSync(`${templateDir(id)}/snippets.json`, 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
    const plan = Object.values(snippets).find((s) => s.prefix.includes('kehoach-plan'));
    expect(plan).toBeDefined();
    const defaults = new Map<string, string>();
    const text = plan!.body
      .join('\n')
      .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, d: string) => (defaults.set(n, d), d))
      .replace(/\$\{(\d+)\}|\$0/g, (_, n?: string) => (n ? (defaults.get(n) ?? '') : ''));
    expect(text).toContain(`extends: "${pkg.name}@^1.0.0"`);
  });
});

describe('facts of the 2025 reorganisation', () => {
  const province = templateData('province');
  const byName = new Set(province.agencies.map((a) => a.name));

  it('the province template lists the twelve departments every province has (Nghị định 45/2025/NĐ-CP)', () => {
    for (const name of [
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Nông nghiệp và Môi trường',
      'Sở Xây dựng',
      'Sở Khoa học và Công nghệ',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
      'Thanh tra tỉnh',
      'Văn phòng Ủy ban nhân dân tỉnh',
    ]) {
      expect(byName, name).toContain(name);
    }
    expect(byName).not.toContain('Sở Thông tin và Truyền thông');
    expect(province.agencies.some((a) => a.level === 'district')).toBe(false);
  });

  it('the commune template has the commune offices of Nghị định 150/2025/NĐ-CP and no district', () => {
    const commune = templateData('commune');
    const names = commune.agencies.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Phòng Kinh tế', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công']));
    expect(commune.agencies.some((a) => a.level === 'district')).toBe(false);
    expect(commune.issuer.parent).toMatch(/^UBND tỉnh/);
  });

  it.each(['province-2024', 'district-2024', 'commune-2024'] as const)('%s points every successor at an agency of the template that supersedes it', (id) => {
    const successorPkg = packageJson(id).kehoach.supersededBy;
    expect(successorPkg).toMatch(/^@kehoach\/template-(province|commune)$/);
    const target = templateData(successorPkg!.replace('@kehoach/template-', '') as TemplateId);
    const targetIds = new Set(target.agencies.map((a) => a.id));
    for (const a of templateData(id).agencies) if (a.successor) expect(targetIds, `${id}: ${a.id} -> ${a.successor}`).toContain(a.successor);
  });

  it('the departments merged on 1 March 2025 end on 28/02/2025 and name where they went', () => {
    const old = new Map(templateData('province-2024').agencies.map((a) => [a.id, a]));
    expect(old.get('so-thong-tin-va-truyen-thong')).toMatchObject({ validTo: '28/02/2025', successor: 'so-khoa-hoc-va-cong-nghe' });
    expect(old.get('so-ke-hoach-va-dau-tu')).toMatchObject({ validTo: '28/02/2025', successor: 'so-tai-chinh' });
    expect(old.get('so-tai-nguyen-va-moi-truong')).toMatchObject({ successor: 'so-nong-nghiep-va-moi-truong' });
    expect(old.get('so-nong-nghiep-va-phat-trien-nong-thon')).toMatchObject({ successor: 'so-nong-nghiep-va-moi-truong' });
    expect(old.get('so-giao-thong-van-tai')).toMatchObject({ successor: 'so-xay-dung' });
    // Every district body ends with the district level on 30 June 2025.
    for (const a of templateData('district-2024').agencies) if (a.level === 'district') expect(a.validTo, a.id).toBe('30/06/2025');
  });
});
