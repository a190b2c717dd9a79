import { describe, expect, it } from 'vitest';
import { reportStatuses } from '@kehoach/core';
import type { InlayHint, MarkupContent } from 'vscode-languageserver-types';
import { ROOT, applyLspEdits, exampleFiles, workspace, type TestWorkspace } from '../helpers.js';

/**
 * A commune's progress report (`*.baocao.yaml`) on the province plan of
 * examples/2026/tinh-binh-minh, every feature called on the service directly.
 */
const FOLDER = '2026/tinh-binh-minh';
const REPORT = 'xa-an-hoa/bao-cao-quy-1.baocao.yaml';
const PLAN = 'ke-hoach-mot-cua-so-2026.kehoach.yaml';
const files = exampleFiles(FOLDER);
const report = files.get(`${ROOT}/${REPORT}`) as string;
const plan = files.get(`${ROOT}/${PLAN}`) as string;

/** The report without its result for `phat-thanh` (a task of the commune, "Thường xuyên": due every quarter). */
const withoutBroadcast = report.replace(/ {2}- task: phat-thanh\n(?: {4}.*\n| {6}.*\n)*/, '');

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: (before.at(-1) as string).length };
}

async function reportWorkspace(locale?: 'vi' | 'en'): Promise<TestWorkspace> {
  return workspace({ files: exampleFiles(FOLDER), ...(locale ? { settings: { locale } } : {}) });
}

const value = (h: { contents: unknown } | null): string => ((h?.contents as MarkupContent | undefined)?.value ?? '');

