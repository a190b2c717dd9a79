import { describe, expect, it } from 'vitest';
import { renderText, type TableBlock } from '../src/index.js';
import { bodyLines, documentOf, HEAD, textsOf } from './helpers/inline.js';

/** The body of a plan written in the document shape, as lines "marker text". */
async function linesOf(sections: string, rest = ''): Promise<string[]> {
  return bodyLines((await documentOf(`${HEAD}sections:\n${sections}${rest}`)).body);
}


describe('document shape: numbering by place', () => {
  it('marks parts I., then 1., a), -, + by default', async () => {
    const lines = await linesOf(`  - heading: MỤC ĐÍCH
    items:
      - heading: Nâng cao nhận thức
        items:
          - heading: Trong cơ quan nhà nước
            items:
              - heading: Cấp tỉnh
                items:
                  - heading: Các sở
  - heading: YÊU CẦU
`);
    expect(lines).toEqual(['I. MỤC ĐÍCH', '1. Nâng cao nhận thức', 'a) Trong cơ quan nhà nước', '- Cấp tỉnh', '+ Các sở', 'II. YÊU CẦU']);
  });

  it('letters points with the Vietnamese alphabet: đ after d, no f', async () => {
    const points = Array.from({ length: 8 }, (_, i) => `      - Ý thứ ${i + 1}.`).join('\n');
    const lines = await linesOf(`  - heading: NHIỆM VỤ\n    numbering: letter\n    items:\n${points}\n`);
    expect(lines.slice(1).map((l) => l.split(' ')[0])).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)']);
  });

  it('restarts the count where the plan writes a number, and goes on from it', async () => {
    const lines = await linesOf(`  - heading: CĂN CỨ
    number: II
  - heading: MỤC TIÊU
  - heading: NHIỆM VỤ
    numbering: letter
    items:
      - heading: Thứ nhất
      - heading: Thứ hai
        number: đ
      - heading: Thứ ba
`);
    expect(lines).toEqual(['II. CĂN CỨ', 'III. MỤC TIÊU', 'IV. NHIỆM VỤ', 'a) Thứ nhất', 'đ) Thứ hai', 'e) Thứ ba']);
  });

  it('numbers outline items after their parent: 2.1., 2.2., 2.1.1.', async () => {
    const lines = await linesOf(`  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - heading: Trách nhiệm chung
      - heading: Trách nhiệm của các sở
        numbering: outline
        items:
          - heading: Sở Nội vụ
            numbering: outline
            items:
              - heading: Về tổ chức bộ máy
          - heading: Sở Tài chính
`);
    expect(lines).toEqual(['I. TỔ CHỨC THỰC HIỆN', '1. Trách nhiệm chung', '2. Trách nhiệm của các sở', '2.1. Sở Nội vụ', '2.1.1. Về tổ chức bộ máy', '2.2. Sở Tài chính']);
  });

  it('marks paragraphs only when their container sets numbering; unmarked paragraphs do not count', async () => {
    const lines = await linesOf(`  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - id: a
        title: Phòng Nội vụ theo dõi việc thực hiện.
      - id: b
        title: Phòng Tài chính bố trí kinh phí.
      - Các cơ quan báo cáo khó khăn, vướng mắc về Phòng Nội vụ.
  - heading: YÊU CẦU
    numbering: dash
    items:
      - Thực hiện nghiêm túc.
      - text: Bảo đảm tiến độ, trong đó
        numbering: plus
        items: [Đúng hạn, Đủ nội dung]
`);
    expect(lines).toEqual([
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ theo dõi việc thực hiện.',
      '2. Phòng Tài chính bố trí kinh phí.',
      'Các cơ quan báo cáo khó khăn, vướng mắc về Phòng Nội vụ.',
      'II. YÊU CẦU',
      '- Thực hiện nghiêm túc.',
      '- Bảo đảm tiến độ, trong đó',
      '+ Đúng hạn',
      '+ Đủ nội dung',
    ]);
  });

  it('prints what the plan writes as it writes it: no full stop added, nothing capitalised', async () => {
    const lines = await linesOf(`  - heading: Mục tiêu chung
    items: [nâng cao chất lượng phục vụ người dân]
`);
    expect(lines).toEqual(['I. Mục tiêu chung', 'nâng cao chất lượng phục vụ người dân']);
  });
});

