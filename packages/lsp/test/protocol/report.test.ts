import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, InlayHint, Location, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyLspEdits } from '../helpers.js';
import { LspClient, tempExample } from './client.js';

/**
 * The built server on progress reports (`*.baocao.yaml`): a copy of
 * examples/2026/tinh-binh-minh (a province plan, the communes' plans and their
 * reports for Quý I/2026), driven over stdio as an editor drives it.
 */
const ws = tempExample('2026/tinh-binh-minh');
const REPORT = ws.uri('xa-an-hoa/bao-cao-quy-1.baocao.yaml');
const LATE = ws.uri('xa-tan-thanh/bao-cao-quy-1.baocao.yaml');
const PLAN = ws.uri('ke-hoach-mot-cua-so-2026.kehoach.yaml');
const report = readFileSync(ws.path('xa-an-hoa/bao-cao-quy-1.baocao.yaml'), 'utf8');
const plan = readFileSync(ws.path('ke-hoach-mot-cua-so-2026.kehoach.yaml'), 'utf8');
/** The report without its result for `phat-thanh` ("Thường xuyên": due every quarter). */
const withoutBroadcast = report.replace(/ {2}- task: phat-thanh\n(?: {4}.*\n| {6}.*\n)*/, '');
const ADD_DUE = 'Thêm mọi nhiệm vụ đến hạn trong kỳ';
let client: LspClient;

/** What the editor holds, kept in step with the changes sent. */
const texts = new Map<string, { text: string; version: number }>();

async function open(uri: string, text: string): Promise<void> {
  texts.set(uri, { text, version: 1 });
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
}

