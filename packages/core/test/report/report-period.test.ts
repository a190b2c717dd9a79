import { describe, expect, it } from 'vitest';
import { cutoffOf, parseReportingPeriod, periodsIn, reportingPeriod } from '../../src/model/report-period.js';
import { deadlineFor } from '../../src/model/report-deadline.js';

describe('cut-off dates of Nghị định 09/2019/NĐ-CP, Điều 12', () => {
  it('a quarter runs from the 15th of the month before it to the 14th of its last month', () => {
    expect(cutoffOf('quarter', 2026, 1)).toEqual({ start: '2025-12-15', end: '2026-03-14' });
    expect(cutoffOf('quarter', 2026, 3)).toEqual({ start: '2026-06-15', end: '2026-09-14' });
  });

  it('a month, the two halves and the year likewise', () => {
    expect(cutoffOf('month', 2026, 1)).toEqual({ start: '2025-12-15', end: '2026-01-14' });
    expect(cutoffOf('month', 2026, 7)).toEqual({ start: '2026-06-15', end: '2026-07-14' });
    expect(cutoffOf('half-year', 2026, 1)).toEqual({ start: '2025-12-15', end: '2026-06-14' });
    expect(cutoffOf('half-year', 2026, 2)).toEqual({ start: '2026-06-15', end: '2026-12-14' });
    expect(cutoffOf('year', 2026, 1)).toEqual({ start: '2025-12-15', end: '2026-12-14' });
  });
});

describe('reporting periods as reports write them', () => {
  it.each([
    ['Quý I/2026', 'quarter', '2026-01-01', '2026-03-31', 'Quý I năm 2026'],
    ['Quý II năm 2026', 'quarter', '2026-04-01', '2026-06-30', 'Quý II năm 2026'],
    ['Tháng 3/2026', 'month', '2026-03-01', '2026-03-31', 'Tháng 3 năm 2026'],
    ['6 tháng đầu năm 2026', 'half-year', '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026'],
    ['06 tháng cuối năm 2026', 'half-year', '2026-07-01', '2026-12-31', '6 tháng cuối năm 2026'],
    ['Năm 2026', 'year', '2026-01-01', '2026-12-31', 'Năm 2026'],
  ])('%s', (text, kind, start, end, label) => {
    expect(parseReportingPeriod(text)).toMatchObject({ kind, start, end, label });
  });

  it('dates make an ad hoc period whose data closes on its last day, unless they are a calendar quarter', () => {
    expect(parseReportingPeriod({ from: '01/02/2026', to: '20/02/2026' })).toMatchObject({ kind: 'ad-hoc', cutoff: { start: '2026-02-01', end: '2026-02-20' } });
    expect(parseReportingPeriod({ from: '01/04/2026', to: '30/06/2026' })).toMatchObject({ kind: 'quarter', index: 2 });
  });

  it('what is not a period does not read', () => {
    expect(parseReportingPeriod('Thường xuyên')).toBeUndefined();
    expect(parseReportingPeriod('Quý I')).toBeUndefined();
  });

  it('lists the quarters a span covers', () => {
    expect(periodsIn('quarter', { start: '2026-02-10', end: '2026-12-31' }).map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(reportingPeriod('month', 2026, 2).end).toBe('2026-02-28');
  });
});

describe('the deadline of a report path for a period', () => {
  const q1 = reportingPeriod('quarter', 2026, 1);
  it('reads a day of the last month of each quarter', () => {
    expect(deadlineFor('trước ngày 18 của tháng cuối quý', q1)).toMatchObject({ stated: '2026-03-18', last: '2026-03-17', exclusive: true });
    expect(deadlineFor('Chậm nhất ngày 20 tháng đầu quý sau', q1)).toMatchObject({ stated: '2026-04-20', last: '2026-04-20' });
  });

  it('reads a monthly day, a yearly day and a fixed date', () => {
    expect(deadlineFor('trước ngày 20 hằng tháng', reportingPeriod('month', 2026, 3))).toMatchObject({ last: '2026-03-19' });
    expect(deadlineFor('trước ngày 15/6 hằng năm', reportingPeriod('half-year', 2026, 1))).toMatchObject({ stated: '2026-06-15', last: '2026-06-14' });
    expect(deadlineFor('trước ngày 25/11/2026', reportingPeriod('year', 2026, 1))).toMatchObject({ last: '2026-11-24' });
    expect(deadlineFor({ deadline: '18/03/2026' }, q1)).toMatchObject({ last: '2026-03-18', exclusive: false });
  });

  it('takes the earliest of several, and none from a cadence without a day', () => {
    expect(deadlineFor(['trước ngày 15/12 hằng năm', 'trước ngày 15/6 hằng năm'], q1)).toMatchObject({ stated: '2026-06-15' });
    expect(deadlineFor('Hằng quý', q1)).toBeUndefined();
  });
});

describe('the periods a report path asks for', () => {
  it('reads them from the cadence or from the due days', async () => {
    const { pathPeriodKinds } = await import('../../src/model/report-deadline.js');
    expect(pathPeriodKinds({ cadence: 'Hằng quý' })).toEqual(['quarter']);
    expect(pathPeriodKinds({ cadence: 'định kỳ 06 tháng, năm' })).toEqual(['half-year', 'year']);
    expect(pathPeriodKinds({ due: 'trước ngày 18 của tháng cuối quý' })).toEqual(['quarter']);
    expect(pathPeriodKinds({ due: 'trước ngày 20 hằng tháng' })).toEqual(['month']);
    expect(pathPeriodKinds({ due: ['trước ngày 15/6 hằng năm', 'trước ngày 15/12 hằng năm'] })).toEqual(['half-year']);
    expect(pathPeriodKinds({ due: 'trước ngày 10/12' })).toEqual(['year']);
    expect(pathPeriodKinds({ due: 'trước ngày 25/11/2026' })).toEqual([]);
  });
});
