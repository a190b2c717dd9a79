/** Millimetres to twips, rounded up so a margin is never below the minimum of its range. */
export function mm(value: number): number {
  return Math.ceil((value * 1440) / 25.4);
}

/** Nghị định 30/2020/NĐ-CP, Phụ lục I: Times New Roman (Unicode, TCVN 6909:2001), black. */
export const FONT = 'Times New Roman';
export const COLOR = '000000';

/** Font sizes in half-points, as the docx format counts them. */
export const SIZE = {
  /** Quốc hiệu, governing body and issuer (12-13 pt). */
  header: 24,
  /** Tiêu ngữ (13-14 pt), number (13 pt). */
  motto: 26,
  number: 26,
  /** Place and date (13-14 pt). */
  placeDate: 28,
  /** KẾ HOẠCH and the summary (13-14 pt). */
  title: 28,
  /** Body text (13-14 pt). */
  body: 28,
  /** "Nơi nhận:" (12 pt) and its list (11 pt). */
  recipientsHeading: 24,
  recipients: 22,
  /** Tables of the appendix. */
  table: 24,
  /** Page numbers (13-14 pt). */
  pageNumber: 28,
  /** Footnotes at the foot of the page. */
  footnote: 22,
} as const;

/** A4 portrait and margins inside the ranges of Phụ lục I (top/bottom 20-25, left 30-35, right 15-20 mm). */
export const PAGE = {
  /** A4 in twips, as Word writes it. */
  width: 11906,
  height: 16838,
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

/** The width between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The width between the margins of a landscape page (the appendix table). */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.left - PAGE.right;

/** First-line indent of body paragraphs (1-1.27 cm) and the space between paragraphs (at least 6 pt). */
export const INDENT = mm(10);
export const PARAGRAPH_SPACING = 120;
/** Line spacing 1.15 lines (240 = single; Phụ lục I: single to 1.5 lines). */
export const LINE = 276;

/** Header table columns: the issuer on the left, Quốc hiệu on the right. */
export const HEADER_LEFT = mm(70);
export const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
/** Signature table columns: "Nơi nhận" on the left, the signature on the right. */
export const SIGN_LEFT = mm(80);
export const SIGN_RIGHT = TEXT_WIDTH - SIGN_LEFT;
/** Default cell padding left and right (Word's 0.19 cm). */
export const CELL_PADDING = 108;