describe('document shape: tasks and groups', () => {
  const GROUPS = `  - heading: NHIỆM VỤ
    items:
      - id: ve-tuyen-truyen
        title: Về tuyên truyền
        coordinators: [UBND các xã, thị trấn]
        numbering: outline
        items:
          - id: chuyen-muc
            title: Xây dựng chuyên mục trên Cổng thông tin điện tử huyện
            lead: Phòng Văn hóa và Thông tin
            timeframe: Quý II năm 2024
            outputs: [Chuyên mục]
          - id: tin-bai
            title: Đăng tin, bài về cải cách hành chính
            lead: Phòng Văn hóa và Thông tin
  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - id: phong-noi-vu
        lead: Phòng Nội vụ
        items:
          - id: theo-doi
            title: Theo dõi, đôn đốc việc thực hiện Kế hoạch.
      - id: de-nghi-mat-tran
        request: Ủy ban Mặt trận Tổ quốc Việt Nam huyện
        items:
          - id: giam-sat
            title: Tham gia giám sát việc thực hiện.
      - id: tai-chinh
        title: Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ tham mưu bố trí kinh phí trong năm 2024.
        lead: Phòng Tài chính - Kế hoạch
        coordinators: Phòng Nội vụ
        timeframe: Trong năm 2024
`;

  it('prints a task\'s title, then the lines the task itself states; a group\'s lines once, under the group', async () => {
    const lines = await linesOf(GROUPS);
    expect(lines.slice(0, 9)).toEqual([
      'I. NHIỆM VỤ',
      '1. Về tuyên truyền',
      '- Cơ quan phối hợp: UBND các xã, thị trấn.',
      '1.1. Xây dựng chuyên mục trên Cổng thông tin điện tử huyện',
      '- Cơ quan chủ trì: Phòng Văn hóa và Thông tin.',
      '- Thời gian thực hiện: Quý II năm 2024.',
      '- Sản phẩm: Chuyên mục.',
      '1.2. Đăng tin, bài về cải cách hành chính',
      '- Cơ quan chủ trì: Phòng Văn hóa và Thông tin.',
    ]);
  });

  it('heads a group without a title with its lead, or with the bodies it asks; repeats no value its sentence says', async () => {
    const lines = await linesOf(GROUPS);
    expect(lines.slice(9)).toEqual([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ',
      'a) Theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
      'a) Tham gia giám sát việc thực hiện.',
      // Lead, coordinators and timeframe were read out of this sentence: no line repeats them.
      '3. Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ tham mưu bố trí kinh phí trong năm 2024.',
    ]);
  });

  it('states nothing the plan does not: no empty coordinators line, no default timeframe, no appendix, no report path it inherits', async () => {
    const doc = await documentOf(`${HEAD}sections:\n${GROUPS}reporting:\n  - to: UBND huyện\n    due: trước ngày 25/11/2024\n`);
    const all = textsOf(doc).join('\n');
    expect(all).not.toMatch(/Cơ quan phối hợp: *\./);
    expect(all).not.toMatch(/Trong năm 2024\./);
    expect(all).not.toMatch(/Chế độ báo cáo|PHỤ LỤC|Kèm theo/);
    // The plan's report path is said once, where the plan states it, not under every task it covers.
    expect(all.match(/báo cáo/giu)).toEqual(['Báo cáo']);
    expect(doc.appendices).toEqual([]);
  });

  it('shows a task again by reference: the local wording, else the title where it is stated', async () => {
    const lines = await linesOf(`  - heading: NHIỆM VỤ
    items:
      - task: chuyen-muc
        title: Chuyên mục cải cách hành chính (xem Phụ lục)
      - task: chuyen-muc
`, `appendices:
  - items:
      - table:
          columns: [{ field: order }, { field: title }]
          rows:
            - id: chuyen-muc
              title: Xây dựng chuyên mục trên Cổng thông tin điện tử huyện
              lead: Phòng Văn hóa và Thông tin
`);
    expect(lines).toEqual(['I. NHIỆM VỤ', '1. Chuyên mục cải cách hành chính (xem Phụ lục)', '2. Xây dựng chuyên mục trên Cổng thông tin điện tử huyện']);
  });

  it('prints targets in their wording and report paths in theirs, else a sentence of their fields only', async () => {
    const lines = await linesOf(`  - heading: MỤC TIÊU
    items:
      - target: 100% thủ tục hành chính được công khai đúng hạn
        value: 100
        unit: "%"
  - heading: CHẾ ĐỘ BÁO CÁO
    items:
      - reporting:
          to: UBND huyện
          text: Các cơ quan gửi báo cáo năm về UBND huyện trước ngày 25/11/2024.
      - reporting:
          from: Các phòng, ban
          to: [UBND huyện, Huyện ủy]
          via: Phòng Nội vụ
          due: [trước ngày 15/6/2024, trước ngày 15/11/2024]
          cadence: Định kỳ 6 tháng
`);
    expect(lines).toEqual([
      'I. MỤC TIÊU',
      '1. 100% thủ tục hành chính được công khai đúng hạn',
      'II. CHẾ ĐỘ BÁO CÁO',
      'Các cơ quan gửi báo cáo năm về UBND huyện trước ngày 25/11/2024.',
      'Các phòng, ban báo cáo về UBND huyện, Huyện ủy (qua Phòng Nội vụ) trước ngày 15/6/2024; trước ngày 15/11/2024; định kỳ 6 tháng.',
    ]);
  });
});

