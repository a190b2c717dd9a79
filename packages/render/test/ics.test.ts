import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../src/index.js';
import { foldLine } from '../src/ics/format.js';
import { analyzeYaml, HEAD } from './helpers/inline.js';
import { loadFixture, renderTargets } from './helpers/load.js';

/** Unfolded content lines of a calendar. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

function events(ics: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line.slice(i + 1);
    }
  }
  return out;
}

const PLAN = `${HEAD}number: 84/KH-UBND
date: 12/01/2024
tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số, cải cách hành chính
    lead: phong-vhtt
    coordinators: [Phòng Nội vụ, "UBND các xã, thị trấn"]
    timeframe: Trong Quý II năm 2024
  - id: tap-huan
    title: Tập huấn CCHC
    lead: Phòng Nội vụ
    timeframe: Thường xuyên trong năm
  - id: ke-hoach
    title: Xây dựng kế hoạch
    lead: Phòng Tư pháp
    timeframe: Chậm nhất ngày 20/04/2024
    report: { to: UBND huyện, due: trước ngày 30/06/2024 }
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

describe('iCalendar', () => {
  it('has one all-day event per task deadline and per report due date', async () => {
    const list = events(renderCalendar(await analyzeYaml(PLAN)));
    expect(list.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE'], e.SUMMARY])).toEqual([
      // "Thường xuyên trong năm": continuous work, recalled at the end of each month (RRULE).
      ['20240131', '20240201', 'Tập huấn CCHC'],
      // "Chậm nhất ngày 20/04/2024": on that day.
      ['20240420', '20240421', 'Xây dựng kế hoạch'],
      // The task's own report, "trước ngày 30/06/2024": the last day allowed.
      ['20240629', '20240630', 'Hạn báo cáo Ủy ban nhân dân huyện Bình Sơn: Xây dựng kế hoạch'],
      // "Trong Quý II năm 2024": the end of the quarter.
      ['20240630', '20240701', 'Tổ chức Hội thi tuyên truyền về Chuyển đổi số\\, cải cách hành chính'],
      // The plan's reporting entry, once for every task it covers.
      ['20241124', '20241125', 'Hạn báo cáo Ủy ban nhân dân huyện Bình Sơn'],
    ]);
  });

  it('describes the lead agency by its official name, and the coordinators', async () => {
    const hoiThi = events(renderCalendar(await analyzeYaml(PLAN))).find((e) => e.UID?.includes('hoi-thi'));
    expect(hoiThi?.DESCRIPTION?.split('\\n')).toEqual([
      'Cơ quan chủ trì: Phòng Văn hóa và Thông tin',
      'Cơ quan phối hợp: Phòng Nội vụ\\; UBND các xã\\, thị trấn',
      'Thời gian thực hiện: Trong Quý II năm 2024',
      'Kế hoạch số 84/KH-UBND của Ủy ban nhân dân huyện Bình Sơn: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn',
    ]);
  });

  it('keeps UIDs stable (plan number + task id) and the file reproducible', async () => {
    const a = renderCalendar(await analyzeYaml(PLAN));
    const b = renderCalendar(await analyzeYaml(PLAN));
    expect(a).toBe(b);
    expect(events(a).map((e) => e.UID)).toEqual([
      '2024-84-kh-ubnd-tap-huan@kehoach',
      '2024-84-kh-ubnd-ke-hoach@kehoach',
      '2024-84-kh-ubnd-ke-hoach-bao-cao@kehoach',
      '2024-84-kh-ubnd-hoi-thi@kehoach',
      '2024-84-kh-ubnd-bao-cao-1@kehoach',
    ]);
    expect(new Set(events(a).map((e) => e.DTSTAMP))).toEqual(new Set(['20240112T000000Z']));
    // Without a number the issuer names the plan.
    const unnumbered = renderCalendar(await analyzeYaml(PLAN.replace('number: 84/KH-UBND\n', '')));
    expect(events(unnumbered)[1]?.UID).toBe('2024-uy-ban-nhan-dan-huyen-binh-son-ke-hoach@kehoach');
  });

  it('uses CRLF line endings and folds lines at 75 octets without splitting a letter', async () => {
    const ics = renderCalendar(await analyzeYaml(PLAN));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of ics.split('\r\n')) {
      const bytes = encoder.encode(line);
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });

  it('folds by octets, counting the leading space of continuation lines', () => {
    const line = `SUMMARY:${'Tuyên truyền cải cách hành chính '.repeat(5)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('renders every example with a calendar header and well-formed events', async () => {
    for (const target of await renderTargets()) {
      const ics = renderCalendar(await target.load());
      const lines = unfold(ics);
      expect(lines.slice(0, 2), target.name).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
      expect(lines.filter((l) => l === 'BEGIN:VEVENT').length, target.name).toBe(lines.filter((l) => l === 'END:VEVENT').length);
      expect(ics, target.name).not.toMatch(/undefined|null/);
    }
    const province = events(renderCalendar(await loadFixture('province-tay-ninh.kehoach.yaml')));
    expect(province.map((e) => e['DTSTART;VALUE=DATE'])).toContain('20240420');
  });

  it('gives a report to two recipients with two deadlines two events naming both; a multi-year plan\'s years are deadlines', async () => {
    const plan = `kind: plan
issuer: { name: Ủy ban nhân dân tỉnh Bình Minh, level: province }
period: { from: 2026, to: 2030, text: giai đoạn 2026 - 2030 }
title: Ứng dụng trí tuệ nhân tạo giai đoạn 2026 - 2030
sections:
  - id: kho-du-lieu
    title: Xây dựng kho dữ liệu
    lead: Sở Khoa học và Công nghệ
    timeframe: Năm 2027
  - id: duy-tri
    title: Duy trì hệ thống
    lead: Sở Khoa học và Công nghệ
    timeframe: Giai đoạn 2026 - 2030
  - reporting:
      to: [Ủy ban nhân dân tỉnh, Sở Nội vụ]
      due: [trước ngày 15/6/2026, trước ngày 15/12/2026]
  - id: nhom-du-lieu
    title: Về dữ liệu
    report: { to: Sở Khoa học và Công nghệ, due: trước ngày 30/6/2027 }
    items:
      - { id: danh-muc, title: Lập danh mục dữ liệu, lead: Sở Nội vụ, timeframe: Giai đoạn 2026 - 2030 }
`;
    const list = events(renderCalendar(await analyzeYaml(plan)));
    expect(list.map((e) => [e['DTSTART;VALUE=DATE'], e.SUMMARY])).toEqual([
      ['20260614', 'Hạn báo cáo Ủy ban nhân dân tỉnh\\, Sở Nội vụ'],
      ['20261214', 'Hạn báo cáo Ủy ban nhân dân tỉnh\\, Sở Nội vụ'],
      // A group's report path, once for the tasks it covers.
      ['20270629', 'Hạn báo cáo Sở Khoa học và Công nghệ'],
      // "Năm 2027" ends a part of the plan's period; the whole period has no deadline.
      ['20271231', 'Xây dựng kho dữ liệu'],
    ]);
    expect(new Set(list.map((e) => e.UID)).size).toBe(4);
    expect(list[2]?.UID).toBe('2026-uy-ban-nhan-dan-tinh-binh-minh-nhom-du-lieu-bao-cao@kehoach');
  });
});
