import { linesOf, type Item } from '../outline.js';
import { node, setField, type Node } from './node.js';

// "tối thiểu 30%", "≥ 60%", "đạt trên 70%", "gấp 30 lần GRDP", "1,7 giờ", "05 bộ dữ liệu mở".
const FIGURE = /(?<![\d/.,])(\d{1,3}(?:[.,]\d+)?)(?![\d/])\s*(%|lần(?:\s+\p{Lu}+)?|[\p{Ll}/]+(?:\s+[\p{Ll}/]+){0,3})?/gu;
const MIN = /(?:tối thiểu|ít nhất|trên|≥|không dưới|không ít hơn|từ)\s*$/iu;
const MAX = /(?:tối đa|dưới|≤|không quá|không vượt quá|xuống dưới)\s*$/iu;
// Unit words stop at the words that start the rest of the sentence.
const UNIT_STOP = /\s+(?:đạt|trên|dưới|vào|trong|của|được|có|cho|phục vụ|mới|tại|từ|đến|theo|và|với|so|là|trở|khi)(?:\s.*)?$/u;

export interface Figure {
  value: number;
  unit?: string;
  comparator?: 'min' | 'max';
}

/** The first figure a target states, with its unit: not a year, a date or the number of the point. */
export function firstFigure(text: string): Figure | undefined {
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    const raw = m[1] as string;
    // "năm 2025", "Chỉ tiêu 1:", "Mục tiêu 2.", "ngày 15/11", "khóa XIII".
    if (/(?:năm|chỉ tiêu|mục tiêu|ngày|tháng|quý|khóa|số|điểm|giai đoạn|Điều|khoản|lần thứ)\s*$/iu.test(before)) continue;
    if (/^\d{4}$/u.test(raw)) continue;
    let unit = m[2]?.trim();
    if (unit && unit !== '%') unit = unit.replace(UNIT_STOP, '').trim() || undefined;
    if (!unit) continue;
    const fig: Figure = { value: Number(raw.replace(',', '.')), unit };
    if (MIN.test(before)) fig.comparator = 'min';
    else if (MAX.test(before)) fig.comparator = 'max';
    return fig;
  }
  return undefined;
}

/** A point of a targets section with a figure ("Tỷ lệ ... đạt tối thiểu 30%"): a target item. */
export function targetNode(item: Item): Node | undefined {
  const fig = firstFigure(item.text);
  if (!fig) return undefined;
  const n = node('target', item.kind, item.marker, linesOf(item));
  setField(n, 'target', item.text, item.block.lines);
  n.fields.value = fig.value;
  if (fig.unit) n.fields.unit = fig.unit;
  if (fig.comparator) n.fields.comparator = fig.comparator;
  return n;
}
