import { lintText } from '@kehoach/core';
import { buildDocument, renderText } from '@kehoach/render';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { bodyTasks, text } from './helpers.js';

// The end of the plans written for these tests: who carries the plan out, recipients, signature.
const CLOSING = [
  'II. TỔ CHỨC THỰC HIỆN',
  '',
  'Các sở, ngành, địa phương triển khai thực hiện Kế hoạch này./.',
  '',
  'Nơi nhận:',
  '- UBND tỉnh;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Trần Văn Bình',
];

// A plan written for these tests (its wording is ours), labelling its task lines its own way.
const PLAN = text(
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÒA BÌNH AN',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 91/KH-UBND | Hòa Bình An, ngày 08 tháng 12 năm 2025',
  '',
  'KẾ HOẠCH',
  '',
  'Phát triển du lịch cộng đồng năm 2026',
  '',
  'Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;',
  '',
  'I. NHIỆM VỤ',
  '',
  '1. Xây dựng sản phẩm du lịch cộng đồng',
  '',
  '- Khảo sát các bản có tiềm năng đón khách.',
  '',
  'Đơn vị chủ trì thực hiện: Sở Văn hóa, Thể thao và Du lịch.',
  '',
  'Đơn vị phối hợp: UBND các xã, phường.',
  '',
  'Thời gian thực hiện: Quý II/2026.',
  '',
  '2. Quảng bá du lịch cộng đồng',
  '',
  '- Tổ chức chương trình ”Một ngày làm người bản địa” cho khách đoàn.',
  '',
  'Đơn vị chủ trì thực hiện: Sở Văn hóa, Thể thao và Du lịch.',
  '',
  'Đơn vị phối hợp: Trung tâm Xúc tiến đầu tư tỉnh.',
  '',
  'Thời gian thực hiện: Quý III/2026.',
  '',
  '3. Đào tạo người làm du lịch',
  '',
  '- Nội dung: Mở lớp kỹ năng đón tiếp khách cho các hộ làm du lịch.',
  '',
  '- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nội vụ và UBND các xã, phường rà soát, lựa chọn học viên.',
  '',
  '- Thời hạn hoàn thành: Tháng 9/2026.',
  '',
  '4. Giữ gìn cảnh quan các bản du lịch',
  '',
  '- Vận động các hộ trồng cây xanh, thu gom rác thải.',
  '',
  'Đơn vị chủ trì tham mưu: UBND các xã, phường.',
  '',
  'Thời gian thực hiện: Thường xuyên.',
  '',
  ...CLOSING,
);

