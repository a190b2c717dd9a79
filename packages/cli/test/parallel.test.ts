import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkStarts, claim, jobCount, PARALLEL_FROM } from '../src/parallel.js';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

describe('parallel validate (worker threads)', () => {
  it('chooses one job for small runs and honours --jobs', () => {
    expect(jobCount(undefined, PARALLEL_FROM - 1)).toBe(1);
    expect(jobCount(3, 100)).toBe(3);
    expect(jobCount(8, 2)).toBe(2);
    // The main thread checks too: a 2-core machine checks in two threads (the main one and a worker).
    expect(jobCount(undefined, 10_000, 2)).toBe(2);
    expect(jobCount(undefined, 10_000, 4)).toBe(4);
    expect(jobCount(undefined, 10_000, 64)).toBe(8);
    // Not more threads than runs of PARALLEL_FROM files.
    expect(jobCount(undefined, PARALLEL_FROM * 2, 64)).toBe(2);
  });

  it('cuts the files into chunks by top-level folder, and a folder too big to share into pieces', () => {
    const files = ['/p/agencies.yaml', '/p/a/tinh.yaml', '/p/a/x1/k.yaml', '/p/a/x2/k.yaml', '/p/b/tinh.yaml', '/p/b/x1/k.yaml'];
    // Files at the root are one run, each province another; pieces of at most 6 / 4 = 2 files.
    expect(chunkStarts(files, '/p', 1)).toEqual([0, 1, 3, 4]);
    // 40 files of one folder over 2 threads: pieces of at most 40 / 8 = 5.
    const flat = Array.from({ length: 40 }, (_, i) => `/p/xa/${String(i).padStart(2, '0')}.yaml`);
    expect(chunkStarts(flat, '/p/', 2)).toEqual([0, 5, 10, 15, 20, 25, 30, 35]);
    expect(chunkStarts([], '/p', 2)).toEqual([]);
  });

  it('hands each chunk to one thread only', () => {
    const next = new SharedArrayBuffer(4);
    const chunks = [0, 3, 7];
    expect([claim(next, chunks), claim(next, chunks), claim(next, chunks), claim(next, chunks)]).toEqual([0, 1, 2, undefined]);
  });

  it('gives exactly the report of a single-threaded run, in the same order', () => {
    expect(existsSync(bin), 'build the CLI first (pnpm build): workers run dist/worker.js').toBe(true);
    const files: Record<string, string> = { 'agencies.yaml': AGENCIES };
    for (let i = 0; i < 40; i++) {
      // Every third plan lacks a lead, every fifth has a non-canonical number.
      let text = i % 3 === 0 ? PLAN.replace('    lead: Phòng Nội vụ\n', '') : PLAN;
      if (i % 5 === 0) text = text.replace('84/KH-UBND', '84/kh-ubnd');
      files[`huyen-${String(i).padStart(2, '0')}/ke-hoach.kehoach.yaml`] = text.replace('registry: ./agencies.yaml', 'registry: ../agencies.yaml');
    }
    const root = workspace(files);
    const one = spawnSync(process.execPath, [bin, 'validate', '.', '-j', '1', '-f', 'json'], { cwd: root, encoding: 'utf8' });
    const three = spawnSync(process.execPath, [bin, 'validate', '.', '-j', '3', '-f', 'json'], { cwd: root, encoding: 'utf8' });
    expect(three.stderr).toBe('');
    expect(three.status).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    const report = JSON.parse(three.stdout) as { filePath: string; errorCount: number }[];
    expect(report).toHaveLength(41);
    expect(report.reduce((n, f) => n + f.errorCount, 0)).toBe(14 + 8);
    const stylish = execFileSync(process.execPath, [bin, 'validate', 'huyen-01', '-j', '2'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    expect(stylish).toContain('không có vấn đề');
  });

  it('--jobs must be a positive whole number', async () => {
    const root = workspace({ 'a.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const r = await run(['validate', '--jobs', '0'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs phải là một số nguyên dương');
  });
});
