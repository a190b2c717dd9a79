import { describe, expect, it, vi } from 'vitest';
import { Project } from '@kehoach/core';
import { editorPlugins } from '../src/index.js';
import { AGENCIES, LOCAL_PLUGIN, PLAN, WORKER_URL, requireBuiltWorker, workspace } from './workspace.js';

const FILES = {
  'kehoach.config.yaml': 'plugins: [./quy-tac/dia-phuong.mjs]\nrules:\n  dia-phuong/vong-lap: off\n  dia-phuong/nem-loi: off\n',
  'quy-tac/dia-phuong.mjs': LOCAL_PLUGIN,
  'agencies.yaml': AGENCIES,
  'ke-hoach.kehoach.yaml': PLAN,
  'ke-hoach-2.kehoach.yaml': PLAN,
};

describe('editorPlugins: what a language server needs', () => {
  it('untrusted: built-in rules only, and one information message for the session', async () => {
    const ws = workspace(FILES);
    const editor = editorPlugins(ws.host, false);
    try {
      expect(editor.plugins).toBeUndefined();
      const project = new Project(ws.host, {});
      const first = await project.check(`${ws.root}/ke-hoach.kehoach.yaml`);
      expect(first?.diagnostics.filter((d) => d.ruleId.startsWith('dia-phuong/'))).toEqual([]);
      expect(editor.noticeFor(first)?.vi).toBe(
        'Không gian làm việc chưa được tin cậy nên chỉ chạy các quy tắc có sẵn; plugin chưa được nạp: "./quy-tac/dia-phuong.mjs".',
      );
      expect(editor.noticeFor(await project.check(`${ws.root}/ke-hoach-2.kehoach.yaml`))).toBeUndefined();
    } finally {
      await editor.close();
      ws.dispose();
    }
  });

  it('trusted: the plugin rules run, and there is nothing to tell', async () => {
    requireBuiltWorker();
    const ws = workspace(FILES);
    const editor = editorPlugins(ws.host, true, { workerUrl: WORKER_URL });
    try {
      const project = new Project(ws.host, editor.plugins ? { plugins: editor.plugins } : {});
      const check = await project.check(`${ws.root}/ke-hoach.kehoach.yaml`);
      expect(check?.diagnostics.map((d) => d.ruleId)).toEqual(['dia-phuong/it-nhiem-vu']);
      expect(editor.noticeFor(check)).toBeUndefined();
    } finally {
      await editor.close();
      ws.dispose();
    }
  });

  it('with idleMs the worker stops by itself once the work is done (a CLI run needs no close)', async () => {
    requireBuiltWorker();
    const ws = workspace(FILES);
    const editor = editorPlugins(ws.host, true, { workerUrl: WORKER_URL, idleMs: 50 });
    try {
      const isolate = editor.plugins?.isolate;
      await new Project(ws.host, { plugins: editor.plugins! }).check(`${ws.root}/ke-hoach.kehoach.yaml`);
      expect(isolate?.started).toBeGreaterThan(0);
      await vi.waitFor(() => expect(isolate?.running).toBe(false), { timeout: 300_000 });
    } finally {
      await editor.close();
      ws.dispose();
    }
  });
});
