import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  parseTimeframe,
  timeframeSuggestions,
  type Cadence,
  type Timeframe,
  type TimeframeParseResult,
} from '../../src/parse/timeframe.js';

const CTX = { year: 2024 };
type Expected = Omit<Timeframe, 'text'>;

/** Expected value; the year is stated in the phrase unless `extra` says otherwise. */
function tf(kind: Timeframe['kind'], start: string, end: string, extra: Partial<Expected> = {}): Expected {
  return { kind, start, end, yearFromContext: false, ...extra };
}
const fromCtx = { yearFromContext: true };
const YEAR_2024: [string, string] = ['2024-01-01', '2024-12-31'];
const cad = (unit: Cadence['unit'], count?: number): Cadence =>
  count === undefined ? { unit, every: 1 } : { unit, every: 1, count };

function expectOk(text: string, expected: Expected, ctx: { year?: number } = CTX): void {
  expect(parseTimeframe(text, ctx)).toEqual({ ok: true, value: { ...expected, text: text.trim() } });
}

describe('parseTimeframe: whole year', () => {
  const cases: [string, Expected][] = [
    ['Thường xuyên trong năm', tf('continuous', ...YEAR_2024, fromCtx)],
    ['Thường xuyên', tf('continuous', ...YEAR_2024, fromCtx)],
    ['Thường xuyên, liên tục', tf('continuous', ...YEAR_2024, fromCtx)],
    ['Cả năm', tf('continuous', ...YEAR_2024, fromCtx)],
    ['Cả năm 2024', tf('continuous', ...YEAR_2024)],
    ['Trong năm 2024', tf('range', ...YEAR_2024)],
    ['Năm 2024', tf('range', ...YEAR_2024)],
    ['Trong năm', tf('range', ...YEAR_2024, fromCtx)],
    ['Thường xuyên trong năm 2025', tf('continuous', '2025-01-01', '2025-12-31')],
    ['Thường xuyên trong quý II/2024', tf('continuous', '2024-04-01', '2024-06-30', { quarters: [2] })],
    ['Năm 2021 - 2025', tf('range', '2021-01-01', '2025-12-31')],
    ['Giai đoạn 2021-2025', tf('range', '2021-01-01', '2025-12-31')],
  ];
  it.each(cases)('%j', (text, expected) => expectOk(text, expected));
});

describe('parseTimeframe: quarters', () => {
  const cases: [string, Expected][] = [
    ['Quý I/2024', tf('range', '2024-01-01', '2024-03-31', { quarters: [1] })],
    ['Quý 1 năm 2024', tf('range', '2024-01-01', '2024-03-31', { quarters: [1] })],
    ['Quý 01/2024', tf('range', '2024-01-01', '2024-03-31', { quarters: [1] })],
    ['Trong Quý II năm 2024', tf('range', '2024-04-01', '2024-06-30', { quarters: [2] })],
    ['Trong quý II, III năm 2024', tf('range', '2024-04-01', '2024-09-30', { quarters: [2, 3] })],
    ['Quý II,III/2024', tf('range', '2024-04-01', '2024-09-30', { quarters: [2, 3] })],
    ['Quý II và quý III/2024', tf('range', '2024-04-01', '2024-09-30', { quarters: [2, 3] })],
    ['Quý IV', tf('range', '2024-10-01', '2024-12-31', { quarters: [4], ...fromCtx })],
    ['Quý I - quý III/2024', tf('range', '2024-01-01', '2024-09-30', { quarters: [1, 2, 3] })],
    ['Quý I/2024; Quý III/2024', tf('range', '2024-01-01', '2024-09-30', { quarters: [1, 3] })],
    ['Quý IV/2024 và quý I/2025', tf('range', '2024-10-01', '2025-03-31', { quarters: [1, 4] })],
    ['Quí I/2024', tf('range', '2024-01-01', '2024-03-31', { quarters: [1] })],
    ['Quý I / 2024.', tf('range', '2024-01-01', '2024-03-31', { quarters: [1] })],
    ['Thời gian thực hiện: Quý I/2024.', tf('range', '2024-01-01', '2024-03-31', { quarters: [1] })],
  ];
  it.each(cases)('%j', (text, expected) => expectOk(text, expected));
});

