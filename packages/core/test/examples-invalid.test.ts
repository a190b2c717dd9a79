import { readdirSync, readFileSync, promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Project } from '../src/project/project.js';
import { builtinRules } from '../src/rules/index.js';

const dir = fileURLToPath(new URL('../../../examples/invalid/', import.meta.url)).replace(/\/$/, '');
const host = { root: dir, readFile: (p: string) => fs.readFile(p, 'utf8').catch(() => undefined) };
const EXPECT = /^# expect: ([a-z0-9-/]+) (\d+):(\d+)/;

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.kehoach.yaml') || f.endsWith('.baocao.yaml'))
  .map((f) => ({ file: f, expect: EXPECT.exec(readFileSync(`${dir}/${f}`, 'utf8')) }))
  .filter((f) => f.expect);

describe('examples/invalid', () => {
  it.each(files.map((f) => [f.file, f.expect!] as const))('%s fires its rule where it says', async (file, m) => {
    const [, ruleId, line, column] = m;
    const result = await new Project(host).check(`${dir}/${file}`);
    const own = (result?.diagnostics ?? []).filter((d) => d.ruleId === ruleId);
    expect(own.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`)).toEqual([`${line}:${column}`]);
    const others = (result?.diagnostics ?? []).filter((d) => d.ruleId !== ruleId && d.severity === 'error');
    expect(others.map((d) => `${d.ruleId} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.en}`)).toEqual([]);
  });

  it('has a file for every built-in rule', () => {
    const covered = new Set(files.map((f) => f.expect![1]));
    expect([...builtinRules.keys()].filter((id) => !covered.has(id))).toEqual([]);
  });
});
