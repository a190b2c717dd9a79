import { HEAD, isAgencyName, splitAgencies } from '../extract/agencies.js';

/**
 * Verbs an assignment sentence puts after its subject ("Sở Tài chính chủ trì, ...", "UBND các
 * xã, phường tăng cường ..."). Lowercase only: inside names the same words are capitalised
 * ("Ban Quản lý", "Sở Thông tin và Truyền thông").
 */
const VERB_WORDS = [
  'chủ trì', 'phối hợp', 'là cơ quan', 'là đơn vị', 'là đầu mối', 'làm đầu mối', 'chủ động', String.raw`(?<!(?:các|,)\s)tổ chức`, 'xây dựng', 'thực hiện',
  'triển khai', 'tham mưu', 'theo dõi', 'kiện toàn', 'tăng cường', 'bố trí', 'căn cứ', 'có trách nhiệm', 'chịu trách nhiệm', 'rà soát',
  'hướng dẫn', 'đôn đốc', 'nghiên cứu', 'quan tâm', 'tập trung', 'đẩy mạnh', 'cung cấp', 'bảo đảm', 'đảm bảo', 'khẩn trương', 'tiếp tục',
  'ưu tiên', 'mở thêm', 'tiên phong', 'gửi', 'báo cáo', 'lập', 'thẩm định', 'ban hành', 'phê duyệt', 'phổ biến', 'tuyên truyền',
  'quán triệt', 'giám sát', 'kiểm tra', 'cập nhật', 'duy trì', 'nâng cao', 'phát huy', 'vận động', 'đề xuất', 'tổng hợp', 'sử dụng',
  'hỗ trợ', 'huy động', 'trình', 'chỉ đạo', 'định hướng', 'phát động', 'cử', 'bổ sung', 'hoàn thiện', 'thường xuyên', 'kịp thời',
  'trên cơ sở', 'có kế hoạch', 'lồng ghép', 'đưa', 'thúc đẩy', 'xử lý', 'chuẩn bị', 'điều phối', 'tiếp nhận', 'phân bổ', 'thống kê',
  'tạo điều kiện', 'vận hành', 'chấp hành', 'công bố', 'thu thập', 'đánh giá', 'xác định', 'tích cực', 'nghiêm túc', 'trực tiếp',
  'phân công', 'cần', 'phải', 'được giao', 'căn cứ vào', 'nắm', 'ứng dụng', 'dẫn dắt', 'tham gia', 'theo chức năng', 'trong phạm vi',
  'thành lập', 'đề nghị', 'tiến hành', 'được', 'đăng tải', 'phát hành', 'biên soạn', 'sản xuất', 'phát sóng', 'cấp phát', 'bảo vệ', 'làm tốt', 'góp phần',
  'khai thác', 'đầu tư', 'phát triển', 'tuyên dương', 'khen thưởng', 'tăng', 'giảm', 'thẩm tra', 'chỉ định', 'yêu cầu',
  'định kỳ', 'hằng năm', 'hàng năm', 'hằng quý', 'hàng quý', 'hằng tháng', 'hàng tháng', 'đột xuất',
  // Words no agency name holds: what follows them is the work ("... tỉnh bằng nhiều hình thức", "... có liên quan tới việc").
  'bằng', 'nhằm', 'để', 'tới việc', 'đến việc',
];
/** Those outside the state a plan addresses, named by kind only ("Doanh nghiệp, cộng đồng, tổ chức, cá nhân"). */
const SOCIETY_WORD = String.raw`(?:các\s+)?(?:doanh nghiệp|cộng đồng|tổ chức|cá nhân|người dân|nhân dân|hộ gia đình|nhà đầu tư|nhà tài trợ|nhà hảo tâm)`;
const SOCIETY = new RegExp(String.raw`^${SOCIETY_WORD}(?:\s*(?:,|và|;)\s*${SOCIETY_WORD})*$`, 'iu');
const SOCIETY_WORDS = new RegExp(SOCIETY_WORD, 'giu');
/** "Who: what", as a paragraph that opens with the bodies it speaks to writes it. */
const WHO_COLON = /^([^:]{3,200}):\s*(\S.*)$/su;

/** A paragraph that asks rather than assigns: "Đề nghị ...", or "Doanh nghiệp, cá nhân: ..." (society, by kind). */
export function opensRequest(text: string): boolean {
  if (REQUEST_START.test(text)) return true;
  const colon = WHO_COLON.exec(text.trim());
  return !!colon && asksSociety((colon[1] as string).trim(), colon[2] as string);
}

