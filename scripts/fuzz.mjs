#!/usr/bin/env node
// `pnpm fuzz [count] [--seed N]`: issue 18's probe at full size. Runs the fuzz test of
// packages/core (100,000 seeded mutants of the example plans by default: no exception,
// no check over 5 s, every range inside the text, the readers agree, unreadable text
// gets yaml-syntax) and the CLI's (a bad file never hides the others' reports; a tenth as
// many mutants, each run of `kehoach validate` is a whole process' work), then prints
// their figures together. `pnpm test` runs the same tests with a few thousand.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? args[seedAt + 1] : '18';
const count = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--seed') ?? 100_000);
const cliCount = Math.max(20, Math.round(count / 10));

function vitest(pkg, file, env) {
  const r = spawnSync('pnpm', ['--filter', pkg, 'exec', 'vitest', 'run', file], {
    encoding: 'utf8',
    env: { ...process.env, ...env, KEHOACH_FUZZ_SEED: seed, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(r.stdout);
  // eslint-disable-next-line no-control-regex
  const figures = r.stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => l.startsWith('fuzz '));
  return { ok: r.status === 0, figures };
}

console.log(`pnpm fuzz: ${count} mutants in core, ${cliCount} through the CLI, seed ${seed}\n`);
const core = vitest('@kehoach/core', 'test/fuzz/fuzz.test.ts', { KEHOACH_FUZZ_COUNT: String(count) });
const cli = vitest('@kehoach/cli', 'test/fuzz-files.test.ts', { KEHOACH_FUZZ_CLI_COUNT: String(cliCount) });
console.log('\n' + [...core.figures, ...cli.figures].join('\n'));
process.exit(core.ok && cli.ok ? 0 : 1);