describe('completion in a report', () => {
  it('offers the plan’s task ids at a result’s task:, the reporter’s due tasks without a result first, with lead, timeframe and deadline', async () => {
    const ws = await reportWorkspace();
    const { uri, position } = ws.open(REPORT, withoutBroadcast.replace('  - task: diem-ho-tro', '  - task: |'));
    const list = await ws.service.completion(uri, position);
    expect(list.items.map((i) => i.label)).toEqual([
      // Due in Quý I/2026 and not reported: phat-thanh (the result being written names none yet) and diem-ho-tro.
      'diem-ho-tro',
      'phat-thanh',
      // Due and reported already.
      'ke-hoach-cap-xa',
      // The commune's, not due this quarter.
      'tap-huan-mot-cua',
      'tong-ket',
      // Its task group, then the plan's other tasks.
      'viec-cua-xa',
      'ket-noi-csdl',
      'chuyen-muc-bao-dai',
    ]);
    const first = list.items[0];
    expect(first?.detail).toBe('UBND các xã, phường · Trước ngày 31/3/2026 · hạn: 30/03/2026');
    expect(first?.labelDetails?.description).toBe('đến kỳ');
    const doc = (first?.documentation as MarkupContent).value;
    expect(doc).toContain('**Mở điểm hỗ trợ nộp hồ sơ trực tuyến tại nhà văn hóa thôn');
    expect(doc).toContain('- Chủ trì: UBND các xã, phường');
    expect(doc).toContain('- Hạn hoàn thành: 30/03/2026');
    expect(doc).toContain('- Báo cáo: Sở Khoa học và Công nghệ (trước ngày 18 của tháng cuối quý)');
    expect(doc).toContain('Đến kỳ báo cáo (Quý I năm 2026)');
    expect(list.items.find((i) => i.label === 'ke-hoach-cap-xa')?.labelDetails?.description).toBe('đến kỳ, đã có kết quả');
    expect(list.items.find((i) => i.label === 'tong-ket')?.labelDetails?.description).toBe('chưa đến kỳ');
    const other = list.items.find((i) => i.label === 'ket-noi-csdl');
    expect(other?.labelDetails?.description).toBe('cơ quan khác');
    expect((other?.documentation as MarkupContent).value).toContain('Không phải nhiệm vụ của Ủy ban nhân dân xã An Hòa.');
    expect(list.items.find((i) => i.label === 'viec-cua-xa')?.labelDetails?.description).toBe('nhóm nhiệm vụ');
    // Opens as soon as `task: ` is typed (the space is a trigger character), and keeps matching as the author types.
    expect(list.isIncomplete).toBe(true);
    expect(first?.textEdit).toEqual({ range: { start: position, end: position }, newText: 'diem-ho-tro' });
  });

  it('matches the title typed with diacritics, in UTF-16 columns', async () => {
    const ws = await reportWorkspace();
    const { uri, position } = ws.open(REPORT, withoutBroadcast.replace('  - task: diem-ho-tro', '  - task: phát th|'));
    // "  - task: phát th": 17 UTF-16 code units (21 bytes of UTF-8).
    expect(position.character).toBe(17);
    const list = await ws.service.completion(uri, position);
    expect(list.items.map((i) => i.label)).toEqual(['phat-thanh']);
    const edit = list.items[0]?.textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
    expect([edit.range.start.character, edit.range.end.character, edit.newText]).toEqual([10, 17, 'phat-thanh']);
    expect(list.items[0]?.filterText).toContain('phat chuyen muc huong dan');
  });

  it('offers the statuses core lists at status:, with the result’s task and its deadline', async () => {
    const ws = await reportWorkspace();
    const text = report.replace('    status: hoàn thành\n    completed: 12/03/2026', '    status: hoàn th|\n    completed: 12/03/2026');
    const { uri, position } = ws.open(REPORT, text);
    // "    status: hoàn th": the cursor after Vietnamese text, in UTF-16 code units.
    expect(position.character).toBe('    status: hoàn th'.length);
    const list = await ws.service.completion(uri, position);
    expect(list.items.map((i) => i.label)).toEqual(reportStatuses().filter((s) => s.startsWith('hoàn th')));
    expect(list.items[0]?.textEdit).toEqual({ range: { start: { line: position.line, character: 12 }, end: position }, newText: 'hoàn thành' });
    expect((list.items[0]?.documentation as MarkupContent).value).toContain('Nhiệm vụ `diem-ho-tro`: hạn hoàn thành 30/03/2026.');
    const all = await ws.service.completion(uri, { line: position.line, character: 12 });
    // Every status once (not the schema's enum a second time).
    expect(all.items.map((i) => i.label)).toEqual([...reportStatuses()]);
  });

  it('offers the plan’s targets at target:, in a result and in a figure', async () => {
    const ws = await reportWorkspace();
    const inResult = ws.open(REPORT, report.replace('  - target: ho-so-truc-tuyen', '  - target: |'));
    const list = await ws.service.completion(inResult.uri, inResult.position);
    expect(list.items.map((i) => i.label)).toEqual(['ho-so-truc-tuyen']);
    expect((list.items[0]?.documentation as MarkupContent).value).toContain('- Chỉ tiêu: 70 % (hồ sơ thủ tục hành chính cấp xã được nộp trực tuyến)');
    const inFigure = ws.open(REPORT, report.replace('      - { value: 10, unit: buổi, of: buổi phát thanh hướng dẫn }', '      - { value: 10, unit: buổi, target: ho| }'), 2);
    expect((await ws.service.completion(inFigure.uri, inFigure.position)).items.map((i) => i.label)).toEqual(['ho-so-truc-tuyen']);
  });

  it('offers the report’s keys, and a result’s keys without target beside task', async () => {
    const ws = await reportWorkspace();
    const top = ws.open(REPORT, report.replace('period: Quý I/2026\n', 'period: Quý I/2026\n|\n'));
    const keys = (await ws.service.completion(top.uri, top.position)).items.map((i) => i.label);
    expect(keys).toEqual(expect.arrayContaining(['sent', 'cutoff', 'deadline', 'via']));
    expect(keys).not.toContain('tasks');
    const inResult = ws.open(REPORT, report.replace('    done: Phát 10 buổi', '    |\n    done: Phát 10 buổi'), 2);
    const resultKeys = (await ws.service.completion(inResult.uri, inResult.position)).items.map((i) => i.label);
    expect(resultKeys).toEqual(expect.arrayContaining(['completed', 'reason', 'evidence']));
    expect(resultKeys).not.toContain('target');
    expect(resultKeys).not.toContain('status');
  });
});

