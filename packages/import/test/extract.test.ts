import { readFileSync } from 'node:fs';
import { EXAMPLE_AGENCIES, findLegalRefs, lintText } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { cleanText, findQuantities, findReports, findTimeframe, importText, splitAgencies } from '../src/index.js';
import { expectedOf, measure, seedText } from './measure.js';
import { bodyTasks } from './helpers.js';

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

  it('opens a new list at a kind of body of its own (political-social organisations, vertically managed agencies), even in lowercase', () => {
    expect(splitAgencies('Các sở, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể tỉnh')).toEqual([
      'Các sở, ngành, đơn vị',
      'tổ chức chính trị - xã hội, hội, đoàn thể tỉnh',
    ]);
    expect(splitAgencies('Các sở, ban, ngành cấp tỉnh, cơ quan ngành dọc trên địa bàn; UBND các xã')).toEqual([
      'Các sở, ban, ngành cấp tỉnh',
      'cơ quan ngành dọc trên địa bàn',
      'UBND các xã',
    ]);
    // A kind the list opened with continues it.
    expect(splitAgencies('Các cơ quan, đơn vị, đoàn thể cấp tỉnh')).toEqual(['Các cơ quan, đơn vị, đoàn thể cấp tỉnh']);
  });

  it('keeps the names of departments that hold commas and "và" whole, and each name exactly as written', () => {
    expect(splitAgencies('Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình tỉnh')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Báo và Phát thanh, Truyền hình tỉnh',
    ]);
    expect(splitAgencies('Sở Giáo dục và Đào tạo và Sở Y tế')).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Y tế']);
    expect(splitAgencies('Sở, ban, ngành liên quan')).toEqual(['Sở, ban, ngành liên quan']);
    expect(splitAgencies('các sở, ban, ngành, đoàn thể tỉnh và các đơn vị có liên quan')).toEqual(['các sở, ban, ngành, đoàn thể tỉnh', 'các đơn vị có liên quan']);
  });
});

