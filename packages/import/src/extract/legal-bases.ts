import { findLegalRefs } from '@kehoach/core';
import { linesIn, type Block } from '../clean/block.js';
import type { Draft, FieldPath } from '../draft.js';
import { levelOf } from './header.js';

/** A citation paragraph opens with its verb: "Căn cứ", "Thực hiện", "Triển khai", "Theo đề nghị", "Xét đề nghị". */
const VERB_START = /^(?:căn cứ|thực hiện|triển khai|theo đề nghị|xét đề nghị)\s/iu;
// The documents a basis names, with or without a number: "Luật Tổ chức chính quyền địa phương ngày ...".
const DOCUMENT_TYPE =
  /(?:^|\s)(?:hiến pháp|bộ luật|luật|pháp lệnh|nghị định|nghị quyết|quyết định|thông tư|chỉ thị|kế hoạch|công văn|thông báo|kết luận|chương trình|phương án|quy chế|công điện|tờ trình|đề án|hướng dẫn|văn bản|quy định|chiến lược|điều lệ)(?=\s|\d)/giu;
// Where the sentence that introduces the plan begins inside a basis paragraph.
const INTRO_SUBJECT = /(?:^|[,;.]\s*)((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b[^;]*?(?:ban hành|xây dựng|triển khai)\s+(?:bản\s+)?kế hoạch)/iu;
const LEVEL_RANK: Record<string, number> = { central: 0, province: 1, district: 2, commune: 3 };

/** "14 tháng 10 năm 2021" and "14/10/2021" as "14/10/2021". */
export function normalizeDate(text: string): string {
  const wordy = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/u.exec(text.trim());
  const dmy = wordy ?? /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/u.exec(text.trim());
  if (!dmy) return text.trim();
  return `${(dmy[1] as string).padStart(2, '0')}/${(dmy[2] as string).padStart(2, '0')}/${dmy[3]}`;
}

/** A citation names a document (a number, or a type word and its name): "Căn cứ tình hình thực tế" does not. */
export function citesDocument(text: string): boolean {
  if (findLegalRefs(text).length > 0) return true;
  // The type word names a document when its name (capitalised), "số" or a number follows.
  return [...text.matchAll(DOCUMENT_TYPE)].some((m) => /^\s*(?:\d|(?:liên tịch|số)\s|\p{Lu})/u.test(text.slice((m.index ?? 0) + m[0].length)));
}

interface Piece {
  text: string;
  lines: number[];
}

/**
 * A basis paragraph as citations: one per verb clause ("Căn cứ A; Căn cứ B" is two,
 * "Thực hiện A và B" is one), and what follows the last one when the paragraph goes on
 * to introduce the plan ("..., UBND tỉnh ban hành Kế hoạch ... như sau:").
 */
function splitBasis(block: Block): { bases: Piece[]; rest?: Piece } {
  const text = block.text;
  const intro = INTRO_SUBJECT.exec(text);
  const cut = intro ? intro.index + (intro[0].length - (intro[1] as string).length) : text.length;
  const head = text.slice(0, cut);
  const bases: Piece[] = [];
  let from = 0;
  for (const m of head.matchAll(/;\s*(?=(?:căn cứ|thực hiện|triển khai|theo đề nghị|xét đề nghị)\s)/giu)) {
    const end = (m.index ?? 0) + 1;
    bases.push({ text: head.slice(from, end).trim(), lines: linesIn(block, from, end) });
    from = (m.index ?? 0) + m[0].length;
  }
  const last = head.slice(from).trim().replace(/[,\s]+$/u, '');
  if (last) bases.push({ text: last, lines: linesIn(block, from, cut) });
  const restText = text.slice(cut).trim();
  return { bases, rest: restText ? { text: restText, lines: linesIn(block, cut, text.length) } : undefined };
}

export interface IntroParts {
  bases: Piece[];
  preamble: Piece[];
}

/**
 * "Căn cứ ..." / "Thực hiện ..." / "Theo đề nghị của ... tại Tờ trình số ..." paragraphs are
 * legal bases, kept as written; the other paragraphs before the first section (the sentence
 * that introduces the plan, a paragraph of context) are the preamble.
 */
export function readIntroParts(blocks: readonly Block[]): IntroParts {
  const out: IntroParts = { bases: [], preamble: [] };
  for (const block of blocks) {
    if (VERB_START.test(block.text) && citesDocument(block.text)) {
      const { bases, rest } = splitBasis(block);
      for (const b of bases) (citesDocument(b.text) ? out.bases : out.preamble).push(b);
      if (rest) out.preamble.push(rest);
    } else if (!/^kính gửi\s*:/iu.test(block.text)) out.preamble.push({ text: block.text, lines: [...block.lines] });
  }
  return out;
}

/** Writes the bases (as strings) and the preamble of the plan or of its decision. */
export function placeIntro(parts: IntroParts, draft: Draft, at: FieldPath, preambleKey?: string): void {
  const owner = at.length ? (draft.getIn(at) as Record<string, unknown>) : draft.plan;
  if (parts.bases.length) {
    owner.legalBases = parts.bases.map((b) => b.text);
    parts.bases.forEach((b, i) => draft.source([...at, 'legalBases', i], b.lines, b.text));
  }
  if (preambleKey && parts.preamble.length) {
    owner[preambleKey] = parts.preamble.map((p) => p.text).join('\n');
    draft.source([...at, preambleKey], parts.preamble.flatMap((p) => p.lines), owner[preambleKey] as string);
  }
}

/** The plan this one implements: a "Thực hiện Kế hoạch số ..." of a higher level. */
export function readParent(draft: Draft): void {
  const bases = (draft.plan.legalBases ?? []) as string[];
  const issuer = draft.plan.issuer as Record<string, unknown> | undefined;
  const own = LEVEL_RANK[String(issuer?.level ?? '')];
  for (const [index, basis] of bases.entries()) {
    for (const m of findLegalRefs(basis)) {
      if (!/^kế hoạch$/iu.test(m.typeWord ?? '') || !m.issuer) continue;
      const level = levelOf(m.issuer);
      if (level === undefined || own === undefined || (LEVEL_RANK[level] as number) >= own) continue;
      draft.plan.parent = { ref: m.ref.canonical, issuer: m.issuer };
      const lines = draft.sourceOf(['legalBases', index]) ?? [];
      draft.source(['parent', 'ref'], lines, m.ref.canonical);
      draft.note(['parent'], `căn cứ thứ ${index + 1} là kế hoạch của cấp trên; thêm \`path:\` khi có tệp YAML của kế hoạch đó`);
      return;
    }
  }
}
