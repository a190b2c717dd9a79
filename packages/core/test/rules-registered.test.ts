import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../src/rules/index.js';

const RULES_DIR = fileURLToPath(new URL('../src/rules/', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

describe('every rule file is a registered rule', () => {
  it('each file of src/rules/ is in BUILTIN_RULES under its own name, and each registered rule has its file', async () => {
    const files = readdirSync(RULES_DIR).filter((n) => n.endsWith('.ts') && n !== 'index.ts');
    const registered = new Map(Object.entries(BUILTIN_RULES).map(([id, rule]) => [rule, id]));
    for (const name of files) {
      const id = name.replace(/\.ts$/, '');
      const module = (await import(`../src/rules/${name}`)) as Record<string, unknown>;
      const rules = Object.values(module).filter((v) => registered.has(v as never) || (v !== null && typeof v === 'object' && 'meta' in v && 'check' in v));
      expect(rules.length, `src/rules/${name} exports no rule`).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(registered.get(rule as never), `src/rules/${name} is not registered in src/rules/index.ts (BUILTIN_RULES)`).toBe(id);
        expect((rule as { meta: { id: string } }).meta.id, `the rule of src/rules/${name} must have the id "${id}"`).toBe(id);
      }
    }
    expect(Object.keys(BUILTIN_RULES).sort()).toEqual(files.map((n) => n.replace(/\.ts$/, '')).sort());
  });

  it('"Adding a rule" in the README lists files that every rule has', () => {
    const readme = readFileSync(`${REPO}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('### Thêm một quy tắc / Adding a rule'));
    const paths = [...section.matchAll(/`((?:packages|examples)\/[^`]*<rule-id>[^`]*)`/g)].map((m) => m[1] as string);
    expect(paths).toEqual(
      expect.arrayContaining([
        'packages/core/src/rules/<rule-id>.ts',
        'packages/core/docs/rules/<rule-id>.md',
        'examples/invalid/<rule-id>.kehoach.yaml',
        'examples/invalid/<rule-id>.baocao.yaml',
        'packages/core/test/rules/<rule-id>.test.ts',
      ]),
    );
    // Files generated or written for every rule exist for every rule (tests may cover several
    // rules); the invalid example is a plan, or a report for a rule that checks only reports.
    const example = (rule: { meta: { appliesTo?: readonly string[] } }): string =>
      rule.meta.appliesTo?.length && rule.meta.appliesTo.every((k) => k === 'report') ? '.baocao.yaml' : '.kehoach.yaml';
    for (const [id, rule] of Object.entries(BUILTIN_RULES)) {
      for (const path of paths.filter((p) => !p.includes('/test/') && (!p.startsWith('examples/invalid/') || p.endsWith(example(rule))))) {
        expect(existsSync(`${REPO}${path.replace('<rule-id>', id)}`), path.replace('<rule-id>', id)).toBe(true);
      }
    }
  });
});
