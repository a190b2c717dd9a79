import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';

/** A local rule plugin as the config names it: one rule that fires, one that loops forever. */
const PLUGIN = `
const meta = (id, messages) => ({ id, severity: 'error', description: { vi: 'Quy tắc của tỉnh', en: 'Province rule' }, messages });
export default {
  name: 'dia-phuong',
  rules: {
    'it-nhat-hai-nhiem-vu': {
      meta: meta('it-nhat-hai-nhiem-vu', { few: { vi: 'Kế hoạch chỉ có {count} nhiệm vụ; tỉnh yêu cầu ít nhất 2.', en: 'The plan has only {count} task(s); the province asks for 2.' } }),
      check(ctx) {
        const count = (ctx.plan.tasks ?? []).length;
        if (count < 2) ctx.report({ messageId: 'few', data: { count }, at: { node: ctx.plan, key: 'tasks', part: 'key' } });
      },
    },
    'vong-lap': { meta: meta('vong-lap', { x: { vi: 'x', en: 'x' } }), check() { for (;;) {} } },
  },
};
`;

const FILES: Record<string, string> = {
  'kehoach.config.yaml': 'plugins: [./quy-tac/dia-phuong.mjs]\n',
  'quy-tac/dia-phuong.mjs': PLUGIN,
  'agencies.yaml': `kind: registry
agencies:
  - { id: ubnd-huyen, name: Ủy ban nhân dân huyện Bình Sơn, short: UBND huyện, kind: people-committee, level: district }
  - { id: phong-vhtt, name: Phòng Văn hóa và Thông tin, short: Phòng VH&TT, kind: department, level: district }
`,
  'ke-hoach.kehoach.yaml': `kind: plan
registry: ./agencies.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số gắn với cải cách hành chính
    lead: Phòng Văn hoá và Thông tin
    timeframe: Trong Quý II năm 2024
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`,
};

/** Polls a condition (a hang guard, not a timing assertion). */
async function until(ok: () => boolean, timeoutMs = 300_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workspace(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-lsp-plugins-')));
  dirs.push(dir);
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function openPlan(trust: Record<string, unknown> | undefined) {
  const dir = workspace();
  const client = LspClient.start();
  await client.initialize(dir, trust);
  const uri = pathToFileURL(join(dir, 'ke-hoach.kehoach.yaml')).href;
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: FILES['ke-hoach.kehoach.yaml'] } });
  const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
  return { client, published };
}

