import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Project } from '@kehoach/core';
import { eachRollupFile, rollupFiles } from '../src/format/outputs.js';
import { EXAMPLE_DIR, EXAMPLE_PLAN, rollupOf } from './helpers.js';

describe('the files of a roll-up', () => {
  it('are handed over one at a time, each before the next is made, the same files rollupFiles returns', async () => {
    const r = await rollupOf(EXAMPLE_PLAN, EXAMPLE_DIR, { base: EXAMPLE_DIR });
    const loaded = await new Project({ root: EXAMPLE_DIR, readFile: (p) => readFile(p, 'utf8').catch(() => undefined) }).analyze(EXAMPLE_PLAN);
    if (!loaded) throw new Error('no plan');
    const all = await rollupFiles(loaded.analysis, r);
    const emitted: { name: string; size: number }[] = [];
    let pending = 0;
    await eachRollupFile(loaded.analysis, r, ['html', 'csv', 'xlsx', 'json', 'docx'], async (f) => {
      expect(pending).toBe(0);
      pending++;
      await new Promise((done) => setTimeout(done, 1));
      emitted.push({ name: f.name, size: typeof f.data === 'string' ? f.data.length : f.data.byteLength });
      pending--;
    });
    expect(emitted.map((f) => f.name)).toEqual(all.map((f) => f.name));
    expect(emitted.map((f) => f.name)).toEqual(['index.html', 'nhiem-vu.csv', 'chi-tiet.csv', 'bao-cao.csv', 'so-lieu.csv', 'kho-khan-de-xuat.csv', 'tong-hop.xlsx', 'tong-hop.json', 'bao-cao-tong-hop-2026-Q1.docx']);
    // The same text where the bytes do not depend on the time of writing (the DOCX states when it was made).
    for (const f of all.filter((x) => typeof x.data === 'string')) expect(emitted.find((e) => e.name === f.name)?.size).toBe((f.data as string).length);
  });
});
