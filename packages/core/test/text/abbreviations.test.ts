import { describe, expect, it } from 'vitest';
import { scanAbbreviations } from '../../src/text/abbreviations.js';

const scan = (text: string) => scanAbbreviations(text).map((a) => `${a.text}${a.defines ? '=' : ''}`);

describe('scanAbbreviations', () => {
  it('finds a definition in parentheses after the words (Bình Sơn preamble)', () => {
    expect(scan('Chủ tịch UBND huyện Bình Sơn ban hành Kế hoạch tuyên truyền cải cách hành chính (CCHC) trên địa bàn huyện')).toEqual([
      'UBND',
      'CCHC=',
    ]);
  });

  it('reads several indices defined in one sentence (Bình Sơn content 3)', () => {
    const text =
      'kết quả xếp hạng Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước (SIPAS), Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)';
    expect(scan(text)).toEqual(['CCHC', 'PAR=', 'INDEX=', 'SIPAS=', 'PAPI=']);
  });

  it('accepts a capitalised Latin word in the definition (Tây Ninh: "(PAR Index)")', () => {
    expect(scan('Chỉ số CCHC (PAR Index)')).toEqual(['CCHC', 'PAR=']);
  });

  it('reads an expansion after the abbreviation only when its initials spell it', () => {
    expect(scan('CCHC (cải cách hành chính) là nhiệm vụ trọng tâm')).toEqual(['CCHC=']);
    expect(scan('báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp)')).toEqual(['UBND']);
  });

  it('reads "gọi tắt là"', () => {
    expect(scan('Chương trình chuyển đổi số (sau đây gọi tắt là CTCĐS)')).toEqual(['CTCĐS=']);
  });

  it('skips document numbers, Roman numerals and headings in capitals', () => {
    expect(scan('Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX; Nghị định 61/2018/NĐ-CP')).toEqual([]);
    expect(scan('Trong quý II, III năm 2024')).toEqual([]);
    expect(scan('I. MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG')).toEqual([]);
    expect(scan('Phần NỘI DUNG tuyên truyền')).toEqual([]);
  });

  it('keeps "HĐND&UBND" together and ignores words that only start in capitals', () => {
    expect(scan('Văn phòng HĐND&UBND; Thường trực HĐND huyện; Đảng uỷ; VNeID')).toEqual(['HĐND&UBND', 'HĐND']);
  });
});
