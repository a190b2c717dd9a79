import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/index.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeYaml, documentOf, HEAD, partsOf, textsOf } from './helpers/inline.js';
import { FIXTURES } from './helpers/load.js';

const readFixture = (name: string): Promise<string> => readFile(join(FIXTURES, name), 'utf8');

const FULL = `${HEAD}number: 84/KH-UBND
place: Bình Sơn
date: 12/01/2024
legalBases:
  - verb: thuc-hien
    type: Quyết định
    ref: 2074/QĐ-UBND
    date: 20/12/2021
    issuer: UBND tỉnh Quảng Ngãi
    summary: ban hành Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022-2025
  - ref: 07/KH-UBND
    date: 2024-01-17
    issuer: UBND tỉnh Quảng Ngãi
objectives: [Nâng cao nhận thức về cải cách hành chính]
requirements: [Kịp thời, đầy đủ, thường xuyên, hiệu quả.]
audiences: [Cán bộ, công chức, viên chức và Nhân dân.]
content:
  - Tuyên truyền các chủ trương của Đảng.
  - text: "Tuyên truyền cải cách TTHC; trong đó tập trung:"
    items: [Cơ chế một cửa., Dịch vụ công trực tuyến.]
tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số
    frequency: Mỗi năm 01 lần
    lead: Phòng Văn hoá và Thông tin
    coordinators: [phong-noi-vu, "UBND các xã, thị trấn"]
    timeframe: Trong Quý II năm 2024
    outputs: [Báo cáo kết quả Hội thi]
budget: Ngân sách nhà nước theo phân cấp hiện hành
timeframe: Trong năm 2024
duties:
  - agency: phong-vhtt
    tasks:
      - id: dau-moi
        title: Làm đầu mối theo dõi, đôn đốc thực hiện Kế hoạch
      - id: xay-dung-ke-hoach
        title: "Xây dựng kế hoạch chi tiết. Thời gian hoàn thành: Chậm nhất ngày 20/04/2024"
        timeframe: Chậm nhất ngày 20/04/2024
  - agency: Phòng Tư pháp
    tasks:
      - id: tap-huan
        title: Tổ chức hội nghị tập huấn pháp luật về CCHC
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
closing: Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện
recipients:
  - { name: Sở Nội vụ, purpose: b/c }
  - ubnd-cac-xa
archive: [VT, VHTT]
signature:
  authority: TM
  capacity: Chủ tịch
  name: Nguyễn Tường Duy
`;