describe('parseTimeframe: months and halves', () => {
  const cases: [string, Expected][] = [
    ['6 tháng đầu năm 2024', tf('range', '2024-01-01', '2024-06-30')],
    ['6 tháng cuối năm', tf('range', '2024-07-01', '2024-12-31', fromCtx)],
    ['Nửa đầu năm 2024', tf('range', '2024-01-01', '2024-06-30')],
    ['9 tháng đầu năm 2024', tf('range', '2024-01-01', '2024-09-30')],
    ['Tháng 3/2024', tf('range', '2024-03-01', '2024-03-31', { months: [3] })],
    ['Tháng 03/2024', tf('range', '2024-03-01', '2024-03-31', { months: [3] })],
    ['Tháng 3', tf('range', '2024-03-01', '2024-03-31', { months: [3], ...fromCtx })],
    ['Tháng 2', tf('range', '2024-02-01', '2024-02-29', { months: [2], ...fromCtx })],
    ['Tháng 10 năm 2024', tf('range', '2024-10-01', '2024-10-31', { months: [10] })],
    ['Trong tháng 3, 4/2024', tf('range', '2024-03-01', '2024-04-30', { months: [3, 4] })],
    ['Trong tháng 3, 4 và 5/2024', tf('range', '2024-03-01', '2024-05-31', { months: [3, 4, 5] })],
    ['Từ tháng 3 đến tháng 5/2024', tf('range', '2024-03-01', '2024-05-31', { months: [3, 4, 5] })],
    ['Tháng 3 - tháng 5 năm 2024', tf('range', '2024-03-01', '2024-05-31', { months: [3, 4, 5] })],
    ['Tháng 3-5/2024', tf('range', '2024-03-01', '2024-05-31', { months: [3, 4, 5] })],
    ['Từ tháng 3/2024 đến hết năm', tf('range', '2024-03-01', '2024-12-31', { months: [3] })],
    ['Từ tháng 12/2024 đến tháng 2/2025', tf('range', '2024-12-01', '2025-02-28', { months: [1, 2, 12] })],
  ];
  it.each(cases)('%j', (text, expected) => expectOk(text, expected));
});

describe('parseTimeframe: days and date ranges', () => {
  const cases: [string, Expected][] = [
    ['Từ ngày 01/3/2024 đến ngày 30/5/2024', tf('range', '2024-03-01', '2024-05-30')],
    ['01/3/2024 - 30/5/2024', tf('range', '2024-03-01', '2024-05-30')],
    ['01/3/2024-30/5/2024', tf('range', '2024-03-01', '2024-05-30')],
    ['Từ ngày 01/3 đến ngày 30/5/2024', tf('range', '2024-03-01', '2024-05-30')],
    ['Từ ngày 01/3/2024', tf('range', '2024-03-01', '2024-12-31')],
    ['Ngày 10/10/2024', tf('range', '2024-10-10', '2024-10-10')],
    ['ngày 30 tháng 6 năm 2024', tf('range', '2024-06-30', '2024-06-30')],
    ['29/02/2024', tf('range', '2024-02-29', '2024-02-29')],
    ['2024-01-17', tf('range', '2024-01-17', '2024-01-17')],
    ['17.01.2024', tf('range', '2024-01-17', '2024-01-17')],
    ['17-01-2024', tf('range', '2024-01-17', '2024-01-17')],
  ];
  it.each(cases)('%j', (text, expected) => expectOk(text, expected));
});

