// Run inside a child process: one `kehoach` command (import or render) in-process, through
// the CLI's own main, in the folder given; then print its exit code, the first line it
// wrote on stderr, wall time and CPU time since the process started, the command's own
// time (after Node started and the CLI loaded its modules) and the peak RSS, as one JSON line.
const [cwd, ...argv] = process.argv.slice(2);
const started = performance.now();
const { main } = await import('@kehoach/cli');
const loaded = performance.now();
let err = '';
const exitCode = await main(argv, {
  stdout: () => {},
  stderr: (t) => void (err += t),
  cwd,
  isTTY: { stdout: false, stderr: false },
  env: {},
});
// performance.now() counts from the start of the process.
const wallMs = performance.now();
const commandMs = performance.now() - loaded;
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({ exitCode, message: err.split('\n')[0] ?? '', wallMs, startMs: started, commandMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
