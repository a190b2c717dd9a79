// Run inside a child process: the real `kehoach rollup` (in-process, through the CLI's
// own main) over a plan or a folder, then print wall time, CPU time (every thread of the
// process) and peak RSS (the process, worker threads included) as one JSON line.
const [input, outDir, formats] = process.argv.slice(2);
const started = performance.now();
const { main } = await import('@kehoach/cli');
let out = '';
let err = '';
const loaded = performance.now();
const exitCode = await main(['rollup', input, '--out-dir', outDir, ...(formats ? ['--format', formats] : [])], {
  stdout: (t) => void (out += t),
  stderr: (t) => void (err += t),
  cwd: outDir,
  isTTY: { stdout: false, stderr: false },
  env: {},
});
const wallMs = performance.now() - started;
// The command's own time: after Node started and the CLI's modules loaded.
const commandMs = performance.now() - loaded;
const cpu = process.cpuUsage();
const usage = process.resourceUsage();
const plans = (out.match(/^Đã ghi /gm) ?? []).length;
const late = [...out.matchAll(/(\d+) muộn/g)].reduce((n, m) => n + Number(m[1]), 0);
const onTime = [...out.matchAll(/(\d+) đúng hạn/g)].reduce((n, m) => n + Number(m[1]), 0);
if (err) process.stderr.write(err);
process.stdout.write(`${JSON.stringify({ exitCode, plans, onTime, late, wallMs, commandMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMiB: usage.maxRSS / 1024 })}\n`);
