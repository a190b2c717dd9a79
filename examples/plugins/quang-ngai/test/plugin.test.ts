import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_AGENCIES, lintText, Project, validatePlugin, builtinRules, type AnyRule, type ProjectHost } from '@kehoach/core';
import { renderRuleDoc } from '@kehoach/core/internal';
import plugin from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const rules = Object.values(plugin.rules) as AnyRule[];

describe('kehoach-plugin-quang-ngai', () => {
  it('has the shape the loader checks, with namespaced rule ids', () => {
    const checked = validatePlugin({ default: plugin });
    expect(checked.ok && Object.values(checked.plugin.rules).map((r) => r.meta.id)).toEqual([
      'quang-ngai/moi-quy-mot-nhiem-vu',
      'quang-ngai/tap-the-chu-tri-can-phong-phoi-hop',
    ]);
  });

  describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
    const short = id.split('/')[1] as string;
    const all = new Map([...builtinRules, [id, rule]]);

    it('has a docs page generated from its meta', async () => {
      await expect(renderRuleDoc(rule)).toMatchFileSnapshot(`../docs/rules/${short}.md`);
      expect(rule.meta.docs).toBe(`https://github.com/kehoach/kehoach/blob/main/examples/plugins/quang-ngai/docs/rules/${short}.md`);
    });

    it('reports exactly one diagnostic on each incorrect example of its docs, none on the correct ones', () => {
      for (const e of rule.meta.examples.invalid) {
        const own = lintText(typeof e === 'string' ? e : e.code, { rules: all, agencies: EXAMPLE_AGENCIES }).diagnostics.filter((d) => d.ruleId === id);
        expect(own).toHaveLength(1);
      }
      for (const e of rule.meta.examples.valid) {
        const diags = lintText(typeof e === 'string' ? e : e.code, { rules: all, agencies: EXAMPLE_AGENCIES }).diagnostics;
        expect(diags.filter((d) => d.ruleId === id || d.severity === 'error').map((d) => d.message.en)).toEqual([]);
      }
    });
  });

  it('fires both rules on the example folder, through its kehoach.config.yaml', async () => {
    const root = join(here, '..', 'example').replace(/\\/g, '/');
    const host: ProjectHost = { root, readFile: (p) => readFile(p, 'utf8').catch(() => undefined) };
    const imported: string[] = [];
    const project = new Project(host, {
      plugins: {
        import: async (specifier, base) => {
          imported.push(`${specifier} from ${base === root ? 'example/' : base}`);
          return import('../src/index.js');
        },
      },
    });
    const r = await project.check(`${root}/ke-hoach-quy.kehoach.yaml`);
    expect(imported).toEqual(['.. from example/']);
    // Built-in rules change over time: only the plugin's rules and errors are pinned here.
    const shown = r?.diagnostics.filter((d) => d.ruleId.startsWith('quang-ngai/') || d.severity === 'error');
    expect(shown?.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.ruleId} ${d.message.vi}`)).toEqual([
      '14:1 warning quang-ngai/moi-quy-mot-nhiem-vu Kế hoạch tuyên truyền chưa có nhiệm vụ nào trong quý IV năm 2024.',
      '27:11 warning quang-ngai/tap-the-chu-tri-can-phong-phoi-hop Nhiệm vụ "ke-hoach-xa" do "UBND các xã, thị trấn" chủ trì nhưng chưa có phòng, ban nào cùng thực hiện hoặc phối hợp làm đầu mối.',
    ]);
  });
});
