// Keeps the size benchmark working (not fast: speed is only measured by `pnpm bench`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { sectionedPlan } from '../src/generate.mjs';
import { markdown } from '../src/report.mjs';
import { measureSizes } from '../src/sizes.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import and render at size', () => {
  it('generates a plan in sections, with groups of tasks and an appendix table, deterministically', () => {
    const a = sectionedPlan({ groups: 3, tasksPerGroup: 4, appendixRows: 25 });
    expect(sectionedPlan({ groups: 3, tasksPerGroup: 4, appendixRows: 25 }).plan).toBe(a.plan);
    expect(a.tasks).toBe(3 * 4 + 25);
    const plan = parseDocument(a.plan).toJS();
    expect(plan.sections.map((s) => s.heading)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN']);
    expect(plan.sections[1].items[0].items[0]).toMatchObject({ id: 'nhiem-vu-1', lead: expect.any(String), timeframe: expect.any(String) });
    expect(plan.appendices[0].items[0].table.rows).toHaveLength(2);
    expect(a.plan).toBe(a.plan.normalize('NFC'));
  });

  it('imports a DOCX and renders plans in fresh processes, at a twentieth of the sizes, and reports them', async () => {
    const r = await measureSizes(join(dir, 'm'), { scale: 0.05 });
    expect(r.import.target).toMatchObject({ exitCode: 0 });
    expect(r.import.target.paragraphs).toBeGreaterThanOrEqual(250);
    expect(r.import.target.peakRssMiB).toBeGreaterThan(10);
    expect(r.render.target).toMatchObject({ exitCode: 0 });
    expect(r.render.target.megabytes).toBeGreaterThanOrEqual(0.35);
    expect(r.render.limit.characters).toBeLessThanOrEqual(r.limits.render.characters / 20);
    const md = markdown({ mode: 'full', date: 'd', node: 'v20', cpus: 2, editor: [], hostile: [], sizes: { date: 'd', ...r } });
    expect(md).toContain('## Import and render at size');
    expect(md).toMatch(/\| import, the target \| DOCX, [\d,]+ paragraphs/u);
  }, 600_000);
});
