import { lintText } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { bodyTasks, requests, text } from './helpers.js';

// A plan written for these tests in the layouts real provincial plans use (its wording is ours).
const PLAN = text(
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÒA BÌNH AN',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 77/KH-UBND | Hòa Bình An, ngày 02 tháng 12 năm 2025',
  '',
  'KẾ HOẠCH',
  '',
  'PHÁT TRIỂN THƯ VIỆN SỐ TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030',
  '',
  'Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;',
  '',
  'Thực hiện Quyết định số 206/QĐ-TTg ngày 11/02/2021 của Thủ tướng Chính phủ và Kế hoạch số 15/KH-UBND ngày 10/3/2025 của UBND tỉnh[1];',
  '',
  'Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển thư viện số như sau:',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '',
  '1. Mục đích',
  '',
  '- Đưa tài liệu của thư viện tỉnh lên môi trường số.',
  '',
  '- Mở rộng khả năng tiếp cận tri thức của người dân.',
  '',
  '2. Chỉ tiêu',
  '',
  '- Đến năm 2030, tối thiểu 80% tài liệu quý hiếm được số hóa.',
  '',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  '',
  '1. Số hóa tài liệu của thư viện tỉnh',
  '',
  '- Lập danh mục tài liệu cần số hóa theo thứ tự ưu tiên.',
  '',
  'Đơn vị chủ trì thực hiện: Sở Văn hóa, Thể thao và Du lịch.',
  '',
  'Đơn vị phối hợp Sở Khoa học và Công nghệ; UBND các xã, phường.',
  '',
  'Thời gian thực hiện: Quý IV/2026.',
  '',
  '2. Nâng cao kỹ năng cho người làm thư viện',
  '',
  '- Mở lớp bồi dưỡng nghiệp vụ số hóa.',
  '',
  'Đơn vị chủ trì: Sở Nội vụ.',
  '',
  'Thời gian thực hiện: Hằng năm.',
  '',
  '- Tổ chức tham quan học tập ở các thư viện đã số hóa.',
  '',
  'Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.',
  '',
  'Đơn vị phối hợp: Các sở, ban, ngành tỉnh; các cơ quan, đơn vị liên quan.',
  '',
  'Thời gian thực hiện: Thường xuyên.',
  '',
  'III. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Sở Tài chính',
  '',
  'a) Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm.',
  '',
  'b) Hướng dẫn thanh toán, quyết toán kinh phí theo quy định, hoàn thành trước ngày 30/12/2026.',
  '',
  '2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, các cơ quan, đơn vị liên quan thẩm định giải pháp kỹ thuật của hệ thống thư viện số.',
  '',
  '3. Giao Sở Nội vụ theo dõi việc bố trí nhân lực cho thư viện các xã.',
  '',
  '4. UBND các xã, phường',
  '',
  'Bố trí phòng đọc có kết nối mạng tại trung tâm văn hóa xã.',
  '',
  '5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp vận động Nhân dân sử dụng thư viện số.',
  '',
  '6. Đề nghị: Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh',
  '',
  'a) Tuyên truyền đoàn viên, hội viên đọc sách trên thư viện số.',
  '',
  'IV. CHẾ ĐỘ BÁO CÁO',
  '',
  'Các sở, ban, ngành tỉnh báo cáo Ủy ban nhân dân tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) trước ngày 15/12 hằng năm.',
  '',
  'Nơi nhận:',
  '- Bộ Văn hóa, Thể thao và Du lịch (b/c);',
  '- Các sở, ban, ngành tỉnh;',
  '- Lưu: VT, KGVX. Hg.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Lê Thị Hoa',
  '',
  'PHỤ LỤC',
  '',
  'DANH MỤC NHIỆM VỤ TRỌNG TÂM',
  '',
  '(Kèm theo Kế hoạch số 77/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân tỉnh)',
  '',
  'STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành',
  'I. HẠ TẦNG',
  '1 | Xây dựng nền tảng thư viện số dùng chung | Sở Khoa học và Công nghệ | Sở Văn hóa, Thể thao và Du lịch | Năm 2027',
  'STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành',
  'II. NỘI DUNG SỐ',
  '2 | Số hóa báo chí địa phương xuất bản trước năm 2000 | Sở Văn hóa, Thể thao và Du lịch | Báo và Phát thanh, Truyền hình tỉnh; UBND các xã, phường | Quý II/2028',
  '',
  '[1] Kế hoạch thực hiện Chương trình chuyển đổi số ngành văn hóa.',
);

