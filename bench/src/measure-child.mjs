// Run inside a child process: either the real `kehoach validate` (in-process, through
// the CLI's own main) or a bare `yaml` parse of the same files (a folder, or one file),
// then print wall time, CPU time and peak RSS of this whole process as one JSON line;
// `parseMs` is the time inside `parseDocument` alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const [mode, dir] = process.argv.slice(2);
const started = performance.now();
let exitCode = 0;
let files = 0;
let parseMs = 0;
if (mode === 'validate') {
  const { main } = await import('@kehoach/cli');
  let out = '';
  exitCode = await main(['validate', dir, '--format', 'json'], {
    stdout: (t) => void (out += t),
    stderr: () => {},
    cwd: dir,
    isTTY: { stdout: false, stderr: false },
    env: {},
  });
  const report = JSON.parse(out);
  files = report.length;
  const errors = report.reduce((n, f) => n + f.errorCount, 0);
  if (errors > 0) process.stderr.write(`${errors} errors in the corpus\n`);
} else {
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.yaml') ? [join(d, e.name)] : []));
  for (const f of statSync(dir).isDirectory() ? walk(dir) : [dir]) {
    const text = readFileSync(f, 'utf8');
    const t0 = performance.now();
    const doc = parseDocument(text, { keepSourceTokens: true });
    parseMs += performance.now() - t0;
    if (doc.errors.length) exitCode = 1;
    files++;
  }
}
const wallMs = performance.now() - started;
const cpu = process.cpuUsage();
const usage = process.resourceUsage();
process.stdout.write(`${JSON.stringify({ mode, files, exitCode, wallMs, parseMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMiB: usage.maxRSS / 1024 })}\n`);
