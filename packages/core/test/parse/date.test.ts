import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  compareIso,
  formatViDate,
  isoDate,
  lastDayOfMonth,
  parseDate,
  type DateParseResult,
} from '../../src/parse/date.js';

describe('parseDate', () => {
  const cases: [string, DateParseResult][] = [
    ['17/01/2024', { ok: true, date: '2024-01-17', format: 'dmy' }],
    ['7/1/2024', { ok: true, date: '2024-01-07', format: 'dmy' }],
    ['17-01-2024', { ok: true, date: '2024-01-17', format: 'dmy' }],
    ['17.01.2024', { ok: true, date: '2024-01-17', format: 'dmy' }],
    ['2024-01-17', { ok: true, date: '2024-01-17', format: 'iso' }],
    ['2024-1-7', { ok: true, date: '2024-01-07', format: 'iso' }],
    ['  20/04/2024 \t', { ok: true, date: '2024-04-20', format: 'dmy' }],
    ['29/02/2024', { ok: true, date: '2024-02-29', format: 'dmy' }],
    ['29/02/2000', { ok: true, date: '2000-02-29', format: 'dmy' }],
    ['31/12/2024', { ok: true, date: '2024-12-31', format: 'dmy' }],
    ['29/02/2023', { ok: false, reason: 'invalid' }],
    ['29/02/1900', { ok: false, reason: 'invalid' }],
    ['31/02/2024', { ok: false, reason: 'invalid' }],
    ['31/04/2024', { ok: false, reason: 'invalid' }],
    ['17/13/2024', { ok: false, reason: 'invalid' }],
    ['00/01/2024', { ok: false, reason: 'invalid' }],
    ['2024-02-30', { ok: false, reason: 'invalid' }],
    ['01/01/0000', { ok: false, reason: 'invalid' }],
    ['17/01.2024', { ok: false, reason: 'format' }],
    ['17/01/24', { ok: false, reason: 'format' }],
    ['2024/01/17', { ok: false, reason: 'format' }],
    ['117/01/2024', { ok: false, reason: 'format' }],
    ['17/01', { ok: false, reason: 'format' }],
    ['ngày 17/01/2024', { ok: false, reason: 'format' }],
    ['', { ok: false, reason: 'format' }],
    ['abc', { ok: false, reason: 'format' }],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it('rejects a huge input quickly', () => {
    expect(parseDate('1'.repeat(100_000) + '/01/2024')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('isoDate', () => {
  it('zero-pads every field', () => {
    expect(isoDate(2024, 1, 7)).toBe('2024-01-07');
    expect(isoDate(2024, 12, 31)).toBe('2024-12-31');
    expect(isoDate(999, 3, 4)).toBe('0999-03-04');
  });
});

describe('lastDayOfMonth', () => {
  const cases: [number, number, number][] = [
    [2024, 1, 31],
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 6, 30],
    [2024, 9, 30],
    [2024, 11, 30],
    [2024, 12, 31],
  ];
  it.each(cases)('%i-%i has %i days', (y, m, d) => {
    expect(lastDayOfMonth(y, m)).toBe(d);
  });
});

describe('compareIso', () => {
  it('orders calendar dates', () => {
    expect(compareIso('2024-01-17', '2024-01-18')).toBeLessThan(0);
    expect(compareIso('2024-02-01', '2024-01-31')).toBeGreaterThan(0);
    expect(compareIso('2023-12-31', '2024-01-01')).toBeLessThan(0);
    expect(compareIso('2024-05-05', '2024-05-05')).toBe(0);
  });
});

describe('formatViDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatViDate('2024-01-17')).toBe('17/01/2024');
    expect(formatViDate('2024-11-25')).toBe('25/11/2024');
  });
  it('returns text that is not an ISO date unchanged', () => {
    expect(formatViDate('Quý I/2024')).toBe('Quý I/2024');
  });
});

describe('addDays', () => {
  const cases: [string, number, string][] = [
    ['2024-01-17', 0, '2024-01-17'],
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-11-25', -1, '2024-11-24'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
  ];
  it.each(cases)('%s %+i -> %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  it('agrees with Date arithmetic over a wide span', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const expected = new Date(Date.UTC(2024, 0, 17) + days * 86_400_000).toISOString().slice(0, 10);
        expect(addDays('2024-01-17', days)).toBe(expected);
      }),
    );
  });

  it('throws on text that is not an ISO date', () => {
    expect(() => addDays('17/01/2024', 1)).toThrow(RangeError);
    expect(() => addDays('2024-01-17', 1.5)).toThrow(RangeError);
  });
});
