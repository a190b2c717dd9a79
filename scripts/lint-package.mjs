#!/usr/bin/env node
// Keeps the layers honest, per package (run from the package folder):
// - every bare import in src/ and test/ is declared in package.json (or is node: built-in);
// - packages/core imports no node:, fs or editor modules (it runs in web workers);
// - file names are kebab-case and source files stay under 500 lines.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, basename } from 'node:path';

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
const declared = new Set([
  pkg.name,
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...Object.keys(pkg.optionalDependencies ?? {}),
]);
// The repo root is this script's parent folder, whatever the package's depth (packages/templates/*).
const rootPkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Tools every package gets from the root (test runner, bundler, types).
for (const d of Object.keys(rootPkg.devDependencies ?? {})) declared.add(d);
// A VS Code extension's `vscode` module is the editor's own (`engines.vscode`), never installed.
if (pkg.engines?.vscode) declared.add('vscode');
const builtins = new Set(builtinModules);
const isCore = pkg.name === '@kehoach/core';
const FORBIDDEN_IN_CORE = /^(node:|fs$|path$|os$|child_process$|vscode$|vscode-languageserver|vscode-languageclient)/;
const MAX_LINES = 500;

const problems = [];
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
for (const file of [...walk(join(cwd, 'src')), ...walk(join(cwd, 'test'))]) {
  if (!/\.(ts|mts|tsx|js|mjs)$/.test(file)) continue;
  const rel = relative(cwd, file);
  const name = basename(file).replace(/\.(test|spec)\.[^.]+$/, '').replace(/\.[^.]+$/, '').replace(/\.d$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) problems.push(`${rel}: file name is not kebab-case`);
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length;
  if (rel.startsWith('src') && lines > MAX_LINES) problems.push(`${rel}: ${lines} lines (split it before ${MAX_LINES})`);
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec || spec.startsWith('.') || spec.startsWith('/')) continue;
    const bare = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (isCore && rel.startsWith('src') && FORBIDDEN_IN_CORE.test(spec)) {
      problems.push(`${rel}: core must not import "${spec}" (no file-system or editor imports)`);
      continue;
    }
    if (spec.startsWith('node:') || builtins.has(bare)) continue;
    if (!declared.has(bare)) problems.push(`${rel}: imports "${bare}", which package.json does not declare`);
  }
}

if (problems.length) {
  for (const p of problems) console.error(`✖ ${p}`);
  console.error(`${pkg.name}: ${problems.length} lint problem(s)`);
  process.exit(1);
}
console.log(`${pkg.name}: lint ok`);
