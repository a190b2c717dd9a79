#!/usr/bin/env node
// `vsce package --no-dependencies` over the bundled dist/: everything the extension runs is
// in dist/ (see tsup.config.ts), so the .vsix carries no node_modules. Fails over the budget.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BUDGET = 2 * 1024 * 1024;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = join('artifacts', `${pkg.name}-${pkg.version}.vsix`);
mkdirSync('artifacts', { recursive: true });
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', out], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB (budget ${BUDGET / 1024} KiB)`);
if (size > BUDGET) {
  console.error(`✖ ${out} is over the ${BUDGET / 1024 / 1024} MB budget`);
  process.exit(1);
}