/**
 * "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký ...": kinds of society (two
 * or more: "Cá nhân:" alone is a category, as in who may be awarded) and, after the colon,
 * what they are asked to do.
 */
function asksSociety(who: string, what: string): boolean {
  const kinds = who.match(SOCIETY_WORDS)?.length ?? 0;
  return kinds >= 2 && SOCIETY.test(who) && VERB.exec(what.charAt(0).toLowerCase() + what.slice(1))?.index === 0;
}

/** Verb words that open a clause describing the subject rather than its work. */
const RELATIVE = /^(?:được(?:\s+giao)?|tới việc|đến việc)$/iu;
const DUTY = /(?<![\p{L}])(?:có|chịu) trách nhiệm(?![\p{L}])/u;
const VERB = new RegExp(String.raw`(?<![\p{L}])(?:${VERB_WORDS.join('|')})(?![\p{L}])`, 'u');

/** "Đề nghị", "Khuyến khích", "Kêu gọi": the committee asks a body outside its authority. */
export const REQUEST_START = /^(?:kính\s+)?(?:đề nghị|khuyến khích|kêu gọi)(?![\p{L},])\s*:?\s*/iu;
const ROLE_OF = /^(?:trách nhiệm|nhiệm vụ)\s+(?:của|đối với)\s+/iu;
// What may stand before the subject: "Giao", "Đồng thời, giao", "Căn cứ Kế hoạch này,", "Trên cơ sở nội dung Kế hoạch nêu trên,",
// "Đối với ...,".
const GIAO = /^(?:đồng thời,?\s*)?giao(?:\s+cho)?\s+/iu;
// "Đối với các nhiệm vụ triển khai trong năm 2025, các sở ...": what the sentence is about, before its subject.
const FRONTED = /^(?:(?:căn cứ|trên cơ sở)\s[^,;:.]{0,80}?kế hoạch[^,;:.]{0,40}|đối với\s[^,;:.]{3,80}),\s*/iu;

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

/** Drops "(Cơ quan thường trực ...)" and " - Cơ quan thường trực Ban Chỉ đạo" after a name. */
function withoutRole(text: string): string {
  return text
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/\s+-\s+(?:cơ quan|thường trực|đơn vị)\s.*$/iu, '')
    .trim();
}

export interface Subject {
  /** The agencies as written, split. */
  names: string[];
  /** The subject as written ("Sở Tài chính", "Các Sở, ngành, đơn vị liên quan"). */
  text: string;
  /** Where the rest of the sentence starts. */
  end: number;
  /** The sentence is "Giao X ...". */
  giao: boolean;
}

/**
 * The agencies a sentence opens with, when it assigns them work: "Sở Tài chính chủ trì,
 * phối hợp với ...", "Giao Sở Tư pháp theo dõi ...", "Sở Giáo dục và Đào tạo: Chủ trì ...".
 */
export function leadingSubject(text: string): Subject | undefined {
  const fronted = FRONTED.exec(text);
  const giao = GIAO.exec(text.slice(fronted?.[0].length ?? 0));
  const start = (fronted?.[0].length ?? 0) + (giao?.[0].length ?? 0);
  const rest = text.slice(start);
  if (!HEAD.test(rest)) return undefined;
  const verb = VERB.exec(rest.slice(1));
  const colon = rest.indexOf(':');
  const candidates = [verb ? verb.index + 1 : -1, colon].filter((n) => n > 0);
  if (!candidates.length) return undefined;
  const end = Math.min(...candidates);
  const subject = rest.slice(0, end).replace(/[\s,;]+$/u, '');
  const names = namesOf(subject);
  if (!names) return undefined;
  const found = { names, text: subject, end: start + end, giao: !!giao };
  return verb && end === verb.index + 1 ? withDescribingClause(found, rest, start, verb[0]) ?? found : found;
}

/**
 * "Các cơ quan được phân công chủ trì ... có trách nhiệm ...", "Các sở, ngành có liên quan tới
 * việc thực hiện Kế hoạch này có trách nhiệm ...": a clause that only says which bodies a
 * group is, read up to the duty it has, belongs to the group's name. Only for one group
 * (bodies listed one by one need no such clause to be known) and only up to the next mark.
 */
