import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../scripts/lint-layers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-floors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(dir, 'src-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe('core’s floor plan (scripts/lint-layers.mjs, run by the lint)', () => {
  it('holds for core’s own src/', () => {
    expect(check(fileURLToPath(new URL('../src', import.meta.url)))).toEqual([]);
  });

  it('catches a folder importing from a floor above it, with the line; a type import of a shape above is allowed', () => {
    const src = tree({
      'engine/run.ts': "import type { Rule } from '../rules/a.js';\nimport { helper } from '../text/normalize.js';\nimport { a } from '../rules/a.js';\n",
      'rules/a.ts': "import { run } from '../engine/run.js';\n",
      'text/normalize.ts': '',
      'stray/x.ts': '',
    });
    expect(check(src)).toEqual([
      'src/engine/run.ts:3: engine (floor 7) imports rules/a.ts (floor 8, above it)',
      'stray/x.ts: on no floor of scripts/lint-layers.mjs (add it to the table)',
    ]);
  });
});
