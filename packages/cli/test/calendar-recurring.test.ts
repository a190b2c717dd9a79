import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';

/** Tasks that recur or go on all year, each with a lead the registry knows. */
const RECURRING = PLAN.replace('coordinators: Các cơ quan, đơn vị liên quan', 'coordinators: [Phòng Văn hóa và Thông tin]').replace(
  'tasks:\n',
  `tasks:
  - id: hang-thang
    title: Cập nhật tin bài trên Cổng thông tin điện tử huyện
    lead: phong-vhtt
    timeframe: Hàng tháng
  - id: hang-quy
    title: Tổng hợp kết quả tuyên truyền
    lead: Phòng Nội vụ
    timeframe: Hàng quý
  - id: sau-thang
    title: Đánh giá kết quả sáu tháng
    lead: Phòng Nội vụ
    timeframe: Định kỳ 06 tháng
  - id: thuong-xuyen
    title: Tuyên truyền trên hệ thống truyền thanh
    lead: phong-vhtt
    timeframe: Thường xuyên trong năm
`,
);

/** Every day an event of the calendar falls on, as an iCalendar reader expands it (RRULE included). */
function days(ics: string, uidPart: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).includes(`-${uidPart}@`));
  if (!vevent) throw new Error(`no event ${uidPart}`);
  const iterator = new ICAL.Event(vevent).iterator();
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < 100; next = iterator.next()) out.push(next.toString());
  return out;
}

describe('kehoach calendar: recurring and continuous work', () => {
  it('gives monthly, quarterly, six-monthly and continuous tasks recurring events an iCalendar parser expands', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': RECURRING });
    const r = await run(['calendar', 'ke-hoach.kehoach.yaml', '-o', '-'], root);
    expect(r.code, r.stderr).toBe(0);
    const monthEnds = ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30', '2024-07-31', '2024-08-31', '2024-09-30', '2024-10-31', '2024-11-30', '2024-12-31'];
    expect(days(r.stdout, 'hang-thang')).toEqual(monthEnds);
    expect(days(r.stdout, 'hang-quy')).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    expect(days(r.stdout, 'sau-thang')).toEqual(['2024-06-30', '2024-12-31']);
    // Continuous work is recalled at the end of each month of the plan's year.
    expect(days(r.stdout, 'thuong-xuyen')).toEqual(monthEnds);
    // Work over the whole year without a cadence still has no event of its own.
    expect(r.stdout).not.toContain('tap-huan-cchc@');
    expect(r.stdout).toContain('Lặp lại: Hằng quý\\, ngày cuối quý');
  });
});
