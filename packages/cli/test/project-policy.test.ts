import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';

const BIN = join(import.meta.dirname, '../dist/bin.js');
const EXAMPLES = join(import.meta.dirname, '../../../examples/invalid');

/** A folder without .git: its own project root only when named. */
function plainFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-plain-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const ruleIds = (stdout: string): string[] => (JSON.parse(stdout) as { messages?: { ruleId: string }[]; diagnostics?: { ruleId: string }[] }[]).flatMap((f) => (f.diagnostics ?? f.messages ?? []).map((d) => d.ruleId));

describe('the project root is found from the folder given, never from where kehoach runs', () => {
  it('a registry inside the folder given is inside the project, run from anywhere', async () => {
    const plans = plainFolder({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const elsewhere = workspace({});
    const inside = await run(['validate', plans, '-f', 'json'], plans);
    const outside = await run(['validate', plans, '-f', 'json'], elsewhere);
    expect(inside.code).toBe(0);
    expect(ruleIds(outside.stdout)).toEqual(ruleIds(inside.stdout));
    expect(outside.stdout).not.toContain('outside');
    expect(outside.code).toBe(0);
  });

  it('a kehoach.config.yaml with root: true above the folder given is the root (its registry is read)', async () => {
    const plans = plainFolder({
      'kehoach.config.yaml': 'root: true\nregistry: ./danh-muc/agencies.yaml\n',
      'danh-muc/agencies.yaml': AGENCIES,
      '2024/ke-hoach.kehoach.yaml': PLAN.replace('registry: ./agencies.yaml\n', ''),
    });
    const r = await run(['validate', join(plans, '2024'), '-f', 'json'], workspace({}));
    expect(ruleIds(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('a parent plan named by number only', () => {
  // The province plan of examples/invalid, which gives districts a task to implement.
  const province = (n: string): string => readFileSync(join(EXAMPLES, 'parents/tinh-quang-ngai.kehoach.yaml'), 'utf8').replace('07/KH-UBND', n);
  const child = PLAN.replace('number: 84/KH-UBND\n', 'number: 84/KH-UBND\nparent:\n  ref: 07/KH-UBND\n');

  it('is found whatever the order files are checked in, and the same with workers', async () => {
    // The district plan sorts before the province plan it implements.
    const files: Record<string, string> = { 'agencies.yaml': AGENCIES, 'a-huyen/ke-hoach.kehoach.yaml': child.replace('./agencies.yaml', '../agencies.yaml'), 'z-tinh/ke-hoach.kehoach.yaml': province('07/KH-UBND') };
    for (let i = 0; i < 70; i++) files[`m-xa/x${String(i).padStart(2, '0')}.kehoach.yaml`] = PLAN.replace('./agencies.yaml', '../agencies.yaml').replace('84/KH-UBND', `${100 + i}/KH-UBND`);
    const dir = workspace(files);
    // Workers run the built dist/worker.js: the built CLI, as users run it.
    expect(existsSync(BIN), 'build the CLI first (pnpm build)').toBe(true);
    const one = spawnSync(process.execPath, [BIN, 'validate', '.', '-f', 'json', '--jobs', '1'], { cwd: dir, encoding: 'utf8' });
    const many = spawnSync(process.execPath, [BIN, 'validate', '.', '-f', 'json', '--jobs', '3'], { cwd: dir, encoding: 'utf8' });
    // The parent was found: its task for districts is not implemented by the district plan.
    expect(ruleIds(one.stdout)).toContain('parent-task-implemented');
    expect(many.stderr).toBe('');
    expect(many.stdout).toBe(one.stdout);
  });

  it('is not a plan of an ignored folder', async () => {
    const dir = workspace({
      'kehoach.config.yaml': "ignore: ['cu/**']\n",
      'agencies.yaml': AGENCIES,
      'huyen/ke-hoach.kehoach.yaml': child.replace('./agencies.yaml', '../agencies.yaml'),
      'cu/tinh.kehoach.yaml': province('07/KH-UBND'),
    });
    const r = await run(['validate', '.', '-f', 'json'], dir);
    expect(ruleIds(r.stdout)).not.toContain('parent-task-implemented');
  });
});
