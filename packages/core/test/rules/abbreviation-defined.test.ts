import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { abbreviationDefined } from '../../src/rules/abbreviation-defined.js';

const tester = new RuleTester({ describe, it });
const PREAMBLE = 'preamble: Chủ tịch UBND huyện Bình Sơn ban hành Kế hoạch tuyên truyền cải cách hành chính (CCHC) trên địa bàn huyện Bình Sơn năm 2024 như sau\n';

tester.run(abbreviationDefined, {
  valid: [
    {
      name: 'defined in the preamble, used after (the Bình Sơn seed)',
      code: `${EXAMPLE_HEAD}${PREAMBLE}objectives:\n  - Tuyên truyền các chủ trương, chính sách, văn bản chỉ đạo của Trung ương, của tỉnh về công tác CCHC\n`,
    },
    {
      name: 'well-known abbreviations, agency names, document numbers, recipients',
      code: `${EXAMPLE_HEAD}legalBases:\n  - ref: 186-KH/HU\n    summary: Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX\ntasks:\n  - id: a\n    title: Rà soát, công khai các TTHC tại Bộ phận Tiếp nhận và Trả kết quả
    lead: Văn phòng HĐND&UBND\n    timeframe: Quý I/2024\nrecipients:\n  - Sở TTTT (b/c)\n  - VP HĐND&UBND\n`,
    },
    {
      name: 'the office\'s own familiar abbreviations',
      options: { known: ['CCHC'] },
      code: `${EXAMPLE_HEAD}objectives:\n  - Tuyên truyền về công tác CCHC\n`,
    },
  ],
  invalid: [
    {
      name: 'used in the objectives, defined later in the content: points at the word',
      code: `${EXAMPLE_HEAD}objectives:\n  - Nâng cao nhận thức về công tác CCHC của cán bộ\ncontent:\n  - Tuyên truyền về cải cách hành chính (CCHC)\n`,
      errors: [{ messageId: 'beforeDefinition', line: 8, column: 36, endColumn: 40, data: { abbr: 'CCHC', line: 10 } }],
      output: null,
    },
    {
      name: 'never defined (the Tây Ninh seed\'s "HCNN"), reported once however often used',
      code: `${EXAMPLE_HEAD}objectives:\n  - text: Nâng cao sự hài lòng đối với cơ quan HCNN\n    items:\n      - Công khai TTHC tại cơ quan HCNN\n`,
      errors: [{ messageId: 'undefined', line: 8, column: 48, data: { abbr: 'HCNN' } }],
    },
    {
      name: 'a folded block scalar: the word is found in the source lines',
      code: `${EXAMPLE_HEAD}closing: >-\n  Trên đây là Kế hoạch thông tin, tuyên truyền\n  về CCHC năm 2024 trên địa bàn huyện.\n`,
      errors: [{ messageId: 'undefined', line: 9, column: 6, endColumn: 10 }],
    },
    {
      name: 'the title comes first in reading order',
      code: `${EXAMPLE_HEAD.replace('title: Tuyên truyền cải cách hành chính năm 2024', 'title: Tuyên truyền CCHC năm 2024')}${PREAMBLE}`,
      errors: [{ messageId: 'beforeDefinition', line: 6, column: 21, endColumn: 25, data: { line: 7 } }],
    },
    {
      name: 'one part of "VH&TT" unknown',
      code: `${EXAMPLE_HEAD}content:\n  - Phối hợp với Phòng VH&TT tổ chức tuyên truyền\n`,
      errors: [{ messageId: 'undefined', line: 8, column: 24, endColumn: 29, data: { abbr: 'VH&TT' } }],
    },
  ],
});

/**
 * The prose of objects met before is remembered by identity (an edit in one task keeps
 * every other task's object): what each edit changes must still be seen, in reading order.
 */
describe('abbreviation-defined while typing', () => {
  it('follows uses and definitions typed into tasks of an open plan', async () => {
    const { expect } = await import('vitest');
    const { MemoryHost } = await import('../../src/project/host.js');
    const { Project } = await import('../../src/project/project.js');
    const path = '/w/ke-hoach.kehoach.yaml';
    const project = new Project(new MemoryHost({}, '/w'));
    const tasks = Array.from({ length: 30 }, (_, i) => `  - id: viec-${i + 1}\n    title: Rà soát thủ tục hành chính đợt ${i + 1}\n`).join('');
    const v1 = `${EXAMPLE_HEAD}tasks:\n${tasks}`;
    const found = async (text: string): Promise<string[]> => {
      const r = await project.check(path, text);
      return (r?.diagnostics ?? []).filter((d) => d.ruleId === 'abbreviation-defined').map((d) => `${d.messageId} ${String(d.data?.abbr)} ${d.range.start.line + 1}`);
    };
    expect(await found(v1)).toEqual([]);
    // A use typed into the title of task 20, on line 47.
    const v2 = v1.replace('đợt 20\n', 'đợt 20 về CCHC\n');
    expect(await found(v2)).toEqual(['undefined CCHC 47']);
    // Its definition typed later in task 25: the use comes before it.
    const v3 = v2.replace('đợt 25\n', 'đợt 25 về cải cách hành chính (CCHC)\n');
    expect(await found(v3)).toEqual(['beforeDefinition CCHC 47']);
    // An edit elsewhere changes nothing; the definition moved up to task 2 clears it.
    const v4 = v3.replace('đợt 7\n', 'đợt bảy\n');
    expect(await found(v4)).toEqual(['beforeDefinition CCHC 47']);
    const v5 = v4.replace('đợt 25 về cải cách hành chính (CCHC)\n', 'đợt 25\n').replace('đợt 2\n', 'đợt 2 về cải cách hành chính (CCHC)\n');
    expect(await found(v5)).toEqual([]);
    const v6 = v5.replace('đợt 2 về cải cách hành chính (CCHC)\n', 'đợt 2\n');
    expect(await found(v6)).toEqual(['undefined CCHC 47']);
  });
});