describe('the wording of task lines, kept as the plan writes it', () => {
  const result = importText(PLAN, { fileName: 'du-lich.txt' });
  const draft = parse(result.yaml) as { labels?: Record<string, string>; sections: { items: { labels?: Record<string, string>; content?: unknown }[] }[] };
  const tasks = draft.sections[0]?.items ?? [];

  it('states the labels most tasks use once for the plan, and a task\'s own where it labels otherwise', () => {
    expect(draft.labels).toEqual({ lead: 'Đơn vị chủ trì thực hiện', coordinators: 'Đơn vị phối hợp' });
    expect(tasks.map((t) => t.labels)).toEqual([undefined, undefined, { content: 'Nội dung', timeframe: 'Thời hạn hoàn thành' }, { lead: 'Đơn vị chủ trì tham mưu' }]);
  });

  it('keeps a lead line that says more than names as the task\'s wording, and reads its lead and coordinators out of it', () => {
    expect(bodyTasks(result)[2]).toEqual([
      'Đào tạo người làm du lịch',
      ['Sở Văn hóa, Thể thao và Du lịch'],
      ['Sở Nội vụ', 'UBND các xã, phường'],
      'Tháng 9/2026',
    ]);
    expect(tasks[2]?.content).toBe('Mở lớp kỹ năng đón tiếp khách cho các hộ làm du lịch.');
    // The line stands where the source has it: a point of the task, after its content.
    expect((tasks[2] as { items?: unknown[] }).items).toEqual([
      'Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nội vụ và UBND các xã, phường rà soát, lựa chọn học viên.',
    ]);
  });

  it('keeps the space before a closing-quote mark that opens a quotation', () => {
    expect(result.yaml).toContain('chương trình ”Một ngày làm người bản địa”');
  });

  it('renders the lines back as the source writes them, in its order, and the draft passes the schema', () => {
    const lint = lintText(result.yaml, { uri: 'du-lich.kehoach.yaml' });
    expect(lint.diagnostics.filter((d) => ['schema', 'unknown-key', 'yaml-syntax', 'body-stated-once'].includes(d.ruleId))).toEqual([]);
    const lines = renderText(buildDocument(lint.analysis)).split('\n');
    const body = lines.slice(lines.indexOf('I. NHIỆM VỤ'), lines.indexOf('II. TỔ CHỨC THỰC HIỆN'));
    expect(body).toEqual([
      'I. NHIỆM VỤ',
      '1. Xây dựng sản phẩm du lịch cộng đồng',
      '- Khảo sát các bản có tiềm năng đón khách.',
      '- Đơn vị chủ trì thực hiện: Sở Văn hóa, Thể thao và Du lịch.',
      '- Đơn vị phối hợp: UBND các xã, phường.',
      '- Thời gian thực hiện: Quý II/2026.',
      '2. Quảng bá du lịch cộng đồng',
      '- Tổ chức chương trình ”Một ngày làm người bản địa” cho khách đoàn.',
      '- Đơn vị chủ trì thực hiện: Sở Văn hóa, Thể thao và Du lịch.',
      '- Đơn vị phối hợp: Trung tâm Xúc tiến đầu tư tỉnh.',
      '- Thời gian thực hiện: Quý III/2026.',
      '3. Đào tạo người làm du lịch',
      '- Nội dung: Mở lớp kỹ năng đón tiếp khách cho các hộ làm du lịch.',
      '- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nội vụ và UBND các xã, phường rà soát, lựa chọn học viên.',
      '- Thời hạn hoàn thành: Tháng 9/2026.',
      '4. Giữ gìn cảnh quan các bản du lịch',
      '- Vận động các hộ trồng cây xanh, thu gom rác thải.',
      '- Đơn vị chủ trì tham mưu: UBND các xã, phường.',
      '- Thời gian thực hiện: Thường xuyên.',
    ]);
  });
});

describe('a lead line of several clauses, each with its own bodies', () => {
  // Our own wording: who carries the task out, said in two clauses joined by a semicolon.
  const plan = text(
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÒA BÌNH AN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 92/KH-UBND | Hòa Bình An, ngày 09 tháng 12 năm 2025',
    '',
    'KẾ HOẠCH',
    '',
    'Rà soát thủ tục hành chính năm 2026',
    '',
    'I. NHIỆM VỤ',
    '',
    '1. Rà soát thủ tục về đất đai',
    '',
    '- Nội dung: Rà soát các thủ tục về đất đai còn rườm rà.',
    '',
    '- Cơ quan thực hiện: Sở Nông nghiệp và Môi trường rà soát các thủ tục do Sở giải quyết; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát các thủ tục thuộc thẩm quyền của mình.',
    '',
    '- Thời gian thực hiện: Quý I/2026.',
    '',
    '2. Công bố kết quả rà soát',
    '',
    '- Nội dung: Đăng kết quả rà soát trên Cổng thông tin điện tử tỉnh.',
    '',
    '- Cơ quan thực hiện: Văn phòng Ủy ban nhân dân tỉnh đăng tải kết quả; Sở Tư pháp phối hợp kiểm tra nội dung trước khi đăng.',
    '',
    '- Thời gian thực hiện: Quý II/2026.',
    '',
    ...CLOSING,
  );
  const result = importText(plan, { fileName: 'ra-soat.txt' });

  it('reads the bodies of every clause as leads, and those that only "phối hợp" as coordinators', () => {
    expect(bodyTasks(result)).toEqual([
      ['Rà soát thủ tục về đất đai', ['Sở Nông nghiệp và Môi trường', 'các sở, ngành liên quan', 'Ủy ban nhân dân các xã, phường'], [], 'Quý I/2026'],
      ['Công bố kết quả rà soát', ['Văn phòng Ủy ban nhân dân tỉnh'], ['Sở Tư pháp'], 'Quý II/2026'],
    ]);
  });
});
