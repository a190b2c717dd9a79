import { describe, it, expect } from 'vitest';
import { findLegalRefs, parseLegalRef, type LegalRef } from '../../src/parse/legal-ref.js';
import {
  ADMIN_TYPE_CODES,
  NORMATIVE_TYPE_CODES,
  PARTY_TYPE_CODES,
  typeCodeForName,
} from '../../src/parse/document-types.js';

function value(text: string): LegalRef {
  const r = parseLegalRef(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.messageId}`);
  return r.value;
}

describe('parseLegalRef: administrative numbers (Nghị định 30/2020/NĐ-CP)', () => {
  it('parses number/type-issuer', () => {
    expect(parseLegalRef('84/KH-UBND')).toEqual({
      ok: true,
      normalized: false,
      value: {
        kind: 'administrative',
        number: 84,
        numberText: '84',
        typeCode: 'KH',
        typeName: { vi: 'Kế hoạch', en: 'Plan' },
        issuerCode: 'UBND',
        canonical: '84/KH-UBND',
      },
    });
    expect(value('2631/QĐ-UBND')).toMatchObject({ kind: 'administrative', number: 2631, typeCode: 'QĐ', issuerCode: 'UBND' });
    expect(value('23/CT-TTg')).toMatchObject({ typeCode: 'CT', typeName: { vi: 'Chỉ thị', en: 'Directive' }, issuerCode: 'TTg' });
    expect(value('93/NQ-HĐND')).toMatchObject({ typeCode: 'NQ', issuerCode: 'HĐND' });
  });

  it('keeps the number as written', () => {
    expect(value('07/KH-UBND')).toMatchObject({ number: 7, numberText: '07', canonical: '07/KH-UBND' });
  });

  it('reads a government resolution without a year as administrative', () => {
    expect(value('76/NQ-CP')).toMatchObject({ kind: 'administrative', typeCode: 'NQ', issuerCode: 'CP', canonical: '76/NQ-CP' });
    expect(value('76/NQ-CP').year).toBeUndefined();
  });

  it('parses official letters: issuer then drafting unit, no type code', () => {
    expect(parseLegalRef('123/UBND-VP')).toEqual({
      ok: true,
      normalized: false,
      value: { kind: 'official-letter', number: 123, numberText: '123', issuerCode: 'UBND', unitCode: 'VP', canonical: '123/UBND-VP' },
    });
    expect(value('123/UBND')).toEqual({ kind: 'official-letter', number: 123, numberText: '123', issuerCode: 'UBND', canonical: '123/UBND' });
  });

  it('rejects "CV": a công văn has no type code', () => {
    expect(parseLegalRef('12/CV-UBND')).toEqual({ ok: false, error: { messageId: 'unknown-type-code', data: { code: 'CV' } } });
  });
});

describe('parseLegalRef: normative numbers (Luật Ban hành VBQPPL)', () => {
  it('parses number/year/type-issuer', () => {
    expect(value('61/2018/NĐ-CP')).toEqual({
      kind: 'normative',
      number: 61,
      numberText: '61',
      year: 2018,
      typeCode: 'NĐ',
      typeName: { vi: 'Nghị định', en: 'Decree' },
      issuerCode: 'CP',
      canonical: '61/2018/NĐ-CP',
    });
    expect(value('01/2018/TT-VPCP')).toMatchObject({ number: 1, numberText: '01', year: 2018, typeCode: 'TT', issuerCode: 'VPCP' });
    expect(value('45/2016/QĐ-TTg')).toMatchObject({ kind: 'normative', typeCode: 'QĐ', issuerCode: 'TTg' });
    expect(value('01/2018/TTLT-BTP-BNV')).toMatchObject({ typeCode: 'TTLT', issuerCode: 'BTP-BNV' });
  });

  it('parses laws, which carry no type code', () => {
    expect(value('80/2015/QH13')).toEqual({
      kind: 'normative',
      number: 80,
      numberText: '80',
      year: 2015,
      issuerCode: 'QH13',
      canonical: '80/2015/QH13',
    });
  });

  it('rejects an administrative-only code with a year, and a bad year', () => {
    expect(parseLegalRef('84/2024/KH-UBND')).toEqual({ ok: false, error: { messageId: 'unknown-type-code', data: { code: 'KH' } } });
    expect(parseLegalRef('61/18/NĐ-CP')).toEqual({ ok: false, error: { messageId: 'bad-number', data: { year: '18' } } });
    expect(parseLegalRef('61/1900/NĐ-CP')).toEqual({ ok: false, error: { messageId: 'bad-number', data: { year: '1900' } } });
  });
});

describe('parseLegalRef: Party numbers (Hướng dẫn 36-HD/VPTW)', () => {
  it('parses number-type/issuer', () => {
    expect(value('186-KH/HU')).toEqual({
      kind: 'party',
      number: 186,
      numberText: '186',
      typeCode: 'KH',
      typeName: { vi: 'Kế hoạch', en: 'Plan' },
      issuerCode: 'HU',
      canonical: '186-KH/HU',
    });
    expect(value('04-NQ/TU')).toMatchObject({ kind: 'party', number: 4, numberText: '04', typeCode: 'NQ', issuerCode: 'TU' });
    expect(value('39-NQ/TW')).toMatchObject({ kind: 'party', typeCode: 'NQ', issuerCode: 'TW' });
    expect(value('13-NQ/TU').canonical).toBe('13-NQ/TU');
    expect(value('08-QĐi/TW')).toMatchObject({ typeCode: 'QĐi', typeName: { vi: 'Quy định', en: 'Regulation' } });
    expect(value('36-HD/VPTW')).toMatchObject({ typeCode: 'HD', issuerCode: 'VPTW' });
  });
});

describe('parseLegalRef: formatting and errors', () => {
  it('normalizes spaces, dashes, case of codes, Ð and the "Số:" prefix', () => {
    for (const input of ['84 /KH - UBND', '84/KH–UBND', '84/Kh-UBND', '84/kh-ubnd', 'Số: 84/KH-UBND', ' 84/KH-UBND ', '84/KH-UBND.']) {
      expect(parseLegalRef(input)).toMatchObject({ ok: true, normalized: true, value: { canonical: '84/KH-UBND' } });
    }
    expect(parseLegalRef('84/Qđ-UBND')).toMatchObject({ ok: true, normalized: true, value: { typeCode: 'QĐ', canonical: '84/QĐ-UBND' } });
    expect(parseLegalRef('84/\u00D0A-UBND')).toMatchObject({ ok: true, normalized: true, value: { typeCode: 'ĐA' } });
    expect(parseLegalRef('84/CTR-UBND')).toMatchObject({ ok: true, value: { typeCode: 'CTr', canonical: '84/CTr-UBND' } });
    expect(parseLegalRef('Số: 61/2018/NĐ-CP'.normalize('NFD'))).toMatchObject({ ok: true, normalized: true, value: { canonical: '61/2018/NĐ-CP' } });
    expect(parseLegalRef('186 - KH/HU')).toMatchObject({ ok: true, normalized: true, value: { canonical: '186-KH/HU' } });
  });

  it('suggests Đ for a D typed without it', () => {
    expect(parseLegalRef('12/QD-UBND')).toEqual({
      ok: false,
      error: { messageId: 'unknown-type-code', data: { code: 'QD' } },
      suggestion: '12/QĐ-UBND',
    });
    expect(parseLegalRef('61/2018/ND-CP')).toMatchObject({ ok: false, suggestion: '61/2018/NĐ-CP' });
    expect(parseLegalRef('12-QD/TU')).toMatchObject({ ok: false, suggestion: '12-QĐ/TU' });
  });

  it('does not take a normative code without its year for a công văn', () => {
    expect(parseLegalRef('12/NĐ-CP')).toEqual({ ok: false, error: { messageId: 'unknown-type-code', data: { code: 'NĐ' } } });
    expect(parseLegalRef('12/ND-CP')).toEqual({ ok: false, error: { messageId: 'unknown-type-code', data: { code: 'ND' } } });
  });

  it('reports empty, unrecognised and bad numbers', () => {
    expect(parseLegalRef('')).toEqual({ ok: false, error: { messageId: 'empty' } });
    expect(parseLegalRef('   ')).toEqual({ ok: false, error: { messageId: 'empty' } });
    expect(parseLegalRef('84/KH')).toMatchObject({ ok: false, error: { messageId: 'unrecognised' } });
    expect(parseLegalRef('Kế hoạch tuyên truyền')).toMatchObject({ ok: false, error: { messageId: 'unrecognised' } });
    expect(parseLegalRef('…/KH-UBND')).toEqual({ ok: false, error: { messageId: 'bad-number', data: { number: '…' } } });
    expect(parseLegalRef('/KH-UBND')).toEqual({ ok: false, error: { messageId: 'bad-number', data: { number: '' } } });
    expect(parseLegalRef('0/KH-UBND')).toEqual({ ok: false, error: { messageId: 'bad-number', data: { number: '0' } } });
  });
});

describe('document type tables', () => {
  it('hold the codes of Phụ lục III, the normative and the Party types', () => {
    expect(Object.keys(ADMIN_TYPE_CODES)).toHaveLength(27);
    expect(ADMIN_TYPE_CODES['QyĐ']).toEqual({ vi: 'Quy định', en: 'Regulation' });
    expect(ADMIN_TYPE_CODES['BGN']?.vi).toBe('Bản ghi nhớ');
    expect(ADMIN_TYPE_CODES['CV']).toBeUndefined();
    expect(NORMATIVE_TYPE_CODES['NĐ']?.vi).toBe('Nghị định');
    expect(NORMATIVE_TYPE_CODES['KH']).toBeUndefined();
    expect(PARTY_TYPE_CODES['QĐi']?.vi).toBe('Quy định');
    expect(PARTY_TYPE_CODES['KL']?.vi).toBe('Kết luận');
  });

  it('finds the code for a type name, tolerant of case and marks placement', () => {
    expect(typeCodeForName('Kế hoạch')).toBe('KH');
    expect(typeCodeForName('KẾ HOẠCH')).toBe('KH');
    expect(typeCodeForName('Quyết định')).toBe('QĐ');
    expect(typeCodeForName('Bản thoả thuận')).toBe('BTT');
    expect(typeCodeForName('Nghị định')).toBe('NĐ');
    expect(typeCodeForName('Kết luận')).toBe('KL');
    expect(typeCodeForName('Công văn')).toBe('CV');
    expect(typeCodeForName('Chương trình ')).toBe('CTr');
    expect(typeCodeForName('Luật')).toBeUndefined();
  });
});

describe('findLegalRefs', () => {
  it('finds the legal bases of the Tây Ninh plan with type, date and issuer', () => {
    const text =
      'Căn cứ Quyết định số 2631/QĐ-UBND ngày 14/10/2021 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 -2030 trên địa bàn tỉnh Tây Ninh; Căn cứ Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024;';
    const found = findLegalRefs(text);
    expect(found.map((m) => ({ canonical: m.ref.canonical, typeWord: m.typeWord, date: m.date, issuer: m.issuer }))).toEqual([
      { canonical: '2631/QĐ-UBND', typeWord: 'Quyết định', date: '14/10/2021', issuer: 'UBND tỉnh' },
      { canonical: '140/QĐ-UBND', typeWord: 'Quyết định', date: '19/01/2024', issuer: 'UBND tỉnh' },
    ]);
    const first = found[0];
    expect(first && text.slice(first.start, first.end)).toBe('2631/QĐ-UBND');
    expect(first?.start).toBe(21);
  });

  it('reads the Bình Sơn bases: normative, Party and "và" between references', () => {
    const text =
      'bám sát nội dung Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh; Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy, Kế hoạch số 186-KH/HU ngày 08/11/2023 của Ban Thường vụ Huyện ủy Bình Sơn về triển khai; Quyết định số 2249/QĐ-UBND ngày 28/12/2023 của UBND huyện Bình Sơn Ban hành Kế hoạch';
    expect(findLegalRefs(text).map((m) => [m.ref.canonical, m.ref.kind, m.typeWord, m.date, m.issuer])).toEqual([
      ['76/NQ-CP', 'administrative', 'Nghị quyết', '15/7/2021', 'Chính phủ'],
      ['23/CT-TTg', 'administrative', 'Chỉ thị', '02/9/2021', 'Thủ tướng Chính phủ'],
      ['04-NQ/TU', 'party', 'Nghị quyết', '18/10/2021', 'Tỉnh ủy'],
      ['186-KH/HU', 'party', 'Kế hoạch', '08/11/2023', 'Ban Thường vụ Huyện ủy Bình Sơn'],
      ['2249/QĐ-UBND', 'administrative', 'Quyết định', '28/12/2023', 'UBND huyện Bình Sơn'],
    ]);
  });

  it('survives the line breaks of PDF extraction (Dương Quan plan)', () => {
    const text =
      'thực hiện Chỉ thị số 21/CT-\n\nUBND ngày 26/9/2016 của Ủy ban nhân dân thành phố về tăng cường kỷ luật; theo Quyết \n\nđịnh số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ. Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn \n\nphòng chính phủ hướng dẫn thi hành một số quy định của Nghị định 61/2018/NĐ-\n\nCP; gắn với';
    const found = findLegalRefs(text);
    expect(found.map((m) => [m.ref.canonical, m.typeWord, m.date, m.issuer])).toEqual([
      ['21/CT-UBND', 'Chỉ thị', '26/9/2016', 'Ủy ban nhân dân thành phố'],
      ['45/2016/QĐ-TTg', 'Quyết định', '19/10/2016', 'Thủ tướng Chính phủ'],
      ['01/2018/TT-VPCP', 'Thông tư', '23/11/2018', 'Văn phòng chính phủ'],
      ['61/2018/NĐ-CP', 'Nghị định', undefined, undefined],
    ]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('21/CT-\n\nUBND');
  });

  it('stops an issuer at "Thực hiện" and reads a long-form date', () => {
    const text =
      'Quyết định số 08/QĐ-UBND ngày 19/01/2024 của Ủy ban nhân dân xã Dương Quan \n\nThực hiện công tác; Kế hoạch số 07/KH-UBND ngày 17 tháng 01 năm 2024 của UBND tỉnh Quảng Ngãi.';
    expect(findLegalRefs(text).map((m) => [m.ref.canonical, m.date, m.issuer])).toEqual([
      ['08/QĐ-UBND', '19/01/2024', 'Ủy ban nhân dân xã Dương Quan'],
      ['07/KH-UBND', '17 tháng 01 năm 2024', 'UBND tỉnh Quảng Ngãi'],
    ]);
  });

  it('takes no dates, ranges, quarters or counts for references', () => {
    const text =
      'giai đoạn 2021 - 2030; 2022-2025; Quý I/2024; trước ngày 25/11/2024; 01 lần/1 tháng; 10-10; 12 tin/bài; Đề án số 06; Công văn số 12/CV-UBND';
    expect(findLegalRefs(text)).toEqual([]);
  });

  it('leaves out what it cannot tell: a reference with no type word, date or issuer', () => {
    expect(findLegalRefs('theo Quyết định số 766/QĐ-TTg; cách sử dụng')).toEqual([
      {
        ref: value('766/QĐ-TTg'),
        start: 19,
        end: 29,
        typeWord: 'Quyết định',
      },
    ]);
    expect(findLegalRefs('số 84/KH-UBND')).toEqual([{ ref: value('84/KH-UBND'), start: 3, end: 13 }]);
  });
});
