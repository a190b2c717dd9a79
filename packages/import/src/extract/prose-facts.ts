import { parseTimeframe, type Quantity } from '@kehoach/core';

/** A phrase found inside a sentence, with its offsets. */
export interface Phrase {
  text: string;
  start: number;
  end: number;
}

const DMY = String.raw`\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?`;
const WORDY = String.raw`\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?`;
const ROMANS = String.raw`(?:IV|I{1,3}|V)`;
const MONTH = String.raw`tháng\s+\d{1,2}(?:\s*(?:\/|năm)\s*\d{4})?`;
const QUARTER = String.raw`quý\s+${ROMANS}(?:\s*(?:,|và|-)\s*${ROMANS})*(?:\s*(?:\/|năm)\s*\d{4})?`;

// Deadlines first ("Chậm nhất ngày 20/04/2024", "trước ngày 30 tháng 6", "trước tháng 11 năm 2024"),
// then periods ("Trong quý II, III năm 2024", "Quý I/2024", "trong tháng 3/2024").
const TIMEFRAME_RES: readonly RegExp[] = [
  new RegExp(String.raw`(?:chậm nhất|không quá|trước|hạn(?: chót)?)\s+(?:(?:là|vào)\s+)?ngày\s+(?:${DMY}|${WORDY})`, 'iu'),
  new RegExp(String.raw`(?:chậm nhất|trước)\s+(?:${MONTH}|${QUARTER})`, 'iu'),
  new RegExp(String.raw`(?:trong\s+)?${QUARTER}`, 'iu'),
  new RegExp(String.raw`trong\s+${MONTH}`, 'iu'),
  // "từ ngày 15/11 đến ngày 15/12", "từ tháng 10/2025 đến tháng 3/2026".
  new RegExp(String.raw`từ\s+(?:ngày\s+(?:${DMY}|${WORDY})|${MONTH})\s+đến\s+(?:hết\s+)?(?:ngày\s+(?:${DMY}|${WORDY})|${MONTH})`, 'iu'),
  // "thường xuyên" alone is mostly an adverb ("thường xuyên kiểm tra"); only the timeframe phrase counts.
  /thường xuyên(?:,? liên tục)? (?:trong năm(?: \d{4})?|hằng năm|hàng năm)/iu,
];
// "hoàn thành trước ngày 30/12/2025", "xong trong tháng 12/2025": the verb belongs to the phrase.
const DONE_BEFORE = /(?:hoàn thành|xong)\s+$/iu;

/** The first timeframe phrase of a sentence that the core parser reads, as written. */
export function findTimeframe(text: string, year?: number): Phrase | undefined {
  for (const re of TIMEFRAME_RES) {
    const m = re.exec(text);
    if (!m) continue;
    const parsed = parseTimeframe(m[0], year === undefined ? undefined : { year });
    if (!parsed.ok && !/^từ\s/iu.test(m[0])) continue;
    const done = DONE_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const start = done ? m.index - done[0].length : m.index;
    return { text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length };
  }
  return undefined;
}

/** "Định kỳ tổng hợp ...", "Hàng năm, chủ động xây dựng ...": a cadence word that opens a sentence. */
export function leadingCadence(text: string): Phrase | undefined {
  const m = /(?:^|\.\s+)((?:định kỳ|hằng|hàng)(?:\s+(?:năm|quý|tháng|tuần|ngày))?)(?=[\s,])/iu.exec(text);
  if (!m || /^(?:hằng|hàng)$/iu.test(m[1] as string)) return undefined;
  const start = m.index + m[0].length - (m[1] as string).length;
  return { text: m[1] as string, start, end: start + (m[1] as string).length };
}

const CADENCE_RE =
  /(?:hàng|hằng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm)|định kỳ(?:\s+\d{1,2}\s+tháng(?:\s*,\s*(?:năm|\d{1,2}\s+tháng))*|\s+(?:hàng|hằng)\s+(?:tháng|quý|năm))?|\d{1,2}\s*lần\s*\/\s*\d{0,2}\s*(?:tuần|tháng|quý|năm)/giu;

/**
 * "Hàng quý", "định kỳ 06 tháng, năm", "01 lần/1 tháng": the most precise cadence the
 * core parser reads (a bare "định kỳ" says no period, so it does not count).
 */
export function findCadence(text: string): Phrase | undefined {
  const found: Phrase[] = [];
  for (const m of text.matchAll(CADENCE_RE)) {
    // Any year will do: only whether the phrase is a cadence the parser reads matters here.
    if (!parseTimeframe(m[0], { year: 2000 }).ok) continue;
    found.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return found.find((p) => /\d/.test(p.text)) ?? found[0];
}

const UNIT = String.raw`tin\s*\/\s*bài|tin,\s*bài|tin bài|bài viết|bài|tin|lần(?!\s*\/)|chương trình|lớp|cuộc|buổi|ấn phẩm|hội nghị|video|phóng sự|chuyên mục|%`;
const QUANTITY_RE = new RegExp(
  String.raw`(tối thiểu|ít nhất|tối đa|không quá|không ít hơn)?\s*(\d{1,4}(?:[.,]\d+)?)\s*(${UNIT})(?![\p{L}])(\s+trong\s+(?:năm|quý|tháng))?`,
  'giu',
);

/** "tối thiểu 12 tin/bài trong năm", "ít nhất 01 tin/bài" with a comparator or a unit we know. */
export function findQuantities(text: string, cadence?: string): (Quantity & { start: number; end: number })[] {
  const out: (Quantity & { start: number; end: number })[] = [];
  for (const m of text.matchAll(QUANTITY_RE)) {
    const [whole, cmp, num, unit, per] = m;
    if (!cmp && !per && unit !== '%') continue;
    const start = (m.index ?? 0) + (whole.length - whole.trimStart().length);
    const q: Quantity & { start: number; end: number } = {
      text: whole.trim(),
      value: Number((num as string).replace(',', '.')),
      unit: (unit as string).replace(/\s*\/\s*/g, '/'),
      start,
      end: (m.index ?? 0) + whole.length,
    };
    if (cmp) q.comparator = /tối đa|không quá/iu.test(cmp) ? 'max' : 'min';
    const period = per?.trim().replace(/^trong\s+/iu, '');
    if (period) q.per = period;
    else if (cadence) q.per = cadence;
    out.push(q);
  }
  return out;
}
