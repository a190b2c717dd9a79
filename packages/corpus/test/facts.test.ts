import { describe, expect, it } from 'vitest';
import { readDraft } from '../src/draft-model.js';
import { draftTasks } from '../src/draft-tasks.js';
import { parseFacts, scoreFacts, type Facts } from '../src/facts.js';

// A made-up plan in our own words; line numbers matter (1-based).
const SOURCE = [
  /* 1 */ 'IV. TỔ CHỨC THỰC HIỆN',
  /* 2 */ '1. Sở Tài chính',
  /* 3 */ 'a) Bố trí kinh phí cho các hoạt động của Kế hoạch.',
  /* 4 */ 'b) Hướng dẫn thanh toán, quyết toán; thời gian: trước ngày 15/12/2025.',
  /* 5 */ '2. Sở Xây dựng',
  /* 6 */ 'Rà soát các tuyến đường cần trồng cây.',
  /* 7 */ '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.',
  /* 8 */ 'PHỤ LỤC',
  /* 9 */ 'TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian',
  /* 10 */ '1 | Khảo sát hiện trạng | Sở Xây dựng | UBND các xã | Quý I',
  /* 11 */ '2 | Trồng cây | UBND các xã | Sở KH&CN | Quý II',
].join('\n');

/** The draft an importer could write for it, in the document shape, with its source notes. */
const DRAFT = `kind: plan
sections:
  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - id: so-tai-chinh
        lead: Sở Tài chính # nguồn: dòng 2
        items:
          - id: bo-tri-kinh-phi
            title: Bố trí kinh phí cho các hoạt động của Kế hoạch. # nguồn: dòng 3
          - id: huong-dan-quyet-toan
            title: Hướng dẫn thanh toán, quyết toán # nguồn: dòng 4
            timeframe: trước ngày 15/12/2025 # nguồn: dòng 4
      - id: so-xay-dung
        lead: Sở Xây dựng # nguồn: dòng 5
        items:
          - id: ra-soat-tuyen-duong
            title: Rà soát các tuyến đường cần trồng cây. # nguồn: dòng 6
      - id: de-nghi-mttq
        request: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh # nguồn: dòng 7
        title: phối hợp tuyên truyền # nguồn: dòng 7
appendices:
  - id: phu-luc
    label: PHỤ LỤC
    items:
      - table:
          columns: [{ field: order, header: TT }, { field: title, header: Nhiệm vụ }, { field: lead, header: Chủ trì }]
          rows:
            - id: khao-sat
              title: Khảo sát hiện trạng # nguồn: dòng 10
              lead: Sở Xây dựng # nguồn: dòng 10
              coordinators: UBND các xã # nguồn: dòng 10
              timeframe: Quý I # nguồn: dòng 10
            - id: trong-cay
              title: Trồng cây # nguồn: dòng 11
              lead: Sở KH&CN # nguồn: dòng 11
              timeframe: Quý III # nguồn: dòng 11
`;

