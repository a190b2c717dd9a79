/**
 * The plan as the official document of Nghị định 30/2020/NĐ-CP, before any file
 * format: what every writer (DOCX, HTML, Markdown) lays out. All text is NFC, trimmed,
 * with its final punctuation; no field is ever undefined text.
 */
export interface RenderDocument {
  header: DocumentHeader;
  title: DocumentTitle;
  /** "Căn cứ ..." / "Thực hiện ..." lines, each ending ';' and the last '.'. */
  bases: string[];
  preamble?: string;
  sections: Section[];
  /** The closing paragraph, ending "./.". */
  closing?: string;
  signature: SignatureBlock;
  recipients: Recipients;
  appendix?: Appendix;
  /** Plain metadata for writers (HTML <title>, DOCX core properties). */
  meta: { title: string; subject: string; creator: string };
}

export interface DocumentHeader {
  /** "UBND TỈNH QUẢNG NGÃI": the governing body, upper case; absent when the plan names none. */
  governingBody?: string;
  /** The issuer, upper case, in the lines it is printed on ("ỦY BAN NHÂN DÂN", "HUYỆN BÌNH SƠN"). */
  issuerLines: string[];
  /** "Số: 84/KH-UBND", or "Số:      /KH-UBND" before issuance. */
  number: string;
  nationalTitle: string;
  motto: string;
  /** "Bình Sơn, ngày 12 tháng 01 năm 2024" or "......, ngày ... tháng ... năm 2024". */
  placeDate: string;
}

export interface DocumentTitle {
  /** "KẾ HOẠCH". */
  kind: string;
  /** Trích yếu: "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn". */
  summary: string;
}

/** A Roman-numeral part: "I. MỤC ĐÍCH, YÊU CẦU". */
export interface Section {
  numeral: string;
  /** Upper case, without the numeral. */
  title: string;
  blocks: Block[];
}

/**
 * - heading: a bold numbered line ("1. Mục đích", a task title, an agency of "Tổ chức thực hiện");
 * - item: a point with its marker ("1.", "a)", "-", "+") and the points under it;
 * - paragraph: running text without a marker.
 */
export type Block = HeadingBlock | ItemBlock | ParagraphBlock;

export interface HeadingBlock {
  kind: 'heading';
  marker: string;
  text: string;
}

export interface ItemBlock {
  kind: 'item';
  marker: string;
  text: string;
  children: Block[];
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

export interface SignatureBlock {
  /** Upper-case bold lines above the signature: "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH". */
  lines: string[];
  /** The signer's name, or '' when the plan has none yet. */
  name: string;
}

export interface Recipients {
  heading: string;
  /** "- Sở Nội vụ (b/c);" ... "- Lưu: VT, TTHC." */
  items: string[];
}

export interface Appendix {
  /** "PHỤ LỤC". */
  label: string;
  title: string;
  /** "(Kèm theo Kế hoạch số 84/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân huyện Bình Sơn)". */
  caption: string;
  columns: readonly string[];
  rows: AppendixRow[];
}

export type AppendixRow =
  | { kind: 'group'; label: string; text: string }
  | { kind: 'task'; cells: [string, string, string, string, string, string] };

export const APPENDIX_COLUMNS = [
  'STT',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Sản phẩm / báo cáo',
] as const;