describe('hover in a report', () => {
  it('tells a result’s task with its lead, coordinators, timeframe, report path and deadline', async () => {
    const ws = await reportWorkspace();
    const text = report.replace('  - target: ho-so-truc-tuyen', '  - task: ket-noi-csdl\n  - target: ho-so-truc-tuyen');
    const uri = ws.openRaw(REPORT, text);
    const own = value(await ws.service.hover(uri, positionOf(text, 'task: diem-ho-tro', 8)));
    expect(own).toContain('Nhiệm vụ `diem-ho-tro` của kế hoạch 45/KH-UBND:');
    expect(own).toContain('- Chủ trì: UBND các xã, phường (theo nhóm nhiệm vụ "Ở các xã, phường")');
    expect(own).toContain('- Thời gian: Trước ngày 31/3/2026');
    expect(own).toContain('- Báo cáo: từ UBND các xã, phường, cho Sở Khoa học và Công nghệ, hạn trước ngày 18 của tháng cuối quý');
    expect(own).toContain('- Hạn hoàn thành: 30/03/2026');
    expect(own).toContain('Đã có kết quả trong báo cáo.');
    const other = value(await ws.service.hover(uri, positionOf(text, 'task: ket-noi-csdl', 8)));
    expect(other).toContain('- Chủ trì: Sở Khoa học và Công nghệ');
    expect(other).toContain('- Phối hợp: Sở Nội vụ');
    expect(other).toContain('Không phải nhiệm vụ của Ủy ban nhân dân xã An Hòa.');
    const target = value(await ws.service.hover(uri, positionOf(text, 'target: ho-so-truc-tuyen', 10)));
    expect(target).toContain('Chỉ tiêu `ho-so-truc-tuyen` của kế hoạch 45/KH-UBND:');
    const period = value(await ws.service.hover(uri, positionOf(text, 'period: Quý I/2026', 10)));
    expect(period).toContain('Thời gian chốt số liệu: 15/12/2025 – 14/03/2026');
    expect(period).toContain('Hạn gửi báo cáo: 17/03/2026');
    // A deadline of its own is read against the period (it says no year), with the plan or without it.
    const ownDeadline = text.replace('period: Quý I/2026\n', 'period: Quý I/2026\ndeadline: Trước ngày 20/3\n');
    ws.openRaw(REPORT, ownDeadline, 2);
    const deadline = value(await ws.service.hover(uri, positionOf(ownDeadline, 'deadline: Trước', 12)));
    expect(deadline).toContain('Hạn gửi báo cáo: 19/03/2026');
    expect(deadline).not.toContain('no-year');
    const orphan = ownDeadline.replace('path: ../ke-hoach-mot-cua-so-2026.kehoach.yaml', 'path: ../khong-co.kehoach.yaml').replace('ref: 45/KH-UBND', 'ref: 99/KH-UBND');
    ws.openRaw(REPORT, orphan, 3);
    expect(value(await ws.service.hover(uri, positionOf(orphan, 'deadline: Trước', 12)))).toContain('Hạn gửi báo cáo: 19/03/2026');
    const hints = await ws.service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } });
    expect(hints.map((h) => h.label)).toEqual(['hạn gửi: 19/03/2026 · chốt số liệu: 15/12/2025 – 14/03/2026']);
  });

  it('speaks English with locale en', async () => {
    const ws = await reportWorkspace('en');
    const uri = ws.openRaw(REPORT, report);
    const h = value(await ws.service.hover(uri, positionOf(report, 'task: diem-ho-tro', 8)));
    expect(h).toContain('Task `diem-ho-tro` of plan 45/KH-UBND:');
    expect(h).toContain('- Lead: UBND các xã, phường');
    expect(h).toContain('- Deadline: 30/03/2026');
    expect(h).toContain('Due in this period (Quý I năm 2026)');
    const hints = await ws.service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } });
    expect(hints.map((x) => x.label)).toContain('due: 17/03/2026 · data cut-off: 15/12/2025 – 14/03/2026');
    const actions = await ws.service.codeActions(ws.openRaw(REPORT, withoutBroadcast, 2), { start: positionOf(withoutBroadcast, 'results:'), end: positionOf(withoutBroadcast, 'results:') });
    expect(actions.map((a) => a.title)).toContain('Add every task due in this period');
  });

  it('says what it cannot know when the task is not in the plan or the plan is missing', async () => {
    const ws = await reportWorkspace();
    const unknown = report.replace('task: phat-thanh', 'task: phat-song');
    const uri = ws.openRaw(REPORT, unknown);
    expect(value(await ws.service.hover(uri, positionOf(unknown, 'task: phat-song', 8)))).toContain('Kế hoạch 45/KH-UBND không có nhiệm vụ hay nhóm nhiệm vụ `phat-song`.');
    const orphan = report.replace('path: ../ke-hoach-mot-cua-so-2026.kehoach.yaml', 'path: ../khong-co.kehoach.yaml').replace('ref: 45/KH-UBND', 'ref: 99/KH-UBND');
    ws.openRaw(REPORT, orphan, 2);
    expect(value(await ws.service.hover(uri, positionOf(orphan, 'task: diem-ho-tro', 8)))).toContain('Chưa đọc được kế hoạch mà báo cáo này báo cáo');
    expect((await ws.service.completion(uri, positionOf(orphan, 'task: diem-ho-tro', 6))).items).toEqual([]);
    expect((await ws.service.diagnostics(`${ROOT}/${REPORT}`)).diagnostics.map((d) => d.code)).toContain('report-plan-resolvable');
  });
});

