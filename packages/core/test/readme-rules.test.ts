import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../src/rules/index.js';
import type { AnyRule } from '../src/engine/define.js';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

const CATEGORY: Record<string, string> = {
  core: 'luật thứ nhất / core',
  agencies: 'cơ quan / agencies',
  timeframe: 'thời gian / timeframe',
  legal: 'căn cứ / legal',
  text: 'chữ viết / text',
  structure: 'cấu trúc / structure',
  hierarchy: 'cấp trên, cấp dưới / hierarchy',
  report: 'báo cáo / reports',
};
const FIX: Record<string, string> = { safe: 'có / yes', suggestion: 'gợi ý / suggestion' };

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The README's rule list, one row per built-in rule, generated from the rules' meta. */
function rulesTable(rules: Iterable<AnyRule>): string {
  const rows = [...rules].map((r) => {
    const m = r.meta;
    const link = `[\`${m.id}\`](packages/core/docs/rules/${m.id}.md)`;
    return `| ${link} | ${CATEGORY[m.category] ?? m.category} | \`${m.severity}\` | ${m.fixable ? FIX[m.fixable] : 'không / no'} | ${cell(m.description.vi)} |`;
  });
  return ['| quy tắc / rule | nhóm / category | mặc định / default | sửa / fix | mô tả |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

describe('README rule list', () => {
  it('lists exactly the built-in rules, as their meta says (UPDATE_README=1 rewrites it)', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start, 'README.md has the rules:start marker').toBeGreaterThanOrEqual(0);
    expect(end, 'README.md has the rules:end marker after it').toBeGreaterThan(start);
    const current = text.slice(start + START.length, end).trim();
    const expected = rulesTable(builtinRules.values());
    if (process.env.UPDATE_README && current !== expected) {
      writeFileSync(README, `${text.slice(0, start + START.length)}\n${expected}\n${text.slice(end)}`);
      return;
    }
    expect(current).toBe(expected);
  });

  it('links a docs page that exists for every rule', () => {
    for (const id of builtinRules.keys()) {
      expect(() => readFileSync(fileURLToPath(new URL(`../docs/rules/${id}.md`, import.meta.url)), 'utf8'), id).not.toThrow();
    }
  });
});