describe('document shape: tables', () => {
  const TASK_TABLE = (numbering: string): string => `  - heading: DANH MỤC
    items:
      - table:
          ${numbering ? `numbering: ${numbering}` : ''}
          columns:
            - { field: order, header: TT }
            - { field: title, header: Nhiệm vụ }
            - { field: lead, header: Chủ trì }
            - { field: timeframe, header: Thời gian }
          rows:
            - heading: TUYÊN TRUYỀN
              items:
                - { id: t1, title: Chuyên mục phát thanh, lead: Phòng Văn hóa và Thông tin, timeframe: Hằng tháng }
                - { id: t2, title: "Pa-nô, áp phích", lead: "UBND các xã, thị trấn" }
            - heading: ĐÀO TẠO
              items:
                - { id: t3, title: Lớp tập huấn, lead: Phòng Nội vụ, timeframe: Quý III }
`;
  const tableOf = async (yaml: string): Promise<TableBlock> => {
    const doc = await documentOf(`${HEAD}sections:\n${yaml}`);
    const table = doc.body.find((b): b is TableBlock => b.kind === 'table');
    if (!table) throw new Error('no table');
    return table;
  };
  const cells = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));

  it('lists a task table with the plan\'s columns and headers, group rows, numbers continuing across groups', async () => {
    const t = await tableOf(TASK_TABLE(''));
    expect(t.head.map((r) => r.map((c) => c.text))).toEqual([['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian']]);
    expect(cells(t)).toEqual([
      ['I', 'TUYÊN TRUYỀN'],
      ['1', 'Chuyên mục phát thanh', 'Phòng Văn hóa và Thông tin', 'Hằng tháng'],
      ['2', 'Pa-nô, áp phích', 'UBND các xã, thị trấn', ''],
      ['II', 'ĐÀO TẠO'],
      ['3', 'Lớp tập huấn', 'Phòng Nội vụ', 'Quý III'],
    ]);
    expect(t.rows[0]?.cells[1]?.colSpan).toBe(3);
    expect(t.rows.map((r) => r.group === true)).toEqual([true, false, false, true, false]);
    expect(t.landscape).toBe(false);
  });

  it('restarts the numbers in each group, or numbers them in outline, as the table says', async () => {
    expect(cells(await tableOf(TASK_TABLE('per-group'))).map((r) => r[0])).toEqual(['I', '1', '2', 'II', '1']);
    expect(cells(await tableOf(TASK_TABLE('outline'))).map((r) => r[0])).toEqual(['1', '1.1', '1.2', '2', '2.1']);
  });

  it('keeps a data table\'s header of several rows with merged cells, and lands a wide table on landscape pages', async () => {
    const t = await tableOf(`  - table:
      head:
        - [{ text: TT, rowspan: 2 }, { text: Địa điểm, rowspan: 2 }, { text: Số lần quan trắc, colspan: 4 }]
        - [Quý I, Quý II, Quý III, Quý IV]
      columns: [TT, Địa điểm, Quý I, Quý II, Quý III, Quý IV]
      rows:
        - ["1", Xã Bình Thạnh, "1", "1", "1", "1"]
        - ["2", { text: Xã Bình Đông và xã Bình Trị, rowspan: 2 }, "2", "", "2", ""]
        - ["3", "1", "", "1", ""]
`);
    expect(t.head[0]?.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      ['TT', 1, 2],
      ['Địa điểm', 1, 2],
      ['Số lần quan trắc', 4, 1],
    ]);
    // The row under a cell merged down leaves its column out.
    expect(cells(t)[2]).toEqual(['3', '1', '', '1', '']);
    expect(t.rows[1]?.cells[1]?.rowSpan).toBe(2);
    expect(t.landscape).toBe(true);
    expect(t.widths).toHaveLength(6);
  });

  it('cuts spans the grid cannot hold and fills short rows, so every writer gets a whole grid', async () => {
    const t = await tableOf(`  - table:
      columns: [A, B, C]
      rows:
        - [{ text: x, colspan: 9 }]
        - ["1"]
        - [{ text: y, rowspan: 7 }, "2", "3"]
`);
    expect(t.rows.map((r) => r.cells.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1]))).toEqual([
      [['x', 3, 1]],
      [['1', 1, 1], ['', 1, 1], ['', 1, 1]],
      [['y', 1, 1], ['2', 1, 1], ['3', 1, 1]],
    ]);
  });

  it('drops no cell: rows wider than the header (a header cell over two columns) widen the table', async () => {
    const t = await tableOf(`  - table:
      columns: [TT, Chỉ tiêu, Năm trước, Năm nay]
      rows:
        - ["", "", Kế hoạch, Ước đạt]
        - ["1", Số trường học, "12", "12", "13"]
        - [{ text: "2", rowspan: 2 }, Số lớp học, "40", "41", "44"]
        - [Trong đó lớp ghép, "3", "2", "2"]
`);
    expect(t.widths).toHaveLength(5);
    expect(t.head[0]?.map((c) => c.text)).toEqual(['TT', 'Chỉ tiêu', 'Năm trước', 'Năm nay', '']);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['', '', 'Kế hoạch', 'Ước đạt', ''],
      ['1', 'Số trường học', '12', '12', '13'],
      ['2', 'Số lớp học', '40', '41', '44'],
      ['Trong đó lớp ghép', '3', '2', '2'],
    ]);
  });
});