describe('inlay hints in a report', () => {
  it('show the report’s deadline after period: and each result’s task deadline after task:', async () => {
    const ws = await reportWorkspace();
    const uri = ws.openRaw(REPORT, report);
    const hints = await ws.service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } });
    const at = (h: InlayHint): string => `${h.position.line}:${h.position.character} ${String(h.label)}`;
    const lineEnd = (needle: string): string => {
      const p = positionOf(report, needle);
      return `${p.line}:${(report.split('\n')[p.line] as string).length}`;
    };
    expect(hints.map(at)).toEqual([
      `${lineEnd('period: Quý I/2026')} hạn gửi: 17/03/2026 · chốt số liệu: 15/12/2025 – 14/03/2026`,
      `${lineEnd('task: ke-hoach-cap-xa')} hạn: 14/02/2026`,
      `${lineEnd('task: diem-ho-tro')} hạn: 30/03/2026`,
    ]);
    // Only those in the range asked for.
    const one = positionOf(report, 'task: diem-ho-tro');
    const some = await ws.service.inlayHints(uri, { start: { line: one.line, character: 0 }, end: { line: one.line + 1, character: 0 } });
    expect(some.map((h) => h.label)).toEqual(['hạn: 30/03/2026']);
  });
});

/** The text with the one inserted span taken out again: what was there before, byte for byte. */
function withoutInsert(text: string, edit: { newText: string }): string {
  const at = text.indexOf(edit.newText);
  return text.slice(0, at) + text.slice(at + edit.newText.length);
}

