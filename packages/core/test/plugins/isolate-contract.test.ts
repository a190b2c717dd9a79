import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { IsolatedCheck, PluginHost } from '../../src/plugins/host.js';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';
import { AGENCIES, PLAN, quangNgai } from './fixtures.js';

const PATH = '/work/ke-hoach.kehoach.yaml';

/** What the worker would answer: a timed-out rule, at the head of the file. */
function stopped(request: IsolatedCheck, rule: string): Diagnostic {
  return {
    uri: request.path,
    ruleId: rule,
    severity: 'error',
    messageId: 'ruleTimedOut',
    data: { rule, ms: 2000 },
    message: { vi: 'x', en: 'x' },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
    offsets: { start: 0, end: 10 },
  };
}

function setup(config: string, isolate: PluginHost['isolate'], plan = PLAN) {
  const host = new MemoryHost({ '/work/kehoach.config.yaml': config, '/work/agencies.yaml': AGENCIES, [PATH]: plan }, '/work');
  const plugins: PluginHost = { import: async () => quangNgai, ...(isolate ? { isolate } : {}) };
  return new Project(host, { plugins });
}

describe('the contract between Project and a plugin isolate', () => {
  it('plugin rules run only in the isolate, which gets the active ones; its answers are relabelled with the plugin', async () => {
    const requests: IsolatedCheck[] = [];
    const project = setup('plugins: [kehoach-plugin-quang-ngai]\nrules:\n  quang-ngai/nem-loi: off\n', {
      async check(request) {
        requests.push(request);
        return [stopped(request, 'quang-ngai/so-nhiem-vu-toi-thieu')];
      },
    });
    const r = await project.check(PATH);
    expect(requests.map((q) => q.rules)).toEqual([['quang-ngai/so-nhiem-vu-toi-thieu']]);
    // The plugins to import there, and no other: each with the rules it owns.
    expect(requests.map((q) => q.plugins)).toEqual([[{ specifier: 'kehoach-plugin-quang-ngai', base: '/work', rules: ['quang-ngai/so-nhiem-vu-toi-thieu'] }]]);
    const own = r?.diagnostics.filter((d) => d.ruleId.startsWith('quang-ngai/'));
    // The in-process rule did not run (it would have reported `few`); the isolate's answer is there.
    expect(own?.map((d) => [d.messageId, d.message.vi])).toEqual([
      ['ruleTimedOut', 'Quy tắc "quang-ngai/so-nhiem-vu-toi-thieu" của plugin "kehoach-plugin-quang-ngai" chạy quá 2000 ms và đã bị dừng cho tệp này.'],
    ]);
  });

  it('suppression comments apply to what the isolate reports', async () => {
    const plan = `# kehoach-disable quang-ngai/so-nhiem-vu-toi-thieu -- thử nghiệm\n${PLAN}`;
    const project = setup('plugins: [q]\nrules:\n  quang-ngai/nem-loi: off\n', { check: async (q) => [stopped(q, 'quang-ngai/so-nhiem-vu-toi-thieu')] }, plan);
    const r = await project.check(PATH);
    expect(r?.suppressed.map((d) => d.ruleId)).toEqual(['quang-ngai/so-nhiem-vu-toi-thieu']);
    expect(r?.diagnostics.filter((d) => d.ruleId.startsWith('quang-ngai/') || d.ruleId === 'suppression-comment')).toEqual([]);
  });

  it('an isolate that fails outright: each plugin rule says so, built-in rules still run', async () => {
    const project = setup('plugins: [q]\n', {
      check: async () => {
        throw new Error('Cannot find module worker.js');
      },
    }, PLAN.replace('    lead: Phòng Văn hoá và Thông tin\n', ''));
    const r = await project.check(PATH);
    expect(r?.diagnostics.map((d) => `${d.ruleId}:${d.messageId}`).filter((i) => !i.startsWith('date'))).toEqual([
      'quang-ngai/nem-loi:ruleCrashed',
      'quang-ngai/so-nhiem-vu-toi-thieu:ruleCrashed',
      'task-lead-required:missing',
    ]);
  });

  it('the isolate is told when a file changes', async () => {
    const invalidated: string[] = [];
    const project = setup('plugins: [q]\n', { check: async () => [], invalidate: (p) => invalidated.push(p) });
    project.invalidate(PATH);
    expect(invalidated).toEqual([PATH]);
  });
});
