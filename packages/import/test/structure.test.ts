import { lintText } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';
import { bodyTasks, requests, text } from './helpers.js';

// A plan written for these tests (its wording is ours): a group whose items take its lead,
// requests with points, report paths after a request, a closing that says who reports.
const PLAN = text(
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÒA BÌNH AN',
  'Số: 30/KH-UBND | Hòa Bình An, ngày 15 tháng 12 năm 2025',
  '',
  'KẾ HOẠCH',
  '',
  'Phòng, chống rác thải nhựa năm 2026',
  '',
  'Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;',
  '',
  'I. NHIỆM VỤ',
  '',
  '1. Thu gom rác thải nhựa',
  '',
  '- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.',
  '',
  '1.1. Đặt điểm thu gom chai nhựa tại các chợ.',
  '',
  '- Thời gian thực hiện: Quý II/2026.',
  '',
  '1.2. Tổng kết mô hình thu gom.',
  '',
  '- Thời gian thực hiện: Tháng 12/2026.',
  '',
  '- Báo cáo về Ủy ban nhân dân tỉnh trước ngày 20/12/2026.',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Đề nghị Hội Liên hiệp Phụ nữ tỉnh',
  '',
  '- Vận động hội viên dùng túi vải khi đi chợ.',
  '',
  '- Tham gia giám sát việc thu gom rác thải nhựa ở khu dân cư.',
  '',
  '2. Đề nghị Tỉnh đoàn phối hợp tổ chức ngày hội tái chế.',
  '',
  'Các sở, ban, ngành tỉnh gửi kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 10/12/2026.',
  '',
  'Trên đây là Kế hoạch phòng, chống rác thải nhựa năm 2026. Trong quá trình thực hiện, nếu có khó khăn, các cơ quan báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.',
  '',
  'Nơi nhận:',
  '- Bộ Nông nghiệp và Môi trường;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Lê Văn Hòa',
);

describe('groups, requests and report paths, read as the document states them', () => {
  const result = importText(PLAN, { fileName: 'rac-thai-nhua.txt' });
  const plan = result.plan as Record<string, any>;
  const [tasks, duties] = plan.sections as any[];

  it('reads "1.1." with only a time line, under a group that states the lead, as a task of that lead', () => {
    expect(bodyTasks(result)).toEqual([
      ['Đặt điểm thu gom chai nhựa tại các chợ.', ['Sở Nông nghiệp và Môi trường'], [], 'Quý II/2026'],
      ['Tổng kết mô hình thu gom.', ['Sở Nông nghiệp và Môi trường'], [], 'Tháng 12/2026'],
    ]);
  });

  it('reads a "Báo cáo về ..." line among a task\'s lines as its report path, keeping the line', () => {
    expect(tasks.items[0].items[1].report).toMatchObject({ to: 'Ủy ban nhân dân tỉnh', due: 'trước ngày 20/12/2026', text: 'Báo cáo về Ủy ban nhân dân tỉnh trước ngày 20/12/2026.' });
  });

  it('makes each point of a request one thing it asks, and lists the request once', () => {
    expect(requests(result)).toEqual([
      ['Đề nghị Hội Liên hiệp Phụ nữ tỉnh', ['Hội Liên hiệp Phụ nữ tỉnh']],
      ['Đề nghị Tỉnh đoàn phối hợp tổ chức ngày hội tái chế.', ['Tỉnh đoàn']],
    ]);
    expect(duties.items[0].items.map((i: any) => i.title)).toEqual(['Vận động hội viên dùng túi vải khi đi chợ.', 'Tham gia giám sát việc thu gom rác thải nhựa ở khu dân cư.']);
  });

  it('reads who else reports after a request as the section\'s report path ("gửi kết quả ... về"), not as part of the request', () => {
    expect(duties.items[1].items).toBeUndefined();
    expect(duties.items[2].reporting).toMatchObject({ to: 'Sở Nông nghiệp và Môi trường', due: 'trước ngày 10/12/2026' });
  });

  it('ends the body with a closing that states a report path, never a `reporting` beside `sections`', () => {
    expect(plan.reporting).toBeUndefined();
    expect(plan.closing).toBeUndefined();
    expect(duties.items.at(-1).reporting).toMatchObject({ to: 'Ủy ban nhân dân tỉnh', condition: 'nếu có khó khăn' });
    expect(duties.items.at(-1).reporting.text).toMatch(/^Trên đây là Kế hoạch .* giải quyết\.\/\.$/u);
    const rules = lintText(result.yaml, { uri: 'rac-thai-nhua.kehoach.yaml' }).diagnostics.map((d) => d.ruleId);
    expect(rules).not.toContain('body-stated-once');
    expect(rules).not.toContain('schema');
  });
});