function positionIn(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before.at(-1) as string).length };
}

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the text: ${needle}`);
  return positionIn(text, at + delta);
}

/** Replace `from` with `to` by an incremental change, as typing does; returns the new version. */
async function edit(uri: string, from: string, to: string): Promise<number> {
  const doc = texts.get(uri) as { text: string; version: number };
  const at = doc.text.indexOf(from);
  if (at < 0) throw new Error(`"${from}" not in ${uri}`);
  const range = { start: positionIn(doc.text, at), end: positionIn(doc.text, at + from.length) };
  doc.text = doc.text.slice(0, at) + to + doc.text.slice(at + from.length);
  doc.version += 1;
  await client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: to }] });
  return doc.version;
}

/** The whole text replaced; returns the new version. */
async function replaceAll(uri: string, text: string): Promise<number> {
  const doc = texts.get(uri) as { text: string; version: number };
  doc.text = text;
  doc.version += 1;
  await client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
  return doc.version;
}

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));
/** A diagnostic's message as text (the protocol allows Markdown too; the server sends text). */
const messageOf = (d: { message: string | { value: string } }): string => (typeof d.message === 'string' ? d.message : d.message.value);
const textOf = (h: Hover | null): string => (h?.contents as { value: string } | undefined)?.value ?? '';
/** What the server logged as errors (a request or check that failed: "[kehoach] hover: <error>"). */
const failures = (): string[] => client.logs.filter((l) => l.type === 1).map((l) => l.message);

beforeAll(async () => {
  client = LspClient.start();
  const init = await client.initialize(ws.dir);
  // Completion opens after `task: ` and `status: ` as after `lead: `: the space triggers it.
  expect(init).toMatchObject({ capabilities: { completionProvider: { triggerCharacters: expect.arrayContaining([' ', ':']) }, inlayHintProvider: true, definitionProvider: true } });
});

afterAll(async () => {
  if (client.process.exitCode === null) await client.stop();
  rmSync(ws.dir, { recursive: true, force: true });
});

describe('kehoach-lsp on progress reports', () => {
  it('checks the reports the workspace scan finds, open or not', async () => {
    // Signed 20/3, sent 23/3: after its deadline, "trước ngày 18 của tháng cuối quý".
    const late = await client.waitForDiagnostics(LATE, (p) => p.diagnostics.length > 0);
    expect(late.version).toBeUndefined();
    expect(codes(late)).toEqual(['report-on-time']);
    expect(late.diagnostics[0]?.message).toContain('hạn 17/03/2026');
  });

  it('opens completion as `task: ` is typed, the reporter’s due task without a result first, and keeps it while the author types', async () => {
    const mark = client.published.length;
    await open(REPORT, withoutBroadcast.replace('  - target: ho-so-truc-tuyen', '  - task:\n  - target: ho-so-truc-tuyen'));
    await client.waitForDiagnostics(REPORT, (p) => p.version === 1, mark);
    await edit(REPORT, '  - task:\n', '  - task: \n');
    const doc = texts.get(REPORT) as { text: string };
    const at = positionOf(doc.text, '  - task: \n', '  - task: '.length);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: REPORT }, position: at, context: { triggerKind: 2, triggerCharacter: ' ' } });
    expect(list.isIncomplete).toBe(true);
    expect(list.items.slice(0, 3).map((i) => i.label)).toEqual(['phat-thanh', 'ke-hoach-cap-xa', 'diem-ho-tro']);
    expect(list.items[0]?.detail).toBe('UBND các xã, phường · Thường xuyên');
    expect(list.items[1]?.detail).toBe('UBND các xã, phường · Trước ngày 15/02/2026 · hạn: 14/02/2026');
    expect((list.items[0]?.documentation as { value: string }).value).toContain('Đến kỳ báo cáo (Quý I năm 2026)');
    // The plan's other tasks come after the commune's own.
    expect(list.items.map((i) => i.label).indexOf('ket-noi-csdl')).toBeGreaterThan(list.items.map((i) => i.label).indexOf('tong-ket'));
    // Typed on, with diacritics: the list is asked again and still holds the task.
    await edit(REPORT, '  - task: \n', '  - task: phát\n');
    const typed = positionOf(texts.get(REPORT)?.text as string, '  - task: phát', '  - task: phát'.length);
    expect(typed.character).toBe(14);
    const again = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: REPORT }, position: typed, context: { triggerKind: 3 } });
    expect(again.items.map((i) => i.label)).toEqual(['phat-thanh']);
    const chosen = again.items[0]?.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    expect(chosen).toEqual({ range: { start: { line: typed.line, character: 10 }, end: typed }, newText: 'phat-thanh' });
    await edit(REPORT, '  - task: phát\n', '  - task: phat-thanh\n    status:\n');
    // Then `status: `: the statuses core knows, each once.
    await edit(REPORT, '  - task: phat-thanh\n    status:\n', '  - task: phat-thanh\n    status: \n');
    const statusAt = positionOf(texts.get(REPORT)?.text as string, '    status: \n', '    status: '.length);
    const statuses = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: REPORT }, position: statusAt, context: { triggerKind: 2, triggerCharacter: ' ' } });
    expect(statuses.items.map((i) => i.label)).toEqual(['chưa triển khai', 'đang thực hiện', 'hoàn thành', 'hoàn thành quá hạn', 'không thực hiện']);
    expect((statuses.items[0]?.documentation as { value: string }).value).toContain('Nhiệm vụ `phat-thanh`: không có hạn hoàn thành');
    const version = await edit(REPORT, '    status: \n', '    status: đang thực hiện\n');
    const mark2 = client.published.length;
    const p = await client.waitForDiagnostics(REPORT, (x) => x.version === version, mark2);
    expect(codes(p)).toEqual([]);
  });

  it('tells a result’s task on hover, in Vietnamese and, with locale en, in English', async () => {
    const text = texts.get(REPORT)?.text as string;
    const vi = textOf(await client.request<Hover>('textDocument/hover', { textDocument: { uri: REPORT }, position: positionOf(text, 'task: diem-ho-tro', 8) }));
    expect(vi).toContain('Nhiệm vụ `diem-ho-tro` của kế hoạch 45/KH-UBND:');
    expect(vi).toContain('- Chủ trì: UBND các xã, phường');
    expect(vi).toContain('- Thời gian: Trước ngày 31/3/2026');
    expect(vi).toContain('- Báo cáo: từ UBND các xã, phường, cho Sở Khoa học và Công nghệ');
    expect(vi).toContain('- Hạn hoàn thành: 30/03/2026');
    client.settings = { locale: 'en' };
    let mark = client.published.length;
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    await client.waitForDiagnostics(REPORT, () => true, mark);
    const en = textOf(await client.request<Hover>('textDocument/hover', { textDocument: { uri: REPORT }, position: positionOf(text, 'task: diem-ho-tro', 8) }));
    expect(en).toContain('Task `diem-ho-tro` of plan 45/KH-UBND:');
    expect(en).toContain('- Lead: UBND các xã, phường');
    expect(en).toContain('- Deadline: 30/03/2026');
    client.settings = {};
    mark = client.published.length;
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    await client.waitForDiagnostics(REPORT, () => true, mark);
  });

  it('shows the report’s deadline after period: and each result’s task deadline as inlay hints', async () => {
    const text = texts.get(REPORT)?.text as string;
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: REPORT }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
    const lineEnd = (needle: string): { line: number; character: number } => {
      const { line } = positionOf(text, needle);
      return { line, character: (text.split('\n')[line] as string).length };
    };
    expect(hints.map((h) => [h.position, h.label])).toEqual([
      [lineEnd('period: Quý I/2026'), 'hạn gửi: 17/03/2026 · chốt số liệu: 15/12/2025 – 14/03/2026'],
      [lineEnd('task: ke-hoach-cap-xa'), 'hạn: 14/02/2026'],
      [lineEnd('task: diem-ho-tro'), 'hạn: 30/03/2026'],
    ]);
  });

  it('adds every task due in the period with a quick fix that keeps every comment and line, and the diagnostic goes', async () => {
    const commented = withoutBroadcast
      .replace('results:\n', 'results: # mỗi nhiệm vụ một kết quả\n')
      .replace('    status: hoàn thành\n    completed: 12/03/2026', '    status: hoàn thành   # đã nghiệm thu\n    completed: 12/03/2026');
    let mark = client.published.length;
    const version = await replaceAll(REPORT, commented);
    const p = await client.waitForDiagnostics(REPORT, (x) => x.version === version, mark);
    const missing = p.diagnostics.filter((d) => d.code === 'report-covers-due-tasks');
    expect(missing.map(messageOf)).toEqual([expect.stringContaining('"phat-thanh"')]);
    const range = missing[0]?.range as never;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: REPORT }, range, context: { diagnostics: missing } });
    const add = actions.find((a) => a.title === ADD_DUE);
    expect(add?.kind).toBe('quickfix');
    expect(add?.isPreferred).toBe(true);
    const edits = add?.edit?.changes?.[REPORT] ?? [];
    expect(edits).toHaveLength(1);
    const inserted = edits[0]?.newText as string;
    expect(inserted).toBe('\n  # Phát chuyên mục hướng dẫn nộp hồ sơ trực tuyến trên đài truyền thanh xã, phường.\n  - task: phat-thanh');
    const applied = applyLspEdits(commented, edits);
    // Only the inserted span is new: take it out and the text is what it was, comments and all.
    const at = applied.indexOf(inserted);
    expect(applied.slice(0, at) + applied.slice(at + inserted.length)).toBe(commented);
    mark = client.published.length;
    const next = await replaceAll(REPORT, applied);
    const after = await client.waitForDiagnostics(REPORT, (x) => x.version === next, mark);
    // Covered now; what the task's status is remains for the author to write.
    expect(codes(after)).toEqual(['report-status-consistent']);
    await replaceAll(REPORT, report);
  });

  it('publishes the open report again, for its version, when its plan changes in the editor — never a stale result', async () => {
    let mark = client.published.length;
    await open(PLAN, plan);
    // Opening the plan checks its reports again: that publication is not part of what follows.
    await client.waitForDiagnostics(REPORT, () => true, mark);
    mark = client.published.length;
    const reportVersion = texts.get(REPORT)?.version as number;
    // Each state of the plan names the task differently: the report's diagnostics say which state they read.
    const states = 6;
    for (let i = 1; i <= states; i++) {
      await replaceAll(PLAN, plan.replace('id: diem-ho-tro', `id: diem-ho-tro-${i}`));
      // Some states are waited for, the others replaced at once, while their check may be running.
      if (i % 3 === 1) await client.waitForDiagnostics(REPORT, (p) => p.diagnostics.some((d) => messageOf(d).includes(`"diem-ho-tro-${i}"`)), mark);
    }
    const last = await client.waitForDiagnostics(REPORT, (p) => p.diagnostics.some((d) => messageOf(d).includes(`"diem-ho-tro-${states}"`)), mark);
    expect(last.version).toBe(reportVersion);
    expect(codes(last).sort()).toEqual(['report-covers-due-tasks', 'report-plan-resolvable']);
    // Back to the plan as it was: the report is clean again.
    await replaceAll(PLAN, plan);
    const clean = await client.waitForDiagnostics(REPORT, (p) => p.diagnostics.length === 0, client.published.indexOf(last) + 1);
    expect(clean.version).toBe(reportVersion);
    // Every publication read a newer plan than the one before it: none was computed for a plan already replaced.
    const seen = client.published
      .slice(mark, client.published.indexOf(clean) + 1)
      .filter((p) => p.uri === REPORT)
      .map((p) => {
        const state = /"diem-ho-tro-(\d+)"/.exec(p.diagnostics.map(messageOf).join(' '))?.[1];
        return state === undefined ? states + 1 : Number(state);
      });
    expect(seen.at(-1)).toBe(states + 1);
    expect(seen).toEqual(expect.arrayContaining([1, 4, states]));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    mark = client.published.length;
    await client.notify('textDocument/didClose', { textDocument: { uri: PLAN } });
    await client.waitForDiagnostics(PLAN, () => true, mark);
  });

  it('publishes open and closed reports again when their plan changes on disk (watched files)', async () => {
    const mark = client.published.length;
    writeFileSync(ws.path('ke-hoach-mot-cua-so-2026.kehoach.yaml'), plan.replace('id: phat-thanh', 'id: phat-thanh-tren-loa'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: PLAN, type: 2 }] });
    const open = await client.waitForDiagnostics(REPORT, (p) => p.diagnostics.some((d) => d.code === 'report-plan-resolvable'), mark);
    expect(open.version).toBe(texts.get(REPORT)?.version);
    expect(open.diagnostics.find((d) => d.code === 'report-plan-resolvable')?.message).toContain('phat-thanh');
    const closed = await client.waitForDiagnostics(LATE, (p) => p.diagnostics.some((d) => d.code === 'report-plan-resolvable'), mark);
    expect(closed.version).toBeUndefined();
    const mark2 = client.published.length;
    writeFileSync(ws.path('ke-hoach-mot-cua-so-2026.kehoach.yaml'), plan);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: PLAN, type: 2 }] });
    await client.waitForDiagnostics(REPORT, (p) => p.diagnostics.length === 0, mark2);
    expect(codes(await client.waitForDiagnostics(LATE, (p) => !p.diagnostics.some((d) => d.code === 'report-plan-resolvable'), mark2))).toEqual(['report-on-time']);
  });

  it('checks a report created on disk, named *.baocao.yaml or saying kind: report', async () => {
    mkdirSync(ws.path('xa-moi'));
    const mark = client.published.length;
    writeFileSync(ws.path('xa-moi/bao-cao-quy-1.baocao.yaml'), withoutBroadcast);
    writeFileSync(ws.path('xa-moi/quy-1.yaml'), withoutBroadcast);
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: ws.uri('xa-moi/bao-cao-quy-1.baocao.yaml'), type: 1 },
        { uri: ws.uri('xa-moi/quy-1.yaml'), type: 1 },
      ],
    });
    for (const name of ['xa-moi/bao-cao-quy-1.baocao.yaml', 'xa-moi/quy-1.yaml']) {
      const p = await client.waitForDiagnostics(ws.uri(name), (x) => x.diagnostics.length > 0, mark);
      expect(codes(p)).toEqual(['report-covers-due-tasks']);
    }
  });

  it('goes from a result’s task: to the plan, renames a plan task in the reports on it, and outlines a report', async () => {
    const [def] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: REPORT }, position: positionOf(report, 'task: diem-ho-tro', 8) });
    expect(def).toEqual({ uri: PLAN, range: { start: positionOf(plan, 'diem-ho-tro'), end: positionOf(plan, 'diem-ho-tro', 'diem-ho-tro'.length) } });
    const rename = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: REPORT }, position: positionOf(report, 'task: diem-ho-tro', 8), newName: 'diem-ho-tro-so' });
    const changes = rename.changes ?? {};
    expect(Object.keys(changes)).toEqual(expect.arrayContaining([PLAN, REPORT, LATE, ws.uri('xa-phu-loc/bao-cao-quy-1.baocao.yaml'), ws.uri('xa-an-hoa/ke-hoach.kehoach.yaml')]));
    expect(applyLspEdits(report, changes[REPORT] ?? [])).toBe(report.replace('task: diem-ho-tro', 'task: diem-ho-tro-so'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: REPORT } });
    expect(symbols.find((s) => s.detail === 'results')?.children?.map((c) => c.name)).toEqual(['ke-hoach-cap-xa', 'diem-ho-tro', 'phat-thanh', 'ho-so-truc-tuyen']);
  });

  it('answers every request on a report whose plan is missing or whose YAML is broken, and keeps serving', async () => {
    const orphanUri = ws.uri('xa-an-hoa/mo-coi.baocao.yaml');
    const brokenUri = ws.uri('xa-an-hoa/hong.baocao.yaml');
    const orphan = withoutBroadcast.replace('path: ../ke-hoach-mot-cua-so-2026.kehoach.yaml', 'path: ../khong-co.kehoach.yaml').replace('ref: 45/KH-UBND', 'ref: 99/KH-UBND');
    const broken = 'kind: report\nplan: { path: ../ke-hoach-mot-cua-so-2026.kehoach.yaml\nperiod: Quý I/2026\nresults:\n  - task: [\n    status: hoàn\n';
    const mark = client.published.length;
    const logged = failures().length;
    await open(orphanUri, orphan);
    await open(brokenUri, broken);
    expect(codes(await client.waitForDiagnostics(orphanUri, () => true, mark))).toContain('report-plan-resolvable');
    expect(codes(await client.waitForDiagnostics(brokenUri, () => true, mark))).toContain('yaml-syntax');
    for (const [uri, text] of [[orphanUri, orphan], [brokenUri, broken]] as const) {
      const lines = text.split('\n');
      for (let line = 0; line < lines.length; line++) {
        for (const character of [0, 4, 10, (lines[line] as string).length]) {
          const position = { line, character };
          const textDocument = { uri };
          await client.request('textDocument/completion', { textDocument, position });
          await client.request('textDocument/hover', { textDocument, position });
          await client.request('textDocument/definition', { textDocument, position });
          await client.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } });
        }
      }
      await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/foldingRange', { textDocument: { uri } });
      await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    }
    // A result naming a task of a plan that cannot be read says so.
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: orphanUri }, position: positionOf(orphan, 'task: diem-ho-tro', 8) });
    expect(textOf(hover)).toContain('Chưa đọc được kế hoạch mà báo cáo này báo cáo');
    // Nothing failed on the way (a failure is logged as "[kehoach] <request>: <error>").
    expect(failures().slice(logged)).toEqual([]);
    expect(client.process.exitCode).toBeNull();
    const alive = await client.request<Hover>('textDocument/hover', { textDocument: { uri: REPORT }, position: positionOf(report, 'task: diem-ho-tro', 8) });
    expect(textOf(alive)).toContain('Nhiệm vụ `diem-ho-tro`');
  });
});
