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
