// Whole country: `kehoach validate` over 34 province plans and 3,321 commune plans
// (hierarchy checks included), against a bare `yaml` parse of the same bytes, each in
// its own process, in the same run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeCountry } from './generate.mjs';
import { round } from './stats.mjs';

const child = fileURLToPath(new URL('./measure-child.mjs', import.meta.url));

function measure(mode, dir) {
  const out = execFileSync(process.execPath, [child, mode, dir], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1));
}

export function measureCountry(dir, { communes } = {}) {
  const corpus = writeCountry(dir, communes === undefined ? {} : { communes });
  const parse = measure('parse', dir);
  const validate = measure('validate', dir);
  return {
    files: corpus.files,
    megabytes: round(corpus.bytes / 1024 / 1024, 2),
    validate: { wallMs: round(validate.wallMs), cpuMs: round(validate.cpuMs), peakRssMiB: round(validate.peakRssMiB), exitCode: validate.exitCode },
    bareParse: { wallMs: round(parse.wallMs), cpuMs: round(parse.cpuMs), peakRssMiB: round(parse.peakRssMiB) },
    cpuRatio: round(validate.cpuMs / parse.cpuMs, 2),
    wallOverParseCpu: round(validate.wallMs / parse.cpuMs, 2),
  };
}
