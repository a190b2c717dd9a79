import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Project } from '@kehoach/core';
import { createNodePluginHost } from '../src/index.js';
import { AGENCIES, LOCAL_PLUGIN, PLAN, WORKER_URL, requireBuiltWorker, workspace } from './workspace.js';

/**
 * The repros of issue 18, item 7 (see fixtures/hostile/README.md). A module that hangs
 * in the main thread only is tested through the CLI and the language server, in their
 * own processes: here it would freeze the test runner itself, past any time limit.
 */
const hostile = (name: string): string => readFileSync(new URL(`./fixtures/hostile/${name}`, import.meta.url), 'utf8');

/** Checks the plan of a workspace whose config names `plugins` (files of fixtures/hostile, plus the working local plugin). */
async function checkWith(plugins: string[], options: { loadTimeoutMs?: number } = {}) {
  const files: Record<string, string> = { 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': PLAN, 'quy-tac/dia-phuong.mjs': LOCAL_PLUGIN };
  for (const p of plugins) if (!p.startsWith('./quy-tac/')) files[`quy-tac/${p}`] = hostile(p);
  files['kehoach.config.yaml'] = `plugins: [${plugins.map((p) => (p.startsWith('./') ? p : `./quy-tac/${p}`)).join(', ')}]\nrules:\n  dia-phuong/vong-lap: off\n  dia-phuong/nem-loi: off\n`;
  const ws = workspace(files);
  requireBuiltWorker();
  const host = createNodePluginHost(ws.host, { workerUrl: WORKER_URL, ruleTimeoutMs: 1000, ...options });
  try {
    const r = await new Project(ws.host, { plugins: host }).check(`${ws.root}/ke-hoach.kehoach.yaml`);
    return { diagnostics: r?.diagnostics ?? [], loaded: r?.plugins?.loaded ?? [] };
  } finally {
    await host.close();
    ws.dispose();
  }
}

const lines = (ds: { ruleId: string; message: { vi: string } }[]) => ds.map((d) => `${d.ruleId}: ${d.message.vi}`);

describe('plugin containment: plugin modules are imported in the worker only', () => {
  it('a module that calls process.exit when the host thread imports it: this thread lives on and its rule runs', async () => {
    const r = await checkWith(['exit-in-main-thread.mjs']);
    expect(lines(r.diagnostics)).toContain('thoat/da-chay: Quy tắc của plugin thoat đã chạy');
    expect(r.loaded).toEqual(['thoat']);
  });

  it('a module that hangs everywhere is named for its own timeout; the other plugin’s rules are not blamed and still run', async () => {
    const r = await checkWith(['./quy-tac/dia-phuong.mjs', 'hang-everywhere.mjs'], { loadTimeoutMs: 1000 });
    expect(lines(r.diagnostics)).toEqual([
      'plugins: Plugin "./quy-tac/hang-everywhere.mjs" nạp quá 1000 ms và đã bị dừng. Các quy tắc có sẵn vẫn chạy.',
      'dia-phuong/it-nhiem-vu: Kế hoạch chỉ có 1 nhiệm vụ',
    ]);
  });
});

describe('plugin containment: the process is protected from what a plugin’s code calls', () => {
  it('process.kill and process.exit in a rule: each rule fails alone with a message saying what was blocked', async () => {
    const r = await checkWith(['./quy-tac/dia-phuong.mjs', 'kill-in-rule.mjs']);
    expect(lines(r.diagnostics)).toEqual([
      'giet/gui-tin-hieu: Quy tắc "giet/gui-tin-hieu" của plugin "./quy-tac/kill-in-rule.mjs" gặp lỗi và đã bị bỏ qua cho tệp này: process.kill bị chặn: plugin không được gửi tín hiệu tới tiến trình (process.kill is blocked: a plugin may not signal processes)',
      'giet/thoat: Quy tắc "giet/thoat" của plugin "./quy-tac/kill-in-rule.mjs" gặp lỗi và đã bị bỏ qua cho tệp này: process.exit bị chặn: plugin không được dừng tiến trình (process.exit is blocked: a plugin may not stop the process)',
      'dia-phuong/it-nhiem-vu: Kế hoạch chỉ có 1 nhiệm vụ',
    ]);
  });

  it('a module whose timer throws after it loaded: no uncaught error here, only that plugin is named, the other one’s rule runs', async () => {
    const r = await checkWith(['./quy-tac/dia-phuong.mjs', 'throw-later.mjs']);
    const own = lines(r.diagnostics.filter((d) => d.ruleId.startsWith('dia-phuong/')));
    expect(own).toEqual(['dia-phuong/it-nhiem-vu: Kế hoạch chỉ có 1 nhiệm vụ']);
    // Whenever the timer fires (while it loads, before or after its rule ran): one line, naming it.
    const theirs = lines(r.diagnostics.filter((d) => !d.ruleId.startsWith('dia-phuong/')));
    expect(theirs).toHaveLength(1);
    expect([
      'plugins: Không nạp được plugin "./quy-tac/throw-later.mjs": lỗi hẹn giờ của plugin. Các quy tắc có sẵn vẫn chạy.',
      'hen-gio/da-chay: Quy tắc của plugin hen-gio đã chạy',
      'hen-gio/da-chay: Quy tắc "hen-gio/da-chay" của plugin "./quy-tac/throw-later.mjs" gặp lỗi và đã bị bỏ qua cho tệp này: lỗi hẹn giờ của plugin',
    ]).toContain(theirs[0]);
  });
});
