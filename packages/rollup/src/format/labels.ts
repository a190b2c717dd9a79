import type { CellStatus, CoverageState, ReportState, Rollup } from '../types.js';

/** How each output names statuses and states, Vietnamese as officials write them. */
export const STATUS_LABEL: Record<CellStatus, string> = {
  'not-started': 'Chưa triển khai',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
  'done-late': 'Hoàn thành quá hạn',
  'not-done': 'Không thực hiện',
  'not-reported': 'Báo cáo không nêu',
  'no-report': 'Chưa có báo cáo',
};

export const STATUS_ORDER: CellStatus[] = ['done', 'done-late', 'in-progress', 'not-started', 'not-done', 'not-reported', 'no-report'];

export const REPORT_LABEL: Record<ReportState, string> = {
  'on-time': 'Đúng hạn',
  late: 'Muộn',
  missing: 'Chưa báo cáo',
  undated: 'Không ghi ngày',
  'no-deadline': 'Không xác định hạn',
};

export const COVERAGE_LABEL: Record<CoverageState, string> = {
  implemented: 'Đã cụ thể hóa trong kế hoạch',
  'not-implemented': 'Kế hoạch chưa cụ thể hóa',
  'no-plan': 'Chưa có kế hoạch',
  'reported-only': 'Không phải lập kế hoạch',
};

/** "2026-03-17" -> "17/03/2026"; anything else as it is. */
export function viDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A number as Vietnamese write it: comma for decimals ("46,67"). */
export function viNumber(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** Names of the implementers by key. */
export function namesOf(r: Rollup): Map<string, string> {
  return new Map(r.implementers.map((i) => [i.key, i.name]));
}

/** A short name: "Ủy ban nhân dân xã An Hòa" -> "xã An Hòa", for narrow columns. */
export function shortName(name: string): string {
  return name.replace(/^(?:Ủy|Uỷ) ban nhân dân\s+/u, '');
}

/** Where a figure or status comes from, as one line: "Báo cáo số 18/BC-UBND ngày 16/03/2026 (xa-an-hoa/bao-cao-quy-1.baocao.yaml:30)". */
export function sourceText(s: { path: string; line?: number; number?: string; date?: string }): string {
  const doc = `Báo cáo${s.number ? ` số ${s.number}` : ''}${s.date ? ` ngày ${viDate(s.date)}` : ''}`;
  return `${doc} (${s.path}${s.line ? `:${s.line}` : ''})`;
}

/** A label inside a sentence: "Quý I năm 2026" -> "quý I năm 2026" (only the first letter). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "22 buổi phát thanh hướng dẫn", not "22 buổi buổi phát thanh hướng dẫn": what is counted, after its unit. */
export function amount(value: string, unit: string, of?: string): string {
  if (!of) return `${value} ${unit}`.trim();
  return of.toLowerCase().startsWith(unit.toLowerCase()) ? `${value} ${of}` : `${value} ${unit} ${of}`;
}
