import { z } from 'zod';
import type { AnyRule, RuleExample } from './define.js';

const SEVERITY_VI: Record<string, string> = { error: 'lỗi', warn: 'cảnh báo', info: 'thông tin', off: 'tắt' };
const CATEGORY_VI: Record<string, string> = {
  core: 'Luật thứ nhất (chủ trì, thời gian, báo cáo)',
  agencies: 'Cơ quan',
  timeframe: 'Thời gian',
  legal: 'Văn bản căn cứ',
  text: 'Chữ viết',
  structure: 'Cấu trúc tệp',
  hierarchy: 'Kế hoạch cấp trên, cấp dưới',
  report: 'Báo cáo kết quả thực hiện',
};

/**
 * The docs page of a rule, generated from its meta so the page can never drift from
 * the code: a test compares the committed page with this output.
 */
export function renderRuleDoc(rule: AnyRule): string {
  const m = rule.meta;
  const out: string[] = [];
  out.push(`# ${m.id}`, '');
  out.push(`> ${m.description.vi}`, '>', `> *${m.description.en}*`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| Mức mặc định / default | \`${m.severity}\` (${SEVERITY_VI[m.severity] ?? m.severity}) |`);
  out.push(`| Nhóm / category | ${CATEGORY_VI[m.category] ?? m.category} (\`${m.category}\`) |`);
  out.push(`| Sửa tự động / fix | ${m.fixable === 'safe' ? 'có, `kehoach validate --fix` / yes' : m.fixable === 'suggestion' ? 'gợi ý trong trình soạn thảo / editor suggestion' : 'không / no'} |`);
  out.push(`| Phạm vi / scope | ${m.scope === 'project' ? 'nhiều tệp (kế hoạch cấp trên) / several files' : 'một tệp / one file'} |`);
  out.push('');
  out.push('## Vì sao', '', m.rationale.vi, '', '## Why', '', m.rationale.en, '');
  out.push('## Thông báo / Messages', '');
  for (const [id, msg] of Object.entries(m.messages)) {
    out.push(`- \`${id}\`: ${msg.vi}`, `  *${msg.en}*`);
  }
  out.push('');
  if (m.options) {
    const schema = z.toJSONSchema(m.options, { io: 'input', target: 'draft-7' });
    out.push('## Tùy chọn / Options', '', '```json', JSON.stringify(schema, null, 2), '```', '');
  }
  out.push('## Ví dụ sai / Incorrect', '');
  for (const e of m.examples.invalid) out.push(...example(e));
  out.push('## Ví dụ đúng / Correct', '');
  for (const e of m.examples.valid) out.push(...example(e));
  out.push('## Cấu hình / Configuration', '');
  out.push('```yaml', '# kehoach.config.yaml', 'rules:', `  ${m.id}: ${m.severity === 'off' ? 'warn' : 'off'}`, '```', '');
  out.push('Tắt tại chỗ (phải nêu lý do) / suppress in place (a reason is required):', '');
  out.push('```yaml', `# kehoach-disable-next-line ${m.id} -- <lý do>`, '```', '');
  return out.join('\n');
}

function example(e: RuleExample): string[] {
  const lines: string[] = [];
  if (typeof e !== 'string' && e.files) {
    for (const [path, text] of Object.entries(e.files)) {
      lines.push(`\`${path}\`:`, '', '```yaml', text.trimEnd(), '```', '');
    }
    lines.push(`\`${e.path ?? '/work/plan.kehoach.yaml'}\`:`, '');
  }
  lines.push('```yaml', (typeof e === 'string' ? e : e.code).trimEnd(), '```', '');
  return lines;
}
