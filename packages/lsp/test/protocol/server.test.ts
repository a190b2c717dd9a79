import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionList, Hover, InlayHint, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyLspEdits } from '../helpers.js';
import { LspClient, SERVER, tempWorkspace } from './client.js';

const ws = tempWorkspace();
const COMMUNE = ws.uri('xa.kehoach.yaml');
const PROVINCE = ws.uri('tinh.kehoach.yaml');
const commune = readFileSync(ws.path('xa.kehoach.yaml'), 'utf8');
const province = readFileSync(ws.path('tinh.kehoach.yaml'), 'utf8');
let client: LspClient;

// A plan saved in a legacy 8-bit encoding (Latin-1 bytes for "Tuyên truyền"), on disk before the server starts.
const LEGACY = ws.uri('cu.kehoach.yaml');
writeFileSync(ws.path('cu.kehoach.yaml'), Buffer.from('kind: plan\nyear: 2024\ntitle: Tuy\u00ean truy\u00ean\n', 'latin1'));

/** Local mirror of what the editor holds, kept in step with incremental changes. */
const texts = new Map<string, { text: string; version: number }>();

async function open(uri: string, text: string): Promise<void> {
  texts.set(uri, { text, version: 1 });
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
}

/** Replace `from` with `to` in the document by an incremental change; returns the new version. */
async function edit(uri: string, from: string, to: string): Promise<number> {
  const doc = texts.get(uri) as { text: string; version: number };
  const at = doc.text.indexOf(from);
  if (at < 0) throw new Error(`"${from}" not in ${uri}`);
  const pos = (offset: number) => {
    const before = doc.text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: (before.at(-1) as string).length };
  };
  const range = { start: pos(at), end: pos(at + from.length) };
  doc.text = doc.text.slice(0, at) + to + doc.text.slice(at + from.length);
  doc.version += 1;
  await client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: to }] });
  return doc.version;
}

/** New client settings; resolves once the server has pulled them (it re-checks every file then). */
async function configure(settings: Record<string, unknown>): Promise<void> {
  client.settings = settings;
  const mark = client.published.length;
  await client.notify('workspace/didChangeConfiguration', { settings: {} });
  await client.waitForDiagnostics(PROVINCE, () => true, mark);
  await client.waitForDiagnostics(COMMUNE, () => true, mark);
}

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle) + delta).split('\n');
  return { line: before.length - 1, character: (before.at(-1) as string).length };
}

beforeAll(async () => {
  client = LspClient.start();
  const init = await client.initialize(ws.dir);
  expect(init).toMatchObject({ capabilities: { textDocumentSync: { change: 2 }, renameProvider: { prepareProvider: true } } });
});

afterAll(async () => {
  if (client.process.exitCode === null) client.process.kill();
  rmSync(ws.dir, { recursive: true, force: true });
});

