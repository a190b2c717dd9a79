#!/usr/bin/env node
// `pnpm bench [--smoke] [--only editor|country|rollup|hostile|sizes] [--servers kehoach,yaml-language-server]`
// Writes bench/results/<mode>.json and bench/results/README.md (the table the README links).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureCountry } from './country.mjs';
import { measureEditor, SERVERS } from './editor.mjs';
import { measureHostile } from './hostile.mjs';
import { markdown } from './report.mjs';
import { measureRollup } from './rollup.mjs';
import { measureSizes } from './sizes.mjs';

const { values } = parseArgs({
  // `pnpm bench -- --only editor` forwards the `--` too: it is not an end of options here.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    servers: { type: 'string', default: Object.keys(SERVERS).join(',') },
    sizes: { type: 'string' },
  },
});
const benchDir = new URL('..', import.meta.url).pathname;
const tmp = join(benchDir, 'tmp');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const sizes = (values.sizes ?? (values.smoke ? '20' : '100,1000,10000')).split(',').map(Number);
const servers = values.servers.split(',');
const result = { mode: values.smoke ? 'smoke' : 'full', date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, editor: [], country: undefined, rollup: undefined, hostile: [] };
const out = join(benchDir, 'results');
// A run of one part keeps the other parts of the last full run (and says when each ran).
const previous = values.only && existsSync(join(out, `${result.mode}.json`)) ? JSON.parse(readFileSync(join(out, `${result.mode}.json`), 'utf8')) : undefined;

if (!values.only || values.only === 'hostile') {
  result.hostile = measureHostile();
  for (const h of result.hostile) console.log(`${h.withinBudget ? '✓' : '✗'} ${h.name}: ${h.ms} ms (budget ${h.budgetMs} ms)`);
}
if (!values.only || values.only === 'editor') {
  for (const size of sizes) {
    for (const server of servers) {
      const r = await measureEditor(server, size, { dir: join(tmp, 'editor'), edits: values.smoke ? 5 : 30, starts: values.smoke ? 1 : 5 });
      console.log(JSON.stringify(r));
      result.editor.push(r);
    }
  }
}
if (!values.only || values.only === 'country') {
  result.country = await measureCountry(join(tmp, 'country'), values.smoke ? { communes: 34 } : {});
  console.log(JSON.stringify(result.country));
}
if (!values.only || values.only === 'rollup') {
  result.rollup = { date: result.date, ...(await measureRollup(join(tmp, 'rollup'), values.smoke ? { communes: 34 } : {})) };
  console.log(JSON.stringify(result.rollup));
}
if (!values.only || values.only === 'sizes') {
  result.sizes = { date: result.date, ...(await measureSizes(join(tmp, 'sizes'), values.smoke ? { scale: 0.05 } : {})) };
  console.log(JSON.stringify(result.sizes));
}
if (previous) {
  if (values.only !== 'editor') result.editor = previous.editor ?? [];
  if (values.only !== 'country') result.country = previous.country;
  if (values.only !== 'rollup') result.rollup = previous.rollup;
  if (values.only !== 'hostile') result.hostile = previous.hostile ?? [];
  if (values.only !== 'sizes') result.sizes = previous.sizes;
  if (values.only === 'sizes') result.date = previous.date;
  if (values.only === 'rollup') result.date = previous.date;
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, `${result.mode}.json`), `${JSON.stringify(result, null, 2)}\n`);
if (!values.smoke) writeFileSync(join(out, 'README.md'), markdown(result));
rmSync(tmp, { recursive: true, force: true });
