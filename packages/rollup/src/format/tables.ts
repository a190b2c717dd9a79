import { COVERAGE_LABEL, REPORT_LABEL, STATUS_LABEL, namesOf, sourceText, viDate, viNumber } from './labels.js';
import type { Rollup } from '../types.js';

/**
 * The roll-up as the tables officials read (CSV, XLSX, dashboard): a header row and
 * rows of strings and numbers. Every output lays out the same tables.
 */
export interface Table {
  /** File and sheet name (ASCII for files, Vietnamese for sheets). */
  file: string;
  sheet: string;
  head: string[];
  rows: (string | number)[][];
  /** Relative widths for spreadsheets, in characters. */
  widths: number[];
}

export function rollupTables(r: Rollup): Table[] {
  const names = namesOf(r);
  const periods = r.periods;
  const tasks = new Map(r.tasks.map((t) => [t.id, t]));

  const summary: Table = {
    file: 'nhiem-vu',
    sheet: 'Nhiệm vụ',
    head: ['Mã', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Hạn', 'Số nơi thực hiện', 'Số nơi đã cụ thể hóa', ...periods.flatMap((p) => [`${p.label}: hoàn thành`, `${p.label}: chưa báo cáo`])],
    rows: r.tasks.map((t) => {
      const cells = r.cells.filter((c) => c.task === t.id);
      const per = periods.flatMap((p) => {
        const states = cells.map((c) => c.periods[p.key]?.status);
        return [states.filter((s) => s === 'done' || s === 'done-late').length, states.filter((s) => s === 'no-report' || s === 'not-reported').length];
      });
      return [t.id, t.title, t.lead, t.timeframe, viDate(t.deadline), t.implementers.length, cells.filter((c) => c.coverage === 'implemented').length, ...per];
    }),
    widths: [18, 60, 28, 22, 12, 10, 10, ...periods.flatMap(() => [12, 12])],
  };

  const detail: Table = {
    file: 'chi-tiet',
    sheet: 'Chi tiết',
    head: ['Mã', 'Nhiệm vụ', 'Nơi thực hiện', 'Kế hoạch của nơi thực hiện', 'Nhiệm vụ cụ thể hóa', 'Kỳ báo cáo', 'Tình trạng', 'Như báo cáo ghi', 'Lý do', 'Nguồn'],
    rows: r.cells.flatMap((c) => {
      const t = tasks.get(c.task);
      const who = names.get(c.implementer) ?? c.implementer;
      const base = [c.task, t?.title ?? '', who, COVERAGE_LABEL[c.coverage], c.lowerTasks.join(', ')];
      const rows = periods.filter((p) => c.periods[p.key]).map((p) => {
        const cp = c.periods[p.key];
        return [...base, p.label, cp ? STATUS_LABEL[cp.status] : '', cp?.written ?? '', cp?.reason ?? '', cp?.source ? sourceText(cp.source) : ''];
      });
      return rows.length ? rows : [[...base, '', '', '', '', '']];
    }),
    widths: [18, 50, 28, 26, 24, 16, 18, 18, 40, 50],
  };

  const reports: Table = {
    file: 'bao-cao',
    sheet: 'Báo cáo',
    head: ['Nơi báo cáo', 'Kỳ báo cáo', 'Tình trạng', 'Số báo cáo', 'Ngày ký', 'Ngày gửi', 'Hạn', 'Muộn (ngày)', 'Nhiệm vụ đến kỳ chưa báo cáo', 'Tệp'],
    rows: r.reports.map((x) => [
      names.get(x.implementer) ?? x.implementer,
      periods.find((p) => p.key === x.period)?.label ?? x.period,
      REPORT_LABEL[x.state],
      x.number ?? '',
      x.date ?? '',
      viDate(x.sent),
      viDate(x.deadline),
      x.daysLate ?? 0,
      x.missingTasks.join(', '),
      x.path ?? '',
    ]),
    widths: [30, 16, 14, 14, 12, 12, 12, 10, 40, 50],
  };

  const figures: Table = {
    file: 'so-lieu',
    sheet: 'Số liệu',
    head: ['Nội dung', 'Kỳ báo cáo', 'Nơi báo cáo', 'Số liệu', 'Đơn vị', 'Đếm cái gì', 'Cộng vào tổng', 'Nguồn'],
    rows: r.sums.flatMap((s) => {
      const label = periods.find((p) => p.key === s.period)?.label ?? s.period;
      const total = [s.title, label, s.aggregate === 'mean' ? 'Bình quân' : 'Tổng cộng', s.total, s.unit, s.of ?? '', s.target !== undefined ? `Chỉ tiêu: ${viNumber(s.target)} ${s.unit}` : '', ''];
      return [
        total,
        ...s.contributions.map((c) => [s.title, label, names.get(c.implementer) ?? c.implementer, c.value, c.unit ?? '', c.of ?? s.of ?? '', 'có', sourceText(c.source)]),
        ...s.excluded.map((c) => [s.title, label, names.get(c.implementer) ?? c.implementer, c.value, c.unit ?? '', c.of ?? '', `không: ${c.reason ?? ''}`, sourceText(c.source)]),
      ];
    }),
    widths: [50, 16, 30, 10, 10, 36, 24, 60],
  };

  const notes: Table = {
    file: 'kho-khan-de-xuat',
    sheet: 'Khó khăn, đề xuất',
    head: ['Loại', 'Nơi báo cáo', 'Kỳ báo cáo', 'Nhiệm vụ', 'Nội dung', 'Nguồn'],
    rows: r.notes.map((n) => [
      n.kind === 'difficulty' ? 'Khó khăn, vướng mắc' : 'Đề xuất, kiến nghị',
      names.get(n.implementer) ?? n.implementer,
      periods.find((p) => p.key === n.period)?.label ?? n.period,
      n.task ?? '',
      n.text,
      sourceText(n.source),
    ]),
    widths: [20, 30, 16, 18, 70, 60],
  };

  return [summary, detail, reports, figures, notes];
}
