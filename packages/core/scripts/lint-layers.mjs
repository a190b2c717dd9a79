#!/usr/bin/env node
// Core's floor plan: each folder of src/ stands on the ones below it and imports only
// from them (or from itself). The table is the plan; a file that reaches up fails the
// lint with the line to look at. `import type` may name the shapes of a floor above (it
// loads nothing and leaves no trace in the build), so a lower floor can say what a higher
// one hands it; every other import goes down.
//
// A floor is a folder of src/, or a file of it (src/project holds the files of the
// "files" floor — how core sees a host's files — and, higher up, the project itself).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lowest first. */
export const FLOORS = [
  ['text', 'i18n'],
  ['yaml', 'diagnostics.ts'],
  ['parse', 'schema'],
  ['agencies'],
  // How core sees a host's files: paths, the host interface, containment, globs, plan numbers.
  ['project/paths.ts', 'project/host.ts', 'project/containment.ts', 'project/glob.ts', 'project/catalog.ts'],
  ['model'],
  ['overlay'],
  ['engine'],
  ['rules'],
  ['plugins'],
  ['project'],
  ['testing', 'lint.ts'],
  ['index.ts', 'internal.ts'],
];

/** The floor of a path relative to src/: the longest entry it falls under. */
export function floorOf(rel) {
  let best;
  FLOORS.forEach((entries, level) => {
    for (const e of entries) {
      if (rel === e || rel.startsWith(`${e}/`)) {
        if (!best || e.length > best.entry.length) best = { level, entry: e };
      }
    }
  });
  return best;
}

function files(dir) {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) ? [p] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;
/** The imports of `src` (a folder laid out as core's src/) that reach a floor above their own. */
export function check(src) {
  const problems = [];
  for (const file of files(src)) {
    const rel = relative(src, file);
    const here = floorOf(rel);
    if (!here) {
      problems.push(`${rel}: on no floor of scripts/lint-layers.mjs (add it to the table)`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const typeOnly = m[2] !== undefined;
      const spec = m[3] ?? m[4];
      const target = relative(src, resolve(dirname(file), spec)).replace(/\.js$/, '.ts');
      const there = floorOf(target);
      if (!there || typeOnly || there.level <= here.level) continue;
      const line = text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0);
      problems.push(`src/${rel}:${line}: ${here.entry} (floor ${here.level}) imports ${target} (floor ${there.level}, above it)`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = check(fileURLToPath(new URL('../src', import.meta.url)));
  if (problems.length) {
    for (const p of problems) console.error(`✖ ${p}`);
    console.error(`@kehoach/core: ${problems.length} import(s) against the floor plan`);
    process.exit(1);
  }
  console.log('@kehoach/core: floor plan ok');
}