describe('parseTimeframe: deadlines', () => {
  const on = (d: string) => ({ deadline: d, deadlineExclusive: false });
  const before = (d: string) => ({ deadline: d, deadlineExclusive: true });
  const cases: [string, Expected][] = [
    ['Chậm nhất ngày 20/04/2024', tf('deadline', '2024-01-01', '2024-04-20', on('2024-04-20'))],
    ['Chậm nhất ngày **20/04/2024**', tf('deadline', '2024-01-01', '2024-04-20', on('2024-04-20'))],
    ['Chậm nhất ngày 20/4', tf('deadline', '2024-01-01', '2024-04-20', { ...on('2024-04-20'), ...fromCtx })],
    ['Hạn chót 15/12/2024', tf('deadline', '2024-01-01', '2024-12-15', on('2024-12-15'))],
    ['Hạn chót: 15/12/2024', tf('deadline', '2024-01-01', '2024-12-15', on('2024-12-15'))],
    ['trước ngày 25/11/2024', tf('deadline', '2024-01-01', '2024-11-24', before('2024-11-25'))],
    ['trước ngày 30 tháng 6', tf('deadline', '2024-01-01', '2024-06-29', { ...before('2024-06-30'), ...fromCtx })],
    ['Trước ngày 15 tháng 12 năm 2024', tf('deadline', '2024-01-01', '2024-12-14', before('2024-12-15'))],
    ['trước tháng 11 năm 2024', tf('deadline', '2024-01-01', '2024-10-31', on('2024-10-31'))],
    ['Trước quý III/2024', tf('deadline', '2024-01-01', '2024-06-30', on('2024-06-30'))],
    ['Hoàn thành trước 30/6/2024', tf('deadline', '2024-01-01', '2024-06-29', before('2024-06-30'))],
    ['Chậm nhất trong quý II/2024', tf('deadline', '2024-01-01', '2024-06-30', on('2024-06-30'))],
    ['Đến hết năm 2024', tf('deadline', '2024-01-01', '2024-12-31', on('2024-12-31'))],
    ['Hoàn thành trong quý II/2024', tf('range', '2024-04-01', '2024-06-30', { ...on('2024-06-30'), quarters: [2] })],
    [
      'Trong năm 2024 và hoàn thành các nội dung trước tháng 11 năm 2024',
      tf('range', ...YEAR_2024, on('2024-10-31')),
    ],
    ['Quý IV/2024, chậm nhất ngày 15/12/2024', tf('range', '2024-10-01', '2024-12-31', { ...on('2024-12-15'), quarters: [4] })],
    ['Trước ngày 30/6/2024; chậm nhất ngày 20/4/2024', tf('deadline', '2024-01-01', '2024-04-20', on('2024-04-20'))],
    // as the province seed writes it, label included
    [
      'Thời gian hoàn thành xây dựng kế hoạch: Chậm nhất ngày **20/04/2024**',
      tf('deadline', '2024-01-01', '2024-04-20', on('2024-04-20')),
    ],
  ];
  it.each(cases)('%j', (text, expected) => expectOk(text, expected));

  it('starts a deadline at the context year, or at the deadline year when that comes first', () => {
    expectOk('Chậm nhất ngày 15/01/2025', tf('deadline', '2024-01-01', '2025-01-15', on('2025-01-15')));
    expectOk('trước ngày 01/01/2024', tf('deadline', '2023-01-01', '2023-12-31', before('2024-01-01')));
    expectOk('Chậm nhất ngày 20/04/2024', tf('deadline', '2024-01-01', '2024-04-20', on('2024-04-20')), {});
  });
});

