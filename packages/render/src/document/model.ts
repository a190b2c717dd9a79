/**
 * The plan as the official document of Nghị định 30/2020/NĐ-CP, before any file
 * format: what every writer (DOCX, HTML, Markdown, plain text) lays out. All text is
 * NFC, trimmed, XML-safe; no field is ever undefined text. Every line comes from a field
 * of the plan or from the fixed wording of Nghị định 30.
 *
 * Text may hold footnote references written `[^1]`; a writer turns those whose mark is
 * in `footnotes` into its own kind of footnote.
 */
export interface RenderDocument {
  /** The decision that issues the plan ("QUYẾT ĐỊNH ... Điều 1."), printed before it. */
  decision?: DecisionPage;
  /**
   * The header of Phụ lục I; absent on a plan a decision issues, which starts at its
   * title, as the plans issued that way are printed.
   */
  header?: DocumentHeader;
  title: DocumentTitle;
  /** "Căn cứ ..." / "Thực hiện ..." lines. */
  bases: string[];
  preamble?: string;
  /** The body in reading order: headings, points, paragraphs and tables. */
  body: Block[];
  /** The closing paragraph, ending "./.". */
  closing?: string;
  /** Absent only for a plan issued by a decision that states no signature of its own. */
  signature?: SignatureBlock;
  recipients?: Recipients;
  appendices: Appendix[];
  footnotes: Footnote[];
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
  /** "KẾ HOẠCH", "QUYẾT ĐỊNH". */
  kind: string;
  /** Trích yếu: "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn". */
  summary: string;
  /** "(Ban hành kèm theo Quyết định số ... ngày ... của ...)" under the summary of an issued plan. */
  issuedWith?: string;
}

/** The page of the decision that issues a plan (Nghị định 30/2020, Phụ lục III). */
export interface DecisionPage {
  header: DocumentHeader;
  title: DocumentTitle;
  /** "ỦY BAN NHÂN DÂN TỈNH ...": the line above the bases, as the plan writes it. */
  authority?: string;
  bases: string[];
  /** "QUYẾT ĐỊNH:". */
  enacting: string;
  /** "Điều 1. ..." paragraphs (label "Điều 1.") and their points. */
  articles: Block[];
  signature: SignatureBlock;
  recipients: Recipients;
}

/**
 * - heading: a bold line with its marker ("I." part, "1." item, a task title, an agency);
 *   level 1 is a part of the document, deeper levels are inside one;
 * - item: a point with its marker ("1.", "a)", "-", "+") and the points under it;
 * - paragraph: running text without a marker (`label`: a bold lead-in such as "Điều 1.");
 * - table: a table of tasks, targets or data.
 */
export type Block = HeadingBlock | ItemBlock | ParagraphBlock | TableBlock;

export interface HeadingBlock {
  kind: 'heading';
  /** '' for an unmarked heading. */
  marker: string;
  text: string;
  level: number;
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
  label?: string;
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  /** Printed on landscape pages: the plan asks for it, or the table is wide. */
  landscape: boolean;
  /** Relative widths of the columns, one per column. */
  widths: number[];
  /** Header rows, repeated at the top of every page the table runs over. */
  head: TableCell[][];
  rows: TableRow[];
}

export interface TableCell {
  /** Lines of the cell are separated by "\n". */
  text: string;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  center?: boolean;
}

export interface TableRow {
  cells: TableCell[];
  /** A group row ("I. NÂNG CAO NHẬN THỨC ..."), in bold. */
  group?: boolean;
}

export interface SignatureBlock {
  /** Upper-case bold lines above the signature: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
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
  /** "PHỤ LỤC", "PHỤ LỤC I", as the plan writes it. */
  label: string;
  title?: string;
  /** "(Kèm theo Kế hoạch số 84/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân huyện Bình Sơn)". */
  caption: string;
  landscape: boolean;
  blocks: Block[];
}

export interface Footnote {
  mark: string;
  text: string;
}
