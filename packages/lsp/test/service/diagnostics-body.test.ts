import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ROOT, fixtureFiles, fixtureText, workspace } from '../helpers.js';

const PLAN = 'tinh.kehoach.yaml';
const plan = fixtureText(PLAN, 'document');

function edit(from: string, to: string): string {
  if (!plan.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return plan.replace(from, to);
}

/** The diagnostics of `text` that the fixture itself does not have. */
async function addedDiagnostics(text: string): Promise<Diagnostic[]> {
  const ws = await workspace({ files: fixtureFiles('document') });
  const key = (d: Diagnostic): string => `${d.code}|${d.message}`;
  ws.openRaw(PLAN, plan, 1);
  const before = new Set((await ws.service.diagnostics(`${ROOT}/${PLAN}`)).diagnostics.map(key));
  ws.openRaw(PLAN, text, 2);
  return (await ws.service.diagnostics(`${ROOT}/${PLAN}`)).diagnostics.filter((d) => !before.has(key(d)));
}

/** The same, each as "rule: the text under its range". */
async function added(text: string): Promise<string[]> {
  const lines = text.split('\n');
  return (await addedDiagnostics(text)).map((d) => {
    // Positions are UTF-16 code units, as a JavaScript string counts them.
    const { start, end } = d.range;
    const under = start.line === end.line ? (lines[start.line] ?? '').slice(start.character, end.character) : `${(lines[start.line] ?? '').slice(start.character)}…`;
    return `${d.code}: ${under}`;
  });
}

describe('diagnostics inside sections and appendices are placed on what is wrong', () => {
  it('a task of a group that lost its lead: on the task’s id', async () => {
    const text = edit('        title: Nâng cao nhận thức về chuyển đổi số\n        lead: Sở Khoa học và Công nghệ\n', '        title: Nâng cao nhận thức về chuyển đổi số\n');
    expect(await added(text)).toEqual(expect.arrayContaining(['task-lead-required: hoi-thao-chuyen-doi-so']));
  });

  it('an unknown agency in an appendix row, and an unreadable timeframe in a due list: on the value', async () => {
    expect(await added(edit('                  title: Biên soạn cẩm nang chuyển đổi số\n                  lead: Sở KH&CN', '                  title: Biên soạn cẩm nang chuyển đổi số\n                  lead: Sở Khoa hoc Cong nghe'))).toContain(
      'agency-known: Sở Khoa hoc Cong nghe',
    );
    expect(await added(edit('due: [trước ngày 15/6 hằng năm,', 'due: [mai mốt,'))).toEqual(['timeframe-parseable: mai mốt']);
  });

  it('a misspelt key of a nested heading is the one problem, on the key', async () => {
    expect(await added(edit('      - heading: Yêu cầu\n', '      - heading: Yêu cầu\n        titel: Yêu cầu chung\n'))).toEqual(['unknown-key: titel']);
  });

  it('a table’s bad numbering and a table without rows: on the value, and on the table', async () => {
    expect(await added(edit('          columns:\n', '          numbering: tuy-y\n          columns:\n'))).toEqual(['schema: tuy-y']);
    const noRows = await added(edit('      - task: dao-tao-truc-tuyen\n', '      - table:\n          columns: [TT, Nội dung]\n'));
    // A missing key is shown on the head of the object that lacks it.
    expect(noRows).toEqual(['schema: columns']);
    const [d] = await addedDiagnostics(edit('      - task: dao-tao-truc-tuyen\n', '      - table:\n          columns: [TT, Nội dung]\n'));
    expect(d?.message).toContain('"rows"');
  });

  it('an id left empty: a schema problem where the id is, not an unknown key', async () => {
    const text = edit('      - task: dao-tao-truc-tuyen\n', '      - id:\n        title: Việc mới\n');
    const found = await addedDiagnostics(text);
    expect(found.map((d) => d.code)).toEqual(['schema']);
    // Right after "id:", where the id is to be typed.
    const line = text.split('\n').findIndex((l) => l === '      - id:');
    expect(found[0]?.range.start).toEqual({ line, character: '      - id:'.length });
  });

  it('an id used twice, once in the body and once in an appendix row: on the second', async () => {
    expect(await added(edit('- id: cam-nang-so', '- id: hoi-thao-chuyen-doi-so'))).toEqual(['duplicate-id: hoi-thao-chuyen-doi-so']);
  });

  it('a heading in NFD: on the whole heading, counted in UTF-16 code units', async () => {
    const nfd = 'Hạ tầng số'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan('Hạ tầng số'.length);
    expect(await added(edit('heading: HẠ TẦNG', `heading: ${nfd}`))).toEqual([`text-nfc: ${nfd}`]);
  });
});
