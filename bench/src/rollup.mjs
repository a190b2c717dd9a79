// The roll-up of the whole country: 34 province plans, 3,321 commune plans implementing
// them and four quarterly reports from each commune (generate-reports.mjs). `kehoach
// rollup` of one province (its plan, over its folder) and of the whole country (every
// province, side by side), each in a fresh process: with every output, and with the
// data outputs only (JSON, CSV, XLSX, the HTML dashboard: no DOCX; the difference is
// what the synthesised reports cost).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureWorkspace } from './country.mjs';
import { writeCountryWithReports } from './generate-reports.mjs';
import { round } from './stats.mjs';

const child = fileURLToPath(new URL('./measure-rollup-child.mjs', import.meta.url));
const DATA = 'json,csv,xlsx,html';

/**
 * The disk written back first: the corpus just generated and the last run's outputs
 * (hundreds of MB) would otherwise be flushed during the next measurement and charged
 * to it. Where there is no `sync`, nothing happens.
 */
function settle() {
  try {
    execFileSync('sync', { stdio: 'ignore', timeout: 60_000 });
  } catch {
    // no sync here
  }
}

function measure(input, outDir, formats) {
  rmSync(outDir, { recursive: true, force: true });
  settle();
  // Other work on the machine slows every figure: its load average is kept beside them.
  const load = round(loadavg()[0], 1);
  mkdirSync(outDir, { recursive: true });
  const out = execFileSync(process.execPath, [child, input, outDir, ...(formats ? [formats] : [])], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  const r = JSON.parse(out.trim().split('\n').at(-1));
  return { loadAverage: load, exitCode: r.exitCode, plans: r.plans, reportsOnTime: r.onTime, reportsLate: r.late, wallMs: round(r.wallMs), commandMs: round(r.commandMs), cpuMs: round(r.cpuMs), peakRssMiB: round(r.peakRssMiB) };
}

export async function measureRollup(dir, { communes, server = true, timeoutMs = 900_000 } = {}) {
  const corpus = writeCountryWithReports(join(dir, 'country'), communes === undefined ? {} : { communes });
  const country = join(dir, 'country');
  const province = join(country, 'ha-noi', 'tinh.kehoach.yaml');
  const out = join(dir, 'out');
  const result = {
    files: corpus.files,
    megabytes: round(corpus.bytes / 1024 / 1024, 2),
    province: { all: measure(province, out), data: measure(province, out, DATA) },
    country: { all: measure(country, out), data: measure(country, out, DATA) },
  };
  rmSync(out, { recursive: true, force: true });
  // The language server with the whole country and its reports as its workspace (memory target as without reports).
  if (server) result.server = await measureWorkspace(country, corpus.files, timeoutMs);
  rmSync(out, { recursive: true, force: true });
  return result;
}
