import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlFiles } from '../src/collect.js';
import { runRollupJobs, type RollupJob } from '../src/job.js';
import { EXAMPLE_DIR } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'kehoach-jobs-')).replace(/\\/g, '/');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('roll-up jobs', () => {
  it('roll two provinces up side by side in worker threads, each over its own folder', async () => {
    const jobs: RollupJob[] = [];
    for (const name of ['mot', 'hai']) {
      const folder = `${work}/${name}`;
      cpSync(EXAMPLE_DIR, folder, { recursive: true, filter: (p) => !p.includes('.tong-hop') });
      const plan = `${folder}/ke-hoach-mot-cua-so-2026.kehoach.yaml`;
      jobs.push({ plans: [plan], folder, files: await yamlFiles(folder), root: work, outDirs: { [plan]: `${work}/out/${name}` }, formats: ['json', 'csv'] });
    }
    const results = await runRollupJobs(jobs, 2);
    expect(results.map((r) => r.map((x) => [x.number, x.implementers, x.reports]))).toEqual([
      [['45/KH-UBND', 4, { 'on-time': 2, late: 1, missing: 1 }]],
      [['45/KH-UBND', 4, { 'on-time': 2, late: 1, missing: 1 }]],
    ]);
    for (const name of ['mot', 'hai']) {
      const json = JSON.parse(readFileSync(`${work}/out/${name}/tong-hop.json`, 'utf8')) as { reports: unknown[] };
      expect(json.reports).toHaveLength(4);
      expect(existsSync(`${work}/out/${name}/index.html`)).toBe(false);
    }
  });
});
