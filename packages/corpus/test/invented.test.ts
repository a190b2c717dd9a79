import { describe, expect, it } from 'vitest';
import { readDraft } from '../src/draft-model.js';
import { checkInvented, normalizeText, writtenDates } from '../src/invented.js';

// A made-up plan in our own words.
const SOURCE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH NAM SƠN',
  'Số: 45/KH-UBND',
  'Nam Sơn, ngày 05 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Trồng cây xanh ven đường năm 2025',
  'Căn cứ Nghị quyết số 12/NQ-HĐND ngày 7/1/2025 của Hội đồng nhân dân tỉnh;',
  '1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã ( theo địa bàn ) trồng cây – chăm sóc cây.',
  'Thời gian: Quý II năm 2025.',
].join('\n');

const draftOf = (yaml: string) => readDraft(yaml, [], SOURCE.split('\n').length);

const CLEAN = `kind: plan
issuer:
  name: Ủy ban nhân dân tỉnh Nam Sơn # nguồn: dòng 1-2
  level: province
number: 45/KH-UBND # nguồn: dòng 3
place: Nam Sơn
date: 05/03/2025 # nguồn: dòng 4
title: TRỒNG CÂY XANH VEN ĐƯỜNG NĂM 2025
legalBases:
  - verb: can-cu
    type: Nghị quyết
    ref: 12/NQ-HĐND
    date: 07/01/2025 # nguồn: dòng 7
    issuer: Hội đồng nhân dân tỉnh
sections:
  - id: trong-cay
    # nguồn: dòng 8
    title: "trồng cây – chăm sóc cây"
    lead: Sở Nông nghiệp và Môi trường
    coordinators: [UBND các xã (theo địa bàn)]
    timeframe: Quý II năm 2025
    numbering: dash
signature:
  chain:
    - { authority: TM, for: Ủy ban nhân dân }
`;

describe('checkInvented', () => {
  it('finds every value of a faithful draft in its source', () => {
    const r = checkInvented(draftOf(CLEAN), SOURCE);
    expect(r.invented).toEqual([]);
    // Exempt: the id, `kind`, `level`, `verb`, `numbering`, `authority`, and the two dates written in words / without zeros.
    expect(r.exempt).toBe(8);
    expect(r.checked).toBeGreaterThan(8);
  });

  it('catches the one invented value', () => {
    const yaml = CLEAN.replace('timeframe: Quý II năm 2025', 'timeframe: Trước ngày 30/6/2025');
    const r = checkInvented(draftOf(yaml), SOURCE);
    expect(r.invented).toEqual([{ path: 'sections.0.timeframe', value: 'Trước ngày 30/6/2025' }]);
  });

  it('does not forgive a changed character: a hyphen for the en dash, a respelled name', () => {
    const yaml = CLEAN.replace('trồng cây – chăm sóc cây', 'trồng cây - chăm sóc cây').replace('name: Ủy ban nhân dân tỉnh Nam Sơn', 'name: UBND tỉnh Nam Sơn');
    const r = checkInvented(draftOf(yaml), SOURCE);
    expect(r.invented.map((v) => v.path)).toEqual(['issuer.name', 'sections.0.title']);
  });

  it('counts a normalised date as found only when the source writes that day', () => {
    const moved = CLEAN.replace('date: 05/03/2025', 'date: 06/03/2025');
    expect(checkInvented(draftOf(moved), SOURCE).invented).toEqual([{ path: 'date', value: '06/03/2025' }]);
    const iso = CLEAN.replace('date: 05/03/2025', 'date: 2025-03-05');
    expect(checkInvented(draftOf(iso), SOURCE).invented).toEqual([]);
  });

  it('exempts fixed words only where the schema allows nothing else', () => {
    // `level` must be an enum value, but `place` is free text: a made-up place is invented.
    const yaml = CLEAN.replace('place: Nam Sơn', 'place: Bắc Sơn');
    expect(checkInvented(draftOf(yaml), SOURCE).invented.map((v) => v.path)).toEqual(['place']);
  });

  it('notes a value found elsewhere than at its noted lines', () => {
    const yaml = CLEAN.replace('number: 45/KH-UBND # nguồn: dòng 3', 'number: 45/KH-UBND # nguồn: dòng 6');
    const r = checkInvented(draftOf(yaml), SOURCE);
    expect(r.invented).toEqual([]);
    expect(r.miscited).toEqual([{ path: 'number', value: '45/KH-UBND' }]);
  });
});

describe('normalizeText and writtenDates', () => {
  it('unify case, Unicode form, whitespace and spacing at punctuation only', () => {
    expect(normalizeText('  Sở   Tài\nChính ( tỉnh ) ;')).toBe('sở tài chính (tỉnh);');
    expect(normalizeText('Hóa'.normalize('NFD'))).toBe('hóa');
    expect(normalizeText('a\u200Bb')).toBe('ab');
    expect(normalizeText('a – b')).not.toBe(normalizeText('a - b'));
  });

  it('read dates in the forms plans write them', () => {
    expect([...writtenDates('ngày 05 tháng 3 năm 2025; 7/1/2025; 31-12-2024; 31.02.2024; Ngày 1 tháng 10 năm 2025')]).toEqual([
      '2025-01-07',
      '2024-12-31',
      '2025-03-05',
      '2025-10-01',
    ]);
  });
});

describe('footnote references', () => {
  it('compares "[^1]" of the format as the text\'s "[1]", and still catches a changed word around it', () => {
    const source = 'Thu ngân sách ước đạt 560 tỷ đồng [1], bằng 81% dự toán.';
    const draft = (value: string) => ({ plan: { sections: [value] }, lines: new Map() }) as never;
    expect(checkInvented(draft('Thu ngân sách ước đạt 560 tỷ đồng [^1], bằng 81% dự toán.'), source).invented).toEqual([]);
    expect(checkInvented(draft('Thu ngân sách ước đạt 570 tỷ đồng [^1], bằng 81% dự toán.'), source).invented).toHaveLength(1);
  });
});
