import { readFileSync } from 'node:fs';
import { EXAMPLE_AGENCIES, lintText } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { findQuantities, findReports, findTimeframe, importText, splitAgencies } from '../src/index.js';
import { expectedOf, measure, seedText } from './measure.js';

const other = readFileSync(new URL('./fixtures/other/commune-2025-nhiem-vu.txt', import.meta.url), 'utf8');

describe('splitAgencies', () => {
  it('keeps "UBND các xã, thị trấn" and "Các cơ quan, đơn vị liên quan" whole', () => {
    expect(splitAgencies('Phòng Văn hóa và Thông tin, Văn phòng HĐND&UBND; UBND các xã, thị trấn.')).toEqual([
      'Phòng Văn hóa và Thông tin',
      'Văn phòng HĐND&UBND',
      'UBND các xã, thị trấn',
    ]);
    expect(splitAgencies('Phòng Văn hoá và Thông tin, Phòng Nội vụ, Văn phòng HĐND và UBND, các cơ quan, đơn vị liên quan.')).toEqual([
      'Phòng Văn hoá và Thông tin',
      'Phòng Nội vụ',
      'Văn phòng HĐND và UBND',
      'các cơ quan, đơn vị liên quan',
    ]);
    expect(splitAgencies('Các cơ quan, đơn vị, UBND các xã, thị trấn')).toEqual(['Các cơ quan, đơn vị', 'UBND các xã, thị trấn']);
    expect(splitAgencies('Các Sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố')).toEqual([
      'Các Sở, ban, ngành tỉnh',
      'UBND các huyện, thị xã, thành phố',
    ]);
    expect(splitAgencies('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội')).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'các tổ chức chính trị - xã hội',
    ]);
    expect(splitAgencies('Các cơ quan, đơn vị liên quan..')).toEqual(['Các cơ quan, đơn vị liên quan']);
  });
});

describe('facts inside sentences', () => {
  it('finds deadlines and periods the core parser reads, not adverbs', () => {
    expect(findTimeframe('Thời gian hoàn thành xây dựng kế hoạch: Chậm nhất ngày 20/04/2024', 2024)?.text).toBe('Chậm nhất ngày 20/04/2024');
    expect(findTimeframe('hoàn thành trước ngày 30 tháng 6', 2024)?.text).toBe('Trước ngày 30 tháng 6');
    expect(findTimeframe('tổ chức trong Quý II, III năm 2024 tại huyện', 2024)?.text).toBe('Trong Quý II, III năm 2024');
    expect(findTimeframe('thường xuyên kiểm tra, giám sát tiến độ', 2024)).toBeUndefined();
  });

  it('reads counts with their comparator, unit and period', () => {
    const [q] = findQuantities('đảm bảo đăng tải tối thiểu 12 tin/bài trong năm qua các phương tiện', undefined);
    expect(q).toMatchObject({ text: 'tối thiểu 12 tin/bài trong năm', value: 12, unit: 'tin/bài', comparator: 'min', per: 'năm' });
    const [quarterly] = findQuantities('Hàng quý, có ít nhất 01 tin/bài về hoạt động hỗ trợ', 'Hàng quý');
    expect(quarterly).toMatchObject({ value: 1, unit: 'tin/bài', comparator: 'min', per: 'Hàng quý' });
    expect(findQuantities('Mỗi tháng 01 chương trình (10 - 15 phút)')).toEqual([]);
  });

  it('reads report paths: to whom, via whom, by when, on what condition', () => {
    const [district] = findReports(
      'Yêu cầu Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện, báo cáo UBND huyện kết quả thực hiện (qua Phòng Văn hóa và Thông tin) trước ngày 25/11/2024./.',
    );
    expect(district?.path).toMatchObject({ to: 'UBND huyện', via: 'Phòng Văn hóa và Thông tin', what: 'kết quả thực hiện', due: 'trước ngày 25/11/2024' });
    const [province] = findReports(
      'Trong quá trình thực hiện, nếu có phát sinh vướng mắc, các cơ quan, đơn vị, địa phương báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp) để xem xét, giải quyết./.',
    );
    expect(province?.path).toMatchObject({ to: 'UBND tỉnh', via: 'Sở Nội vụ', condition: 'nếu có phát sinh vướng mắc' });
    expect(findReports('Lồng ghép báo cáo kết quả thực hiện thông tin, tuyên truyền CCHC vào báo cáo CCHC định kỳ của cơ quan, đơn vị.')).toEqual([]);
  });
});

