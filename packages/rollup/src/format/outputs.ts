import type { PlanAnalysis } from '@kehoach/core';
import type { Rollup } from '../types.js';
import { toCsv } from './csv.js';
import { toHtml } from './html/page.js';
import { synthesisDocx } from './synthesis.js';
import { rollupTables } from './tables.js';
import { toXlsx } from './xlsx.js';

export const ROLLUP_FORMATS = ['html', 'csv', 'xlsx', 'json', 'docx'] as const;
export type RollupFormat = (typeof ROLLUP_FORMATS)[number];

export interface OutputFile {
  /** File name inside the roll-up's folder. */
  name: string;
  data: string | Uint8Array;
}

/**
 * The files of one roll-up: `index.html` (the dashboard), one CSV per table, a
 * workbook `tong-hop.xlsx`, `tong-hop.json` (the data every other file is drawn from),
 * and the draft synthesised report of the latest period (`bao-cao-tong-hop-2026-Q1.docx`).
 */
export async function rollupFiles(root: PlanAnalysis, r: Rollup, formats: readonly RollupFormat[] = ROLLUP_FORMATS): Promise<OutputFile[]> {
  const out: OutputFile[] = [];
  await eachRollupFile(root, r, formats, (file) => void out.push(file));
  return out;
}

/**
 * The files of `rollupFiles`, each handed to `emit` as soon as it is made: a province's
 * are megabytes each, and a writer that lets each go before the next is made holds one
 * at a time.
 */
export async function eachRollupFile(root: PlanAnalysis, r: Rollup, formats: readonly RollupFormat[], emit: (file: OutputFile) => void | Promise<void>): Promise<void> {
  if (formats.includes('html')) await emit({ name: 'index.html', data: toHtml(r) });
  if (formats.includes('csv') || formats.includes('xlsx')) {
    const tables = rollupTables(r);
    if (formats.includes('csv')) for (const t of tables) await emit({ name: `${t.file}.csv`, data: toCsv(t) });
    if (formats.includes('xlsx')) await emit({ name: 'tong-hop.xlsx', data: toXlsx(tables, { title: `Tổng hợp: ${r.plan.title}`, creator: r.plan.issuer }) });
  }
  // One line: the file is for programs (a province is megabytes), and `jq .` shows it to people.
  if (formats.includes('json')) await emit({ name: 'tong-hop.json', data: `${JSON.stringify(r)}\n` });
  // The report an office drafts now: of the latest period rolled up (--period picks another).
  const latest = r.periods.at(-1);
  if (formats.includes('docx') && latest) await emit({ name: `bao-cao-tong-hop-${latest.key.replace(/[^A-Za-z0-9-]+/g, '_')}.docx`, data: await synthesisDocx(root, r, latest) });
}
