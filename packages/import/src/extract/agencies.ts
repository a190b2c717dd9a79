import { RegistryIndex, type AgencyEntry } from '@kehoach/core';

// Words an agency name begins with ("Sở ...", "UBND ...", "Các cơ quan ...", "Trưởng Ban ...").
// Look-alikes are excluded: "Báo cáo", "Hội nghị", "Tổ chức", "Ban hành", "Phòng, chống".
const HEAD_WORDS = [
  String.raw`các\s+(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|hội|đoàn thể|xã|phường|huyện|bộ|cơ sở|trường|viện|hợp tác xã|ủy ban|uỷ ban|phòng|trung tâm|cấp|thành viên|lực lượng|chủ đầu tư|nhà|đài|báo|công ty|ngân hàng|tập đoàn|tổng công ty|đối tượng|cá nhân)`,
  String.raw`cơ quan`, String.raw`đơn vị`, String.raw`phòng(?![,\s]+(?:ngừa|chống|tránh|cháy|thủ))`, String.raw`văn phòng`, 'vp', String.raw`trung tâm`,
  String.raw`ủy ban`, String.raw`uỷ ban`, 'ubnd', 'ubmttq', 'mttq', String.raw`mặt trận`, 'hđnd', String.raw`hội đồng`, 'sở',
  String.raw`báo(?!\s+cáo)`, String.raw`đài`, String.raw`bộ(?!\s+(?:tiêu chí|công cụ|nhận diện|hồ sơ|dữ liệu|tài liệu|máy|phận một cửa))`,
  String.raw`cục`, String.raw`tổng cục`, String.raw`chi cục`, String.raw`công an`, String.raw`kho bạc`, String.raw`ngân hàng`, String.raw`bưu điện`,
  String.raw`hội(?!\s+(?:nghị|thảo|thi|diễn|chợ|trại))`, String.raw`hiệp hội`, String.raw`đoàn(?!\s+(?:kết|kiểm tra|công tác))`, String.raw`tỉnh đoàn`,
  String.raw`liên đoàn`, String.raw`liên minh`, String.raw`(?:huyện|tỉnh|thành|đảng)\s+[uủ]ỷ?`, String.raw`thường trực`, String.raw`công chức`, String.raw`cán bộ`,
  String.raw`chủ tịch`, String.raw`giám đốc`, String.raw`thủ trưởng`, String.raw`trưởng ban`, String.raw`trưởng`, String.raw`phó\s+(?:chủ tịch|giám đốc|trưởng)`,
  String.raw`trường`, String.raw`bệnh viện`, String.raw`viện`, String.raw`tòa án`, String.raw`toà án`, String.raw`thanh tra`, String.raw`thuế`, String.raw`hải quan`,
  String.raw`bảo hiểm`, String.raw`chi nhánh`, String.raw`công ty`, String.raw`tổng công ty`, String.raw`tập đoàn`, String.raw`hợp tác xã`, String.raw`cổng thông tin`,
  String.raw`bộ phận`, String.raw`tổ(?!\s+chức)`, String.raw`lãnh đạo`, String.raw`người đứng đầu`, String.raw`bộ chỉ huy`, String.raw`bộ tư lệnh`,
  String.raw`ban(?!\s+hành)`, String.raw`quân sự`, String.raw`cảnh sát`, String.raw`lực lượng`,
];
export const HEAD = new RegExp(String.raw`^(?:${HEAD_WORDS.join('|')})(?![\p{L}])`, 'iu');

// What a plural group never lists: topics ("Các ngành, lĩnh vực khác", "Các nội dung, nhiệm vụ").
const TOPIC = /^(?:các\s+)?(?:lĩnh vực|nội dung|nhiệm vụ|hoạt động|chương trình|vấn đề|chỉ tiêu|mục tiêu|giải pháp|hình thức|biện pháp|văn bản|dự án|chính sách)(?![\p{L}])/iu;

/** A name is an agency (or a group of them): it opens with an agency word, and a plural group lists no topic. */
export function isAgencyName(name: string): boolean {
  if (!HEAD.test(name) && !KIND_OF_ITS_OWN.test(name)) return false;
  return !name.split(/\s*,\s*/u).some((p) => TOPIC.test(p.trim()));
}

// A lowercase word that joins "và" to a new group: "... tỉnh và các tổ chức chính trị - xã hội".
const AND_NEW = /\s+và\s+(?=các\s+(?:tổ chức|cơ quan|đơn vị|sở|ban|ngành|địa phương|doanh nghiệp|hội|đoàn thể|cơ sở|lực lượng)(?![\p{L}]))/u;

interface Span {
  text: string;
  start: number;
  end: number;
}