describe('a plan in another style (header, "Nội dung" / "Đơn vị thực hiện: + Chủ trì / + Phối hợp", report section)', () => {
  const result = importText(other, { fileName: 'commune-2025-nhiem-vu.txt' });
  const plan = result.plan as Record<string, any>;

  it('reads the header block', () => {
    expect(plan.issuer).toEqual({ name: 'Ủy ban nhân dân xã Hảo Đước', level: 'commune', parent: 'UBND tỉnh Tây Ninh', code: 'UBND' });
    expect(plan).toMatchObject({ number: '15/KH-UBND', place: 'Hảo Đước', date: '05/08/2025', year: 2025 });
    expect(plan.parent).toEqual({ ref: '120/KH-UBND', issuer: 'UBND tỉnh Tây Ninh' });
    expect(plan.legalBases[0]).toEqual({
      verb: 'can-cu',
      type: 'Nghị định',
      ref: '61/2018/NĐ-CP',
      date: '23/04/2018',
      issuer: 'Chính phủ',
      summary: 'về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    });
  });

  it('reads "+ Chủ trì" / "+ Phối hợp" under "Đơn vị thực hiện", on their own lines or inline', () => {
    expect(plan.tasks.map((t: any) => [t.title, t.lead, t.coordinators, t.timeframe])).toEqual([
      ['Rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa xã', 'Văn phòng HĐND và UBND xã', ['Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã'], 'Quý III/2025'],
      ['Tổ chức tuyên truyền về dịch vụ công trực tuyến trên hệ thống truyền thanh xã', 'Phòng Văn hóa - Xã hội', 'các thôn, ấp', 'Từ tháng 8 đến tháng 12 năm 2025'],
      ['Tập huấn kỹ năng số cho cán bộ, công chức', 'Phòng Kinh tế', undefined, 'Chậm nhất ngày 30/11/2025'],
    ]);
    expect(plan.tasks[0].outputs).toEqual(['Danh mục thủ tục hành chính được niêm yết']);
    expect(plan.tasks[1].frequency).toBe('ít nhất 02 lần/tháng');
  });

  it('reads a report section with two deadlines as two report paths', () => {
    expect(plan.reporting).toEqual([
      expect.objectContaining({ to: 'UBND xã', via: 'Văn phòng HĐND và UBND xã', what: 'báo cáo 6 tháng', due: 'trước ngày 30 tháng 6' }),
      expect.objectContaining({ to: 'UBND xã', via: 'Văn phòng HĐND và UBND xã', what: 'báo cáo năm', due: 'trước ngày 30 tháng 11' }),
    ]);
  });

  it('keeps what it cannot place as a marked leftover at the end of the draft, never drops it', () => {
    expect(result.report.unplaced.map((u) => [u.text, u.lines])).toEqual([
      ['VI. ĐIỀU KHOẢN THI HÀNH', [44]],
      ['Kế hoạch này có hiệu lực kể từ ngày ký.', [45]],
    ]);
    const tail = result.yaml.slice(result.yaml.indexOf('# CHƯA XẾP ĐƯỢC'));
    expect(tail).toContain('# [dòng 44] (mục không nhận ra)\n#   VI. ĐIỀU KHOẢN THI HÀNH');
    expect(tail).toContain('#   Kế hoạch này có hiệu lực kể từ ngày ký.');
    expect(result.report.cleaning.dropped).toEqual([{ line: 33, text: '- 2 -', reason: 'số trang' }]);
  });

  it('passes core checks: the only error left is the agency registry the author must name', () => {
    const lint = lintText(result.yaml);
    const errors = lint.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId);
    expect(errors).toEqual(['agency-known']);
  });
});

describe('messy text', () => {
  it('reads NFD text with "Ð" look-alikes, stray spaces and page numbers the same as the clean seed', () => {
    const clean = seedText('district-binh-son-2024');
    const messy = clean
      .normalize('NFD')
      .replace(/Đ/g, '\u00D0')
      .replace(/: /g, ' :  ')
      .replace(/\n\n### \*\*6\./, '\n\n- 4 -\n\nTrang 4\n\n### **6.');
    const a = importText(clean).plan as Record<string, any>;
    const b = importText(messy).plan as Record<string, any>;
    expect(measure(b, expectedOf('district-binh-son-2024')).leadAndTimeframe).toEqual({ hit: 25, total: 25 });
    expect(b.tasks.map((t: any) => t.lead)).toEqual(a.tasks.map((t: any) => t.lead));
  });
});

describe('agency registry', () => {
  it('resolves names written differently ("Văn hoá") and flags the unknown ones, kept verbatim', () => {
    const result = importText(seedText('district-binh-son-2024'), { agencies: EXAMPLE_AGENCIES });
    const byText = new Map(result.report.agencies.map((a) => [a.text, a.id]));
    expect(byText.get('Phòng Văn hoá và Thông tin')).toBe('phong-vhtt');
    expect(byText.get('Trung tâm Truyền thông - Văn hoá - Thể thao')).toBe('trung-tam-tt-vh-tt');
    const unknown = new Set(result.report.unmatchedAgencies.map((a) => a.text));
    expect(unknown).toEqual(new Set(['Văn phòng HĐND&UBND', 'Văn phòng HĐND và UBND', 'Các phòng, đơn vị', 'Các cơ quan, đơn vị', 'Phòng Tài chính - Kế hoạch', 'Văn phòng HĐND&UBND huyện']));
    expect((result.plan as any).tasks[0].lead[1]).toBe('Văn phòng HĐND&UBND');
    expect(result.yaml).toContain('- Văn phòng HĐND&UBND # chưa có trong danh mục cơ quan');
  });
});

describe('input that is not a plan', () => {
  it.each([
    ['empty', ''],
    ['prose', 'Xin chào\nđây không phải kế hoạch'],
    ['control characters and markers only', '\u0000\u0001 ### ** - 1. a)\n+ Chủ trì:\nV. TỔ CHỨC THỰC HIỆN\n1. :\n'],
  ])('%s: still a draft core reads, with the gaps said in comments and the text kept', (_name, text) => {
    const result = importText(text);
    expect(result.yaml).toContain('# THIẾU issuer: không tìm thấy cơ quan ban hành');
    const lint = lintText(result.yaml);
    expect(lint.diagnostics.filter((d) => d.ruleId === 'yaml-syntax')).toEqual([]);
    expect(lint.diagnostics.filter((d) => d.ruleId === 'schema').map((d) => d.data.key ?? d.message.vi)).toHaveLength(3);
    for (const u of result.report.unplaced) expect(result.yaml).toContain(u.text.split('\n')[0]!.trim());
  });
});

describe('legal bases written in words', () => {
  it('keeps a basis without a number as `text`, in its place among the numbered ones', () => {
    const text = [
      '**KẾ HOẠCH**',
      '**Tuyên truyền cải cách hành chính năm 2024**',
      '',
      'Căn cứ Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024;',
      'Căn cứ tình hình thực tế của địa phương;',
      'Thực hiện Kế hoạch số 07/KH-UBND ngày 17/01/2024 của UBND tỉnh Quảng Ngãi; Kế hoạch chuyển đổi số huyện Bình Sơn năm 2024,',
    ].join('\n');
    const plan = importText(text).plan as Record<string, any>;
    expect(plan.legalBases.map((b: any) => b.ref ?? b.text)).toEqual([
      '140/QĐ-UBND',
      'tình hình thực tế của địa phương',
      '07/KH-UBND',
      'Kế hoạch chuyển đổi số huyện Bình Sơn năm 2024',
    ]);
    expect(plan.legalBases[3].verb).toBe('thuc-hien');
  });
});

describe('labels on the task line, sub-numbered tasks, labels broken across lines', () => {
  const text = [
    'KẾ HOẠCH',
    'Thông tin, tuyên truyền cải cách hành chính năm 2024',
    '',
    'Căn cứ Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024;',
    '',
    'II. Nhiệm vụ cụ thể',
    '1. Tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm (Cơ quan chủ trì: Sở Nội vụ; Cơ quan phối hợp: Văn phòng UBND tỉnh; Thời gian: Tháng 7/2024).',
    '2. Xây dựng chuyên mục cải cách hành chính trên Báo Tây Ninh. Chủ trì: Báo Tây Ninh; thời gian thực hiện: Hàng quý.',
    '3. Cập nhật thông tin lên Cổng thông tin điện tử tỉnh',
    '- Cơ quan chủ trì: Sở Thông tin và',
    'Truyền thông',
    '- Thời gian thực hiện: Thường xuyên trong năm',
    '3.1. Đăng tin về kết quả cải cách hành chính',
    '- Cơ quan chủ trì: Văn phòng UBND tỉnh',
    '- Thời gian thực hiện: Quý IV/2024',
  ].join('\n');
  const plan = importText(text).plan as Record<string, any>;

  it('reads every task with its lead and timeframe, and keeps the sentence-case section heading', () => {
    expect(plan.tasks.map((t: any) => [t.title, t.lead, t.coordinators, t.timeframe])).toEqual([
      ['Tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm', 'Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Tháng 7/2024'],
      ['Xây dựng chuyên mục cải cách hành chính trên Báo Tây Ninh', 'Báo Tây Ninh', undefined, 'Hàng quý'],
      ['Cập nhật thông tin lên Cổng thông tin điện tử tỉnh', 'Sở Thông tin và Truyền thông', undefined, 'Thường xuyên trong năm'],
      ['Đăng tin về kết quả cải cách hành chính', 'Văn phòng UBND tỉnh', undefined, 'Quý IV/2024'],
    ]);
    expect(plan.layout.headings.tasks).toBe('Nhiệm vụ cụ thể');
  });
});

describe('targets ("Chỉ tiêu")', () => {
  it('keeps each target sentence with the number it states', () => {
    const text = [
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2024',
      '',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Nâng cao chất lượng phục vụ người dân, doanh nghiệp.',
      '2. Chỉ tiêu',
      '- 100% thủ tục hành chính được niêm yết công khai tại Bộ phận Một cửa.',
      '- Tối thiểu 12 tin/bài trong năm về cải cách hành chính.',
      '- Nâng cao mức độ hài lòng của người dân.',
    ].join('\n');
    const plan = importText(text).plan as Record<string, any>;
    expect(plan.targets).toEqual([
      { text: '100% thủ tục hành chính được niêm yết công khai tại Bộ phận Một cửa.', value: 100, unit: '%' },
      { text: 'Tối thiểu 12 tin/bài trong năm về cải cách hành chính.', value: 12, unit: 'tin/bài', comparator: 'min', per: 'năm' },
      { text: 'Nâng cao mức độ hài lòng của người dân.' },
    ]);
    expect(plan.layout.headings.targets).toBe('Chỉ tiêu');
    // The text has no issuer (that is the only schema problem): the targets themselves fit the schema.
    const schema = lintText(importText(text).yaml).diagnostics.filter((d) => d.ruleId === 'schema');
    expect(schema.map((d) => d.data.key)).toEqual(['issuer']);
  });
});
