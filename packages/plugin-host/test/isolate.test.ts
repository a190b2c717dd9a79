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