describe('parseTimeframe: cadences', () => {
  const yearly = (cadences: Cadence[], extra: Partial<Expected> = fromCtx) => tf('cadence', ...YEAR_2024, { cadences, ...extra });
  const cases: [string, Expected][] = [
    ['Hàng quý', yearly([cad('quarter')])],
    ['Hằng quý', yearly([cad('quarter')])],
    ['Hàng tháng', yearly([cad('month')])],
    ['Hằng năm', yearly([cad('year')])],
    ['Hàng tuần', yearly([cad('week')])],
    ['Hằng ngày', yearly([cad('day')])],
    ['Định kỳ hàng quý', yearly([cad('quarter')])],
    ['Định kì hàng quý', yearly([cad('quarter')])],
    ['định kỳ 06 tháng, năm', yearly([cad('half-year'), cad('year')])],
    ['Định kỳ hàng tháng, quý, năm', yearly([cad('month'), cad('quarter'), cad('year')])],
    ['Mỗi tháng 01 chương trình (10 - 15 phút)', yearly([cad('month', 1)])],
    [
      'Mỗi tháng 01 chương trình (10 - 15 phút), phát trên sóng truyền thanh của huyện, các xã, thị trấn.',
      yearly([cad('month', 1)]),
    ],
    ['01 lần/1 tháng', yearly([cad('month', 1)])],
    ['01 lần/tháng', yearly([cad('month', 1)])],
    ['ít nhất 02 lần/quý', yearly([cad('quarter', 2)])],
    ['Tối thiểu 01 tin/bài/quý', yearly([cad('quarter', 1)])],
    ['02 lần mỗi năm', yearly([cad('year', 2)])],
    ['12 tin/bài trong năm', yearly([cad('year', 12)])],
    ['1 lần/6 tháng', yearly([cad('half-year', 1)])],
    ['Mỗi 2 tuần', yearly([{ unit: 'week', every: 2 }])],
    ['Hàng quý, trước ngày 15 của tháng cuối quý', yearly([cad('quarter')])],
    ['Trước ngày 15 của tháng cuối quý', yearly([cad('quarter')])],
    ['Vào ngày 05 hàng tháng', yearly([cad('month')])],
    ['Hàng quý, có ít nhất 01 tin/bài về hoạt động hỗ trợ, chính sách thu hút đầu tư', yearly([cad('quarter')])],
    ['Hằng quý; đối với báo cáo 6 tháng', yearly([cad('quarter')])],
    [
      'Tần suất: Mỗi tháng 01 chương trình (10 - 15 phút), phát trên sóng truyền thanh của huyện, các xã, thị trấn.',
      yearly([cad('month', 1)]),
    ],
    ['Thường xuyên, hàng quý', yearly([cad('quarter')])],
    ['Hàng quý, tháng 3/2024', tf('cadence', '2024-03-01', '2024-03-31', { cadences: [cad('quarter')], months: [3] })],
    ['Hàng quý năm 2025', tf('cadence', '2025-01-01', '2025-12-31', { cadences: [cad('quarter')] })],
    ['Hàng quý, trước ngày 15/12/2024', yearly([cad('quarter')], { deadline: '2024-12-15', deadlineExclusive: true })],
  ];
  it.each(cases)('%j', (text, expected) => expectOk(text, expected));
});

describe('parseTimeframe: input forms', () => {
  it('reads NFD input like NFC', () => {
    const nfd = 'Quý I/2024'.normalize('NFD');
    expect(nfd).not.toBe('Quý I/2024');
    expectOk(nfd, tf('range', '2024-01-01', '2024-03-31', { quarters: [1] }));
    expectOk('Thường xuyên trong năm'.normalize('NFD'), tf('continuous', ...YEAR_2024, fromCtx));
  });

  it('ignores case, extra spaces, trailing punctuation and leading bullets', () => {
    expectOk('QUÝ II/2024', tf('range', '2024-04-01', '2024-06-30', { quarters: [2] }));
    expectOk('  trong   QUÝ  ii ,  iii   NĂM 2024 ; ', tf('range', '2024-04-01', '2024-09-30', { quarters: [2, 3] }));
    expectOk('- Thường xuyên trong năm.', tf('continuous', ...YEAR_2024, fromCtx));
    expectOk('CHẬM NHẤT NGÀY 20/04/2024.', tf('deadline', '2024-01-01', '2024-04-20', { deadline: '2024-04-20', deadlineExclusive: false }));
  });

  it('accepts en and em dashes as range marks', () => {
    expectOk('Tháng 3 – tháng 5 năm 2024', tf('range', '2024-03-01', '2024-05-31', { months: [3, 4, 5] }));
    expectOk('01/3/2024 — 30/5/2024', tf('range', '2024-03-01', '2024-05-30'));
  });

  it('keeps the original text, trimmed', () => {
    const r = parseTimeframe('  Quý I/2024  ', CTX);
    expect(r.ok && r.value.text).toBe('Quý I/2024');
  });

  it('uses the year of the phrase before the context year', () => {
    expectOk('Quý I/2023', tf('range', '2023-01-01', '2023-03-31', { quarters: [1] }));
    expectOk('Quý I/2023', tf('range', '2023-01-01', '2023-03-31', { quarters: [1] }), {});
  });

  it('treats "nam" (south) as a different word from "năm" (year)', () => {
    expect(parseTimeframe('nam 2024', CTX)).toEqual({
      ok: false,
      error: { messageId: 'unrecognised', data: { near: 'nam', text: 'nam 2024' } },
    });
  });
});

