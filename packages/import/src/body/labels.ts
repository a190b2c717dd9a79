import { isAgencyName, splitAgencies } from '../extract/agencies.js';
import type { Item } from '../outline.js';
import { coordinatorsIn, hasVerb, leadingSubject } from './phrases.js';

export type LabelKind = 'lead' | 'coordinators' | 'timeframe' | 'frequency' | 'outputs' | 'content' | 'funding';

const AGENT = String.raw`(?:cơ quan|đơn vị|sở,\s*ngành|sở,\s*ban,\s*ngành)\s+`;
const LEAD = String.raw`(?:chủ trì|thực hiện|chịu trách nhiệm|phụ trách)(?:\s+(?:tham mưu|thực hiện|chính|triển khai|nhiệm vụ))*`;
const COORD = String.raw`phối hợp(?:\s+(?:thực hiện|tham mưu|triển khai))*`;
const COLON = String.raw`\s*:`;
// "Đơn vị thực hiện: ...", "Đơn vị thực hiện - Sở Nội vụ", or nothing more on the line (the value on the next).
const SEP = String.raw`(?:\s*:|\s+[-–]\s+(?=\S)|\s*$)`;
// Without its colon a label still counts after "Cơ quan"/"Đơn vị" when a capitalised name follows.
// (Checked again without the "i" flag in labelOf: under it \p{Lu} matches lowercase letters too.)
const NAME_FOLLOWS = String.raw`(?=\s+\p{Lu})`;

// "Cơ quan chủ trì:", "Đơn vị chủ trì tham mưu thực hiện:", "+ Chủ trì:", "Cơ quan thực hiện:",
// "Đơn vị phối hợp", "Thời gian thực hiện:", "Tần suất:", "Sản phẩm:", "Nội dung:", "Nhiệm vụ:".
const LABELS: readonly [LabelKind, RegExp][] = [
  ['lead', new RegExp(String.raw`^(?:${AGENT})?${LEAD}${COLON}`, 'iu')],
  ['lead', new RegExp(String.raw`^${AGENT}${LEAD}\s+[-–]\s+(?=\S)`, 'iu')],
  ['lead', new RegExp(String.raw`^${AGENT}${LEAD}(?:${NAME_FOLLOWS}|\s*$)`, 'iu')],
  ['coordinators', new RegExp(String.raw`^(?:${AGENT})?${COORD}${COLON}`, 'iu')],
  ['coordinators', new RegExp(String.raw`^${AGENT}${COORD}(?:${NAME_FOLLOWS}|\s+[-–]\s+(?=\S)|\s*$)`, 'iu')],
  ['timeframe', new RegExp(String.raw`^(?:thời gian|thời hạn|tiến độ|thời điểm)(?:\s+(?:thực hiện|hoàn thành|triển khai|tổ chức))*${SEP}`, 'iu')],
  ['frequency', new RegExp(String.raw`^tần suất(?:\s+thực hiện)?${COLON}`, 'iu')],
  ['outputs', new RegExp(String.raw`^(?:sản phẩm|kết quả)(?:\s+(?:đầu ra|dự kiến|cần đạt|thực hiện))?(?:${COLON}|\s*$)`, 'iu')],
  ['content', new RegExp(String.raw`^(?:nội dung|nhiệm vụ)(?:\s+(?:thực hiện|công việc|cụ thể))?${COLON}`, 'iu')],
  ['funding', new RegExp(String.raw`^(?:kinh phí|nguồn kinh phí)(?:\s+thực hiện)?${COLON}`, 'iu')],
];

export interface Label {
  kind: LabelKind;
  label: string;
  value: string;
}

/** The label a paragraph opens with ("Đơn vị chủ trì: Sở Tư pháp."), and its value. */
export function labelOf(text: string): Label | undefined {
  for (const [kind, re] of LABELS) {
    const m = re.exec(text);
    if (m && !/[:\-–]\s*$/u.test(m[0]) && !/^\s*(?:$|\p{Lu})/u.test(text.slice(m[0].length))) continue;
    if (m) return { kind, label: m[0].replace(/[\s:\-–]+$/u, '').trim(), value: text.slice(m[0].length).replace(/^\s*[:\-–]\s*/u, '').trim() };
  }
  return undefined;
}

export function trimValue(s: string): string {
  return s.replace(/[\s.;,]+$/u, '').trim();
}

/**
 * Who a lead label's value names: "Sở Nội vụ chủ trì, phối hợp với các sở, ..." or a plain
 * list. `sentence` when the value says more than names: who does what ("Sở X tiến hành rà
 * soát ..., các sở gửi kết quả về Sở X"), which the task keeps as written.
 */
export function assignees(value: string): { lead: string[]; coordinators: string[]; sentence?: boolean } {
  const v = trimValue(value);
  // "+ Chủ trì: X + Phối hợp: Y" written on one line.
  if (/^\+|\s\+\s*(?:chủ trì|phối hợp)/iu.test(v)) {
    const out = { lead: [] as string[], coordinators: [] as string[] };
    for (const part of v.split(/\s*\+\s*/u)) {
      const l = labelOf(part);
      if (l?.kind === 'lead') out.lead.push(...splitAgencies(l.value));
      else if (l?.kind === 'coordinators') out.coordinators.push(...splitAgencies(l.value));
    }
    if (out.lead.length || out.coordinators.length) return out;
  }
  const subject = hasVerb(v.slice(1)) ? leadingSubject(v) : undefined;
  if (subject) {
    const lead = [...subject.names];
    const coordinators = coordinatorsIn(v.slice(subject.end));
    // "Sở X rà soát ...; các sở, ngành liên quan và UBND các xã rà soát ...": under a label of
    // who carries it out, each clause that opens with its own bodies names more of them (those
    // that only "phối hợp" coordinate).
    for (const clause of v.slice(subject.end).split(/;\s*/u).slice(1)) {
      const more = leadingSubject(clause);
      if (!more) continue;
      const into = /^phối hợp(?![\p{L}])/iu.test(clause.slice(more.end).trim()) ? coordinators : lead;
      for (const name of more.names) if (!lead.includes(name) && !coordinators.includes(name)) into.push(name);
    }
    return { lead, coordinators: coordinators.filter((c) => !lead.includes(c)), sentence: true };
  }
  return { lead: splitAgencies(v), coordinators: [] };
}

/**
 * A label alone on its line ("Đơn vị thực hiện", "Thời gian thực hiện:") with its value on the
 * next ("Sở Nội vụ.", "Quý IV/2025."): the value becomes the label's, as a point under it.
 */
export function withLabelValues(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const label = labelOf(item.text);
    const next = items[i + 1];
    if (label && label.value === '' && item.children.length === 0 && next && !labelOf(next.text) && next.children.length === 0 && (next.kind === 'none' || next.kind === 'dash') && !next.block.table && fitsLabel(label.kind, next.text)) {
      out.push({ ...item, text: `${label.label}: ${next.text}`, children: [{ ...next, text: '' }] });
      i++;
    } else out.push(item);
  }
  return out;
}

function fitsLabel(kind: LabelKind, value: string): boolean {
  if (kind === 'lead' || kind === 'coordinators') {
    const names = splitAgencies(value);
    return names.length > 0 && names.every(isAgencyName) && !hasVerb(value.slice(1));
  }
  if (kind === 'timeframe') return value.length <= 80;
  return kind === 'outputs' && value.length <= 200;
}
