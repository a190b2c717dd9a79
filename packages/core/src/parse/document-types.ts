import { matchKey } from '../text/normalize.js';

/** The name of a document type, Vietnamese first. */
export interface DocTypeName {
  vi: string;
  en: string;
}

export type TypeCodeTable = Readonly<Record<string, DocTypeName>>;

/**
 * Abbreviations of administrative document types, Nghị định 30/2020/NĐ-CP,
 * Phụ lục III, Mục I (27 types). "Công văn" and "Thư công" are types without an
 * abbreviation: a công văn's number carries the issuer and drafting unit instead
 * ("123/UBND-VP"), so "CV" is deliberately absent.
 */
export const ADMIN_TYPE_CODES: TypeCodeTable = {
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  QC: { vi: 'Quy chế', en: 'Rules' },
  QyĐ: { vi: 'Quy định', en: 'Regulation' },
  TC: { vi: 'Thông cáo', en: 'Communiqué' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  HD: { vi: 'Hướng dẫn', en: 'Guidance' },
  CTr: { vi: 'Chương trình', en: 'Programme' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  PA: { vi: 'Phương án', en: 'Scheme' },
  ĐA: { vi: 'Đề án', en: 'Proposal' },
  DA: { vi: 'Dự án', en: 'Project' },
  BC: { vi: 'Báo cáo', en: 'Report' },
  BB: { vi: 'Biên bản', en: 'Minutes' },
  TTr: { vi: 'Tờ trình', en: 'Submission' },
  HĐ: { vi: 'Hợp đồng', en: 'Contract' },
  CĐ: { vi: 'Công điện', en: 'Official telegram' },
  BGN: { vi: 'Bản ghi nhớ', en: 'Memorandum of understanding' },
  BTT: { vi: 'Bản thỏa thuận', en: 'Agreement' },
  GUQ: { vi: 'Giấy ủy quyền', en: 'Letter of authorisation' },
  GM: { vi: 'Giấy mời', en: 'Invitation' },
  GGT: { vi: 'Giấy giới thiệu', en: 'Letter of introduction' },
  GNP: { vi: 'Giấy nghỉ phép', en: 'Leave permit' },
  PG: { vi: 'Phiếu gửi', en: 'Dispatch slip' },
  PC: { vi: 'Phiếu chuyển', en: 'Transfer slip' },
  PB: { vi: 'Phiếu báo', en: 'Notification slip' },
};

/**
 * Codes of Thông tư 01/2011/TT-BNV, replaced by the table above in 2020 but still
 * in the numbers of documents issued before: a number is quoted as issued, so
 * these are accepted and kept as written.
 */
export const LEGACY_ADMIN_TYPE_CODES: TypeCodeTable = {
  GN: { vi: 'Bản ghi nhớ', en: 'Memorandum of understanding' },
  TTh: { vi: 'Bản thỏa thuận', en: 'Agreement' },
};

/**
 * Types of legal normative documents (Luật Ban hành văn bản quy phạm pháp luật)
 * whose number is "số/năm/CODE-issuer" ("61/2018/NĐ-CP"). Laws and resolutions of
 * the National Assembly and its Standing Committee carry no code ("80/2015/QH13").
 */
export const NORMATIVE_TYPE_CODES: TypeCodeTable = {
  NĐ: { vi: 'Nghị định', en: 'Decree' },
  TT: { vi: 'Thông tư', en: 'Circular' },
  TTLT: { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  NQLT: { vi: 'Nghị quyết liên tịch', en: 'Joint resolution' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  PL: { vi: 'Pháp lệnh', en: 'Ordinance' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  L: { vi: 'Lệnh', en: 'Order' },
};

/**
 * Abbreviations of Party document types ("186-KH/HU", "39-NQ/TW"), after Hướng dẫn
 * 36-HD/VPTW. "Quy định" is QĐi there ("08-QĐi/TW"), and Party công văn do carry
 * a code ("CV").
 */
export const PARTY_TYPE_CODES: TypeCodeTable = {
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  QĐi: { vi: 'Quy định', en: 'Regulation' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  KL: { vi: 'Kết luận', en: 'Conclusion' },
  QC: { vi: 'Quy chế', en: 'Rules' },
  HD: { vi: 'Hướng dẫn', en: 'Guidance' },
  TT: { vi: 'Thông tri', en: 'Instruction' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  BC: { vi: 'Báo cáo', en: 'Report' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  CTr: { vi: 'Chương trình', en: 'Programme' },
  TTr: { vi: 'Tờ trình', en: 'Submission' },
  ĐA: { vi: 'Đề án', en: 'Proposal' },
  PA: { vi: 'Phương án', en: 'Scheme' },
  BB: { vi: 'Biên bản', en: 'Minutes' },
  CV: { vi: 'Công văn', en: 'Official letter' },
};

/**
 * Names of document types that precede a number in running text but have no code
 * of their own ("Luật số 80/2015/QH13", "Công văn số 123/UBND-VP").
 */
export const UNCODED_TYPE_NAMES: readonly DocTypeName[] = [
  { vi: 'Luật', en: 'Law' },
  { vi: 'Bộ luật', en: 'Code' },
  { vi: 'Hiến pháp', en: 'Constitution' },
  { vi: 'Công văn', en: 'Official letter' },
  { vi: 'Văn bản', en: 'Document' },
  { vi: 'Văn bản hợp nhất', en: 'Consolidated text' },
  { vi: 'Thư công', en: 'Official letter' },
];

// Built on first use from the tables above; a name maps to its administrative code
// first, then normative, then Party ("Quyết định" -> QĐ, "Thông tư" -> TT).
let byName: Map<string, string> | undefined;

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  const index = new Map<string, string>();
  for (const table of [ADMIN_TYPE_CODES, NORMATIVE_TYPE_CODES, PARTY_TYPE_CODES]) {
    for (const [code, name] of Object.entries(table)) {
      const key = matchKey(name.vi);
      if (!index.has(key)) index.set(key, code);
    }
  }
  return (byName = index);
}

/** "Kế hoạch" -> "KH"; case-, Unicode- and tone-placement-tolerant ("kế hoạch", "Bản thoả thuận"). */
export function typeCodeForName(name: string): string | undefined {
  return nameIndex().get(matchKey(name));
}

let allNames: ReadonlySet<string> | undefined;

/** Every type name a reference may follow in running text, as matchKey keys. */
export function typeNameKeys(): ReadonlySet<string> {
  if (allNames) return allNames;
  const keys = new Set<string>(nameIndex().keys());
  for (const n of UNCODED_TYPE_NAMES) keys.add(matchKey(n.vi));
  return (allNames = keys);
}
