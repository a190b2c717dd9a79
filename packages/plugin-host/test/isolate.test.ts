import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Project } from '@kehoach/core';
import { createNodePluginHost, type NodePluginHost } from '../src/index.js';
import { AGENCIES, LOCAL_PLUGIN, PLAN, WORKER_URL, requireBuiltWorker, workspace } from './workspace.js';

const CONFIG = 'plugins: [./quy-tac/dia-phuong.mjs]\n';

describe('plugin rules in a worker with a time limit per rule', () => {
  const ws = workspace({
    'kehoach.config.yaml': CONFIG,
    'agencies.yaml': AGENCIES,
    'quy-tac/dia-phuong.mjs': LOCAL_PLUGIN,
    'ke-hoach.kehoach.yaml': PLAN,
    'thieu-chu-tri.kehoach.yaml': PLAN.replace('    lead: Phòng Văn hoá và Thông tin\n', ''),
  });
  let plugins: NodePluginHost;
  let project: Project;

  beforeAll(() => {
    requireBuiltWorker();
    plugins = createNodePluginHost(ws.host, { ruleTimeoutMs: 5000, workerUrl: WORKER_URL });
    project = new Project(ws.host, { plugins });
  });
  afterAll(async () => {
    await plugins?.close();
    ws.dispose();
  });

  it('stops a rule that loops, reports one that throws, and still runs the other plugin and built-in rules', async () => {
    const r = await project.check(`${ws.root}/thieu-chu-tri.kehoach.yaml`);
    const byRule = new Map(r?.diagnostics.map((d) => [d.ruleId, d]));
    expect(byRule.get('dia-phuong/vong-lap')?.message.vi).toBe(
      'Quy tắc "dia-phuong/vong-lap" của plugin "./quy-tac/dia-phuong.mjs" chạy quá 5000 ms và đã bị dừng cho tệp này.',
    );
    expect(byRule.get('dia-phuong/nem-loi')?.message.en).toBe(
      `Rule "dia-phuong/nem-loi" of plugin "./quy-tac/dia-phuong.mjs" failed and was skipped for this file: Cannot read properties of undefined (reading 'lead')`,
    );
    expect(byRule.get('dia-phuong/it-nhiem-vu')?.message.vi).toBe('Kế hoạch chỉ có 1 nhiệm vụ');
    expect(byRule.get('dia-phuong/it-nhiem-vu')?.range.start).toEqual({ line: 7, character: 0 });
    expect(byRule.get('task-lead-required')?.messageId).toBe('missing');
    expect(r?.plugins?.loaded).toEqual(['dia-phuong']);
  });

  it('checks the next file in a fresh worker after a stop', async () => {
    const before = plugins.isolate.started;
    const r = await project.check(`${ws.root}/ke-hoach.kehoach.yaml`);
    expect(r?.diagnostics.map((d) => d.ruleId).sort()).toEqual(['dia-phuong/it-nhiem-vu', 'dia-phuong/nem-loi', 'dia-phuong/vong-lap']);
    expect(plugins.isolate.started).toBeGreaterThan(before);
  });

  it('the worker sees the unsaved text the host passes, not the file on disk', async () => {
    const text = PLAN.replace('tasks:\n', 'tasks:\n  - id: tap-huan\n    title: Tập huấn nghiệp vụ\n    lead: UBND huyện\n    timeframe: Quý III/2024\n');
    const r = await project.check(`${ws.root}/ke-hoach.kehoach.yaml`, text, { 'dia-phuong/vong-lap': 'off' });
    expect(r?.diagnostics.map((d) => d.ruleId)).toEqual(['dia-phuong/nem-loi']);
  });
});

describe('loading plugins from disk', () => {
  it('an npm package found in node_modules above the config, through its exports map', async () => {
    const ws = workspace({
      'node_modules/@quang-ngai/kehoach-plugin/package.json': JSON.stringify({ name: '@quang-ngai/kehoach-plugin', type: 'module', exports: { '.': { import: './dist/index.js' } } }),
      'node_modules/@quang-ngai/kehoach-plugin/dist/index.js': LOCAL_PLUGIN.replace("name: 'dia-phuong'", "name: 'quang-ngai'"),
      'ke-hoach/kehoach.config.yaml': 'plugins: ["@quang-ngai/kehoach-plugin"]\nrules:\n  quang-ngai/vong-lap: off\n  quang-ngai/nem-loi: off\n',
      'ke-hoach/agencies.yaml': AGENCIES,
      'ke-hoach/binh-son.kehoach.yaml': PLAN,
    });
    requireBuiltWorker();
    const plugins = createNodePluginHost(ws.host, { workerUrl: WORKER_URL });
    try {
      const r = await new Project(ws.host, { plugins }).check(`${ws.root}/ke-hoach/binh-son.kehoach.yaml`);
      expect(r?.diagnostics.map((d) => `${d.ruleId} ${d.message.en}`)).toEqual(['quang-ngai/it-nhiem-vu The plan has only 1 tasks']);
    } finally {
      await plugins.close();
      ws.dispose();
    }
  });

  it('a package that is not installed: one error naming it, built-in rules still run', async () => {
    const ws = workspace({
      'kehoach.config.yaml': 'plugins: [kehoach-plugin-tay-ninh]\n',
      'agencies.yaml': AGENCIES,
      'ke-hoach.kehoach.yaml': PLAN.replace('    timeframe: Trong Quý II năm 2024\n', ''),
    });
    const plugins = createNodePluginHost(ws.host, { workerUrl: WORKER_URL });
    try {
      const r = await new Project(ws.host, { plugins }).check(`${ws.root}/ke-hoach.kehoach.yaml`);
      expect(r?.diagnostics.map((d) => `${d.ruleId}:${d.messageId}`)).toEqual(['plugins:notFound', 'task-timeframe-required:missing']);
      expect(plugins.isolate.started).toBe(0);
    } finally {
      await plugins.close();
      ws.dispose();
    }
  });

  it('a module that never finishes loading is stopped in the worker; built-in rules still run', async () => {
    const ws = workspace({
      'kehoach.config.yaml': 'plugins: [./treo.mjs, ./hong.mjs]\n',
      'treo.mjs': 'for (;;) {}\nexport default {};\n',
      'hong.mjs': "throw new SyntaxError('Unexpected token export');\n",
      'agencies.yaml': AGENCIES,
      'ke-hoach.kehoach.yaml': PLAN.replace('    timeframe: Trong Quý II năm 2024\n', ''),
    });
    requireBuiltWorker();
    const plugins = createNodePluginHost(ws.host, { workerUrl: WORKER_URL, loadTimeoutMs: 5000 });
    try {
      const r = await new Project(ws.host, { plugins }).check(`${ws.root}/ke-hoach.kehoach.yaml`);
      expect(r?.diagnostics.map((d) => `${d.ruleId}: ${d.message.en}`)).toEqual([
        'plugins: Plugin "./treo.mjs" took longer than 5000 ms to load and was stopped. Built-in rules still run.',
        'plugins: Plugin "./hong.mjs" failed to load: Unexpected token export. Built-in rules still run.',
        expect.stringMatching(/^task-timeframe-required: /),
      ]);
    } finally {
      await plugins.close();
      ws.dispose();
    }
  });
});

