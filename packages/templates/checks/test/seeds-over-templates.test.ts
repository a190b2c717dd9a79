import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';
import { OverlayHost, templateDir, type TemplateId } from './support/templates.js';

/**
 * The three real 2024 plans (examples/2024, transcribed from the seeds) laid over the
 * 2024 templates: what a plan must add to extend its level's template without saying
 * anything its text does not say. Run on copies, so the examples stay as they are.
 */
const EXAMPLES = fileURLToPath(new URL('../../../../examples/2024/', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

interface Recipe {
  folder: string;
  template: TemplateId;
  /** Template tasks the issued text does not have. */
  remove: string[];
  /** The direct superior body, when the template leaves it blank. */
  parent?: string;
  /** The text states no report path: say so rather than inherit the template's. */
  noReporting?: boolean;
}

const RECIPES: Recipe[] = [
  { folder: 'tinh-tay-ninh', template: 'province-2024', remove: ['xay-dung-ke-hoach-trien-khai', 'theo-doi-tong-hop'] },
  { folder: 'huyen-binh-son', template: 'district-2024', remove: ['xay-dung-ke-hoach-trien-khai', 'theo-doi-tong-hop'], parent: 'UBND tỉnh Quảng Ngãi' },
  { folder: 'xa-duong-quan', template: 'commune-2024', remove: ['theo-doi-tong-hop'], parent: 'UBND huyện Thủy Nguyên', noReporting: true },
];

function overTemplate(r: Recipe): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-seed-'));
  made.push(dir);
  cpSync(join(EXAMPLES, r.folder), dir, { recursive: true });
  cpSync(templateDir(r.template), join(dir, 'node_modules/@kehoach', `template-${r.template}`), { recursive: true, filter: (s) => !/node_modules|\.reports/.test(s) });
  const path = join(dir, 'ke-hoach-tuyen-truyen-cchc.kehoach.yaml');
  let text = readFileSync(path, 'utf8');
  const head = 'kind: plan\nregistry: ./agencies.yaml\n';
  if (!text.includes(head)) throw new Error(`${r.folder}: the plan no longer starts with "${head.trim()}"`);
  const added = [
    `extends: "@kehoach/template-${r.template}@^1.0.0"`,
    '# Văn bản gốc không có các nhiệm vụ chung này của mẫu; không ghi địa danh.',
    'remove:',
    `  tasks: [${r.remove.join(', ')}]`,
    'place: ""',
    ...(r.noReporting ? ['reporting: []'] : []),
  ];
  text = text.replace(head, `kind: plan\n${added.join('\n')}\nregistry: ./agencies.yaml\n`);
  if (r.parent) text = text.replace(/^issuer:\n(  name: .*\n)/m, `issuer:\n$1  parent: ${r.parent}\n`);
  writeFileSync(path, text);
  return { dir, path };
}

describe.each(RECIPES)('the $folder seed over @kehoach/template-$template', (r) => {
  it('extends the template and validates with no errors', async () => {
    const { dir, path } = overTemplate(r);
    const result = await new Project(new OverlayHost(dir)).check(path);
    expect(result?.analysis.resolution?.layers.map((l) => l.label)).toEqual([`@kehoach/template-${r.template}@1.0.0`, path]);
    expect(result?.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.range.start.line + 1}: ${d.message.en}`)).toEqual([]);
    // The seed's own tasks are all there, and none of the template's it removed.
    const ids = (result?.analysis.plan?.tasks ?? []).map((t) => t.id);
    for (const id of r.remove) expect(ids).not.toContain(id);
  });
});
