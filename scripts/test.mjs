#!/usr/bin/env node
// The README's test command: first the system tools the tests drive (scripts/provision.mjs:
// installed with apt-get, or the one command to run), then lint, typecheck and test every
// package through turbo, and add up the real test counts from each package's vitest JSON
// report. A lint or typecheck task that fails counts as one failed check, so the last line
// is never green while something is red. Whatever happens (a missing tool, a crash here,
// Ctrl+C), the last line printed is "N passed, N failed": .pnpmfile.cjs keeps pnpm from
// adding its own "ELIFECYCLE" line after it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { provision } from './provision.mjs';

const root = new URL('..', import.meta.url).pathname;
const extra = process.argv.slice(2);

// Ctrl+C reaches turbo and its tasks too: wait for them, then still say what ran.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

try {
  process.exit(runAll());
} catch (error) {
  console.log(`✖ scripts/test.mjs: ${error instanceof Error ? error.message : String(error)}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function runAll() {
  const tools = provision((line) => console.log(line));
  if (!tools.ok) {
    console.log('✖ Các bài kiểm tra cần những công cụ trên. Chạy lệnh sau rồi chạy lại "pnpm test" / the tests need the tools above; run this, then "pnpm test" again:');
    console.log(`  ${tools.command}`);
    console.log('0 passed, 1 failed');
    return 1;
  }

  const packageDirs = [];
  if (existsSync(join(root, 'bench', 'package.json'))) packageDirs.push(join(root, 'bench'));
  for (const group of ['packages', 'packages/templates', 'examples/plugins']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const pkg = join(dir, name);
      if (existsSync(join(pkg, 'package.json'))) packageDirs.push(pkg);
    }
  }
  for (const pkg of packageDirs) rmSync(join(pkg, '.reports'), { recursive: true, force: true });

  const summaryDir = join(root, '.turbo', 'runs');
  const before = new Set(existsSync(summaryDir) ? readdirSync(summaryDir) : []);
  const run = spawnSync('pnpm', ['exec', 'turbo', 'run', 'lint', 'typecheck', 'test', '--continue', '--summarize', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });

  let passed = 0;
  let failed = 0;
  const problems = [];
  /** Packages whose report already counts a failure: a red test task there is accounted for. */
  const reportedRed = new Set();
  for (const pkg of packageDirs) {
    const report = join(pkg, '.reports', 'vitest.json');
    if (!existsSync(report)) continue;
    try {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed += json.numPassedTests ?? 0;
      failed += json.numFailedTests ?? 0;
      if ((json.numFailedTests ?? 0) > 0) reportedRed.add(pkg);
      // A test file that fails to load, or whose setup throws (its tests then show as
      // skipped), reports a failed suite without any failed test: count the suite.
      const brokenSuites = (json.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'));
      for (const s of brokenSuites) {
        failed += 1;
        reportedRed.add(pkg);
        problems.push(`test file failed to run: ${s.name}`);
      }
    } catch (e) {
      failed += 1;
      problems.push(`unreadable report ${report}: ${e.message}`);
    }
  }

  const added = existsSync(summaryDir) ? readdirSync(summaryDir).filter((f) => !before.has(f)) : [];
  const latest = added.map((f) => join(summaryDir, f)).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs).at(-1);
  if (latest) {
    const summary = JSON.parse(readFileSync(latest, 'utf8'));
    for (const task of summary.tasks ?? []) {
      const code = task.execution?.exitCode;
      if (code === 0 || code === undefined || code === null) continue;
      if (task.task === 'test') {
        // A test task that failed without its report saying so (crash, build error, a
        // setup step before vitest) still counts.
        const pkgDir = join(root, task.directory ?? '');
        if (!reportedRed.has(pkgDir.replace(/\/$/, ''))) {
          failed += 1;
          problems.push(`${task.taskId} exited with ${code} without a failed test in its report`);
        }
        continue;
      }
      failed += 1;
      problems.push(`${task.taskId} failed (exit ${code})`);
    }
  } else if (run.status !== 0) {
    failed += 1;
    problems.push(`turbo exited with ${run.status}`);
  }

  if (run.error) {
    failed += 1;
    problems.push(`turbo did not run: ${run.error.message}`);
  }
  for (const p of problems) console.log(`✖ ${p}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || run.status !== 0 ? 1 : 0;
}