describe('document model: sections', () => {
  it('prints every part in the order of the seeds, numbered I to V', async () => {
    const doc = await documentOf(FULL);
    expect(partsOf(doc).map((p) => p.title)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG',
      'II. NỘI DUNG',
      'III. NHIỆM VỤ CỤ THỂ',
      'IV. KINH PHÍ',
      'V. THỜI GIAN THỰC HIỆN',
      'VI. TỔ CHỨC THỰC HIỆN',
    ]);
    const purpose = partsOf(doc)[0]?.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && `${b.marker} ${b.text}`);
    expect(purpose).toEqual(['1. Mục đích', '2. Yêu cầu', '3. Đối tượng']);
  });

  it('leaves out empty parts and keeps the numbering without gaps', async () => {
    const doc = await documentOf(`${HEAD}budget: Ngân sách huyện.\nduties:\n  - agency: Phòng Tư pháp\n    tasks: [{ id: a, title: Tập huấn }]\n`);
    expect(partsOf(doc).map((p) => p.title)).toEqual(['I. KINH PHÍ', 'II. TỔ CHỨC THỰC HIỆN']);
  });

  it('numbers content directly under its part and marks nested points with dashes', async () => {
    const doc = await documentOf(FULL);
    expect(textsOf(doc)).toEqual(
      expect.arrayContaining([
        '1. Tuyên truyền các chủ trương của Đảng.',
        '2. Tuyên truyền cải cách TTHC; trong đó tập trung:',
        '- Cơ chế một cửa.',
        '- Dịch vụ công trực tuyến.',
      ]),
    );
    // A single plain paragraph under a heading has no marker; a sentence gets its full stop.
    expect(partsOf(doc)[0]?.blocks[1]).toEqual({ kind: 'paragraph', text: 'Nâng cao nhận thức về cải cách hành chính.' });
  });

  it('writes each task as a bold numbered title with the lines of the district seed', async () => {
    const doc = await documentOf(FULL);
    const tasks = partsOf(doc)[2]?.blocks ?? [];
    expect(tasks[0]).toEqual({ kind: 'heading', marker: '1.', text: 'Tổ chức Hội thi tuyên truyền về Chuyển đổi số', level: 2 });
    expect(tasks.slice(1).map((b) => (b.kind === 'item' ? `${b.marker} ${b.text}` : b.kind))).toEqual([
      '- Tần suất: Mỗi năm 01 lần.',
      // Names as the plan writes them ("hoá"), the official name only for an id.
      '- Cơ quan chủ trì: Phòng Văn hoá và Thông tin.',
      '- Cơ quan phối hợp: Phòng Nội vụ; UBND các xã, thị trấn.',
      '- Thời gian thực hiện: Trong Quý II năm 2024.',
      '- Sản phẩm: Báo cáo kết quả Hội thi.',
    ]);
  });

  it('lists duties per agency with a), b) points and adds only what their wording leaves out', async () => {
    const doc = await documentOf(FULL);
    const duties = partsOf(doc)[5]?.blocks ?? [];
    expect(duties[0]).toEqual({ kind: 'heading', marker: '1.', text: 'Phòng Văn hóa và Thông tin', level: 2 });
    expect(duties[1]).toMatchObject({ kind: 'item', marker: 'a)', text: 'Làm đầu mối theo dõi, đôn đốc thực hiện Kế hoạch.', children: [] });
    // The deadline is in the sentence already: no extra "Thời gian thực hiện" line.
    expect(duties[2]).toMatchObject({ kind: 'item', marker: 'b)', children: [] });
    // One duty alone is a plain paragraph, as "3. Phòng Tư pháp" in the seed.
    expect(duties.slice(3)).toEqual([
      { kind: 'heading', marker: '2.', text: 'Phòng Tư pháp', level: 2 },
      { kind: 'paragraph', text: 'Tổ chức hội nghị tập huấn pháp luật về CCHC.' },
      // The plan's report path in words: its fields only, nothing it does not state.
      { kind: 'paragraph', text: 'Báo cáo về UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 25/11/2024.' },
    ]);
  });

  it('does not repeat a reporting path the closing already states', async () => {
    const closing = 'closing: Các cơ quan báo cáo UBND huyện kết quả thực hiện (qua Phòng Văn hóa và Thông tin) trước ngày 25/11/2024./.';
    const doc = await documentOf(FULL.replace(/^closing: .*$/m, closing));
    expect(textsOf(doc).filter((t) => t.includes('25/11/2024'))).toHaveLength(1);
    expect(doc.closing).toBe('Các cơ quan báo cáo UBND huyện kết quả thực hiện (qua Phòng Văn hóa và Thông tin) trước ngày 25/11/2024./.');
  });

  it('follows the layout key: headings, dashes and the lead label', async () => {
    const layout = `layout:\n  headings: { tasks: HÌNH THỨC TUYÊN TRUYỀN, objectives: Mục tiêu }\n  points: dashes\n  leadLabel: Cơ quan thực hiện\n`;
    const doc = await documentOf(FULL + layout);
    const texts = textsOf(doc);
    expect(texts).toContain('III. HÌNH THỨC TUYÊN TRUYỀN');
    expect(texts).toContain('1. Mục tiêu');
    expect(texts).toContain('- Cơ quan thực hiện: Phòng Văn hoá và Thông tin.');
    expect(texts).toContain('- Làm đầu mối theo dõi, đôn đốc thực hiện Kế hoạch.');
  });
});

