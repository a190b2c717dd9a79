import { describe, expect, it } from 'vitest';
import { builtinRules } from '../src/rules/index.js';
import { renderRuleDoc } from '../src/engine/rule-docs.js';
import { EXAMPLE_AGENCIES } from '../src/engine/example-registry.js';
import type { AnyRule, RuleExample } from '../src/engine/define.js';
import { lintText } from '../src/lint.js';
import { MemoryHost } from '../src/project/host.js';
import { Project } from '../src/project/project.js';

async function diagnosticsOf(rule: AnyRule, e: RuleExample) {
  const code = typeof e === 'string' ? e : e.code;
  const files = typeof e === 'string' ? undefined : e.files;
  if (rule.meta.scope === 'project' || files) {
    const path = (typeof e !== 'string' && e.path) || '/work/plan.kehoach.yaml';
    const registry = `kind: registry\nagencies: ${JSON.stringify(EXAMPLE_AGENCIES)}\n`;
    const host = new MemoryHost({ '/work/registry.yaml': registry, '/work/kehoach.config.yaml': 'registry: ./registry.yaml\n', ...files, [path]: code }, '/work');
    const result = await new Project(host).check(path);
    return result?.diagnostics ?? [];
  }
  return lintText(code, { agencies: EXAMPLE_AGENCIES }).diagnostics;
}

describe.each([...builtinRules.values()].map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has a docs page generated from its meta', async () => {
    await expect(renderRuleDoc(rule)).toMatchFileSnapshot(`../docs/rules/${id}.md`);
  });

  it('has examples of both kinds', () => {
    expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
    expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
  });

  it('reports exactly one diagnostic on each incorrect example', async () => {
    for (const e of rule.meta.examples.invalid) {
      const own = (await diagnosticsOf(rule, e)).filter((d) => d.ruleId === id);
      expect(own.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.messageId}`)).toHaveLength(1);
    }
  });

  it('reports nothing of its own on each correct example, and no errors from other rules', async () => {
    for (const e of rule.meta.examples.valid) {
      const diags = await diagnosticsOf(rule, e);
      expect(diags.filter((d) => d.ruleId === id).map((d) => d.message.en)).toEqual([]);
      expect(diags.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message.en}`)).toEqual([]);
    }
  });

  it('has a message in both languages for every message id', () => {
    for (const msg of Object.values(rule.meta.messages)) {
      expect(msg.vi.length).toBeGreaterThan(0);
      expect(msg.en.length).toBeGreaterThan(0);
      expect(msg.vi).not.toBe(msg.en);
    }
  });
});
