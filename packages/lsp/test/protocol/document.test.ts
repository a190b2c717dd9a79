import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionList, DocumentSymbol, Hover, InlayHint, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyLspEdits } from '../helpers.js';
import { LspClient, tempWorkspace } from './client.js';

/** The built server on plans written as the document: sections, groups, requests, appendix tables. */
const ws = tempWorkspace('document');
const PLAN = ws.uri('tinh.kehoach.yaml');
const CHILD = ws.uri('xa.kehoach.yaml');
const plan = readFileSync(ws.path('tinh.kehoach.yaml'), 'utf8');
const child = readFileSync(ws.path('xa.kehoach.yaml'), 'utf8');
let client: LspClient;

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: (before.at(-1) as string).length };
}

beforeAll(async () => {
  client = LspClient.start();
  await client.initialize(ws.dir);
  await client.notify('textDocument/didOpen', { textDocument: { uri: PLAN, languageId: 'yaml', version: 1, text: plan } });
});

afterAll(async () => {
  if (client.process.exitCode === null) await client.stop();
  rmSync(ws.dir, { recursive: true, force: true });
});

describe('kehoach-lsp on a plan written as the document', () => {
  it('outlines sections and appendix rows numbered as printed', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: PLAN } });
    const sections = symbols.find((s) => s.detail === 'sections')?.children ?? [];
    expect(sections.map((s) => s.name)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. MỤC TIÊU', 'III. NHIỆM VỤ, GIẢI PHÁP', 'IV. TỔ CHỨC THỰC HIỆN']);
    const table = symbols.find((s) => s.detail === 'appendices')?.children?.[0]?.children?.[0];
    expect(table?.children?.[1]?.children?.map((r) => r.name)).toEqual(['3. Xây dựng nền tảng dùng chung cho doanh nghiệp']);
  });

  it('tells on hover what a task of a group inherits, and from which group', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: PLAN }, position: positionOf(plan, 'id: bo-tri-kinh-phi', 6) });
    expect((hover.contents as { value: string }).value).toContain('Chủ trì: Sở Tài chính (theo nhóm nhiệm vụ "Sở Tài chính")');
  });

  it('completes a request with the bodies outside the issuer’s authority first', async () => {
    const text = plan.replace('        request: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', '        request: ');
    await client.notify('textDocument/didChange', { textDocument: { uri: PLAN, version: 2 }, contentChanges: [{ text }] });
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: PLAN }, position: positionOf(text, '        request: ', '        request: '.length) });
    expect(list.items.slice(0, 2).map((i) => i.label).sort()).toEqual(['Tòa án nhân dân tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
    await client.notify('textDocument/didChange', { textDocument: { uri: PLAN, version: 3 }, contentChanges: [{ text: plan }] });
  });

  it('numbers table rows and shows a group’s lead in inlay hints', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: PLAN }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : ''));
    expect(labels).toContain('STT 3');
    expect(labels.some((l) => l.startsWith('chủ trì: Sở Khoa học và Công nghệ (theo nhóm nhiệm vụ "Nâng cao nhận thức về chuyển đổi số")'))).toBe(true);
  });

  it('goes from task: to the appendix row, and renames the row in both plans', async () => {
    const [def] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: PLAN }, position: positionOf(plan, 'task: dao-tao-truc-tuyen', 8) });
    expect(def?.range.start).toEqual(positionOf(plan, 'dao-tao-truc-tuyen\n                  title'));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: PLAN }, position: positionOf(plan, 'task: dao-tao-truc-tuyen', 8), newName: 'lop-ky-nang-so' });
    expect(Object.keys(edit.changes ?? {}).sort()).toEqual([CHILD, PLAN].sort());
    expect(applyLspEdits(child, edit.changes?.[CHILD] ?? [])).toContain('implements: [lop-ky-nang-so]');
    expect(applyLspEdits(plan, edit.changes?.[PLAN] ?? []).match(/lop-ky-nang-so/g)).toHaveLength(2);
  });

  it('publishes an unknown agency of an appendix row on the agency, in UTF-16 columns', async () => {
    const mark = client.published.length;
    const text = plan.replace('                  title: Biên soạn cẩm nang chuyển đổi số\n                  lead: Sở KH&CN', '                  title: Biên soạn cẩm nang chuyển đổi số\n                  lead: Sở Khoa hoc Cong nghe');
    await client.notify('textDocument/didChange', { textDocument: { uri: PLAN, version: 4 }, contentChanges: [{ text }] });
    const p = await client.waitForDiagnostics(PLAN, (x) => x.version === 4, mark);
    const d = p.diagnostics.find((x) => x.code === 'agency-known');
    expect(d?.range).toEqual({ start: positionOf(text, 'Sở Khoa hoc Cong nghe'), end: positionOf(text, 'Sở Khoa hoc Cong nghe', 'Sở Khoa hoc Cong nghe'.length) });
  });
});
