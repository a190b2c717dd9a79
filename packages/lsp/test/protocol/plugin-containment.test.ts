import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';

/**
 * Issue 18, item 7 in the language server: a trusted workspace whose config names
 * plugins that exit or hang when the main thread imports them, and one whose rules
 * kill and exit, and one that prints to stdout (the protocol's stream). The server must
 * keep publishing and answering. The plugins are the
 * repros kept in packages/plugin-host/test/fixtures/hostile.
 */
const HOSTILE = ['exit-in-main-thread.mjs', 'hang-in-main-thread.mjs', 'kill-in-rule.mjs', 'log-to-stdout.mjs'];
const hostile = (name: string): string => readFileSync(new URL(`../../../plugin-host/test/fixtures/hostile/${name}`, import.meta.url), 'utf8');

const PLAN = `kind: plan
registry: ./agencies.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số
    lead: Phòng Văn hóa và Thông tin
    timeframe: Trong Quý II năm 2024
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workspace(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-lsp-hostile-')));
  dirs.push(dir);
  const files: Record<string, string> = {
    'kehoach.config.yaml': `plugins: [${HOSTILE.map((p) => `./quy-tac/${p}`).join(', ')}]\n`,
    'agencies.yaml': `kind: registry
agencies:
  - { id: ubnd-huyen, name: Ủy ban nhân dân huyện Bình Sơn, short: UBND huyện, kind: people-committee, level: district }
  - { id: phong-vhtt, name: Phòng Văn hóa và Thông tin, kind: department, level: district }
`,
    'ke-hoach.kehoach.yaml': PLAN,
  };
  for (const p of HOSTILE) files[`quy-tac/${p}`] = hostile(p);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the language server survives plugins that exit, hang or kill (trusted workspace)', () => {
  it('publishes every plugin’s outcome, answers the next edit, and shuts down cleanly', async () => {
    const dir = workspace();
    const client = LspClient.start();
    try {
      await client.initialize(dir, { workspaceTrusted: true });
      const uri = pathToFileURL(join(dir, 'ke-hoach.kehoach.yaml')).href;
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: PLAN } });
      const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      const messages = first.diagnostics.map((d) => `${String(d.code)}: ${d.message}`);
      expect(messages).toContain('thoat/da-chay: Quy tắc của plugin thoat đã chạy');
      expect(messages).toContain('treo/da-chay: Quy tắc của plugin treo đã chạy');
      expect(messages.some((m) => m.startsWith('giet/gui-tin-hieu: ') && m.includes('process.kill bị chặn'))).toBe(true);
      expect(messages.some((m) => m.startsWith('giet/thoat: ') && m.includes('process.exit bị chặn'))).toBe(true);
      expect(messages).toContain('ghi-log/da-chay: Quy tắc của plugin ghi-log đã chạy');

      // Still there: the next edit is checked, and a request is answered.
      const edited = PLAN.replace('title: Tuyên truyền', 'title: Kế hoạch tuyên truyền');
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
      const second = await client.waitForDiagnostics(uri, (p) => p.version === 2);
      expect(second.diagnostics.some((d) => d.code === 'thoat/da-chay')).toBe(true);
      const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
      expect(symbols.length).toBeGreaterThan(0);
      // What the plugin printed went to the log, not into the protocol.
      expect(client.stderr.join('')).toContain('{"rác":2}');
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