const FACTS: Facts = {
  file: 'made-up.txt',
  tasks: [
    { line: 3, where: 'body', lead: ['Sở Tài chính'], coordinators: [], timeframe: null },
    { line: 4, where: 'body', lead: ['Sở Tài chính'], coordinators: [], timeframe: 'trước ngày 15/12/2025' },
    // An agency heading with one paragraph: the facts put the task on the heading's line.
    { line: 5, where: 'body', lead: ['Sở Xây dựng'], coordinators: [], timeframe: null },
    { line: 10, where: 'appendix', order: '1', lead: ['Sở Xây dựng'], coordinators: ['UBND các xã'], timeframe: 'Quý I' },
    { line: 11, where: 'appendix', order: '2', lead: ['UBND các xã'], coordinators: ['Sở KH&CN'], timeframe: 'Quý II' },
  ],
  requests: [{ line: 7, to: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'] }],
  counts: { bodyTasks: 3, appendixRows: 2, requests: 1 },
};

const scoreOf = (yaml: string) => scoreFacts(FACTS, draftTasks(readDraft(yaml, [], SOURCE.split('\n').length)));

describe('scoreFacts', () => {
  it('matches fact tasks to draft tasks by source line and compares leads as sets', () => {
    const s = scoreOf(DRAFT);
    expect(s.bodyFound).toEqual({ hit: 3, total: 3 });
    expect(s.bodyLead).toEqual({ hit: 3, total: 3 });
    expect(s.appendixFound).toEqual({ hit: 2, total: 2 });
    // Row 2 names the wrong lead (the coordinator's column was read).
    expect(s.appendixLead).toEqual({ hit: 1, total: 2 });
    // Facts with a timeframe: line 4 (right), row 1 (right), row 2 ("Quý III" is not "Quý II").
    expect(s.timeframes).toEqual({ hit: 2, total: 3 });
    expect(s.requests).toEqual({ hit: 1, total: 1 });
    expect(s.requestBodies).toEqual({ hit: 1, total: 1 });
    expect(s.misses.map((m) => m.line)).toEqual([11, 11]);
  });

  it('compares agency names by matchKey: "UBND" is "Ủy ban nhân dân", tone marks may sit elsewhere', () => {
    const yaml = DRAFT.replace('coordinators: UBND các xã', 'coordinators: Uỷ ban nhân dân các xã').replace('lead: Sở KH&CN', 'lead: ubnd các xã');
    const s = scoreOf(yaml);
    expect(s.appendixLead).toEqual({ hit: 2, total: 2 });
    // Row 1's "Uỷ ban nhân dân các xã" is the facts' "UBND các xã"; row 2 states no coordinators.
    expect(s.coordinators).toEqual({ hit: 4, total: 5 });
  });

  it('does not count a request as a lead, nor an assignment as a request', () => {
    const yaml = DRAFT.replace('lead: Sở Tài chính # nguồn: dòng 2', 'request: Sở Tài chính # nguồn: dòng 2').replace(
      'request: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh # nguồn: dòng 7',
      'lead: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh # nguồn: dòng 7',
    );
    const s = scoreOf(yaml);
    expect(s.bodyLead).toEqual({ hit: 1, total: 3 });
    expect(s.requests).toEqual({ hit: 0, total: 1 });
  });

  it('finds nothing when the lines are not noted, and a merged task is matched once', () => {
    expect(scoreOf(DRAFT.replace(/ # nguồn: dòng \d+/g, '')).bodyFound).toEqual({ hit: 0, total: 3 });
    // One task noted at lines 3-4 stands for the first of the two facts only.
    const merged = DRAFT.replace('title: Bố trí kinh phí cho các hoạt động của Kế hoạch. # nguồn: dòng 3', 'title: Bố trí kinh phí # nguồn: dòng 3-4').replace(
      /\n {10}- id: huong-dan-quyet-toan\n.*\n.*\n/u,
      '\n',
    );
    const s = scoreOf(merged);
    expect(s.bodyFound).toEqual({ hit: 2, total: 3 });
    expect(s.misses.find((m) => m.line === 4)?.what).toMatch(/no draft task/);
  });

  it('reads the earlier shape too (duty sections of `duties`)', () => {
    const yaml = `kind: plan
duties:
  # nguồn: dòng 2-4
  - id: so-tai-chinh
    agency: Sở Tài chính # nguồn: dòng 2
    tasks:
      - id: so-tai-chinh-1
        title: Bố trí kinh phí # nguồn: dòng 3
      - id: so-tai-chinh-2
        title: Hướng dẫn thanh toán # nguồn: dòng 4
        timeframe: trước ngày 15/12/2025
  # nguồn: dòng 5-6
  - id: so-xay-dung
    agency: Sở Xây dựng # nguồn: dòng 5
    tasks:
      - id: so-xay-dung-1
        title: Rà soát các tuyến đường # nguồn: dòng 6
`;
    const s = scoreOf(yaml);
    expect(s.bodyLead).toEqual({ hit: 3, total: 3 });
    expect(s.timeframes).toEqual({ hit: 1, total: 3 });
  });
});

describe('parseFacts', () => {
  it('accepts facts that follow the README and says what is wrong otherwise', () => {
    expect('facts' in parseFacts(FACTS)).toBe(true);
    expect(parseFacts({ ...FACTS, counts: { ...FACTS.counts, bodyTasks: 4 } })).toEqual({ error: expect.stringMatching(/counts disagree/) });
    expect(parseFacts({ ...FACTS, tasks: [{ line: 0, where: 'body', lead: [], coordinators: [], timeframe: null }] })).toEqual({
      error: expect.stringMatching(/^tasks\.0\.line/),
    });
  });
});
