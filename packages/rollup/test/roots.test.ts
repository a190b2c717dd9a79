import { describe, expect, it } from 'vitest';
import { collect, yamlFiles } from '../src/collect.js';
import { findRoots, planHead } from '../src/roots.js';
import { summarize } from '../src/summarize.js';
import { Workspace } from '../src/workspace.js';
import { EXAMPLE_PLAN, REPO } from './helpers.js';

describe('the heads of plans, read from their lines', () => {
  const head = (text: string) => planHead('/w/xa/ke-hoach.kehoach.yaml', `kind: plan\n${text}title: X\n`);

  it('reads the number and the parent as the parser does, in every way plans write them', () => {
    const cases = [
      'number: 07/KH-UBND\nparent:\n  ref: 45/KH-UBND\n  path: ../tinh.kehoach.yaml\n',
      'parent:\n  # the province plan\n  path: "../tinh.kehoach.yaml"\n  ref: \'45/KH-UBND\'\n',
      'parent: { ref: 45/KH-UBND, path: ../tinh.kehoach.yaml }\n',
      'parent:\n  ref: 45/KH-UBND # số của tỉnh\n',
      'number: "12/KH-UBND"\n',
    ];
    for (const c of cases) {
      const text = `kind: plan\n${c}title: X\n`;
      const parsed = summarize('/w/xa/ke-hoach.kehoach.yaml', text);
      expect(head(c), c).toEqual({ path: '/w/xa/ke-hoach.kehoach.yaml', ...(parsed?.kind === 'plan' && parsed.number ? { number: parsed.number } : {}), ...(parsed?.kind === 'plan' && parsed.parent ? { parent: parsed.parent } : {}) });
    }
  });

  it('leaves to the parser what its lines cannot read for sure', () => {
    expect(head('parent: { ref: "45/KH-UBND, tỉnh", path: x }\n')).toBeUndefined();
    expect(head('parent: *tinh\n')).toBeUndefined();
  });
});

describe('the plans a folder is rolled up by', () => {
  it('are those without a parent there, as the parser finds them', async () => {
    const files = await yamlFiles(`${REPO}/examples`);
    const { summaries } = await collect(files.filter((f) => !f.includes('/invalid/')), { jobs: 1 });
    const parsed = new Workspace(summaries).roots().map((p) => p.path).sort();
    expect(findRoots(files.filter((f) => !f.includes('/invalid/'))).sort()).toEqual(parsed);
    expect(parsed).toContain(EXAMPLE_PLAN);
    expect(parsed.some((p) => p.includes('/xa-an-hoa/'))).toBe(false);
  });
});