describe('document model: header, bases, signature', () => {
  it('prints the number, place and date as issued', async () => {
    const doc = await documentOf(FULL);
    expect(doc.header).toMatchObject({
      issuerLines: ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH SƠN'],
      number: 'Số: 84/KH-UBND',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Bình Sơn, ngày 12 tháng 01 năm 2024',
    });
    expect(doc.header?.governingBody).toBeUndefined();
  });

  it.each([
    ['05/03/2024', 'ngày 05 tháng 3 năm 2024'],
    ['2024-02-09', 'ngày 09 tháng 02 năm 2024'],
    ['25/11/2024', 'ngày 25 tháng 11 năm 2024'],
    ['10/12/2024', 'ngày 10 tháng 12 năm 2024'],
  ])('pads days below 10 and months 1-2 only: %s', async (date, expected) => {
    const doc = await documentOf(`${HEAD}place: Kỳ Anh\ndate: ${date}\n`);
    expect(doc.header?.placeDate).toBe(`Kỳ Anh, ${expected}`);
  });

  it('leaves the number and the date blank before issuance, as offices do', async () => {
    const doc = await documentOf(HEAD);
    expect(doc.header?.number).toBe('Số:      /KH-UBND');
    expect(doc.header?.placeDate).toBe('......, ngày ... tháng ... năm 2024');
    expect(JSON.stringify(buildDocument(await analyzeYaml(HEAD)))).not.toMatch(/undefined|null/);
  });

  it('prints the governing body and the issuer code the plan gives', async () => {
    const doc = await documentOf(HEAD.replace('  level: district', '  level: district\n  parent: UBND tỉnh Quảng Ngãi\n  code: UBND-VP'));
    expect(doc.header?.governingBody).toBe('UBND TỈNH QUẢNG NGÃI');
    expect(doc.header?.number).toBe('Số:      /KH-UBND-VP');
  });

  it("ends each legal basis with ';' and the last with '.', keeping the citation verb", async () => {
    const doc = await documentOf(FULL);
    expect(doc.bases).toEqual([
      'Thực hiện Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của UBND tỉnh Quảng Ngãi ban hành Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022-2025;',
      // The type comes from the number's code (KH = Kế hoạch), the date as dd/mm/yyyy.
      'Thực hiện Kế hoạch số 07/KH-UBND ngày 17/01/2024 của UBND tỉnh Quảng Ngãi.',
    ]);
  });

  it('ends the closing with "./."', async () => {
    expect((await documentOf(FULL)).closing).toBe('Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.');
  });

  it.each([
    ['authority: TM\n  capacity: Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    ['authority: KT\n  capacity: Phó Chủ tịch', ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    ['authority: TM\n  for: Uỷ ban nhân dân\n  capacity: Chủ tịch', ['TM. UỶ BAN NHÂN DÂN', 'CHỦ TỊCH']],
    ['authority: Q\n  capacity: Chủ tịch', ['Q. CHỦ TỊCH']],
    ['capacity: Chủ tịch', ['CHỦ TỊCH']],
    // The Tây Ninh seed as extracted lost its "KT."; a deputy signing for the head always signs KT.
    ['for: Chủ tịch\n  capacity: Phó Chủ tịch', ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    ['for: Chủ tịch\n  capacity: Chủ tịch', ['CHỦ TỊCH']],
  ])('signature %s', async (sig, lines) => {
    const doc = await documentOf(`${HEAD}signature:\n  ${sig}\n  name: Võ Đức Trọng\n`);
    expect(doc.signature).toEqual({ lines, name: 'Võ Đức Trọng' });
  });

  it('lists recipients with ";" and ends with the filing line', async () => {
    const doc = await documentOf(FULL);
    expect(doc.recipients).toEqual({
      heading: 'Nơi nhận:',
      items: ['- Sở Nội vụ (b/c);', '- UBND các xã, thị trấn;', '- Lưu: VT, VHTT.'],
    });
    expect((await documentOf(HEAD)).recipients?.items).toEqual(['- Lưu: VT.']);
  });

  it('builds the header, title, signature and recipients alone when asked for no body, the same as with it', async () => {
    for (const yaml of [FULL, await readFixture('decision-binh-minh-cay-xanh.kehoach.yaml')]) {
      const analysis = await analyzeYaml(yaml);
      const whole = buildDocument(analysis, { appendix: false });
      const bare = buildDocument(analysis, { appendix: false, body: false });
      expect(whole.body.length).toBeGreaterThan(0);
      expect(bare).toEqual({ ...whole, bases: [], body: [], preamble: undefined, closing: undefined });
    }
  });

  it('renders NFD input as NFC', async () => {
    const doc = await documentOf(FULL.normalize('NFD'));
    const all = textsOf(doc).join('\n');
    expect(all).toBe(all.normalize('NFC'));
    expect(all).toContain('Tổ chức Hội thi tuyên truyền về Chuyển đổi số');
    // The id still resolves to its official name when the text around it was NFD.
    expect(all).toContain('Phòng Nội vụ; UBND các xã, thị trấn');
  });
});

describe('document model: appendix of the earlier shape', () => {
  it('adds no appendix the plan does not ask for', async () => {
    const doc = await documentOf(FULL);
    expect(doc.appendices).toEqual([]);
    expect(textsOf(doc).join('\n')).not.toMatch(/PHỤ LỤC|Kèm theo/);
  });

  it('prints the task table a plan asks for with task references: each task once, as stated in the body', async () => {
    const appendix = `appendices:
  - title: BẢNG PHÂN CÔNG NHIỆM VỤ
    items:
      - table:
          columns:
            - { field: order, header: STT }
            - { field: title, header: Nhiệm vụ }
            - { field: lead, header: Cơ quan chủ trì }
            - { field: timeframe, header: Thời gian }
          rows:
            - heading: NHIỆM VỤ CỤ THỂ
              items: [{ task: hoi-thi }]
            - heading: TỔ CHỨC THỰC HIỆN
              items: [{ task: dau-moi }, { task: xay-dung-ke-hoach, title: Xây dựng kế hoạch chi tiết }]
`;
    const doc = await documentOf(FULL + appendix);
    expect(doc.appendices).toHaveLength(1);
    const [a] = doc.appendices;
    expect(a?.label).toBe('PHỤ LỤC');
    expect(a?.caption).toBe('(Kèm theo Kế hoạch số 84/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân huyện Bình Sơn)');
    const table = a?.blocks[0];
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.head.map((r) => r.map((c) => c.text))).toEqual([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian']]);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['I', 'NHIỆM VỤ CỤ THỂ'],
      ['1', 'Tổ chức Hội thi tuyên truyền về Chuyển đổi số', 'Phòng Văn hoá và Thông tin', 'Trong Quý II năm 2024'],
      ['II', 'TỔ CHỨC THỰC HIỆN'],
      // A duty item's lead is its section's agency; with no timeframe of its own, the plan's.
      ['2', 'Làm đầu mối theo dõi, đôn đốc thực hiện Kế hoạch', 'Phòng Văn hóa và Thông tin', 'Trong năm 2024'],
      ['3', 'Xây dựng kế hoạch chi tiết', 'Phòng Văn hóa và Thông tin', 'Chậm nhất ngày 20/04/2024'],
    ]);
    expect(table.rows[0]?.group).toBe(true);
    // Four columns fit a portrait page.
    expect(a?.landscape).toBe(false);
  });

  it('leaves the number blank in the caption before issuance', async () => {
    const doc = await documentOf(`${HEAD}appendices: [{ items: [Nội dung phụ lục.] }]\n`);
    expect(doc.appendices[0]?.caption).toBe('(Kèm theo Kế hoạch số       /KH-UBND ngày      /     /2024 của Ủy ban nhân dân huyện Bình Sơn)');
  });
});
