import { RegistryIndex, type AgencyEntry } from '@kehoach/core';

// Words an agency name begins with. A comma-separated piece that begins otherwise
// ("thị trấn", "đơn vị liên quan", "ban, ngành") continues the name before it:
// "UBND các xã, thị trấn" and "Các cơ quan, đơn vị liên quan" are one agency each.
const HEAD =
  /^(?:các|cơ quan|đơn vị|phòng|văn phòng|vp|trung tâm|tt|ủy ban|uỷ ban|ubnd|ubmttq|mttq|mặt trận|hđnd|hội đồng|sở|báo|đài|bộ|cục|tổng cục|chi cục|công an|quân sự|bộ chỉ huy|ban chỉ huy|kho bạc|ngân hàng|bưu điện|hội|đoàn|liên đoàn|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|đảng ủy|đảng uỷ|thành ủy|thành uỷ|thường trực|công chức|cán bộ|chủ tịch|trường|bệnh viện|viện|chi nhánh|thanh tra|bộ phận|tổ|lãnh đạo|thủ trưởng|người đứng đầu|các tổ chức)(?![\p{L}])/iu;

/** Splits "Phòng Văn hóa và Thông tin, Văn phòng HĐND&UBND; UBND các xã, thị trấn." into agency names. */
export function splitAgencies(text: string): string[] {
  const cleaned = text
    .trim()
    .replace(/^[-+:\s]+/, '')
    .replace(/[.;,:\s]+$/u, '');
  if (cleaned === '') return [];
  const out: string[] = [];
  for (const group of cleaned.split(/\s*;\s*/)) {
    let current: string | undefined;
    // "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội": "và các" starts another.
    const pieces = group.split(/\s*,\s*|\s+và\s+(?=các\s)/u);
    for (const raw of pieces) {
      const piece = raw.trim();
      if (piece === '') continue;
      // "các cơ quan, đơn vị": after a plural group a lowercase word continues the list it names.
      const plural = current !== undefined && /(?:^|\s)các\s/iu.test(current);
      const startsNew = current === undefined || /^\p{Lu}/u.test(piece) || (HEAD.test(piece) && !plural);
      if (startsNew) {
        if (current !== undefined) out.push(current);
        current = piece;
      } else current = `${current}, ${piece}`;
    }
    if (current !== undefined) out.push(current);
  }
  return out.map((s) => s.replace(/[.;,:\s]+$/u, '')).filter((s) => s !== '');
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
