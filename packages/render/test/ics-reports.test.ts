import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../src/index.js';
import { analyzeYaml } from './helpers/inline.js';

/** Unfolded events of a calendar, each as its properties. */
function events(ics: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of ics.replace(/\r\n /g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else if (current) current[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1);
  }
  return out;
}

/** The days an RRULE of ours repeats on (FREQ=MONTHLY|YEARLY with INTERVAL, BYMONTHDAY, COUNT), from its DTSTART: an independent reading of RFC 5545. */
function expand(start: string, rrule: string): string[] {
  const rule = Object.fromEntries(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const step = (rule.FREQ === 'YEARLY' ? 12 : 1) * Number(rule.INTERVAL ?? 1);
  const day = Number(rule.BYMONTHDAY);
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(4, 6));
  const out: string[] = [];
  for (let i = 0; i < Number(rule.COUNT); i++) {
    out.push(`${y}${String(m).padStart(2, '0')}${String(day).padStart(2, '0')}`);
    m += step;
    while (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return out;
}

const PLAN = `kind: plan
issuer: { name: Ủy ban nhân dân tỉnh Bình Minh, level: province }
number: 45/KH-UBND
year: 2026
title: Đưa dịch vụ công trực tuyến về tận thôn, xóm năm 2026
agencies:
  - { id: so-khcn, name: Sở Khoa học và Công nghệ, kind: department, level: province }
  - { id: ubnd-cac-xa, name: "UBND các xã, phường", kind: collective, level: commune }
sections:
  - id: diem-ho-tro
    title: Mở điểm hỗ trợ nộp hồ sơ trực tuyến
    lead: "UBND các xã, phường"
    timeframe: Thường xuyên
  - reporting:
      from: "UBND các xã, phường"
      to: Sở Khoa học và Công nghệ
      due: trước ngày 18 của tháng cuối quý
`;

describe('report deadlines and cut-off dates in the calendar', () => {
  it('a quarterly path repeats its deadline and its data cut-off (Nghị định 09/2019/NĐ-CP, Điều 12) each quarter', async () => {
    const list = events(renderCalendar(await analyzeYaml(PLAN)));
    const due = list.find((e) => e.SUMMARY === 'Hạn báo cáo Sở Khoa học và Công nghệ (hằng quý)');
    expect(due).toMatchObject({ 'DTSTART;VALUE=DATE': '20260317', RRULE: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=17;COUNT=4' });
    expect(expand(due?.['DTSTART;VALUE=DATE'] ?? '', due?.RRULE ?? '')).toEqual(['20260317', '20260617', '20260917', '20261217']);
    expect(due?.DESCRIPTION).toContain('Hạn: trước ngày 18 của tháng cuối quý');
    const cutoff = list.find((e) => e.SUMMARY === 'Chốt số liệu báo cáo quý gửi Sở Khoa học và Công nghệ');
    expect(expand(cutoff?.['DTSTART;VALUE=DATE'] ?? '', cutoff?.RRULE ?? '')).toEqual(['20260314', '20260614', '20260914', '20261214']);
    expect(cutoff?.DESCRIPTION).toContain('Quý I năm 2026: từ 15/12/2025 đến 14/03/2026');
    expect(new Set(list.map((e) => e.UID)).size).toBe(list.length);
  });

  it('a path that states only its cadence has cut-off dates but no deadline to invent', async () => {
    const list = events(renderCalendar(await analyzeYaml(PLAN.replace('due: trước ngày 18 của tháng cuối quý', 'cadence: Hằng quý'))));
    expect(list.filter((e) => e.SUMMARY?.startsWith('Hạn báo cáo'))).toEqual([]);
    expect(list.find((e) => e.SUMMARY?.startsWith('Chốt số liệu'))?.RRULE).toBe('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=14;COUNT=4');
  });

  it('two days a year over a five-year plan repeat every six months, until the plan ends', async () => {
    const plan = PLAN.replace('year: 2026', 'period: { from: 2026, to: 2030 }').replace(
      'due: trước ngày 18 của tháng cuối quý',
      'due: [trước ngày 15/6 hằng năm, trước ngày 15/12 hằng năm]',
    );
    const list = events(renderCalendar(await analyzeYaml(plan)));
    const due = list.find((e) => e.SUMMARY === 'Hạn báo cáo Sở Khoa học và Công nghệ (6 tháng)');
    expect(due).toMatchObject({ 'DTSTART;VALUE=DATE': '20260614', RRULE: 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=14;COUNT=10' });
    expect(expand(due?.['DTSTART;VALUE=DATE'] ?? '', due?.RRULE ?? '').at(-1)).toBe('20301214');
    const cutoff = list.find((e) => e.SUMMARY === 'Chốt số liệu báo cáo 6 tháng gửi Sở Khoa học và Công nghệ');
    expect(cutoff?.DESCRIPTION).toContain('6 tháng đầu năm 2026: từ 15/12/2025 đến 14/06/2026');
  });

  it('a one-off deadline stays one event, as before', async () => {
    const list = events(renderCalendar(await analyzeYaml(PLAN.replace('due: trước ngày 18 của tháng cuối quý', 'due: trước ngày 25/11/2026'))));
    // The report's own events (the task done "Thường xuyên" has its monthly reminder, a recurring event of its own).
    const reports = list.filter((e) => /^(?:Hạn báo cáo|Chốt số liệu)/u.test(e.SUMMARY ?? ''));
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.filter((e) => e.RRULE)).toEqual([]);
    expect(list.map((e) => [e['DTSTART;VALUE=DATE'], e.SUMMARY])).toContainEqual(['20261124', 'Hạn báo cáo Sở Khoa học và Công nghệ']);
  });
});
