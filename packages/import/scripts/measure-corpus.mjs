#!/usr/bin/env node
// The importer against the hand-written facts of packages/corpus/facts, plan by plan:
// tasks found (matched by the source line where each starts) with the right lead, timeframes
// as written, requests recognised; and for every plan of the folder, schema problems of the
// draft, paragraphs left unplaced and values not in the source text.
//
//   pnpm --filter @kehoach/import build && node packages/import/scripts/measure-corpus.mjs [folder] [--markdown] [-v]
//
// `pnpm corpus` (packages/corpus) is the project's harness; this script measures the importer alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lintText, matchKey } from '@kehoach/core';
import { importText } from '@kehoach/import';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-')) ?? new URL('../../../../shared/corpus/', import.meta.url).pathname;
const facts = new URL('../../corpus/facts/', import.meta.url).pathname;
const markdown = args.includes('--markdown');
const verbose = args.includes('-v');

const key = (s) => matchKey(String(s ?? '')).replace(/[\s.;,:]+$/u, '').trim();
const sameSet = (a, b) => {
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  return ka.size === kb.size && [...ka].every((x) => kb.has(x));
};
const plain = (s) => s.normalize('NFC').toLowerCase().replace(/\[\^(\d+)\]/gu, '[$1]').replace(/[\u2010-\u2015\u2212]/gu, '-').replace(/[\s*#]+/gu, '');
const OWN = new Set(['id', 'task', 'kind', 'numbering', 'field', 'authority', 'level', 'code', 'purpose', 'comparator']);
function notInSource(v, src, raw, k = '') {
  if (typeof v === 'string') {
    if (OWN.has(k)) return 0;
    if (k === 'date') {
      const [d, m, y] = v.split('/').map(Number);
      return new RegExp(`0?${d}(?:/| tháng )0?${m}(?:/| năm )${y}`, 'u').test(raw) ? 0 : 1;
    }
    const p = plain(v).replace(/[.;,:]+$/u, '');
    return p === '' || src.includes(p) ? 0 : 1;
  }
  if (Array.isArray(v)) return v.reduce((n, x) => n + notInSource(x, src, raw, k), 0);
  if (v && typeof v === 'object') return Object.entries(v).reduce((n, [kk, x]) => n + notInSource(x, src, raw, kk), 0);
  return 0;
}

const zero = () => ({ body: [0, 0, 0], appendix: [0, 0, 0], timeframe: [0, 0], requests: [0, 0] });
const total = zero();
let schemaTotal = 0;
let unplacedTotal = 0;
let inventedTotal = 0;
const rows = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = readFileSync(`${dir}/${file}`, 'utf8');
  const r = importText(raw, { fileName: file });
  const schema = lintText(r.yaml).diagnostics.filter((d) => ['schema', 'yaml-syntax', 'unknown-key'].includes(d.ruleId)).length;
  const invented = notInSource(r.plan, plain(raw), raw.normalize('NFC'));
  schemaTotal += schema;
  unplacedTotal += r.report.unplaced.length;
  inventedTotal += invented;
  const row = { plan: file.replace(/\.txt$/u, ''), schema, unplaced: r.report.unplaced.length, invented };
  const factFile = `${facts}/${file.replace(/\.txt$/u, '.json')}`;
  if (existsSync(factFile)) {
    const f = JSON.parse(readFileSync(factFile, 'utf8'));
    const m = zero();
    const at = (line, where, pred) =>
      r.report.tasks.find((t) => t.where === where && pred(t) && t.line === line) ?? r.report.tasks.find((t) => t.where === where && pred(t) && t.lines.includes(line));
    for (const t of f.tasks) {
      const where = t.where === 'appendix' ? 'appendix' : 'body';
      const got = at(t.line, where, (x) => x.lead);
      const c = m[where];
      c[1]++;
      if (got) c[0]++;
      if (got && sameSet(got.lead, t.lead)) c[2]++;
      m.timeframe[1]++;
      const ok = got && key(got.timeframe ?? '') === key(t.timeframe ?? '');
      if (ok) m.timeframe[0]++;
      if (verbose && (!got || !ok || !sameSet(got.lead, t.lead))) console.error(`${file}:${t.line} lead ${JSON.stringify(t.lead)} got ${JSON.stringify(got?.lead)}; timeframe ${t.timeframe} got ${got?.timeframe}`);
    }
    for (const q of f.requests) {
      m.requests[1]++;
      if (at(q.line, 'body', (x) => x.request)) m.requests[0]++;
      else if (verbose) console.error(`${file}:${q.line} request to ${JSON.stringify(q.to)} not recognised`);
    }
    for (const k of Object.keys(m)) m[k].forEach((x, i) => (total[k][i] += x));
    Object.assign(row, {
      body: `${m.body[0]}/${m.body[1]}, lead ${m.body[2]}`,
      appendix: `${m.appendix[0]}/${m.appendix[1]}, lead ${m.appendix[2]}`,
      timeframe: `${m.timeframe[0]}/${m.timeframe[1]}`,
      requests: `${m.requests[0]}/${m.requests[1]}`,
    });
  }
  rows.push(row);
}

const pct = ([a, b]) => (b ? `${Math.floor((1000 * a) / b) / 10}%` : '–');
const summary = {
  'body tasks found': `${total.body[0]}/${total.body[1]} (${pct(total.body)})`,
  'body tasks with the right lead': `${total.body[2]}/${total.body[1]} (${pct([total.body[2], total.body[1]])})`,
  'appendix rows found': `${total.appendix[0]}/${total.appendix[1]} (${pct(total.appendix)})`,
  'appendix rows with the right lead': `${total.appendix[2]}/${total.appendix[1]} (${pct([total.appendix[2], total.appendix[1]])})`,
  'timeframes as written': `${total.timeframe[0]}/${total.timeframe[1]} (${pct(total.timeframe)})`,
  'requests recognised': `${total.requests[0]}/${total.requests[1]} (${pct(total.requests)})`,
  'schema problems': schemaTotal,
  'paragraphs unplaced': unplacedTotal,
  'values not in the source': inventedTotal,
};
if (markdown) {
  console.log('| plan | body tasks (found, right lead) | appendix rows (found, right lead) | timeframes | requests | schema | unplaced | not in source |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.plan} | ${r.body ?? '–'} | ${r.appendix ?? '–'} | ${r.timeframe ?? '–'} | ${r.requests ?? '–'} | ${r.schema} | ${r.unplaced} | ${r.invented} |`);
  console.log();
  for (const [k, v] of Object.entries(summary)) console.log(`- ${k}: ${v}`);
} else {
  console.table(rows);
  console.table(summary);
}