describe('what the host thread knows of a plugin it never imports', () => {
  /** A rule with an options schema written by hand (what validatePlugin asks of a zod schema). */
  const WITH_OPTIONS = `
const options = {
  safeParse(v) {
    if (v.min === undefined) return { success: true, data: { min: 2 } };
    return typeof v.min === 'number' ? { success: true, data: v } : { success: false, error: { issues: [{ path: ['min'], message: 'phải là số' }] } };
  },
  parse() { return { min: 2 }; },
};
export default {
  name: 'toi-thieu',
  rules: {
    'so-nhiem-vu': {
      meta: { id: 'so-nhiem-vu', severity: 'warn', description: { vi: 'Số nhiệm vụ tối thiểu', en: 'Minimum tasks' }, docs: 'https://vi.du/so-nhiem-vu', messages: { few: { vi: 'Cần ít nhất {min} nhiệm vụ', en: 'At least {min} tasks' } }, options },
      check(ctx) { if ((ctx.plan.tasks ?? []).length < ctx.options.min) ctx.report({ messageId: 'few', data: { min: ctx.options.min }, at: { node: ctx.plan, key: 'tasks', part: 'key' } }); },
    },
  },
};
`;

  async function withPlugin(module: string, config: string) {
    const ws = workspace({ 'kehoach.config.yaml': config, 'quy-tac/p.mjs': module, 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': PLAN });
    requireBuiltWorker();
    const plugins = createNodePluginHost(ws.host, { workerUrl: WORKER_URL });
    const project = new Project(ws.host, { plugins });
    try {
      return { result: await project.check(`${ws.root}/ke-hoach.kehoach.yaml`), known: project.plugins.knownRules() };
    } finally {
      await plugins.close();
      ws.dispose();
    }
  }

  it('options the rule’s schema refuses are reported once, at the config entry, and the rule runs with its defaults', async () => {
    const { result } = await withPlugin(WITH_OPTIONS, 'plugins: [./quy-tac/p.mjs]\nrules:\n  toi-thieu/so-nhiem-vu: [error, { min: "hai" }]\n');
    const lines = result?.diagnostics.map((d) => `${d.ruleId}:${d.messageId} ${d.message.vi}`);
    expect(lines).toEqual([
      'plugins:badOptions Tùy chọn của quy tắc "toi-thieu/so-nhiem-vu" (plugin "./quy-tac/p.mjs") không hợp lệ: min: phải là số. Quy tắc chạy với tùy chọn mặc định.',
      'toi-thieu/so-nhiem-vu:few Cần ít nhất 2 nhiệm vụ',
    ]);
    expect(result?.diagnostics[0]?.related?.[0]?.range.start).toEqual({ line: 0, character: 10 });
  });

  it('the rules’ metadata reaches this thread for reports (description, docs), their code does not', async () => {
    const { known } = await withPlugin(WITH_OPTIONS, 'plugins: [./quy-tac/p.mjs]\n');
    const rule = known.get('toi-thieu/so-nhiem-vu');
    expect(rule?.meta).toMatchObject({ id: 'toi-thieu/so-nhiem-vu', severity: 'warn', description: { vi: 'Số nhiệm vụ tối thiểu' }, docs: 'https://vi.du/so-nhiem-vu' });
    expect(rule?.meta.options).toBeUndefined();
    expect(() => rule?.check({} as never)).toThrow(/worker/);
  });

  it('a module of the wrong shape, checked in the worker, is reported as such', async () => {
    const { result } = await withPlugin("export default { name: 'Sai Ten', rules: {} };\n", 'plugins: [./quy-tac/p.mjs]\n');
    expect(result?.diagnostics.map((d) => `${d.messageId} ${d.message.en}`)).toEqual([
      'badShape Plugin "./quy-tac/p.mjs" has the wrong shape: `name` must be kebab-case (e.g. "quang-ngai"). A plugin must export definePlugin({ name, rules, configs }) as its default export.',
    ]);
  });
});