describe('rule plugins in the language server', () => {
  it('a trusted workspace runs the plugin rules; a looping rule is stopped and named, the others still run', async () => {
    const { client, published } = await openPlan({ workspaceTrusted: true });
    try {
      const codes = published.diagnostics.map((d) => String(d.code));
      expect(codes).toContain('dia-phuong/it-nhat-hai-nhiem-vu');
      const few = published.diagnostics.find((d) => d.code === 'dia-phuong/it-nhat-hai-nhiem-vu');
      expect(few?.message).toContain('Kế hoạch chỉ có 1 nhiệm vụ');
      expect(few?.range.start.line).toBe(7);
      // The loop is cut by the per-rule time limit and reported, naming the plugin's rule.
      expect(published.diagnostics.some((d) => String(d.message).includes('dia-phuong/vong-lap'))).toBe(true);
      expect(client.messages.filter((m) => m.type === 3)).toEqual([]);
    } finally {
      await client.stop();
    }
  }, 120_000);

  it('an untrusted workspace runs built-in rules only and says so once', async () => {
    const { client, published } = await openPlan({ workspaceTrusted: false });
    try {
      expect(published.diagnostics.map((d) => String(d.code)).filter((c) => c.startsWith('dia-phuong/'))).toEqual([]);
      // The message follows the first publication that skipped the plugin.
      await until(() => client.messages.some((m) => m.type === 3), 10_000).catch((e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(client.messages)} ${JSON.stringify(published)} ${client.stderr.join('')}`);
      });
      // Every file of the workspace has been checked by now; still one message for the session.
      await client.waitForDiagnostics(published.uri, () => true);
      const info = client.messages.filter((m) => m.type === 3);
      expect(info).toHaveLength(1);
      expect(info[0]?.message).toContain('./quy-tac/dia-phuong.mjs');
      expect(info[0]?.message).toContain('chưa được tin cậy');
    } finally {
      await client.stop();
    }
  }, 120_000);

  it('a client that says nothing about trust is treated as untrusted', async () => {
    const { client, published } = await openPlan(undefined);
    try {
      expect(published.diagnostics.some((d) => String(d.code).startsWith('dia-phuong/'))).toBe(false);
    } finally {
      await client.stop();
    }
  }, 120_000);
});

/** The example plugin of the repository, in place: examples/plugins/quang-ngai and its example folder. */
const EXAMPLE_PLUGIN = fileURLToPath(new URL('../../../../examples/plugins/quang-ngai/', import.meta.url));

describe('the example plugin (examples/plugins/quang-ngai) in the language server', () => {
  async function openExample(trust: Record<string, unknown>) {
    const client = LspClient.start();
    await client.initialize(EXAMPLE_PLUGIN, trust);
    const path = join(EXAMPLE_PLUGIN, 'example', 'ke-hoach-quy.kehoach.yaml');
    const uri = pathToFileURL(path).href;
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(path, 'utf8') } });
    return { client, published: await client.waitForDiagnostics(uri, (p) => p.version === 1) };
  }

  it('trusted: both of its rules fire', async () => {
    const { client, published } = await openExample({ workspaceTrusted: true });
    try {
      const codes = published.diagnostics.map((d) => String(d.code)).filter((c) => c.startsWith('quang-ngai/'));
      expect(codes.sort()).toEqual(['quang-ngai/moi-quy-mot-nhiem-vu', 'quang-ngai/tap-the-chu-tri-can-phong-phoi-hop']);
    } finally {
      await client.stop();
    }
  }, 120_000);

  it('untrusted: none of them, and one information message', async () => {
    const { client, published } = await openExample({ workspaceTrusted: false });
    try {
      expect(published.diagnostics.filter((d) => String(d.code).startsWith('quang-ngai/'))).toEqual([]);
      await until(() => client.messages.some((m) => m.type === 3));
      expect(client.messages.filter((m) => m.type === 3)).toHaveLength(1);
    } finally {
      await client.stop();
    }
  }, 120_000);
});

describe('a template package cannot bring code (language server)', () => {
  it('a trusted workspace still never imports the plugin a template lists, and warns at `extends:`', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-lsp-template-code-')));
    dirs.push(dir);
    const marker = join(dir, 'RAN.txt');
    const plan = FILES['ke-hoach.kehoach.yaml']!.replace('kind: plan\n', 'kind: plan\nextends: "@tinh/template-xa@^1.0.0"\n');
    const files: Record<string, string> = {
      'agencies.yaml': FILES['agencies.yaml']!,
      'ke-hoach.kehoach.yaml': plan,
      'node_modules/@tinh/template-xa/package.json': JSON.stringify({ name: '@tinh/template-xa', version: '1.0.0', kehoach: { template: 'template.yaml' } }),
      'node_modules/@tinh/template-xa/template.yaml': 'kind: template\nid: xa\nplugins: ["./rule.js"]\nrules:\n  mau/chay: error\n',
      // Writes the marker when imported and when its rule runs: a marker proves the code ran.
      'node_modules/@tinh/template-xa/rule.js': `import { appendFileSync } from 'node:fs';
const mark = (what) => appendFileSync(${JSON.stringify(marker)}, what + '\\n');
mark('import');
export default { name: 'mau', rules: { chay: {
  meta: { id: 'chay', severity: 'error', description: { vi: 'x', en: 'x' }, messages: { x: { vi: 'mã của mẫu đã chạy', en: 'template code ran' } } },
  check(ctx) { mark('check'); ctx.report({ messageId: 'x', at: { node: ctx.plan, key: 'title' } }); },
} } };
`,
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const client = LspClient.start();
    try {
      await client.initialize(dir, { workspaceTrusted: true });
      const uri = pathToFileURL(join(dir, 'ke-hoach.kehoach.yaml')).href;
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: plan } });
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      expect(existsSync(marker)).toBe(false);
      const warning = published.diagnostics.find((d) => d.code === 'plugins');
      expect(warning?.severity).toBe(2);
      expect(warning?.range.start).toEqual({ line: 1, character: 9 });
      expect(String(warning?.message)).toContain('mẫu chỉ là dữ liệu');
      expect(published.diagnostics.some((d) => String(d.code).startsWith('mau/'))).toBe(false);
      // The template file itself, opened: its entry is flagged, its code still not run.
      const tplPath = join(dir, 'node_modules/@tinh/template-xa/template.yaml');
      const tplUri = pathToFileURL(tplPath).href;
      await client.notify('textDocument/didOpen', { textDocument: { uri: tplUri, languageId: 'yaml', version: 1, text: files['node_modules/@tinh/template-xa/template.yaml'] } });
      const tpl = await client.waitForDiagnostics(tplUri, (p) => p.version === 1);
      expect(tpl.diagnostics.find((d) => d.code === 'plugins')?.range.start).toEqual({ line: 2, character: 10 });
      expect(existsSync(marker)).toBe(false);
    } finally {
      await client.stop();
    }
  }, 120_000);
});
