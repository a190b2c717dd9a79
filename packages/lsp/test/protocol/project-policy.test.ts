import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient, tempWorkspace } from './client.js';

// The fixture workspace, with an ignored folder holding a broken plan and a province plan
// numbered as the commune plan's parent.
const ws = tempWorkspace();
const write = (name: string, text: string): void => {
  mkdirSync(dirname(ws.path(name)), { recursive: true });
  writeFileSync(ws.path(name), text);
};
const config = readFileSync(ws.path('kehoach.config.yaml'), 'utf8');
write('kehoach.config.yaml', `${config}\nignore: ['cu/**']\n`);
const province = readFileSync(ws.path('tinh.kehoach.yaml'), 'utf8');
const commune = readFileSync(ws.path('xa.kehoach.yaml'), 'utf8');
const number = /^number: (.+)$/m.exec(province)?.[1] as string;
// The old plan, ignored: a task without a lead, and the same number as the real province plan.
write('cu/tinh-cu.kehoach.yaml', province.replace(/    lead: .*\n/, ''));
let client: LspClient;
let init: InitializeResult;

beforeAll(async () => {
  client = LspClient.start();
  init = (await client.initialize(ws.dir)) as unknown as InitializeResult;
});

afterAll(async () => {
  if (client.process.exitCode === null) client.process.kill();
  rmSync(ws.dir, { recursive: true, force: true });
});

describe('the editor follows the project policy kehoach validate follows', () => {
  it('says its version from package.json and opens completion after a space too', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(init.serverInfo).toEqual({ name: 'kehoach-lsp', version: pkg.version });
    expect(init.capabilities.completionProvider?.triggerCharacters).toContain(' ');
  });

  it('publishes nothing for the files an ignore: pattern covers, and checks the others', async () => {
    await client.waitForDiagnostics(ws.uri('xa.kehoach.yaml'));
    await client.waitForDiagnostics(ws.uri('tinh.kehoach.yaml'));
    expect(number).toBeDefined();
    // Everything published so far is about the files that are not ignored.
    expect(client.published.map((p) => p.uri)).not.toContain(ws.uri('cu/tinh-cu.kehoach.yaml'));
  });

  it('refuses to rename an agency written by its name with the reason, as the error the client shows', async () => {
    const uri = ws.uri('xa.kehoach.yaml');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: commune } });
    const lines = commune.split('\n');
    const line = lines.findIndex((l) => /^\s+(lead|via|to): [^a-z]/.test(l));
    expect(line).toBeGreaterThan(0);
    const character = (lines[line] as string).indexOf(': ') + 3;
    const error = await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line, character } }).then(
      () => undefined,
      (e: { code: number; message: string }) => e,
    );
    expect(error?.code).toBe(-32803);
    expect(error?.message).toMatch(/^".+" là tên của cơ quan ".+": hãy đổi mã ở danh mục hoặc ở chỗ ghi mã$/);
    expect(client.stderr.join('')).not.toContain('prepareRename');
  });

  it('renders the plan and shows it resolved through the kehoach/* requests', async () => {
    const uri = ws.uri('tinh.kehoach.yaml');
    const html = await client.request<{ fileName: string; text: string }>('kehoach/render', { textDocument: { uri }, format: 'html' });
    expect(html.fileName).toBe('tinh.html');
    expect(html.text).toContain('<html');
    const docx = await client.request<{ base64: string }>('kehoach/render', { textDocument: { uri }, format: 'docx' });
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const resolved = await client.request<{ text: string }>('kehoach/resolve', { textDocument: { uri } });
    expect(resolved.text).toContain('Kế hoạch này không kế thừa mẫu nào');
    const refused = await client.request('kehoach/render', { textDocument: { uri: ws.uri('agencies.yaml') }, format: 'html' }).catch((e: Error) => e.message);
    expect(refused).toBe('agencies.yaml không phải là tệp kế hoạch.');
  });

  it('a plan opened from an ignored folder is checked (it was asked for), but is no plan’s parent', async () => {
    const uri = ws.uri('cu/tinh-cu.kehoach.yaml');
    const mark = client.published.length;
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(ws.path('cu/tinh-cu.kehoach.yaml'), 'utf8') } });
    const own = await client.waitForDiagnostics(uri, (p) => p.version === 1, mark);
    expect(own.diagnostics.map((d) => d.code)).toContain('task-lead-required');
    const close = client.published.length;
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    // Closed, it is not the project's: its diagnostics go away.
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, close);
  });
});

describe('the project root is found from the workspace folder, as the CLI finds it', () => {
  it('a registry in the folder holding kehoach.config.yaml with root: true is inside the project', async () => {
    const root = tempWorkspace();
    const sub = join(root.dir, 'xa');
    mkdirSync(sub);
    writeFileSync(join(root.dir, 'kehoach.config.yaml'), 'root: true\nregistry: ./agencies.yaml\n');
    writeFileSync(join(sub, 'xa.kehoach.yaml'), readFileSync(root.path('xa.kehoach.yaml'), 'utf8').replace(/^registry: .*\n/m, ''));
    rmSync(root.path('xa.kehoach.yaml'));
    rmSync(root.path('tinh.kehoach.yaml'));
    const c = LspClient.start();
    try {
      await c.initialize(sub);
      const uri = pathToFileURL(join(sub, 'xa.kehoach.yaml')).href;
      const p = await c.waitForDiagnostics(uri);
      expect(p.diagnostics.map((d) => `${String(d.code)}: ${d.message}`).filter((m) => /ngoài thư mục dự án|agency-known/.test(m))).toEqual([]);
    } finally {
      await c.stop().catch(() => c.process.kill());
      rmSync(root.dir, { recursive: true, force: true });
    }
  });
});
