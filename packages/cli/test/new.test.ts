import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';
import { installTemplates } from './template-fixtures.js';

describe('kehoach new', () => {
  it('scaffolds a plan over the template, listing the blanks left to fill', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    const r = await run(['new', '--template', '@kehoach/template-commune', '--issuer', 'Ủy ban nhân dân xã Dương Quan', '--year', '2026'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Đã tạo ke-hoach-2026\.kehoach\.yaml theo mẫu @kehoach\/template-commune@\^1\.0\.0; còn \d+ chỗ trống/);
    const text = readFileSync(join(root, 'ke-hoach-2026.kehoach.yaml'), 'utf8');
    expect(text).toContain('kind: plan\nextends: "@kehoach/template-commune@^1.0.0"\nissuer:\n  name: Ủy ban nhân dân xã Dương Quan\nyear: 2026\n');
    expect(text).toContain('#   - title\n');
    expect(text).toContain('#   - signature.name\n');
    expect(text).not.toContain('#   - issuer.name'); // given on the command line

    // The blanks are errors until filled: validate points at each.
    const v = await run(['validate', 'ke-hoach-2026.kehoach.yaml', '--format', 'json'], root);
    expect(v.code).toBe(1);
    const placeholders = JSON.parse(v.stdout)[0].messages.filter((d: { ruleId: string }) => d.ruleId === 'template-placeholder');
    const listed = text.split('\n').filter((l) => l.startsWith('#   - ')).length;
    expect(placeholders).toHaveLength(listed);
  });

  it('keeps the range asked for and writes where told', async () => {
    const root = workspace({});
    installTemplates(root, 'province');
    const r = await run(['new', '-t', '@kehoach/template-province@~1.0.0', 'tinh/ke-hoach.kehoach.yaml', '--year', '2026', '--title', 'Chuyển đổi số năm 2026', '--locale', 'en'], root);
    expect(r.code, r.stderr).toBe(1 - 1);
    const text = readFileSync(join(root, 'tinh/ke-hoach.kehoach.yaml'), 'utf8').replace(/^#.*\n/gm, '');
    expect(text).toBe('kind: plan\nextends: "@kehoach/template-province@~1.0.0"\nyear: 2026\ntitle: Chuyển đổi số năm 2026\n');
  });

  it('never overwrites a plan', async () => {
    const root = workspace({ 'ke-hoach-2026.kehoach.yaml': '# của xã\n' });
    installTemplates(root, 'commune');
    const r = await run(['new', '--template', '@kehoach/template-commune', '--year', '2026'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: ke-hoach-2026.kehoach.yaml đã có; không ghi đè. Chọn tên hoặc thư mục khác (--dir, -o).\n');
    expect(readFileSync(join(root, 'ke-hoach-2026.kehoach.yaml'), 'utf8')).toBe('# của xã\n');
  });

  it('rejects a year that is not one, and a missing template', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    expect((await run(['new', '--template', '@kehoach/template-commune', '--year', 'năm nay', '--locale', 'en'], root)).stderr).toBe(
      'kehoach: --year must be a year, e.g. 2026 (got "năm nay").\n',
    );
    const missing = await run(['new', '--template', '@kehoach/template-district-2024'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('npm install @kehoach/template-district-2024');
    writeFileSync(join(root, 'x'), '');
  });
});
