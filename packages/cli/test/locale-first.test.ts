import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';

describe('--locale before the command', () => {
  it('kehoach --locale en --help prints the help in English', async () => {
    const r = await run(['--locale', 'en', '--help'], workspace({}));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^kehoach: check, render and import Vietnamese government plans/);
    expect(r.stderr).toBe('');
    const eq = await run(['--locale=en', '-h'], workspace({}));
    expect(eq.stdout).toMatch(/^kehoach: check, render/);
  });

  it('is handed on to the command', async () => {
    const r = await run(['--locale', 'en', 'explain', 'task-lead-required'], workspace({}));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Every assigned task has a lead agency');
    const help = await run(['--locale', 'en', 'validate', '--help'], workspace({}));
    expect(help.code).toBe(0);
    expect(help.stdout).not.toContain('Kiểm tra');
  });

  it('refuses a language it does not have, in one line', async () => {
    const r = await run(['--locale', 'fr', '--help'], workspace({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: --locale phải là một trong: vi, en (nhận được "fr").\n');
  });
});
