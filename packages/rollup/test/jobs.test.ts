import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlFiles } from '../src/collect.js';
import { RollupWorkers, runRollupJobs, type RollupJob } from '../src/job.js';
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

  it('run on worker threads started before the jobs were known, and the threads end with them (or at once for a single job)', async () => {
    const folder = `${work}/ba`;
    cpSync(EXAMPLE_DIR, folder, { recursive: true, filter: (p) => !p.includes('.tong-hop') });
    const plan = `${folder}/ke-hoach-mot-cua-so-2026.kehoach.yaml`;
    const job = (name: string): RollupJob => ({ plans: [plan], folder, files: [], root: work, outDirs: { [plan]: `${work}/out/${name}` }, formats: ['json'] });
    const files = await yamlFiles(folder);
    const early = new RollupWorkers(2);
    const results = await runRollupJobs([{ ...job('ba-1'), files }, { ...job('ba-2'), files }, { ...job('ba-3'), files }], 2, early);
    expect(results.map((r) => r[0]?.number)).toEqual(['45/KH-UBND', '45/KH-UBND', '45/KH-UBND']);
    for (const n of [1, 2, 3]) expect(existsSync(`${work}/out/ba-${n}/tong-hop.json`)).toBe(true);
    await expect(early.run([])).rejects.toThrow();
    // One job: run here, the threads started for nothing ended.
    const unused = new RollupWorkers(2);
    expect((await runRollupJobs([{ ...job('ba-4'), files }], 2, unused))[0]?.[0]?.reports).toEqual({ 'on-time': 2, late: 1, missing: 1 });
    await unused.close();
  });

  it('say why a job failed, and end the threads', async () => {
    const folder = `${work}/bon`;
    cpSync(EXAMPLE_DIR, folder, { recursive: true, filter: (p) => !p.includes('.tong-hop') });
    const plan = `${folder}/ke-hoach-mot-cua-so-2026.kehoach.yaml`;
    // A file where the output folder should go: it cannot be made.
    writeFileSync(`${work}/khong-phai-thu-muc`, '');
    const job = (out: string): RollupJob => ({ plans: [plan], folder, files: [], root: work, outDirs: { [plan]: out }, formats: ['json'] });
    await expect(runRollupJobs([job(`${work}/out/bon-1`), job(`${work}/khong-phai-thu-muc/x`), job(`${work}/out/bon-3`)], 2)).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