describe('adding every task due in the period', () => {
  async function addDue(ws: TestWorkspace, text: string, near: string, version = 2) {
    const uri = ws.openRaw(REPORT, text, version);
    const p = positionOf(text, near);
    const actions = await ws.service.codeActions(uri, { start: p, end: p });
    const action = actions.find((a) => a.title === 'Thêm mọi nhiệm vụ đến hạn trong kỳ');
    const edits = action?.edit?.changes?.[uri] ?? [];
    expect(edits).toHaveLength(1);
    const edited = applyLspEdits(text, edits);
    return { action, edit: edits[0] as { newText: string }, edited, uri };
  }

  it('appends the missing results after the last one at the list’s indentation, every comment and line kept', async () => {
    const ws = await reportWorkspace();
    const commented = withoutBroadcast
      .replace('results:\n', 'results:   # theo từng nhiệm vụ\n')
      .replace('      - { value: 52, unit: "%", note: 412 trên 792 hồ sơ tiếp nhận từ 15/12/2025 đến 14/3/2026 }\n', '      - { value: 52, unit: "%", note: 412 trên 792 hồ sơ tiếp nhận từ 15/12/2025 đến 14/3/2026 }\n      # số liệu của Bộ phận Một cửa\n');
    const { action, edit, edited } = await addDue(ws, commented, 'results:');
    expect(edit.newText).toBe('\n  # Phát chuyên mục hướng dẫn nộp hồ sơ trực tuyến trên đài truyền thanh xã, phường.\n  - task: phat-thanh');
    expect(withoutInsert(edited, edit)).toBe(commented);
    expect(edited).toContain('      # số liệu của Bộ phận Một cửa\n  # Phát chuyên mục hướng dẫn nộp hồ sơ trực tuyến trên đài truyền thanh xã, phường.\n  - task: phat-thanh\ndifficulties:');
    // It fixes report-covers-due-tasks, whose diagnostic it names; the status is the author's to write.
    expect(action?.kind).toBe('quickfix');
    ws.openRaw(REPORT, edited, 3);
    const codes = (await ws.service.diagnostics(`${ROOT}/${REPORT}`)).diagnostics.map((d) => `${d.code}`);
    expect(codes).not.toContain('report-covers-due-tasks');
    expect(codes).toEqual(['report-status-consistent']);
  });

  it('attaches the diagnostics it fixes when asked on them', async () => {
    const ws = await reportWorkspace();
    const uri = ws.openRaw(REPORT, withoutBroadcast, 2);
    const d = (await ws.service.diagnostics(`${ROOT}/${REPORT}`)).diagnostics.find((x) => x.code === 'report-covers-due-tasks');
    expect(d).toBeDefined();
    const actions = await ws.service.codeActions(uri, d?.range as never, ['quickfix']);
    const add = actions.find((a) => a.title === 'Thêm mọi nhiệm vụ đến hạn trong kỳ');
    expect(add?.isPreferred).toBe(true);
    expect(add?.diagnostics?.map((x) => x.code)).toEqual(['report-covers-due-tasks']);
    // Not offered away from the period and the results.
    expect((await ws.service.codeActions(uri, { start: positionOf(withoutBroadcast, 'number:'), end: positionOf(withoutBroadcast, 'number:') })).map((a) => a.title)).not.toContain('Thêm mọi nhiệm vụ đến hạn trong kỳ');
  });

  it('writes a list under an empty results:, replaces an empty results: [], or adds the key', async () => {
    const ws = await reportWorkspace();
    const bare = report.replace(/results:\n[\s\S]*?\ndifficulties:/, 'results:   # chưa có\ndifficulties:');
    const due = [
      '  # Ban hành kế hoạch của xã, phường để triển khai Kế hoạch này.',
      '  - task: ke-hoach-cap-xa',
      '  # Mở điểm hỗ trợ nộp hồ sơ trực tuyến tại nhà văn hóa thôn, tổ dân phố; mỗi xã, phường ít nhất 02 điểm.',
      '  - task: diem-ho-tro',
      '  # Phát chuyên mục hướng dẫn nộp hồ sơ trực tuyến trên đài truyền thanh xã, phường.',
      '  - task: phat-thanh',
    ].join('\n');
    const empty = await addDue(ws, bare, 'results:');
    expect(empty.edited).toContain(`results:   # chưa có\n${due}\ndifficulties:`);
    expect(withoutInsert(empty.edited, empty.edit)).toBe(bare);

    const flow = report.replace(/results:\n[\s\S]*?\ndifficulties:/, 'results: []\ndifficulties:');
    expect((await addDue(ws, flow, 'results:', 3)).edited).toContain(`results:\n${due}\ndifficulties:`);

    const none = report.replace(/results:\n[\s\S]*?\ndifficulties:/, 'difficulties:');
    const added = await addDue(ws, none, 'period:', 4);
    expect(withoutInsert(added.edited, added.edit)).toBe(none);
    expect(added.edited.endsWith(`  name: Trần Thị Hạnh\nresults:\n${due}\n`)).toBe(true);
    ws.openRaw(REPORT, added.edited, 5);
    expect((await ws.service.diagnostics(`${ROOT}/${REPORT}`)).diagnostics.map((d) => d.code)).not.toContain('report-covers-due-tasks');
  });

  it('follows the document’s indentation and line breaks: lists at column 0, four spaces, CRLF', async () => {
    const ws = await reportWorkspace();
    const flat = withoutBroadcast.replace(/\n {2}- /g, '\n- ').replace(/\n {4}(?=\S)/g, '\n  ').replace(/\n {6}- /g, '\n  - ');
    const zero = await addDue(ws, flat, 'results:');
    expect(zero.edit.newText).toBe('\n# Phát chuyên mục hướng dẫn nộp hồ sơ trực tuyến trên đài truyền thanh xã, phường.\n- task: phat-thanh');
    expect(withoutInsert(zero.edited, zero.edit)).toBe(flat);

    const four = report.replace(/results:\n[\s\S]*?\ndifficulties:/, 'difficulties:').replace(/\n {2}(?=\S)/g, '\n    ');
    const wide = await addDue(ws, four, 'period:', 3);
    expect(wide.edit.newText).toContain('\nresults:\n    # Ban hành kế hoạch');
    expect(wide.edit.newText).toContain('\n    - task: phat-thanh');

    const crlf = withoutBroadcast.replace(/\n/g, '\r\n');
    const dos = await addDue(ws, crlf, 'results:', 4);
    expect(dos.edit.newText).toBe('\r\n  # Phát chuyên mục hướng dẫn nộp hồ sơ trực tuyến trên đài truyền thanh xã, phường.\r\n  - task: phat-thanh');
    expect(withoutInsert(dos.edited, dos.edit)).toBe(crlf);
  });

  it('is not offered when every task due has a result, or the plan is not read', async () => {
    const ws = await reportWorkspace();
    const uri = ws.openRaw(REPORT, report, 2);
    const at = positionOf(report, 'results:');
    expect((await ws.service.codeActions(uri, { start: at, end: at })).map((a) => a.title)).not.toContain('Thêm mọi nhiệm vụ đến hạn trong kỳ');
    const orphan = withoutBroadcast.replace('path: ../ke-hoach-mot-cua-so-2026.kehoach.yaml', 'path: ../khong-co.kehoach.yaml').replace('ref: 45/KH-UBND', 'ref: 99/KH-UBND');
    ws.openRaw(REPORT, orphan, 3);
    expect((await ws.service.codeActions(uri, { start: at, end: at })).map((a) => a.title)).not.toContain('Thêm mọi nhiệm vụ đến hạn trong kỳ');
  });
});