describe('kehoach-lsp over stdio', () => {
  it('is the executable package.json names kehoach-lsp', () => {
    const bin = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> }).bin;
    expect(bin['kehoach-lsp']).toBe('./dist/server.js');
    expect(readFileSync(SERVER, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // Run as a program, the way an editor runs `kehoach-lsp`, not through `node`.
    const run = spawnSync(SERVER, ['--version'], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('kehoach-lsp 0.1.0');
  });

  it('publishes diagnostics for plans that are not open, found by the workspace scan', async () => {
    const p = await client.waitForDiagnostics(COMMUNE);
    expect(p.diagnostics).toEqual([]);
    expect(p.version).toBeUndefined();
    await client.waitForDiagnostics(PROVINCE);
  });

  it('reports a file that is not UTF-8 where its first bad byte is, without opening it', async () => {
    const p = await client.waitForDiagnostics(LEGACY);
    const syntax = p.diagnostics.filter((d) => d.code === 'yaml-syntax');
    expect(syntax.map((d) => [d.range.start, d.message])).toEqual([
      [{ line: 2, character: 'title: Tuy'.length }, 'Tệp không phải mã hóa UTF-8 (byte không hợp lệ ở đây); hãy lưu lại tệp dạng UTF-8.'],
    ]);
  });

  it('checks an open document on every incremental change and labels diagnostics with the version', async () => {
    const mark = client.published.length;
    await open(COMMUNE, commune);
    const v1 = await client.waitForDiagnostics(COMMUNE, (p) => p.version === 1, mark);
    expect(v1.diagnostics).toEqual([]);
    const v2 = await edit(COMMUNE, '    lead: ubnd-xa\n', '');
    const p = await client.waitForDiagnostics(COMMUNE, (x) => x.version === v2, mark);
    expect(p.diagnostics.map((d) => [d.code, d.source, d.range.start])).toEqual([
      ['task-lead-required', 'kehoach', positionOf(texts.get(COMMUNE)?.text as string, 'tap-huan-cchc')],
    ]);
    expect(p.diagnostics[0]?.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\/task-lead-required\.md$/);
    expect(p.diagnostics[0]?.data).toMatchObject({ ruleId: 'task-lead-required', version: v2 });
  });

  it('debounces: a burst of changes gives one publication, for the last version', async () => {
    // A long debounce so that a busy machine cannot split the burst.
    await configure({ debounceMs: 2000 });
    const mark = client.published.length;
    let last = 0;
    for (let i = 0; i < 8; i++) last = await edit(COMMUNE, 'Tổ chức tập huấn', 'Tổ chức tập huấn');
    await client.waitForDiagnostics(COMMUNE, (p) => p.version === last, mark);
    // An older version can only be published before the newest (the server checks the version when it publishes).
    const mine = client.published.slice(mark).filter((p) => p.uri === COMMUNE);
    expect(mine.map((p) => p.version)).toEqual([last]);
  });

  it('without debounce, every publication matches the text of its version, in version order', async () => {
    await configure({ debounceMs: 0 });
    const mark = client.published.length;
    const withLead = new Map<number, boolean>();
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const hasLead = texts.get(COMMUNE)?.text.includes('    lead: ubnd-xa\n') ?? false;
      last = hasLead
        ? await edit(COMMUNE, '    lead: ubnd-xa\n', '')
        : await edit(COMMUNE, '    timeframe: Quý II/2024\n', '    timeframe: Quý II/2024\n    lead: ubnd-xa\n');
      withLead.set(last, !hasLead);
    }
    await client.waitForDiagnostics(COMMUNE, (p) => p.version === last, mark);
    const mine = client.published.slice(mark).filter((p) => p.uri === COMMUNE);
    const versions = mine.map((p) => p.version as number);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const p of mine) expect(p.diagnostics.length, `version ${p.version}`).toBe(withLead.get(p.version as number) ? 0 : 1);
    await configure({});
    // Back to where the previous test left the document: the task without a lead.
    const doc = texts.get(COMMUNE) as { text: string; version: number };
    doc.text = commune.replace('    lead: ubnd-xa\n', '');
    doc.version += 1;
    await client.notify('textDocument/didChange', { textDocument: { uri: COMMUNE, version: doc.version }, contentChanges: [{ text: doc.text }] });
  });

  it('completes agencies from the registry at a lead value, diacritics-insensitively', async () => {
    await edit(COMMUNE, '    timeframe: Quý II/2024', '    timeframe: Quý II/2024\n    lead: phong van hoa');
    const text = texts.get(COMMUNE)?.text as string;
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: COMMUNE },
      position: positionOf(text, 'phong van hoa', 'phong van hoa'.length),
    });
    expect(list.items[0]?.label).toBe('Phòng Văn hóa và Thông tin');
    await edit(COMMUNE, '    lead: phong van hoa', '    lead: Phòng Văn hóa và Thông tin');
  });

  it('explains an agency on hover', async () => {
    const text = texts.get(COMMUNE)?.text as string;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: COMMUNE }, position: positionOf(text, 'via: Phòng', 8) });
    expect((hover.contents as { value: string }).value).toContain('`phong-vhtt`');
  });

  it('offers a quick fix whose edit, applied, clears the diagnostic', async () => {
    const mark = client.published.length;
    const version = await edit(COMMUNE, '    lead: Phòng Văn hóa và Thông tin\n', '');
    await client.waitForDiagnostics(COMMUNE, (p) => p.version === version && p.diagnostics.length === 1, mark);
    const text = texts.get(COMMUNE)?.text as string;
    const at = positionOf(text, 'tap-huan-cchc');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: COMMUNE },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    });
    const fix = actions.find((a) => a.title === 'Thêm cơ quan chủ trì');
    const edits = fix?.edit?.changes?.[COMMUNE] as TextEdit[];
    const fixed = applyLspEdits(text, edits).replace('<Cơ quan chủ trì>', 'ubnd-xa');
    const doc = texts.get(COMMUNE) as { text: string; version: number };
    doc.version += 1;
    doc.text = fixed;
    await client.notify('textDocument/didChange', { textDocument: { uri: COMMUNE, version: doc.version }, contentChanges: [{ text: fixed }] });
    const after = await client.waitForDiagnostics(COMMUNE, (p) => p.version === doc.version, mark);
    expect(after.diagnostics).toEqual([]);
  });

  it('renames a task id across the province and commune plans', async () => {
    await open(PROVINCE, province);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: PROVINCE },
      position: positionOf(province, 'id: cap-nhat-tthc', 6),
      newName: 'cong-khai-tthc',
    });
    expect(Object.keys(edit.changes ?? {}).sort()).toEqual([PROVINCE, COMMUNE].sort());
    expect(applyLspEdits(texts.get(COMMUNE)?.text as string, edit.changes?.[COMMUNE] ?? [])).toContain('implements: cong-khai-tthc');
  });

  it('shows inlay hints with resolved dates', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: PROVINCE },
      range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    });
    expect(hints.map((h) => h.label)).toContain('→ 01/04/2024 – 30/09/2024');
  });

  it('formats to 2-space indentation, keeping comments and key order', async () => {
    const uri = ws.uri('moi.kehoach.yaml');
    await open(uri, 'kind: plan\n# Cơ quan ban hành\nissuer:\n    level: commune   # cấp xã\n    name: UBND xã Bình Trị   \n');
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(applyLspEdits(texts.get(uri)?.text as string, edits)).toBe('kind: plan\n# Cơ quan ban hành\nissuer:\n  level: commune   # cấp xã\n  name: UBND xã Bình Trị\n');
  });

  it('revalidates the commune plan (not open) when the province plan changes, with the parent task as related location', async () => {
    let mark = client.published.length;
    await client.notify('textDocument/didClose', { textDocument: { uri: COMMUNE } });
    // Closed: the commune plan is checked again from disk, where it is clean.
    await client.waitForDiagnostics(COMMUNE, (p) => p.version === undefined && p.diagnostics.length === 0, mark);
    mark = client.published.length;
    // The province gives the communes a new task (lead: the communes' collective entry); the commune plan does not implement it.
    const added =
      '  - id: niem-yet-cong-khai\n    title: Niêm yết công khai TTHC tại Bộ phận Một cửa\n    lead: UBND các xã, thị trấn\n    timeframe: Quý II/2024\nreporting:';
    await edit(PROVINCE, 'reporting:', added);
    const p = await client.waitForDiagnostics(COMMUNE, (x) => x.diagnostics.length > 0, mark);
    expect(p.version).toBeUndefined();
    const [d] = p.diagnostics;
    expect(p.diagnostics).toHaveLength(1);
    expect(d?.code).toBe('parent-task-implemented');
    expect(d?.message).toContain('"niem-yet-cong-khai"');
    const provinceText = texts.get(PROVINCE)?.text as string;
    expect(d?.relatedInformation?.map((r) => [r.location.uri, r.location.range.start])).toEqual([
      [PROVINCE, positionOf(provinceText, 'niem-yet-cong-khai')],
    ]);
    // Undo: the commune plan is clean again, still without being opened.
    mark = client.published.length;
    await edit(PROVINCE, added, 'reporting:');
    await client.waitForDiagnostics(COMMUNE, (x) => x.version === undefined && x.diagnostics.length === 0, mark);
  });

  it('reloads the config when it changes on disk', async () => {
    const mark = client.published.length;
    await open(COMMUNE, commune.replace('    lead: ubnd-xa\n', ''));
    await client.waitForDiagnostics(COMMUNE, (p) => p.diagnostics[0]?.severity === 1, mark);
    writeFileSync(ws.path('kehoach.config.yaml'), 'registry: ./agencies.yaml\nrules:\n  task-lead-required: warn\n');
    const mark2 = client.published.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('kehoach.config.yaml'), type: 2 }] });
    const p = await client.waitForDiagnostics(COMMUNE, (x) => x.diagnostics.length === 1, mark2);
    expect(p.diagnostics[0]?.severity).toBe(2);
  });

  it('reports an invalid config on the config file', async () => {
    writeFileSync(ws.path('kehoach.config.yaml'), 'registry: [./agencies.yaml\n');
    const mark = client.published.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('kehoach.config.yaml'), type: 2 }] });
    const p = await client.waitForDiagnostics(ws.uri('kehoach.config.yaml'), (x) => x.diagnostics.length > 0, mark);
    expect(p.diagnostics[0]?.code).toBe('yaml-syntax');
    const plan = await client.waitForDiagnostics(COMMUNE, () => true, mark);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['task-lead-required']);
  });

  it('applies kehoach.rules from the client settings', async () => {
    const mark = client.published.length;
    await configure({ rules: { 'task-lead-required': 'off' } });
    const p = await client.waitForDiagnostics(COMMUNE, () => true, mark);
    expect(p.diagnostics).toEqual([]);
    const mark2 = client.published.length;
    await configure({});
    const back = await client.waitForDiagnostics(COMMUNE, () => true, mark2);
    expect(back.diagnostics.map((d) => d.code)).toEqual(['task-lead-required']);
  });

  it('survives a file deleted while open, random bytes and a 50 MB document', async () => {
    unlinkSync(ws.path('xa.kehoach.yaml'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: COMMUNE, type: 3 }] });
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: COMMUNE }, position: { line: 1, character: 3 } });
    expect(hover).not.toBeNull();
    const mark = client.published.length;
    await client.notify('textDocument/didClose', { textDocument: { uri: COMMUNE } });
    expect((await client.waitForDiagnostics(COMMUNE, () => true, mark)).diagnostics).toEqual([]);

    const noise = ws.uri('nhieu.kehoach.yaml');
    await open(noise, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)).toString('utf8'));
    await client.waitForDiagnostics(noise, () => true);

    // A billion-laughs alias bomb is refused with a diagnostic, not expanded.
    const bomb = ws.uri('bom.kehoach.yaml');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    await open(bomb, `kind: plan\nyear: 2024\n${levels.join('\n')}\n`);
    const refused = await client.waitForDiagnostics(bomb, () => true);
    expect(refused.diagnostics.map((d) => d.code)).toContain('yaml-syntax');
    expect(refused.diagnostics.find((d) => d.code === 'yaml-syntax')?.message).toContain('mở rộng quá');

    const big = ws.uri('lon.kehoach.yaml');
    await open(big, `kind: plan\n${'#'.repeat(99)}\n`.repeat(500_000));
    const p = await client.waitForDiagnostics(big, () => true, 0, 110_000);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: big } });
    expect(symbols).toEqual([]);
  });

  it('answers a request cancelled at once with RequestCancelled, and keeps serving', async () => {
    const text = texts.get(PROVINCE)?.text as string;
    const position = positionOf(text, 'lead: Sở Nội vụ', 8);
    const reply = await client.requestCancelledAtOnce('textDocument/hover', { textDocument: { uri: PROVINCE }, position });
    expect(reply.result).toBeUndefined();
    expect(reply.error?.code).toBe(-32800);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: PROVINCE }, position });
    expect((hover.contents as { value: string }).value).toContain('`so-noi-vu`');
  });

  it('answers requests with malformed parameters or unknown documents without dying', async () => {
    const unknown = { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } };
    expect(await client.request('textDocument/hover', unknown)).toBeNull();
    expect(await client.request('textDocument/definition', { textDocument: { uri: 'file:///khong/co/tep.kehoach.yaml' }, position: { line: -3, character: 1e9 } })).toEqual([]);
    for (const [method, params] of [
      ['textDocument/hover', {}],
      ['textDocument/completion', { textDocument: { uri: PROVINCE } }],
      ['textDocument/codeAction', { textDocument: { uri: PROVINCE }, range: null, context: {} }],
      ['textDocument/inlayHint', { textDocument: { uri: 42 } }],
      ['textDocument/formatting', null],
      ['workspace/symbol', { query: null }],
    ] as const) {
      // An answer (often empty) or an error reply: never a dead server.
      await client.request(method, params).catch((e: unknown) => e);
    }
    await client.notify('textDocument/didChange', { textDocument: { uri: 'file:///khong/mo.kehoach.yaml', version: 2 }, contentChanges: [{ text: 'kind: plan' }] });
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///x.kehoach.yaml' } });
    const text = texts.get(PROVINCE)?.text as string;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: PROVINCE }, position: positionOf(text, 'lead: Sở Nội vụ', 8) });
    expect((hover.contents as { value: string }).value).toContain('`so-noi-vu`');
    expect(client.process.exitCode).toBeNull();
  });

  it('shuts down and exits cleanly', async () => {
    expect(await client.stop()).toBe(0);
  });

  it('exits by itself when the editor goes away without a shutdown', async () => {
    const orphan = LspClient.start();
    await orphan.initialize(ws.dir);
    const exited = new Promise<number | null>((resolve) => orphan.process.once('exit', (code) => resolve(code)));
    orphan.process.stdin.end();
    // Exit code 1: the protocol says so when "exit" comes without "shutdown"; what matters is that it ends.
    expect(await exited).toBe(1);
    orphan.connection.dispose();
  });
});
