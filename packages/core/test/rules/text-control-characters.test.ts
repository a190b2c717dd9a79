import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { textControlCharacters } from '../../src/rules/text-control-characters.js';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';

const tester = new RuleTester({ describe, it });
const HEAD = 'kind: plan\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\n  level: district\nyear: 2024\n';

/** Issue 18, item 10: a NUL in a title passed validation. */
tester.run(textControlCharacters, {
  valid: [
    {
      name: 'Vietnamese with its marks, decomposed or not, tabs and line breaks in a block',
      code: `${HEAD}title: Tuyên truyền cải cách hành chính\nplace: ${'Bình Sơn'.normalize('NFD')}\nnote: |\n  Dòng một\n  Dòng\thai\n`,
    },
    { name: 'a backslash written as text', code: `${HEAD}title: 'C:\\Văn bản\\x00'\n` },
  ],
  invalid: [
    {
      name: 'a NUL written as an escape in a title',
      code: `${HEAD}title: "Tuyên truyền\\0 cải cách hành chính"\n`,
      errors: [{ messageId: 'control', line: 6, column: 8, data: { char: 'U+0000 (NUL)', text: 'Tuyên truyền\\u0000 cải cách hành chính' } }],
      output: null,
    },
    {
      name: 'a raw ESC sequence and an RLO in a plain value: the suggestion removes them',
      code: `${HEAD}place: Bình\u001b[2J Sơn\u202e\n`,
      errors: [{ messageId: 'control', line: 6, column: 8, data: { char: 'U+001B (ESC)' } }],
      suggestions: [`${HEAD}place: Bình[2J Sơn\n`],
    },
    {
      name: 'U+FFFE in a task title, written as an escape',
      code: `${HEAD}tasks:\n  - id: a\n    title: "Tập huấn \\uFFFE"\n`,
      errors: [{ messageId: 'control', line: 8, column: 12, data: { char: 'U+FFFE' } }],
    },
    {
      name: 'a control character in a key',
      code: `${HEAD}"ti\\etle": x\n`,
      errors: [{ messageId: 'control', line: 6, column: 1, data: { char: 'U+001B (ESC)' } }],
    },
  ],
});

describe('text-control-characters on a registry', () => {
  it('an agency name with a NUL is an error in the registry itself', async () => {
    const host = new MemoryHost({ '/w/agencies.yaml': 'kind: registry\nagencies:\n  - { id: a, name: "Phòng\\0 Nội vụ", kind: department, level: district }\n' }, '/w');
    const r = await new Project(host).check('/w/agencies.yaml');
    const d = r?.diagnostics.filter((x) => x.ruleId === 'text-control-characters');
    expect(d?.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message.vi}`)).toEqual([
      '3:20 Giá trị "Phòng\\u0000 Nội vụ" chứa ký tự điều khiển U+0000 (NUL): ký tự này không hiện ra nhưng làm hỏng văn bản kết xuất hoặc đánh lừa người đọc. Hãy xóa nó.',
    ]);
  });
});

/**
 * After a clean version of a file only the lines of the next change are looked at
 * (yaml/clean-versions.ts): what an edit brings in is found, whatever came before.
 */
describe('text-control-characters while typing', () => {
  const tasks = Array.from({ length: 40 }, (_, i) => `  - id: nv-${i + 1}\n    title: Rà soát thủ tục hành chính đợt ${i + 1}\n`).join('');
  const v1 = `${HEAD}title: Kế hoạch cải cách hành chính\ntasks:\n${tasks}`;
  const found = async (project: Project, text: string): Promise<string[]> => {
    const r = await project.check('/w/ke-hoach.kehoach.yaml', text);
    return (r?.diagnostics ?? []).filter((d) => d.ruleId === 'text-control-characters').map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.data?.char)}`);
  };

  it('finds a character typed, pasted or written as an escape after clean versions, and forgets it once removed', async () => {
    const project = new Project(new MemoryHost({ '/w/ke-hoach.kehoach.yaml': v1 }, '/w'));
    expect(await found(project, v1)).toEqual([]);
    // An edit elsewhere keeps the file clean.
    const v2 = v1.replace('đợt 3\n', 'đợt ba\n');
    expect(await found(project, v2)).toEqual([]);
    // An RLO pasted into a title deep in the file.
    const v3 = v2.replace('đợt 30\n', 'đợt\u202e 30\n');
    expect(await found(project, v3)).toEqual(['67:12 U+202E (RLO)']);
    // An edit far from it: the file was not clean, it is still reported.
    const v4 = v3.replace('đợt 5\n', 'đợt năm\n');
    expect(await found(project, v4)).toEqual(['67:12 U+202E (RLO)']);
    const v5 = v4.replace('\u202e', '');
    expect(await found(project, v5)).toEqual([]);
    // A NUL written as an escape in double quotes, then a lone surrogate typed in.
    const v6 = v5.replace('    title: Rà soát thủ tục hành chính đợt 12\n', '    title: "Rà soát\\0 thủ tục hành chính đợt 12"\n');
    expect(await found(project, v6)).toEqual(['31:12 U+0000 (NUL)']);
    const v7 = v6.replace('"Rà soát\\0 ', '"Rà soát ');
    expect(await found(project, v7)).toEqual([]);
    const v8 = v7.replace('đợt 40\n', 'đợt 4\ud8000\n');
    expect(await found(project, v8)).toEqual(['87:12 U+D800']);
  });
});
