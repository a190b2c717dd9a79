#!/usr/bin/env node
// `vsce package --no-dependencies` over the bundled dist/: everything the extension runs is
// in dist/ (see tsup.config.ts), so the .vsix carries no node_modules. Fails over the budgets:
// the .vsix no larger than before the server took over preview, export and the resolved
// view (1,649,952 bytes), each client bundle (what VS Code loads at activation) 0.5 MiB.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BUDGET = 1_649_952;
const CLIENT_BUDGET = 512 * 1024;
for (const client of ['dist/extension.cjs', 'dist/browser/extension.js']) {
  const bytes = statSync(client).size;
  console.log(`${client}: ${(bytes / 1024).toFixed(0)} KiB (budget ${CLIENT_BUDGET / 1024} KiB)`);
  if (bytes > CLIENT_BUDGET) {
    console.error(`✖ ${client} is over the ${CLIENT_BUDGET / 1024} KiB client budget: the client shows what the server computes`);
    process.exit(1);
  }
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = join('artifacts', `${pkg.name}-${pkg.version}.vsix`);
mkdirSync('artifacts', { recursive: true });
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', out], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB (budget ${BUDGET / 1024} KiB)`);
if (size > BUDGET) {
  console.error(`✖ ${out} is over the ${BUDGET} bytes budget`);
  process.exit(1);
}