describe('parseTimeframe: errors', () => {
  const cases: [string, { year?: number }, string, Record<string, string | number>][] = [
    ['lorem ipsum dolor', CTX, 'unrecognised', { near: 'lorem' }],
    ['Quý I/2024 khi có yêu cầu', CTX, 'unrecognised', { near: 'khi' }],
    ['Quý I/2024 và khi có yêu cầu', CTX, 'unrecognised', { near: 'khi' }],
    ['Quý V/2024', CTX, 'unrecognised', { near: 'quý' }],
    ['Định kỳ', CTX, 'unrecognised', { near: 'định' }],
    ['.', CTX, 'unrecognised', { near: '' }],
    ['Quý IV', {}, 'no-year', {}],
    ['Thường xuyên trong năm', {}, 'no-year', {}],
    ['Hàng quý', {}, 'no-year', {}],
    ['Chậm nhất ngày 20/4', {}, 'no-year', {}],
    ['Tháng 3', {}, 'no-year', {}],
    ['31/02/2024', CTX, 'invalid-date', { date: '31/02/2024' }],
    ['29/02/2023', CTX, 'invalid-date', { date: '29/02/2023' }],
    ['Chậm nhất ngày 31/04/2024', CTX, 'invalid-date', { date: '31/04/2024' }],
    ['Trước ngày 29/2', { year: 2023 }, 'invalid-date', { date: '29/2/2023' }],
    ['Tháng 13/2024', CTX, 'invalid-date', { date: 'tháng 13/2024' }],
    ['Quý 5 năm 2024', CTX, 'invalid-date', { date: 'quý 5' }],
    ['Từ tháng 5 đến tháng 3/2024', CTX, 'reversed-range', { from: '2024-05-01', to: '2024-03-31' }],
    ['30/5/2024 - 01/3/2024', CTX, 'reversed-range', { from: '2024-05-30', to: '2024-03-01' }],
    ['', CTX, 'empty', {}],
    ['   \t\n ', CTX, 'empty', {}],
  ];
  it.each(cases)('%j %j -> %s', (text, ctx, messageId, data) => {
    expect(parseTimeframe(text, ctx)).toEqual({
      ok: false,
      error: { messageId, data: { ...data, text: text.trim() } },
    });
  });

  it('allows a leap day only in leap years', () => {
    expectOk('Trước ngày 29/2', tf('deadline', '2024-01-01', '2024-02-28', { deadline: '2024-02-29', deadlineExclusive: true, ...fromCtx }));
    expect(parseTimeframe('29/02/2023', CTX)).toMatchObject({ ok: false, error: { messageId: 'invalid-date' } });
  });
});

