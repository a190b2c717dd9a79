// Keeps the roll-up benchmark working (not fast: speed is only measured by `pnpm bench`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCountryWithReports } from '../src/generate-reports.mjs';
import { measureRollup } from '../src/rollup.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-rollup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the country with reports', () => {
  it('gives every commune four quarterly reports on its province plan, and the province asks for them every quarter', () => {
    const a = writeCountryWithReports(join(dir, 'a'), { communes: 34 });
    expect(a.files).toBe(1 + 34 * 2 + 34 + 34 * 4);
    const report = parseDocument(readFileSync(join(dir, 'a', 'ha-noi', 'xa-001', 'bao-cao-quy-2.baocao.yaml'), 'utf8')).toJS();
    expect(report).toMatchObject({ kind: 'report', period: 'Quý II/2026', plan: { ref: '10/KH-UBND', path: '../tinh.kehoach.yaml' } });
    expect(report.results.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'a', 'ha-noi', 'tinh.kehoach.yaml'), 'utf8')).toContain('due: trước ngày 18 của tháng cuối quý');
    // Same seed, same bytes.
    writeCountryWithReports(join(dir, 'b'), { communes: 34 });
    expect(readFileSync(join(dir, 'b', 'hue', 'xa-001', 'bao-cao-quy-4.baocao.yaml'), 'utf8')).toBe(readFileSync(join(dir, 'a', 'hue', 'xa-001', 'bao-cao-quy-4.baocao.yaml'), 'utf8'));
  });

  it('is rolled up by one province and by the whole country, in fresh processes', async () => {
    const r = await measureRollup(join(dir, 'm'), { communes: 34, timeoutMs: 240_000 });
    expect(r.province.all).toMatchObject({ exitCode: 0, plans: 1 });
    expect(r.country.all).toMatchObject({ exitCode: 0, plans: 34 });
    expect(r.country.data.reportsOnTime + r.country.data.reportsLate).toBe(34 * 4);
    expect(r.country.all.peakRssMiB).toBeGreaterThan(10);
    // The language server opens the same workspace, reports included, and publishes for every file.
    expect(r.server.filesPublished).toBe(r.files);
    expect(r.server.allDiagnosticsMs).toBeGreaterThan(0);
    // The generated plans and reports are valid: no file has an error.
    expect(r.server.filesWithErrors).toBe(0);
    expect(r.server.peakRssMiB).toBeGreaterThan(10);
    expect(r.server.loadAverage).toBeGreaterThanOrEqual(0);
  }, 600_000);
});