describe('a provincial plan in the layouts real plans use', () => {
  const result = importText(PLAN, { fileName: 'thu-vien-so.txt' });
  const plan = result.plan as Record<string, any>;

  it('reads the header row, the period the title states, and the bases as written', () => {
    expect(plan).toMatchObject({ number: '77/KH-UBND', place: 'Hòa Bình An', date: '02/12/2025' });
    expect(plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Hòa Bình An', level: 'province' });
    expect(plan.period).toEqual({ from: 2026, to: 2030, text: 'GIAI ĐOẠN 2026 - 2030' });
    expect(plan.year).toBeUndefined();
    expect(plan.legalBases).toEqual([
      'Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;',
      'Thực hiện Quyết định số 206/QĐ-TTg ngày 11/02/2021 của Thủ tướng Chính phủ và Kế hoạch số 15/KH-UBND ngày 10/3/2025 của UBND tỉnh[^1];',
    ]);
    expect(plan.footnotes).toEqual([{ mark: '1', text: 'Kế hoạch thực hiện Chương trình chuyển đổi số ngành văn hóa.' }]);
  });

  it('reads label lines with or without a colon; several label blocks under one item make a group of tasks', () => {
    expect(bodyTasks(result).slice(0, 3)).toEqual([
      ['Số hóa tài liệu của thư viện tỉnh', ['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Khoa học và Công nghệ', 'UBND các xã, phường'], 'Quý IV/2026'],
      ['Mở lớp bồi dưỡng nghiệp vụ số hóa.', ['Sở Nội vụ'], [], 'Hằng năm'],
      ['Tổ chức tham quan học tập ở các thư viện đã số hóa.', ['Sở Văn hóa, Thể thao và Du lịch'], ['Các sở, ban, ngành tỉnh', 'các cơ quan, đơn vị liên quan'], 'Thường xuyên'],
    ]);
    const group = plan.sections[1].items[1];
    expect(group.title).toBe('Nâng cao kỹ năng cho người làm thư viện');
    expect(group.items).toHaveLength(2);
  });

  it('reads duty sections per agency, "X chủ trì, phối hợp với Y", "Giao X ...", and one paragraph under an agency', () => {
    expect(bodyTasks(result).slice(3)).toEqual([
      ['Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm.', ['Sở Tài chính'], [], undefined],
      ['Hướng dẫn thanh toán, quyết toán kinh phí theo quy định, hoàn thành trước ngày 30/12/2026.', ['Sở Tài chính'], [], 'hoàn thành trước ngày 30/12/2026'],
      [
        'Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, các cơ quan, đơn vị liên quan thẩm định giải pháp kỹ thuật của hệ thống thư viện số.',
        ['Sở Khoa học và Công nghệ'],
        ['Sở Văn hóa, Thể thao và Du lịch', 'các cơ quan, đơn vị liên quan'],
        undefined,
      ],
      ['Giao Sở Nội vụ theo dõi việc bố trí nhân lực cho thư viện các xã.', ['Sở Nội vụ'], [], undefined],
      ['Bố trí phòng đọc có kết nối mạng tại trung tâm văn hóa xã.', ['UBND các xã, phường'], [], undefined],
    ]);
    const duty = plan.sections[2].items[0];
    expect(duty).toMatchObject({ lead: 'Sở Tài chính' });
    expect(duty.title).toBeUndefined();
  });

  it('writes "Đề nghị ..." as requests to the bodies it names, never a whole sentence as an agency', () => {
    expect(requests(result)).toEqual([
      ['Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp vận động Nhân dân sử dụng thư viện số.', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']],
      ['Đề nghị: Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh', ['Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ tỉnh']],
    ]);
    for (const t of result.report.tasks) for (const name of [...(t.lead ?? []), ...(t.request ?? [])]) expect(name).not.toMatch(/^Đề nghị/u);
  });

  it('writes the "Chế độ báo cáo" sentence as a report path item', () => {
    const report = plan.sections[3].items[0].reporting;
    expect(report).toMatchObject({ to: 'Ủy ban nhân dân tỉnh', via: 'Sở Văn hóa, Thể thao và Du lịch', due: 'trước ngày 15/12 hằng năm' });
  });

  it('reads the signature chain, the recipients, and the archive without the drafter\'s initials', () => {
    expect(plan.signature).toEqual({
      chain: [
        { authority: 'TM', for: 'Ủy ban nhân dân' },
        { authority: 'KT', for: 'Chủ tịch' },
      ],
      capacity: 'Phó Chủ tịch',
      name: 'Lê Thị Hoa',
    });
    expect(plan.recipients).toEqual([{ name: 'Bộ Văn hóa, Thể thao và Du lịch', purpose: 'b/c' }, 'Các sở, ban, ngành tỉnh']);
    expect(plan.archive).toEqual(['VT', 'KGVX']);
    expect(result.yaml).toMatch(/# [^\n]*văn bản ghi thêm "Hg\." \(ký hiệu người soạn, số bản\)\narchive:/u);
  });

  it('reads the appendix table as a table: its columns, group rows, rows as tasks, the repeated header dropped', () => {
    const appendix = plan.appendices[0];
    expect(appendix).toMatchObject({ label: 'PHỤ LỤC', title: 'DANH MỤC NHIỆM VỤ TRỌNG TÂM', caption: '(Kèm theo Kế hoạch số 77/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân tỉnh)' });
    const table = appendix.items[0].table;
    expect(table.columns.map((c: any) => c.field)).toEqual(['order', 'title', 'lead', 'coordinators', 'timeframe']);
    expect(table.rows.map((r: any) => [r.heading, r.number, r.items.length])).toEqual([
      ['HẠ TẦNG', 'I', 1],
      ['NỘI DUNG SỐ', 'II', 1],
    ]);
    expect(bodyTasks(result, 'appendix')).toEqual([
      ['Xây dựng nền tảng thư viện số dùng chung', ['Sở Khoa học và Công nghệ'], ['Sở Văn hóa, Thể thao và Du lịch'], 'Năm 2027'],
      ['Số hóa báo chí địa phương xuất bản trước năm 2000', ['Sở Văn hóa, Thể thao và Du lịch'], ['Báo và Phát thanh, Truyền hình tỉnh', 'UBND các xã, phường'], 'Quý II/2028'],
    ]);
    expect(result.report.cleaning.dropped.map((d) => d.reason)).toContain('dòng tiêu đề bảng lặp lại');
  });

  it('places every paragraph, writes targets with their figure, and passes the schema', () => {
    expect(result.report.unplaced).toEqual([]);
    expect(plan.sections[0].items[1].items[0]).toEqual({ target: 'Đến năm 2030, tối thiểu 80% tài liệu quý hiếm được số hóa.', value: 80, unit: '%', comparator: 'min' });
    const broken = lintText(result.yaml).diagnostics.filter((d) => ['schema', 'yaml-syntax', 'unknown-key'].includes(d.ruleId));
    expect(broken).toEqual([]);
    for (const k of ['objectives', 'requirements', 'content', 'tasks', 'duties']) expect(plan[k]).toBeUndefined();
  });
});

describe('a decision that issues a plan', () => {
  const result = importText(
    text(
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÒA BÌNH AN',
      'Số: 1201/QĐ-UBND | Hòa Bình An, ngày 05 tháng 12 năm 2025',
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch kiểm tra an toàn thực phẩm dịp Tết năm 2026',
      'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH AN',
      'Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;',
      'Theo đề nghị của Sở Y tế tại Tờ trình số 88/TTr-SYT ngày 01 tháng 12 năm 2025.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra an toàn thực phẩm dịp Tết năm 2026.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Nơi nhận:',
      '- Như Điều 2;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Đỗ Văn Nam',
      '',
      'KẾ HOẠCH',
      'Kiểm tra an toàn thực phẩm dịp Tết năm 2026',
      '(Ban hành kèm theo Quyết định số 1201/QĐ-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh)',
      'I. MỤC ĐÍCH',
      'Bảo đảm an toàn thực phẩm cho người dân.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế chủ trì kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm, hoàn thành trước ngày 15/02/2026.',
    ),
  );
  const plan = result.plan as Record<string, any>;

  it('reads the decision (number, date, title, authority, bases, articles, signature) and the plan it issues', () => {
    expect(plan.decision).toMatchObject({
      number: '1201/QĐ-UBND',
      date: '05/12/2025',
      place: 'Hòa Bình An',
      title: 'Ban hành Kế hoạch kiểm tra an toàn thực phẩm dịp Tết năm 2026',
      authority: 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH AN',
      legalBases: ['Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;', 'Theo đề nghị của Sở Y tế tại Tờ trình số 88/TTr-SYT ngày 01 tháng 12 năm 2025.'],
      articles: ['Ban hành kèm theo Quyết định này Kế hoạch kiểm tra an toàn thực phẩm dịp Tết năm 2026.', 'Quyết định này có hiệu lực kể từ ngày ký.'],
      recipients: ['Như Điều 2'],
      archive: ['VT'],
      signature: { chain: [{ authority: 'KT', for: 'Chủ tịch' }], capacity: 'Phó Chủ tịch', name: 'Đỗ Văn Nam' },
    });
    // The plan's own number and date stay empty: the decision identifies it.
    expect(plan.number).toBeUndefined();
    expect(plan.title).toBe('Kiểm tra an toàn thực phẩm dịp Tết năm 2026');
    expect(plan.year).toBe(2026);
    expect(bodyTasks(result)).toEqual([
      ['Sở Y tế chủ trì kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm, hoàn thành trước ngày 15/02/2026.', ['Sở Y tế'], [], 'hoàn thành trước ngày 15/02/2026'],
    ]);
    expect(result.report.unplaced).toEqual([]);
    expect(lintText(result.yaml).diagnostics.filter((d) => ['schema', 'yaml-syntax', 'unknown-key'].includes(d.ruleId))).toEqual([]);
  });
});

describe('labels written without their colon, or with the value on the next line', () => {
  const result = importText(
    text(
      'KẾ HOẠCH',
      'Chuyển đổi số ngành giáo dục năm 2026',
      'Căn cứ Quyết định số 9/QĐ-UBND ngày 05/01/2026 của UBND tỉnh;',
      'I. NHIỆM VỤ',
      '1. Cập nhật cơ sở dữ liệu giáo viên',
      'Đơn vị thực hiện',
      'Sở Giáo dục và Đào tạo.',
      'Thời gian thực hiện',
      'Quý I/2026.',
      '2. Số hóa học bạ',
      '- Đơn vị thực hiện - Các trường trung học phổ thông.',
      '- Đơn vị phối hợp Sở Khoa học và Công nghệ.',
      '- Thời gian thực hiện: Năm 2026.',
    ),
  );

  it('reads the lead and the timeframe all the same', () => {
    expect(bodyTasks(result)).toEqual([
      ['Cập nhật cơ sở dữ liệu giáo viên', ['Sở Giáo dục và Đào tạo'], [], 'Quý I/2026'],
      ['Số hóa học bạ', ['Các trường trung học phổ thông'], ['Sở Khoa học và Công nghệ'], 'Năm 2026'],
    ]);
    expect(result.report.unplaced).toEqual([]);
  });
});

describe('report paths stated in a paragraph of their own', () => {
  const result = importText(
    text(
      'KẾ HOẠCH',
      'Phòng chống dịch bệnh mùa mưa năm 2026',
      'Căn cứ Quyết định số 21/QĐ-UBND ngày 12/01/2026 của UBND tỉnh;',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế chủ trì giám sát dịch bệnh tại các xã.',
      'II. THÔNG TIN, BÁO CÁO',
      'Các cơ quan, đơn vị định kỳ trước ngày 25 hằng tháng gửi báo cáo kết quả về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
    ),
  );

  it('writes the paragraph as a report path item that keeps the sentence: to the last receiver, via the one that compiles', () => {
    const items = (result.plan as any).sections[1].items;
    expect(items[0].reporting).toMatchObject({
      to: 'Ủy ban nhân dân tỉnh',
      via: 'Sở Y tế',
      due: 'trước ngày 25 hằng tháng',
      text: 'Các cơ quan, đơn vị định kỳ trước ngày 25 hằng tháng gửi báo cáo kết quả về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
    });
    expect(result.report.counts.reporting).toBe(1);
  });
});

describe('a period the plan states for itself', () => {
  it('reads "đến năm 2030" as a period from the year the plan is dated in, and says so', () => {
    const result = importText(
      text(
        'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH AN',
        'Số: 12/KH-UBND | Hòa Bình An, ngày 10 tháng 12 năm 2025',
        'KẾ HOẠCH',
        'Triển khai Chương trình phòng, chống thiên tai đến năm 2030',
        'Căn cứ Quyết định số 1/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ;',
        'I. MỤC TIÊU',
        'Giảm thiệt hại do thiên tai.',
      ),
    );
    expect((result.plan as any).period).toEqual({ from: 2025, to: 2030, text: 'đến năm 2030' });
    expect((result.plan as any).year).toBeUndefined();
    expect(result.yaml).toMatch(/from: 2025 # suy ra: năm ban hành/u);
  });
});
