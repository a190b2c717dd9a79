import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENCIES, PLAN as SHARED_PLAN, run, workspace } from './helpers.js';

/** The shared small plan, with coordinators the registry knows, so it has no errors. */
const PLAN = SHARED_PLAN.replace('coordinators: Các cơ quan, đơn vị liên quan', 'coordinators: [Phòng Văn hóa và Thông tin]');

/** The seed's hard deadline, on a task of its own. */
const WITH_DEADLINE = PLAN.replace(
  'tasks:\n',
  `tasks:
  - id: xay-dung-ke-hoach
    title: Xây dựng kế hoạch thông tin, tuyên truyền về CCHC
    lead: phong-vhtt
    coordinators: [Phòng Nội vụ]
    timeframe: Chậm nhất ngày 20/04/2024
`,
);

/** Unfolded content lines of an .ics text. */
function lines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

function events(ics: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

describe('kehoach calendar', () => {
  it('prints one all-day event per task deadline and per report due date, with the lead agency', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': WITH_DEADLINE });
    const r = await run(['calendar', 'ke-hoach.kehoach.yaml', '-o', '-'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]).toBe('BEGIN:VCALENDAR');
    const all = events(r.stdout);
    const task = all.find((e) => e.SUMMARY === 'Xây dựng kế hoạch thông tin\\, tuyên truyền về CCHC');
    expect(task?.['DTSTART;VALUE=DATE']).toBe('20240420');
    expect(task?.DESCRIPTION?.split('\\n')).toContain('Cơ quan chủ trì: Phòng Văn hóa và Thông tin');
    // "trước ngày 25/11/2024": the last day to report is the 24th.
    const report = all.find((e) => e.SUMMARY?.startsWith('Hạn báo cáo'));
    expect(report?.['DTSTART;VALUE=DATE']).toBe('20241124');
    expect(report?.DESCRIPTION?.split('\\n')).toContain('Qua: Phòng Văn hóa và Thông tin');
  });

  it('writes <plan>.ics next to the plan and counts the events', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': WITH_DEADLINE });
    const r = await run(['calendar', 'ke-hoach.kehoach.yaml'], root);
    expect(r.code).toBe(0);
    const ics = readFileSync(join(root, 'ke-hoach.ics'), 'utf8');
    const count = events(ics).length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toBe(`ke-hoach.kehoach.yaml → ke-hoach.ics\nĐã xuất lịch hạn của 1 kế hoạch (${count} sự kiện).\n`);
  });

  it('gives usage errors in one line, exit 2, in English with --locale en', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'x.kehoach.yaml': PLAN });
    const vi = await run(['calendar'], root);
    expect(vi).toEqual({ code: 2, stdout: '', stderr: 'kehoach: Hãy nêu tệp kế hoạch hoặc thư mục, ví dụ: kehoach calendar examples/2024 (xem kehoach calendar --help).\n' });
    const en = await run(['calendar', 'x.kehoach.yaml', '--format', 'ics', '--locale', 'en'], root);
    expect(en).toEqual({ code: 2, stdout: '', stderr: 'kehoach: Unknown option: --format (see kehoach calendar --help).\n' });
  });
});
