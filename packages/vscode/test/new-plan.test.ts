import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryHost, Project } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, newPlanFileName, newPlanText } from '../src/new-plan.js';

const examples = join(import.meta.dirname, '../../../examples/invalid');
const read = (name: string): string => readFileSync(join(examples, name), 'utf8');

async function check(text: string) {
  const host = new MemoryHost({
    '/w/ke-hoach-2025.kehoach.yaml': text,
    '/w/agencies.yaml': read('agencies.yaml'),
    '/w/templates/huyen.template.yaml': read('templates/huyen.template.yaml'),
  }, '/w');
  const result = await new Project(host).check('/w/ke-hoach-2025.kehoach.yaml', text);
  if (!result) throw new Error('not checked');
  const lines = text.split('\n');
  return result.diagnostics.map((d) => ({ rule: d.ruleId, line: lines[d.range.start.line] ?? '' }));
}

describe('New plan from template', () => {
  const base = { level: 'district' as const, issuer: 'Ủy ban nhân dân huyện Bình Sơn', place: 'Bình Sơn', year: 2025, registry: './agencies.yaml' };

  it('writes a plan whose only problems sit on the <...> placeholders the author fills', async () => {
    const text = newPlanText(base);
    expect(text).toContain('name: Ủy ban nhân dân huyện Bình Sơn');
    expect(text).toContain('timeframe: Thường xuyên trong năm 2025');
    const problems = await check(text);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.line, `${p.rule} on "${p.line}"`).toMatch(PLACEHOLDER);
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
    expect(await check(filled)).toEqual([]);
  });

  it('takes its tasks from the chosen template and keeps the first law', async () => {
    // The example template is the 2024 one: its tasks run in 2024.
    const text = newPlanText({ ...base, year: 2024, template: './templates/huyen.template.yaml' });
    expect(text).toContain('extends: ./templates/huyen.template.yaml');
    expect(text).not.toContain('tasks:');
    const problems = await check(text);
    expect(problems.map((p) => p.rule)).not.toContain('task-lead-required');
    expect(problems.map((p) => p.rule)).not.toContain('template-resolvable');
    // What the template itself carries (its own text, e.g. an undefined "CCHC") is reported at
    // `extends:`: the template maintainer's to fix, not a placeholder of the new plan.
    for (const p of problems.filter((p) => !p.line.startsWith('extends:'))) expect(p.line, `${p.rule} on "${p.line}"`).toMatch(PLACEHOLDER);
  });

  it('names the file after the year and never overwrites one', () => {
    const taken = new Set(['ke-hoach-2025.kehoach.yaml', 'ke-hoach-2025-2.kehoach.yaml']);
    expect(newPlanFileName(2025, (n) => taken.has(n))).toBe('ke-hoach-2025-3.kehoach.yaml');
    expect(newPlanFileName(2026, (n) => taken.has(n))).toBe('ke-hoach-2026.kehoach.yaml');
  });
});