describe('document shape: appendices, footnotes, bases, signature', () => {
  it('labels and captions appendices as written, else "PHỤ LỤC I", "PHỤ LỤC II" and a caption from the plan\'s number, date and issuer', async () => {
    const doc = await documentOf(`${HEAD}number: 12/KH-UBND\ndate: 05/02/2024\nappendices:
  - label: Phụ lục 01
    caption: (Kèm theo Kế hoạch số 12/KH-UBND của UBND huyện)
    items: [Danh sách thứ nhất.]
  - title: DANH SÁCH THỨ HAI
    landscape: true
    items: [Danh sách thứ hai.]
  - items: [Danh sách thứ ba.]
`);
    expect(doc.appendices.map((a) => [a.label, a.title ?? '', a.caption, a.landscape])).toEqual([
      ['Phụ lục 01', '', '(Kèm theo Kế hoạch số 12/KH-UBND của UBND huyện)', false],
      ['PHỤ LỤC II', 'DANH SÁCH THỨ HAI', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân huyện Bình Sơn)', true],
      ['PHỤ LỤC III', '', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân huyện Bình Sơn)', false],
    ]);
  });

  it('keeps footnote references in the text and the notes apart; plain text shows them as [1]', async () => {
    const doc = await documentOf(`${HEAD}sections:\n  - Thực hiện các văn bản của tỉnh[^1] và của huyện[^2].\nfootnotes:\n  - { mark: "1", text: Kế hoạch số 07/KH-UBND. }\n  - { mark: "2", text: Quyết định số 2249/QĐ-UBND. }\n`);
    expect(doc.footnotes).toEqual([
      { mark: '1', text: 'Kế hoạch số 07/KH-UBND.' },
      { mark: '2', text: 'Quyết định số 2249/QĐ-UBND.' },
    ]);
    const text = renderText(doc);
    expect(text).toContain('Thực hiện các văn bản của tỉnh[1] và của huyện[2].');
    expect(text).toContain('[2] Quyết định số 2249/QĐ-UBND.');
  });

  it('prints bases written as strings verbatim, one paragraph each, and words the others with their own verb', async () => {
    const doc = await documentOf(`${HEAD}legalBases:
  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025
  - verb: trien-khai
    type: Kế hoạch
    ref: 07/KH-UBND
    date: 17/01/2024
    issuer: UBND tỉnh Quảng Ngãi
  - ref: 08/KH-UBND
    date: 18/01/2024
  - verb: xet-de-nghi
    proposer: Trưởng phòng Nội vụ
    type: Tờ trình
    ref: 15/TTr-PNV
    date: 20/01/2024
`);
    expect(doc.bases).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
      'Triển khai Kế hoạch số 07/KH-UBND ngày 17/01/2024 của UBND tỉnh Quảng Ngãi;',
      // No verb of its own: the one before it goes on.
      'Triển khai Kế hoạch số 08/KH-UBND ngày 18/01/2024;',
      'Xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 15/TTr-PNV ngày 20/01/2024.',
    ]);
  });

  it('cites no parent plan the bases do not cite', async () => {
    const doc = await documentOf(`${HEAD}parent: { ref: 07/KH-UBND, issuer: UBND tỉnh Quảng Ngãi }\n`);
    expect(doc.bases).toEqual([]);
  });

  it('signs with the chain of capacity lines: TM., KT., then the title', async () => {
    const doc = await documentOf(`${HEAD}signature:\n  chain: [{ authority: TM, for: Ủy ban nhân dân }, { authority: KT, for: Chủ tịch }]\n  capacity: Phó Chủ tịch\n  name: Phạm Văn Lâm\n`);
    expect(doc.signature).toEqual({ lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Phạm Văn Lâm' });
    const kt = await documentOf(`${HEAD}signature:\n  chain: [{ authority: KT, for: Chủ tịch }]\n  capacity: Phó Chủ tịch\n`);
    expect(kt.signature?.lines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});

describe('document shape: the decision that issues a plan', () => {
  const DECISION = `decision:
  number: 310/QĐ-UBND
  date: 02/02/2024
  place: Bình Sơn
  title: Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024
  authority: CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN
  legalBases: [Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;]
  articles:
    - Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2024.
    - text: "Giao:"
      numbering: decimal
      items: [Phòng Nội vụ theo dõi., Phòng Tài chính - Kế hoạch bố trí kinh phí.]
    - Quyết định này có hiệu lực kể từ ngày ký.
  signature: { capacity: Chủ tịch, name: Nguyễn Văn An }
  recipients: [Như Điều 3]
  archive: [VT, NV]
`;

  it('prints the decision page: its header, QUYẾT ĐỊNH, the authority, bases, articles by place, signature and recipients', async () => {
    const doc = await documentOf(HEAD + DECISION);
    const d = doc.decision;
    expect(d?.header.number).toBe('Số: 310/QĐ-UBND');
    expect(d?.header.placeDate).toBe('Bình Sơn, ngày 02 tháng 02 năm 2024');
    expect(d?.title).toEqual({ kind: 'QUYẾT ĐỊNH', summary: 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024' });
    expect(d?.authority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN');
    expect(d?.bases).toEqual(['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;']);
    expect(d?.enacting).toBe('QUYẾT ĐỊNH:');
    expect(bodyLines(d?.articles ?? [])).toEqual([
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2024.',
      'Điều 2. Giao:',
      '1. Phòng Nội vụ theo dõi.',
      '2. Phòng Tài chính - Kế hoạch bố trí kinh phí.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    ]);
    expect(d?.signature).toEqual({ lines: ['CHỦ TỊCH'], name: 'Nguyễn Văn An' });
    expect(d?.recipients.items).toEqual(['- Như Điều 3;', '- Lưu: VT, NV.']);
  });

  it('prints the plan it issues without a header of its own, "(Ban hành kèm theo ...)", and unsigned unless the plan signs', async () => {
    const doc = await documentOf(HEAD + DECISION);
    // It starts at its title, as plans issued by a decision are printed.
    expect(doc.header).toBeUndefined();
    expect(doc.title.issuedWith).toBe('(Ban hành kèm theo Quyết định số 310/QĐ-UBND ngày 02 tháng 02 năm 2024 của Ủy ban nhân dân huyện Bình Sơn)');
    expect(doc.signature).toBeUndefined();
    expect(doc.recipients).toBeUndefined();
    const signed = await documentOf(`${HEAD}${DECISION}signature: { capacity: Chủ tịch, name: Nguyễn Văn An }\n`);
    expect(signed.signature?.name).toBe('Nguyễn Văn An');
  });

  it('leaves the blanks of a decision not yet issued', async () => {
    const doc = await documentOf(`${HEAD}decision: { title: Ban hành Kế hoạch }\n`);
    expect(doc.decision?.header.number).toBe('Số:      /QĐ-UBND');
    expect(doc.title.issuedWith).toBe('(Ban hành kèm theo Quyết định số       /QĐ-UBND ngày ... tháng ... năm 2024 của Ủy ban nhân dân huyện Bình Sơn)');
  });
});

