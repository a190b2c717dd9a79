import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, workspace } from './helpers.js';

/**
 * Issue 18, item 7: plugins of a trusted config that exit, hang or kill. The CLI runs
 * as a user runs it (the built bin, in its own process), so a regression shows as an
 * empty report, a kill or a hang, not as a broken test runner. The plugins are the
 * repros kept in packages/plugin-host/test/fixtures/hostile.
 */
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const hostile = (name: string): string => readFileSync(new URL(`../../plugin-host/test/fixtures/hostile/${name}`, import.meta.url), 'utf8');

function validateWith(plugin: string) {
  expect(existsSync(BIN), 'build the CLI first (pnpm build)').toBe(true);
  const root = workspace({
    'kehoach.config.yaml': `plugins: [./quy-tac/${plugin}]\n`,
    [`quy-tac/${plugin}`]: hostile(plugin),
    'agencies.yaml': AGENCIES,
    'ke-hoach.kehoach.yaml': PLAN,
  });
  // A hang guard, not a timing assertion: before the fix a hang ran past 300 s.
  const r = spawnSync(process.execPath, [BIN, 'validate'], { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('kehoach validate with a plugin that attacks the process', () => {
  it('process.exit at import in the main thread: the report is printed and the run fails on the plan’s errors', () => {
    const r = validateWith('exit-in-main-thread.mjs');
    expect(r.stdout).toContain('Quy tắc của plugin thoat đã chạy  thoat/da-chay');
    expect(r.stdout).toContain('✖ 1 vấn đề (1 lỗi, 0 cảnh báo)');
    expect(r.code).toBe(1);
  });

  it('an endless loop at import in the main thread: the run ends with its report', () => {
    const r = validateWith('hang-in-main-thread.mjs');
    expect(r.signal).toBeNull();
    expect(r.stdout).toContain('Quy tắc của plugin treo đã chạy  treo/da-chay');
    expect(r.code).toBe(1);
  });

  it('process.kill and process.exit in a rule: the CLI lives, each rule is named with what was blocked', () => {
    const r = validateWith('kill-in-rule.mjs');
    expect(r.signal).toBeNull();
    expect(r.stdout).toContain('Quy tắc "giet/gui-tin-hieu" của plugin "./quy-tac/kill-in-rule.mjs" gặp lỗi và đã bị bỏ qua cho tệp này: process.kill bị chặn');
    expect(r.stdout).toContain('Quy tắc "giet/thoat" của plugin "./quy-tac/kill-in-rule.mjs" gặp lỗi và đã bị bỏ qua cho tệp này: process.exit bị chặn');
    expect(r.stdout).toContain('✖ 2 vấn đề (2 lỗi, 0 cảnh báo)');
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.code).toBe(1);
  });
});