function withDescribingClause(found: Subject, rest: string, start: number, verb: string): Subject | undefined {
  if (found.names.length !== 1 || !RELATIVE.test(verb)) return undefined;
  const from = found.end - start;
  const duty = DUTY.exec(rest.slice(from));
  if (!duty || /[,;:.()]/u.test(rest.slice(from, from + duty.index))) return undefined;
  const text = rest.slice(0, from + duty.index).trim();
  const names = namesOf(text);
  if (names?.length !== 1) return undefined;
  return { ...found, names, text, end: start + from + duty.index };
}

/** The bodies a subject names, when every part of it is one: short, one sentence, agency words. */
function namesOf(subject: string): string[] | undefined {
  if (subject === '' || words(subject) > 25 || /[.;]\s/u.test(subject)) return undefined;
  const names = splitAgencies(withoutRole(subject));
  return names.length && names.every(isAgencyName) ? names : undefined;
}

/** "1. Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với ...": the subject after a topic and its colon. */
export function subjectAfterTopic(text: string): Subject | undefined {
  const colon = /^([^:]{3,80}):\s+/u.exec(text);
  if (!colon || HEAD.test(text)) return undefined;
  const s = leadingSubject(text.slice(colon[0].length));
  return s ? { ...s, end: s.end + colon[0].length } : undefined;
}

export interface Heading {
  names: string[];
  /** The lead as the heading writes it, without a role in parentheses. */
  text: string;
  request: boolean;
  /** Work written on the heading line after a colon ("Sở Ngoại vụ: Triển khai ..."). */
  inline?: string;
}

/**
 * A heading that names who the points under it are for: "2.1. Sở Tài chính", "- Công an tỉnh:",
 * "Sở Nội vụ (Cơ quan thường trực ...)", "Trách nhiệm của đối tượng thực hiện kiểm kê:",
 * "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh". Sentences that name work are not headings.
 */
export function agencyHeading(text: string): Heading | undefined {
  let t = text.trim();
  const request = REQUEST_START.exec(t);
  if (request) t = t.slice(request[0].length);
  let inline: string | undefined;
  const colon = /^([^:]{3,200}):\s*(\S.*)$/u.exec(t);
  // "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền": the names after the colon are the heading's own.
  const enumerated = colon && !VERB.test(colon[2] as string) && (colon[2] as string).split(/\s*,\s*/u).every((p) => /^\p{Lu}/u.test(p));
  if (colon && !enumerated) {
    t = (colon[1] as string).trim();
    inline = (colon[2] as string).trim();
  }
  t = t.replace(/[\s:.;]+$/u, '');
  const role = ROLE_OF.exec(t);
  if (role) t = t.slice(role[0].length);
  const bare = withoutRole(t);
  if (bare === '') return undefined;
  // "Doanh nghiệp, tổ chức, cá nhân: ...": the plan can only ask society, never assign it work.
  if (!role && (request ? SOCIETY.test(bare) : inline !== undefined && asksSociety(bare, inline))) return { names: [bare], text: bare, request: true, ...(inline ? { inline } : {}) };
  if (!role) {
    if (!HEAD.test(bare)) return undefined;
    if (VERB.test(bare.slice(1))) {
      if (!request) return undefined;
      const subject = leadingSubject(bare);
      if (!subject) return undefined;
      return { names: subject.names, text: subject.text, request: true, inline: inline ?? bare.slice(subject.end).trim() };
    }
  }
  if (words(bare) > 30) return undefined;
  const names = enumerated ? [bare] : splitAgencies(bare);
  if (!names.length || (!role && !names.every(isAgencyName))) return undefined;
  return { names, text: bare, request: !!request, ...(inline ? { inline } : {}) };
}

/** "phối hợp với Sở Tư pháp, các cơ quan, đơn vị liên quan tham mưu ...": the bodies it names. */
export function coordinatorsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])[Pp]hối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+/gu)) {
    let list = text.slice((m.index ?? 0) + m[0].length);
    const stop = /[;:.(]|\s(?:để|nhằm|trong|theo|khi|tại|về|nếu)\s/u.exec(list);
    if (stop) list = list.slice(0, stop.index);
    const verb = VERB.exec(list);
    if (verb) list = list.slice(0, verb.index);
    for (const name of splitAgencies(list)) if (HEAD.test(name) && words(name) <= 20 && !out.includes(name)) out.push(name);
  }
  return out;
}

/** True when the text contains a verb of assignment (a sentence, not a name). */
export function hasVerb(text: string): boolean {
  return VERB.test(text);
}