describe('parseTimeframe: robustness', () => {
  function randomText(length: number, alphabet: readonly string[], seed: number): string {
    let s = '';
    let x = seed;
    while (s.length < length) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += alphabet[x % alphabet.length];
    }
    return s;
  }
  const CHARS = Array.from('aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạQUÝ0123456789 /.-,;:()');
  const WORDS = ['quý ', 'I', 'II', '/', '2024', ' ', ', ', 'tháng ', '3', 'năm ', 'và ', 'đến ', '- ', 'hàng ', 'trước ', 'ngày ', '01/3/2024', '(', ')', 'mỗi ', '01 ', 'lần', 'zzz '];

  // Timing is measured by `pnpm bench` (bench/src/hostile.mjs); here the test's hang guard
  // only catches an exponential blow-up, which would never finish.
  it.each([
    ['random characters', randomText(100_000, CHARS, 1)],
    ['random timeframe words', randomText(100_000, WORDS, 2)],
    ['a long list ending in junk', 'Quý I, II'.repeat(12_000) + ' zzz'],
    ['many segments that each fail late', ', quý 1, quý 2 zzz'.repeat(6_000)],
    ['unclosed parentheses', '('.repeat(100_000)],
    ['digit groups', '1/'.repeat(50_000)],
  ])('finishes on 100 kB of %s', (_name, text) => {
    const r: TimeframeParseResult = parseTimeframe(text, CTX);
    expect(typeof r.ok).toBe('boolean');
  });

  it('never throws, and every success is a well-formed interval', () => {
    const word = fc.constantFrom(...WORDS, 'thường xuyên ', 'chậm nhất ', '6 tháng đầu ', 'định kỳ ', '31/02/2024', 'từ ');
    const ids = ['unrecognised', 'no-year', 'invalid-date', 'empty', 'reversed-range'];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(word, { maxLength: 12 }).map((ws) => ws.join(''))), (text) => {
        const r = parseTimeframe(text, CTX);
        if (!r.ok) {
          expect(ids).toContain(r.error.messageId);
          return;
        }
        expect(r.value.start <= r.value.end).toBe(true);
        expect(r.value.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.value.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('timeframeSuggestions', () => {
  it('fills in the year and glosses every phrase in English', () => {
    const list = timeframeSuggestions(2025);
    expect(list[0]).toEqual({ text: 'Thường xuyên trong năm', en: 'Continuously throughout the year' });
    expect(list).toContainEqual({ text: 'Quý I/2025', en: 'First quarter of 2025' });
    for (const s of list) {
      expect(s.text).not.toContain('{year}');
      expect(s.en).not.toContain('{year}');
      expect(s.en.length).toBeGreaterThan(0);
    }
  });

  it('offers only phrases the parser understands, inside the given year', () => {
    for (const s of timeframeSuggestions(2025)) {
      const r = parseTimeframe(s.text, { year: 2025 });
      expect(r.ok ? [r.value.start.slice(0, 4), r.value.end.slice(0, 4)] : r.error).toEqual(['2025', '2025']);
    }
  });
});

describe('parseTimeframe: the phrases real plans write in timeframe columns', () => {
  const PERIOD = { year: 2026, period: { start: '2026-01-01', end: '2030-12-31' } };
  const cases: [string, Expected, typeof PERIOD | typeof CTX][] = [
    // Tied to an event or another schedule, not to dates: the plan's period or year.
    ['Khi có yêu cầu', tf('conditional', ...YEAR_2024, fromCtx), CTX],
    ['Theo chỉ đạo', tf('conditional', ...YEAR_2024, fromCtx), CTX],
    ['Sau khi Nghị định hướng dẫn được ban hành', tf('conditional', '2026-01-01', '2030-12-31', fromCtx), PERIOD],
    ['Triển khai bảo đảm theo lộ trình của Bộ, ngành', tf('conditional', '2026-01-01', '2030-12-31', fromCtx), PERIOD],
    // Years as tables write them.
    ['2026', tf('range', '2026-01-01', '2026-12-31'), PERIOD],
    ['2026 - 2030', tf('range', '2026-01-01', '2030-12-31'), PERIOD],
    ['2026-2028', tf('range', '2026-01-01', '2028-12-31'), PERIOD],
    // Work that goes on after the period named, or until an event.
    ['Năm 2026 và các năm tiếp theo', tf('range', '2026-01-01', '2030-12-31'), PERIOD],
    ['Quý IV năm 2026 và những năm tiếp theo', tf('range', '2026-10-01', '2030-12-31', { quarters: [4] }), PERIOD],
    ['Từ tháng 11/2026 đến khi kết thúc đợt kiểm kê', tf('range', '2026-11-01', '2030-12-31', { months: [11] }), PERIOD],
    // Done within a period, whatever the verb.
    ['Xong trong Quý II/2026', tf('range', '2026-04-01', '2026-06-30', { quarters: [2], deadline: '2026-06-30', deadlineExclusive: false }), PERIOD],
    ['Thực hiện thường xuyên', tf('continuous', '2026-01-01', '2030-12-31', fromCtx), PERIOD],
    [
      'Hoàn thành lắp đặt, vận hành xong trước ngày 01/01/2030',
      tf('deadline', '2026-01-01', '2029-12-31', { deadline: '2030-01-01', deadlineExclusive: true }),
      PERIOD,
    ],
  ];
  it.each(cases)('%s', (text, expected, ctx) => {
    expect(parseTimeframe(text, ctx)).toEqual({ ok: true, value: { ...expected, text } });
  });

  it('still refuses an event after a date: "Quý I/2024 khi có yêu cầu" is not silently "Quý I/2024"', () => {
    expect(parseTimeframe('Quý I/2024 khi có yêu cầu', CTX)).toMatchObject({ ok: false, error: { messageId: 'unrecognised' } });
  });
});