describe('facts inside sentences', () => {
  it('finds deadlines and periods the core parser reads, not adverbs', () => {
    expect(findTimeframe('Thời gian hoàn thành xây dựng kế hoạch: Chậm nhất ngày 20/04/2024', 2024)?.text).toBe('Chậm nhất ngày 20/04/2024');
    // As written: the verb "hoàn thành" belongs to the phrase, and the case is the text's.
    expect(findTimeframe('hoàn thành trước ngày 30 tháng 6', 2024)?.text).toBe('hoàn thành trước ngày 30 tháng 6');
    expect(findTimeframe('tổ chức trong Quý II, III năm 2024 tại huyện', 2024)?.text).toBe('trong Quý II, III năm 2024');
    expect(findTimeframe('triển khai từ ngày 15/11 đến ngày 15/12 hằng năm', 2024)?.text).toBe('từ ngày 15/11 đến ngày 15/12');
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

  it('reads the header block, and the bases as the citations the text writes', () => {
    expect(plan.issuer).toEqual({ name: 'Ủy ban nhân dân xã Hảo Đước', level: 'commune', parent: 'UBND tỉnh Tây Ninh', code: 'UBND' });
    expect(plan).toMatchObject({ number: '15/KH-UBND', place: 'Hảo Đước', date: '05/08/2025', year: 2025 });
    expect(plan.parent).toEqual({ ref: '120/KH-UBND', issuer: 'UBND tỉnh Tây Ninh' });
    expect(plan.legalBases[0]).toBe(
      'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;',
    );
    expect(findLegalRefs(plan.legalBases[1]).map((m) => m.ref.canonical)).toEqual(['120/KH-UBND']);
  });

  it('reads "+ Chủ trì" / "+ Phối hợp" under "Đơn vị thực hiện", on their own lines or inline', () => {
    expect(bodyTasks(result)).toEqual([
      ['Rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa xã', ['Văn phòng HĐND và UBND xã'], ['Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã'], 'Quý III/2025'],
      ['Tổ chức tuyên truyền về dịch vụ công trực tuyến trên hệ thống truyền thanh xã', ['Phòng Văn hóa - Xã hội'], ['các thôn, ấp'], 'Từ tháng 8 đến tháng 12 năm 2025'],
      ['Tập huấn kỹ năng số cho cán bộ, công chức', ['Phòng Kinh tế'], [], 'Chậm nhất ngày 30/11/2025'],
    ]);
    const tasks = plan.sections[1].items;
    expect(tasks[0].outputs).toEqual(['Danh mục thủ tục hành chính được niêm yết']);
    expect(tasks[1].frequency).toBe('ít nhất 02 lần/tháng');
    // One name is written as a string, several as a list.
    expect(tasks[2].lead).toBe('Phòng Kinh tế');
  });

  it('writes the "Chế độ báo cáo" sentence as a report path with its two deadlines, keeping the sentence', () => {
    const report = plan.sections.find((s: any) => s.heading === 'CHẾ ĐỘ BÁO CÁO').items[0].reporting;
    expect(report).toMatchObject({ to: 'UBND xã', via: 'Văn phòng HĐND và UBND xã', due: ['trước ngày 30 tháng 6', 'trước ngày 30 tháng 11'] });
    expect(report.text).toMatch(/^Các cơ quan, đơn vị báo cáo UBND xã/u);
  });

  it('keeps every section in order, a section the importer does not know included, with the number the text gives it', () => {
    expect(plan.sections.map((s: any) => [s.heading, s.number])).toEqual([
      ['MỤC ĐÍCH, YÊU CẦU', undefined],
      ['NHIỆM VỤ CỤ THỂ', undefined],
      ['KINH PHÍ', undefined],
      ['CHẾ ĐỘ BÁO CÁO', undefined],
      ['ĐIỀU KHOẢN THI HÀNH', 'VI'],
    ]);
    expect(result.report.unplaced).toEqual([]);
    expect(result.report.cleaning.dropped).toEqual([{ line: 33, text: '- 2 -', reason: 'số trang' }]);
  });

  it('reads the signature chain and the archive', () => {
    expect(plan.signature).toEqual({ chain: [{ authority: 'KT', for: 'Chủ tịch' }], capacity: 'Phó Chủ tịch', name: 'Nguyễn Văn An' });
    expect(plan.archive).toEqual(['VT']);
    expect(plan.recipients).toEqual([{ name: 'UBND tỉnh', purpose: 'b/c' }, 'Sở Nội vụ']);
  });

  it('passes core checks: the only error left is the agency registry the author must name', () => {
    const lint = lintText(result.yaml);
    const errors = [...new Set(lint.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))];
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
    const a = importText(clean);
    const b = importText(messy);
    expect(measure(b, expectedOf('district-binh-son-2024')).leadAndTimeframe).toEqual({ hit: 25, total: 25 });
    expect(bodyTasks(b).map((t) => t[1])).toEqual(bodyTasks(a).map((t) => t[1]));
  });

  it('drops a page number between paragraphs, but keeps a bare number between two table rows (a cell of a broken row)', () => {
    const lines = ['Phân bổ chỉ tiêu như sau:', '', '- 2 -', '', 'TT | Đơn vị | Số lớp', '1 | Xã Đông Hà | 3', '2 | Xã Tây Sơn', '4', '3 | Xã Nam Bình | 2', ''];
    const cleaned = cleanText(lines.join('\n'));
    expect(cleaned.dropped.map((d) => d.text)).toEqual(['- 2 -']);
    expect(cleaned.blocks.map((b) => b.text)).toContain('4');
  });
});

describe('agency registry', () => {
  it('resolves names written differently ("Văn hoá") and flags the unknown ones, kept verbatim', () => {
    const result = importText(seedText('district-binh-son-2024'), { agencies: EXAMPLE_AGENCIES });
    const byText = new Map(result.report.agencies.map((a) => [a.text, a.id]));
    expect(byText.get('Phòng Văn hoá và Thông tin')).toBe('phong-vhtt');
    expect(byText.get('Trung tâm Truyền thông - Văn hoá - Thể thao')).toBe('trung-tam-tt-vh-tt');
    const unknown = new Set(result.report.unmatchedAgencies.map((a) => a.text));
    expect(unknown).toContain('Văn phòng HĐND&UBND');
    expect(unknown).toContain('Phòng Tài chính - Kế hoạch');
    expect(unknown).not.toContain('Phòng Văn hoá và Thông tin');
    expect(bodyTasks(result)[0]?.[1]?.[1]).toBe('Văn phòng HĐND&UBND');
    expect(result.yaml).toContain('- Văn phòng HĐND&UBND # chưa có trong danh mục cơ quan');
  });
});

describe('legal bases', () => {
  it('keeps each "Căn cứ" / "Thực hiện" paragraph as written, one string per citation, and "Căn cứ tình hình thực tế" out of them', () => {
    const plan = importText(
      [
        '**KẾ HOẠCH**',
        '**Tuyên truyền cải cách hành chính năm 2024**',
        '',
        'Căn cứ Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024;',
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        'Thực hiện Kế hoạch số 07/KH-UBND ngày 17/01/2024 và Kế hoạch số 12/KH-UBND ngày 20/01/2024 của UBND tỉnh Quảng Ngãi;',
        'Theo đề nghị của Phòng Nội vụ tại Tờ trình số 15/TTr-PNV ngày 22/01/2024, UBND huyện ban hành Kế hoạch như sau:',
        '',
        'I. MỤC ĐÍCH',
        'Nâng cao nhận thức.',
      ].join('\n'),
    ).plan as Record<string, any>;
    expect(plan.legalBases).toEqual([
      'Căn cứ Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024;',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Thực hiện Kế hoạch số 07/KH-UBND ngày 17/01/2024 và Kế hoạch số 12/KH-UBND ngày 20/01/2024 của UBND tỉnh Quảng Ngãi;',
      'Theo đề nghị của Phòng Nội vụ tại Tờ trình số 15/TTr-PNV ngày 22/01/2024',
    ]);
    expect(plan.preamble).toBe('UBND huyện ban hành Kế hoạch như sau:');
  });
});

describe('labels on the task line, sub-numbered tasks, labels broken across lines', () => {
  const result = importText(
    [
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
    ].join('\n'),
  );

  it('reads every task with its lead and timeframe, and keeps the sentence-case section heading', () => {
    expect(bodyTasks(result)).toEqual([
      ['Tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm', ['Sở Nội vụ'], ['Văn phòng UBND tỉnh'], 'Tháng 7/2024'],
      ['Xây dựng chuyên mục cải cách hành chính trên Báo Tây Ninh', ['Báo Tây Ninh'], [], 'Hàng quý'],
      ['Đăng tin về kết quả cải cách hành chính', ['Văn phòng UBND tỉnh'], [], 'Quý IV/2024'],
    ]);
    const section = (result.plan as any).sections[0];
    expect(section.heading).toBe('Nhiệm vụ cụ thể');
    // "3." states its own lead and holds "3.1.": a group, whose lead and timeframe its item may inherit.
    expect(section.items[2]).toMatchObject({ title: 'Cập nhật thông tin lên Cổng thông tin điện tử tỉnh', lead: 'Sở Thông tin và Truyền thông', timeframe: 'Thường xuyên trong năm' });
    expect(section.items[2].items[0]).toMatchObject({ title: 'Đăng tin về kết quả cải cách hành chính', lead: 'Văn phòng UBND tỉnh' });
  });
});

describe('targets ("Chỉ tiêu")', () => {
  it('writes each point with a figure as a target with its value and unit, and keeps the others as text', () => {
    const source = [
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
    const plan = importText(source).plan as Record<string, any>;
    const targets = plan.sections[0].items[1];
    expect(targets.heading).toBe('Chỉ tiêu');
    expect(targets.items).toEqual([
      { target: '100% thủ tục hành chính được niêm yết công khai tại Bộ phận Một cửa.', value: 100, unit: '%' },
      { target: 'Tối thiểu 12 tin/bài trong năm về cải cách hành chính.', value: 12, unit: 'tin/bài', comparator: 'min' },
      'Nâng cao mức độ hài lòng của người dân.',
    ]);
    expect(targets.numbering).toBe('dash');
    // The text has no issuer (that is the only schema problem): the targets themselves fit the schema.
    const schema = lintText(importText(source).yaml).diagnostics.filter((d) => d.ruleId === 'schema');
    expect(schema.map((d) => d.data.key)).toEqual(['issuer']);
  });
});
