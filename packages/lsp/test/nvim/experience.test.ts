import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER } from '../protocol/client.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const installed = nvim.status === 0;
const MISSING = 'the Neovim client test needs `nvim` on PATH (Debian: apt-get install -y neovim; .ci/run installs it)';
const SCRIPT = fileURLToPath(new URL('./experience.lua', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/workspace', import.meta.url));
const PLUGIN = fileURLToPath(new URL('../../../../examples/plugins/quang-ngai', import.meta.url));
const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-nvim-experience-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Seen {
  errors: string[];
  notified: { message: string; level: number }[];
  shown: string[];
  html?: { fileName: string; text: string };
  resolved?: { text: string };
}

/** Neovim, headless, running experience.lua on a plan of `root`. */
function run(scenario: string, root: string, plan: string, env: Record<string, string> = {}): Seen {
  expect(installed, MISSING).toBe(true);
  expect(existsSync(SERVER), `${SERVER} missing: build first`).toBe(true);
  const out = join(dir, `${scenario}.json`);
  const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', SCRIPT], {
    cwd: root,
    encoding: 'utf8',
    // Generous: the machine may be busy; the script gives up on its own well before this.
    timeout: 280_000,
    env: { ...process.env, ...env, KEHOACH_OUT: out, KEHOACH_SCENARIO: scenario, KEHOACH_SERVER: SERVER, KEHOACH_ROOT: root, KEHOACH_PLAN: plan, KEHOACH_NODE: process.execPath },
  });
  expect(existsSync(out), `nvim wrote nothing (status ${r.status}): ${r.stderr}${r.stdout}`).toBe(true);
  return JSON.parse(readFileSync(out, 'utf8')) as Seen;
}

describe(`what an author sees in Neovim (${installed ? nvim.stdout.split('\n')[0] : 'not installed'})`, () => {
  it('renaming an agency written by its name shows why it cannot, in Vietnamese (not "nothing to rename")', { timeout: 300_000 }, () => {
    const root = join(dir, 'rename');
    cpSync(FIXTURE, root, { recursive: true });
    const plan = join(root, 'xa.kehoach.yaml');
    const lines = readFileSync(plan, 'utf8').split('\n');
    const line = lines.findIndex((l) => /^\s+lead: [A-ZĐÂƯ]/u.test(l));
    expect(line).toBeGreaterThan(0);
    const seen = run('rename', root, plan, { KEHOACH_LINE: String(line + 1), KEHOACH_COL: String((lines[line] as string).indexOf(': ') + 4) });
    expect(seen.errors).toEqual([]);
    const messages = seen.notified.map((n) => n.message).join('\n');
    expect(messages).not.toMatch(/nothing to rename/i);
    expect(messages).toMatch(/".+" là tên của cơ quan ".+": hãy đổi mã ở danh mục hoặc ở chỗ ghi mã/);
  });

  it('an untrusted folder whose config names the plugin ".." is told so, the name quoted (no "..." at the end)', { timeout: 300_000 }, () => {
    const copy = join(dir, 'quang-ngai');
    cpSync(PLUGIN, copy, { recursive: true, filter: (p) => !p.includes('node_modules') });
    const root = join(copy, 'example');
    const seen = run('untrusted', root, join(root, 'ke-hoach-quy.kehoach.yaml'));
    expect(seen.errors).toEqual([]);
    expect(seen.shown).toEqual(['Không gian làm việc chưa được tin cậy nên chỉ chạy các quy tắc có sẵn; plugin chưa được nạp: "..".']);
  });

  it('gets the official document and the resolved plan through kehoach/render and kehoach/resolve, as the README shows', { timeout: 300_000 }, () => {
    const root = join(dir, 'render');
    cpSync(FIXTURE, root, { recursive: true });
    const seen = run('render', root, join(root, 'tinh.kehoach.yaml'));
    expect(seen.errors).toEqual([]);
    expect(seen.html?.fileName).toBe('tinh.html');
    expect(seen.html?.text).toContain('KẾ HOẠCH');
    expect(seen.resolved?.text).toContain('Kế hoạch này không kế thừa mẫu nào');
  });
});
