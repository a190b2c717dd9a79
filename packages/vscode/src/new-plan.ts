import { plainOrQuoted } from '@kehoach/core';

export type Level = 'province' | 'district' | 'commune';

export interface NewPlanInput {
  level: Level;
  /** Issuer's full name: "Ủy ban nhân dân huyện Bình Sơn". */
  issuer: string;
  /** Place written before the date: "Bình Sơn". */
  place: string;
  year: number;
  /** Path of the template file, relative to the new plan (`extends:`), if one was chosen. */
  template?: string;
  /** Path of the agency registry, relative to the new plan, when no config names one. */
  registry?: string;
}

/** Text the author must replace; every placeholder is written `<...>` so it stands out. */
export const PLACEHOLDER = /<[^<>\n]+>/;

/**
 * A new plan that already passes every rule except where a `<...>` placeholder waits
 * for the author: the first law (lead, timeframe, report path) is laid out for each task.
 * Without a template the plan carries one task to copy; with one, tasks come from it.
 */
export function newPlanText(input: NewPlanInput): string {
  const y = input.year;
  const q = (s: string): string => plainOrQuoted(s);
  const lines: string[] = ['kind: plan'];
  if (input.template) lines.push(`extends: ${q(input.template)}`);
  if (input.registry) lines.push(`registry: ${q(input.registry)}   # danh mục cơ quan`);
  lines.push(
    'issuer:',
    `  name: ${q(input.issuer)}`,
    `  level: ${input.level}`,
    '  code: UBND',
    'number: ""   # số kế hoạch, ghi khi ban hành (ví dụ 84/KH-UBND)',
    `place: ${q(input.place)}`,
    `year: ${y}`,
    'title: <Trích yếu kế hoạch>',
    'legalBases:',
    '  - verb: can-cu',
    '    type: <Loại văn bản>',
    '    ref: <Số và ký hiệu>',
    '    summary: <Trích yếu văn bản căn cứ>',
    'objectives:',
    '  - <Mục đích>',
    'requirements:',
    '  - <Yêu cầu>',
  );
  if (!input.template) {
    lines.push(
      'tasks:',
      '  # Mỗi nhiệm vụ có cơ quan chủ trì, thời gian thực hiện và đường báo cáo.',
      '  - id: nhiem-vu-1',
      '    title: <Tên nhiệm vụ>',
      '    lead: <Cơ quan chủ trì>',
      `    timeframe: Thường xuyên trong năm ${y}`,
      'reporting:',
      '  - to: <Cơ quan nhận báo cáo>',
      `    due: trước ngày 25/11/${y}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A file name for the new plan: `ke-hoach-2025.kehoach.yaml`, numbered when taken. */
export function newPlanFileName(year: number, taken: (name: string) => boolean): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? `ke-hoach-${year}.kehoach.yaml` : `ke-hoach-${year}-${i}.kehoach.yaml`;
    if (!taken(name)) return name;
  }
}
