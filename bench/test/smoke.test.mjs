// Keeps the benchmark working (not fast: speed is only measured by `pnpm bench`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { measureCountry } from '../src/country.mjs';
import { measureEditor } from '../src/editor.mjs';
import { planWithTasks, PROVINCES, writeCountry } from '../src/generate.mjs';
import { percentile } from '../src/stats.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generator', () => {
  it('is deterministic and writes valid YAML with N tasks of real Vietnamese text', () => {
    const a = planWithTasks(200, { seed: 3 });
    expect(planWithTasks(200, { seed: 3 }).plan).toBe(a.plan);
    expect(planWithTasks(200, { seed: 4 }).plan).not.toBe(a.plan);
    const doc = parseDocument(a.plan);
    expect(doc.errors).toEqual([]);
    expect(doc.toJS().tasks).toHaveLength(200);
    expect(a.plan).toContain('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(a.plan).toBe(a.plan.normalize('NFC'));
  });

  it('the country has 34 provinces, and every commune plan names its province plan as parent', () => {
    expect(PROVINCES).toHaveLength(34);
    const { files } = writeCountry(join(dir, 'vn'), { communes: 40 });
    expect(files).toBe(1 + 34 * 2 + 40);
    const commune = readFileSync(join(dir, 'vn', 'ha-noi', 'xa-001', 'ke-hoach.kehoach.yaml'), 'utf8');
    expect(parseDocument(commune).toJS().parent).toEqual({ ref: '10/KH-UBND', path: '../tinh.kehoach.yaml' });
  });
});

describe('stats', () => {
  it('nearest-rank percentiles', () => {
    const v = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(v, 50)).toBe(10);
    expect(percentile(v, 95)).toBe(19);
    expect(percentile([NaN, 3], 50)).toBe(3);
  });
});

describe('smoke run', () => {
  it('our server answers every edit with diagnostics for that version', async () => {
    const r = await measureEditor('kehoach', 20, { dir, edits: 4, gapMs: 50, timeoutMs: 300_000, starts: 2 });
    expect(r.missed).toBe(0);
    expect(r.firstDiagnosticsMs).toBeGreaterThan(0);
    // Two starts of the server and two bare parses: the figures are their medians.
    expect(r.firstDiagnosticsEachMs).toHaveLength(2);
    expect(r.firstDiagnosticsEachMs.every((v) => v > 0)).toBe(true);
    expect(r.bareParseEachMs).toHaveLength(2);
    expect(r.firstDiagnosticsEachMs).toContain(r.firstDiagnosticsMs);
    expect(r.bareParseMs).toBeGreaterThan(0);
    expect(r.peakRssMiB).toBeGreaterThan(10);
  }, 120_000);

  it('yaml-language-server is driven by the same harness', async () => {
    const r = await measureEditor('yaml-language-server', 20, { dir, edits: 4, gapMs: 50, timeoutMs: 300_000, starts: 1 });
    expect(r.missed).toBe(0);
  }, 120_000);

  it('validates a small country with 0 errors, measures the bare parse beside it, and opens it in the server', async () => {
    const r = await measureCountry(join(dir, 'country'), { communes: 34, timeoutMs: 300_000 });
    expect(r.validate.exitCode).toBe(0);
    expect(r.files).toBe(1 + 34 * 3);
    expect(r.cpuRatio).toBeGreaterThan(0);
    expect(r.server.filesPublished).toBe(r.files);
    expect(r.server.filesWithErrors).toBe(0);
    expect(r.server.peakRssMiB).toBeGreaterThan(10);
    expect(r.server.loadAverage).toBeGreaterThanOrEqual(0);
  }, 300_000);
});