describe('navigation and rename in a report', () => {
  it('outlines the report by its own keys and its results by task and status', async () => {
    const ws = await reportWorkspace();
    const uri = ws.openRaw(REPORT, report);
    const symbols = await ws.service.documentSymbols(uri);
    expect(symbols.map((s) => s.name).slice(0, 4)).toEqual(['Loại tệp', 'Danh mục cơ quan', 'Cơ quan báo cáo', 'Kế hoạch được báo cáo']);
    expect(symbols.find((s) => s.detail === 'period')?.name).toBe('Kỳ báo cáo');
    const results = symbols.find((s) => s.detail === 'results');
    expect(results?.name).toBe('Kết quả thực hiện');
    expect(results?.children?.map((c) => [c.name, c.detail])).toEqual([
      ['ke-hoach-cap-xa', 'hoàn thành'],
      ['diem-ho-tro', 'hoàn thành'],
      ['phat-thanh', 'đang thực hiện'],
      ['ho-so-truc-tuyen', undefined],
    ]);
  });

  it('goes from a result’s task: and target: to the plan, and from plan.path to the plan file', async () => {
    const ws = await reportWorkspace();
    const uri = ws.openRaw(REPORT, report);
    const [task] = await ws.service.definition(uri, positionOf(report, 'task: diem-ho-tro', 8));
    expect(task).toEqual({ uri: ws.uri(PLAN), range: { start: positionOf(plan, 'diem-ho-tro'), end: positionOf(plan, 'diem-ho-tro', 'diem-ho-tro'.length) } });
    const [target] = await ws.service.definition(uri, positionOf(report, 'target: ho-so-truc-tuyen', 10));
    expect(target?.range.start).toEqual(positionOf(plan, 'ho-so-truc-tuyen'));
    const [file] = await ws.service.definition(uri, positionOf(report, 'path: ../ke-hoach', 8));
    expect(file?.uri).toBe(ws.uri(PLAN));
  });

  it('finds a plan task’s uses in every report on the plan, and renames them with it', async () => {
    const ws = await reportWorkspace();
    const planUri = ws.openRaw(PLAN, plan);
    const at = positionOf(plan, 'id: diem-ho-tro', 5);
    const refs = await ws.service.references(planUri, at, false);
    const reports = ['xa-an-hoa', 'xa-phu-loc', 'xa-tan-thanh'].map((x) => ws.uri(`${x}/bao-cao-quy-1.baocao.yaml`));
    for (const r of reports) expect(refs.map((l) => l.uri)).toContain(r);
    const rename = await ws.service.rename(planUri, at, 'diem-ho-tro-truc-tuyen');
    expect(rename.ok).toBe(true);
    const changes = rename.ok ? (rename.value.changes ?? {}) : {};
    expect(applyLspEdits(report, changes[ws.uri(REPORT)] ?? [])).toBe(report.replace('task: diem-ho-tro', 'task: diem-ho-tro-truc-tuyen'));
    expect(applyLspEdits(plan, changes[planUri] ?? [])).toBe(plan.replace('id: diem-ho-tro', 'id: diem-ho-tro-truc-tuyen'));
    // The communes' plans that implement it are renamed too, as before.
    expect(Object.keys(changes)).toEqual(expect.arrayContaining([...reports, planUri, ws.uri('xa-an-hoa/ke-hoach.kehoach.yaml')]));
    // From the report: the same edit.
    const uri = ws.openRaw(REPORT, report);
    const fromReport = await ws.service.rename(uri, positionOf(report, 'task: diem-ho-tro', 8), 'diem-ho-tro-truc-tuyen');
    expect(fromReport.ok && Object.keys(fromReport.value.changes ?? {}).sort()).toEqual(Object.keys(changes).sort());
    // A target id is not renamed (plans do not name targets elsewhere): the author is told why.
    const refused = await ws.service.prepareRename(uri, positionOf(report, 'target: ho-so-truc-tuyen', 10));
    expect(refused.ok).toBe(false);
  });
});

