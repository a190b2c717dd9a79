import type { ReportPath } from '@kehoach/core';
import type { Draft, FieldPath } from '../draft.js';
import { findCadence } from './prose-facts.js';

/** A report path read from one sentence, and where in the sentence it was. */
export interface FoundReport {
  path: ReportPath;
  start: number;
  end: number;
}

const RECEIVER =
  String.raw`(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Thường trực|Chủ tịch|Sở|Phòng|Văn phòng|Ban|Bộ|Thủ tướng|Chính phủ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ|Cục|Trung tâm)`;
// What ends the receiver's name: "(qua ...)", a deadline, a purpose ("... xem xét, giải quyết"), punctuation.
const AFTER_RECEIVER = String.raw`(?=\s*\(|\s+(?:kết quả|tình hình|trước|chậm nhất|định kỳ|để|theo|qua|trong|hàng|hằng|đúng|về|khi|nếu|xem xét|giải quyết)(?![\p{L}])|\s*[,;.:]|\s*$)`;
// "báo cáo UBND huyện kết quả thực hiện (qua ...) trước ngày ...", "gửi báo cáo về Sở Nội vụ".
const REPORT_RE = new RegExp(
  String.raw`(?:gửi\s+)?báo cáo(?!\s+viên)\s+(?:(?:kết quả|tình hình)[^()]{0,60}?\s+)?(?:về\s+|cho\s+|lên\s+|gửi\s+(?:về\s+)?)?(${RECEIVER}(?:\s+[^\s(),;.]+){0,12}?)${AFTER_RECEIVER}`,
  'iu',
);
// "báo cáo 02 lần/ngày về tình hình ... gửi UBND tỉnh (qua Sở Công Thương)": the receiver later in the clause.
const REPORT_LATER_RE = new RegExp(
  String.raw`báo cáo(?!\s+viên)[^.;]{0,160}?\s(?:gửi(?:\s+về)?|về)\s+(${RECEIVER}(?:\s+[^\s(),;.]+){0,12}?)${AFTER_RECEIVER}`,
  'iu',
);
// "gửi kết quả rà soát về Văn phòng UBND tỉnh trước ngày 15/6": sending the results is reporting them.
const SEND_RESULTS_RE = new RegExp(
  String.raw`gửi\s+(?:báo cáo\s+)?kết quả[^.;]{0,160}?\s(?:về|cho|lên)\s+(${RECEIVER}(?:\s+[^\s(),;.]+){0,12}?)${AFTER_RECEIVER}`,
  'iu',
);
const VIA_RE = /\(\s*qua\s+([^)]+?)(?:\s+(?:để\s+)?tổng hợp)?\s*\)/iu;
const WHAT_RE = /^\s*((?:kết quả|tình hình)[^()]*?)\s*(?=\(|trước|chậm nhất|$)/iu;
// "trước ngày 25/11/2024", "chậm nhất ngày 30 tháng 6", "trước ngày 20 hằng tháng", "trước ngày 01/6 và 15/11 hằng năm",
// "trước ngày 30 tháng 6 đối với báo cáo 6 tháng, trước ngày 30 tháng 11 đối với báo cáo năm".
const DATE = String.raw`(?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|\d{1,2}(?=\s+(?:hằng|hàng)\s+tháng))`;
const EVERY = String.raw`(?:\s+(?:hằng|hàng)\s+(?:năm|tháng|quý))?`;
const FOR = String.raw`(?:\s+(?:đối với|với)\s+báo cáo[^,;.]*)?`;
const DUE_RE = new RegExp(
  String.raw`(?:trước|chậm nhất|hạn(?: chót)?|không quá)\s+(?:ngày\s+)?${DATE}${EVERY}${FOR}(?:\s*(?:,|;|và)\s*(?:(?:trước|chậm nhất)\s+)?(?:ngày\s+)?${DATE}${EVERY}${FOR})*`,
  'iu',
);
const DUE_SPLIT = /\s*(?:,|;|\svà)\s*(?=(?:(?:trước|chậm nhất)\s+)?(?:ngày\s+)?\d)/iu;
const FOR_RE = new RegExp(String.raw`\s+(?:đối với|với)\s+(báo cáo[^,;.]*)$`, 'iu');
const CONDITION_RE = /nếu có (?:phát sinh\s+)?[^,.;]+/iu;

function trimEnd(s: string): string {
  return s.replace(/[\s.,;:/]+$/u, '').trim();
}

/**
 * Report paths stated in a paragraph: to whom, via whom, by when, how often, on what
 * condition. Only sentences that name a receiver count; the sentence is kept as `text`.
 */
export function findReports(text: string): FoundReport[] {
  const out: FoundReport[] = [];
  const sentences = text.split(/(?<=\.\/\.|[.;!?])\s+/u);
  let offset = 0;
  for (const sentence of sentences) {
    const start = text.indexOf(sentence, offset);
    offset = start + sentence.length;
    const m = REPORT_RE.exec(sentence) ?? REPORT_LATER_RE.exec(sentence) ?? SEND_RESULTS_RE.exec(sentence);
    if (!m) continue;
    const path: ReportPath = { to: trimEnd(m[1] as string) };
    let after = sentence.slice((m.index ?? 0) + m[0].length);
    const via = VIA_RE.exec(after);
    if (via) path.via = trimEnd(via[1] as string);
    // "báo cáo kết quả về Sở X để tổng hợp, báo cáo UBND tỉnh": to the second, via the first.
    const onward = /^\s*để\s+tổng hợp,?\s+/iu.exec(after);
    const next = onward ? REPORT_RE.exec(after.slice(onward[0].length)) : null;
    if (next && next.index === 0 && !path.via) {
      path.via = path.to as string;
      path.to = trimEnd(next[1] as string);
      after = after.slice(onward![0].length + next[0].length);
    }
    const what = WHAT_RE.exec(after);
    if (what?.[1]) path.what = trimEnd(what[1]);
    const due = DUE_RE.exec(after) ?? DUE_RE.exec(sentence);
    if (due) {
      // Several deadlines are one path with a list; "đối với báo cáo năm" says what a single one is for.
      const parts = due[0].split(DUE_SPLIT).map(trimEnd).filter(Boolean);
      const whats = parts.map((p) => FOR_RE.exec(p)?.[1]);
      const dates = parts.map((p) => trimEnd(p.replace(FOR_RE, '')));
      if (dates.length > 1) path.due = dates;
      else path.due = dates[0] as string;
      if (dates.length === 1 && whats[0]) path.what = trimEnd(whats[0]);
    }
    const cadence = findCadence(sentence);
    if (cadence) path.cadence = cadence.text;
    const condition = CONDITION_RE.exec(sentence);
    if (condition) path.condition = trimEnd(condition[0]);
    path.text = trimEnd(sentence.replace(/\.\/\.$/u, ''));
    out.push({ path, start, end: start + sentence.length });
  }
  return out;
}

/** The receiver and the compiling agency of a report path, matched against the registry like task agencies. */
export function reportAgencies(draft: Draft, path: FieldPath, report: ReportPath, lines: readonly number[]): void {
  if (typeof report.to === 'string') draft.agencyList([...path, 'to'], [report.to], lines);
  if (typeof report.via === 'string') draft.agencyList([...path, 'via'], [report.via], lines);
}