/** Splits text at the separators outside parentheses, with each piece's offsets. */
function spans(text: string, sep: RegExp): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let last = 0;
  const push = (end: number): void => {
    out.push({ text: text.slice(last, end), start: last, end });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      sep.lastIndex = i;
      const m = sep.exec(text);
      if (m && m.index === i && m[0].length > 0) {
        push(i);
        last = i + m[0].length;
        i = last - 1;
      }
    }
  }
  push(text.length);
  return out;
}

function pieces(text: string, sep: RegExp): string[] {
  return spans(text, sep).map((s) => s.text);
}

/**
 * Kinds of bodies that stand apart from the departments a plural list opens with: the
 * political-social organisations, the vertically managed (central) agencies in a province.
 */
const KIND_OF_ITS_OWN = /^(?:các\s+)?(?:tổ chức chính trị\s*-\s*xã hội|cơ quan ngành dọc|cơ quan,?\s*đơn vị ngành dọc|cơ quan trung ương|cơ quan,?\s*đơn vị trung ương)(?![\p{L}])/iu;

/** "... và Sở Y tế": "và" before a new agency, never inside "Sở Nông nghiệp và Môi trường" or "Văn phòng HĐND và UBND". */
function splitAnd(group: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of group.matchAll(/\s+và\s+(?=\p{Lu})/gu)) {
    const at = m.index ?? 0;
    const before = group.slice(start, at);
    const after = group.slice(at + m[0].length);
    if (HEAD.test(after) && HEAD.test(before.trim()) && !/(?:HĐND|Hội đồng nhân dân)$/u.test(before)) {
      out.push(before);
      start = at + m[0].length;
    }
  }
  out.push(group.slice(start));
  return out;
}

/**
 * Splits "Phòng Văn hóa và Thông tin, Văn phòng HĐND&UBND; UBND các xã, thị trấn." into agency
 * names, each exactly as written ("UBND các xã, thị trấn" and "các cơ quan, đơn vị liên quan" stay whole).
 */
export function splitAgencies(text: string): string[] {
  const cleaned = text
    .trim()
    .replace(/^[-+:\s]+/, '')
    .replace(/[.;,:\s]+$/u, '');
  if (cleaned === '') return [];
  const out: string[] = [];
  for (const group of pieces(cleaned, /\s*;\s*/y)) {
    // "... tỉnh và các tổ chức chính trị - xã hội": a new group after "và".
    for (const part of group.split(AND_NEW)) {
      let current: Span | undefined;
      for (const piece of spans(part, /\s*,\s*/y)) {
        const t = piece.text.trim();
        if (t === '') continue;
        // "các cơ quan, đơn vị": after a plural group a lowercase word continues the list it names;
        // "Văn hóa, Thể thao và Du lịch": a piece that names no agency continues the name before it.
        // "Sở, ban, ngành liên quan": a bare agency noun opens a list of kinds, like "các".
        // "..., tổ chức chính trị - xã hội, hội, đoàn thể": a kind of body of its own in the
        // state's system opens a new list, even in lowercase.
        const plural = current !== undefined && (/(?:^|\s)các\s/iu.test(current.text) || /^[\p{L}]+$/u.test(current.text.trim()) || KIND_OF_ITS_OWN.test(current.text));
        const startsNew = current === undefined || KIND_OF_ITS_OWN.test(t) || (HEAD.test(t) && !(plural && /^\p{Ll}/u.test(t)));
        if (startsNew) {
          if (current) out.push(current.text);
          current = { ...piece };
        } else if (current) current = { text: part.slice(current.start, piece.end), start: current.start, end: piece.end };
      }
      if (current) out.push(current.text);
    }
  }
  return out
    .flatMap(splitAnd)
    .map((s) => s.trim().replace(/[.;,:\s]+$/u, ''))
    .filter((s) => s !== '');
}

/** What the registry makes of a name. */
export interface AgencyMatchResult {
  id?: string;
  suggestions?: { id: string; name: string; score: number }[];
}

/** Resolves names against the registry in effect; without one, every name is kept as written. */
export class AgencyMatcher {
  private readonly index: RegistryIndex | undefined;

  constructor(entries: readonly AgencyEntry[] | undefined) {
    this.index = entries?.length ? new RegistryIndex(entries) : undefined;
  }

  get hasRegistry(): boolean {
    return this.index !== undefined;
  }

  match(name: string): AgencyMatchResult {
    if (!this.index) return {};
    const hit = this.index.resolve(name);
    if (hit) return { id: hit.entry.id };
    const suggestions = this.index
      .suggest(name, 3)
      .map((r) => ({ id: r.item.id, name: r.item.name, score: Math.round(r.score * 100) / 100 }));
    return suggestions.length ? { suggestions } : {};
  }
}