describe('a report follows its plan across files', () => {
  it('is checked again when its plan changes, named by path or by number only', async () => {
    const ws = await reportWorkspace();
    const byNumber = report.replace('  path: ../ke-hoach-mot-cua-so-2026.kehoach.yaml\n', '');
    const uri = ws.openRaw(REPORT, byNumber);
    // Found among the project's plans by its number, as a parent plan named by `ref` is.
    expect(value(await ws.service.hover(uri, positionOf(byNumber, 'task: diem-ho-tro', 8)))).toContain('Nhiệm vụ `diem-ho-tro` của kế hoạch 45/KH-UBND:');
    expect((await ws.service.diagnostics(`${ROOT}/${REPORT}`)).diagnostics).toEqual([]);
    const affected = ws.service.openDocument(ws.uri(PLAN), 2, plan.replace('id: diem-ho-tro', 'id: diem-ho-tro-moi'));
    // This report (by number) and the other communes' (by path) are among what the change affects.
    for (const x of ['xa-an-hoa', 'xa-phu-loc', 'xa-tan-thanh']) expect(affected).toContain(`${ROOT}/${x}/bao-cao-quy-1.baocao.yaml`);
    const after = await ws.service.diagnostics(`${ROOT}/${REPORT}`);
    expect(after.diagnostics.map((d) => d.code).sort()).toEqual(['report-covers-due-tasks', 'report-plan-resolvable']);
    expect(after.version).toBe(1);
  });
});
