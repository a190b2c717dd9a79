import type { Block } from '../clean/block.js';
import { markerOf } from '../outline.js';

/** The parts of a plan document, in reading order. */
export interface PlanZones {
  /** Before "KẾ HOẠCH": issuer, number, place and date, Quốc hiệu. */
  header: Block[];
  /** The "KẾ HOẠCH" line itself. */
  kind?: Block;
  title: Block[];
  /** "(Kèm theo Quyết định số ...)" under the title of a plan a decision issues. */
  caption: Block[];
  /** Legal bases and the sentence that introduces the plan. */
  intro: Block[];
  /** Sections I, II, ... */
  body: Block[];
  /** "Trên đây là Kế hoạch ...", "Trong quá trình thực hiện ...". */
  closing: Block[];
  /** "Nơi nhận:" and its lines. */
  recipients: Block[];
  signature: Block[];
  /** "PHỤ LỤC ...", "Mẫu biểu số 01" after the signature, one list per appendix. */
  appendices: Block[][];
}

/** A decision ("QUYẾT ĐỊNH ... Ban hành kèm theo Quyết định này Kế hoạch ...") that issues the plan. */
export interface DecisionZones {
  header: Block[];
  kind: Block;
  title: Block[];
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..." above the bases. */
  authority?: Block;
  intro: Block[];
  /** The "QUYẾT ĐỊNH:" line before the articles. */
  decides?: Block;
  articles: Block[];
  recipients: Block[];
  signature: Block[];
}

export interface Zones {
  decision?: DecisionZones;
  plan: PlanZones;
  /** "[1] ..." notes at the end of the document. */
  footnotes: Block[];
}

const PLAN_KIND_RE = /^KẾ\s*HOẠCH(?:\s|$)/u;
const DECISION_KIND_RE = /^QUYẾT\s+ĐỊNH\s*$/u;
const RECIPIENTS_RE = /^n[oơ]i\s+nh\p{L}*\s*:?/iu;
const CLOSING_RE = /^(?:trên đây|yêu cầu|đề nghị|giao|trong quá trình|quá trình triển khai|ủy ban nhân dân\s+\p{L}+\s+yêu cầu)/iu;
const LEGAL_START = /^(?:căn cứ|thực hiện|triển khai|theo|xét|nhằm|để|kính gửi)\s/iu;
const APPENDIX_RE = /^(?:PHỤ\s*LỤC|Phụ\s*lục|MẪU\s+BIỂU|Mẫu\s+biểu|BIỂU\s+MẪU|Biểu\s+mẫu)(?:\s+(?:số\s+)?[IVXL\d]{1,4}[a-z]?)?\s*(?:[:.].*)?$/u;
const SIGNATURE_START = /^(?:TM|KT|Q|TL|TUQ)\s*\.\s*\S/u;
const CAPTION_RE = /^\(\s*(?:ban hành\s+)?kèm theo\b/iu;
export const FOOTNOTE_RE = /^\[(\d{1,3})\]\s*(.*)$/u;

function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function isAppendixStart(b: Block): boolean {
  return !b.table && b.text.length <= 120 && APPENDIX_RE.test(b.text);
}

function isSignatureStart(b: Block): boolean {
  return SIGNATURE_START.test(b.text) || (isCaps(b.text) && b.text.length < 40 && /^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)$/u.test(b.text));
}

/** The recipients' lines: "- ..." and "+ ..." points and "Lưu: ...". */
function recipientsEnd(blocks: readonly Block[], from: number, to: number): number {
  let n = from + 1;
  for (; n < to; n++) {
    const b = blocks[n] as Block;
    const kind = markerOf(b.text).kind;
    if (kind === 'dash' || kind === 'plus' || /^lưu\s*:/iu.test(b.text)) continue;
    break;
  }
  return n;
}

/** Splits the blocks from `from` to `to` into the parts of a plan. */
function planZones(blocks: readonly Block[], from: number, to: number, kindAt: number): PlanZones {
  const z: PlanZones = { header: [], title: [], caption: [], intro: [], body: [], closing: [], recipients: [], signature: [], appendices: [] };
  let i = from;
  if (kindAt >= 0) {
    z.header = blocks.slice(from, kindAt);
    z.kind = blocks[kindAt];
    i = kindAt + 1;
    // The title: one to three lines after "KẾ HOẠCH", never a legal basis or a section.
    for (let n = 0; n < 3 && i < to; n++) {
      const b = blocks[i] as Block;
      // The line right after "KẾ HOẠCH" is its title, even "Triển khai thực hiện Chỉ thị số ..."; later lines may be bases.
      const basis = n === 0 ? /^căn cứ\s/iu.test(b.text) && !isCaps(b.text) : LEGAL_START.test(b.text) && !isCaps(b.text);
      if (basis || CAPTION_RE.test(b.text) || markerOf(b.text).kind !== 'none' || b.text.length > 400) break;
      if (n > 0 && !/^\p{Ll}/u.test(b.text) && !(b.bold && z.title[0]?.bold) && !(isCaps(b.text) && z.title.every((t) => isCaps(t.text)))) break;
      if (n > 0 && /như sau\s*:?$/u.test(b.text)) break;
      z.title.push(b);
      i++;
    }
    while (i < to && CAPTION_RE.test((blocks[i] as Block).text)) z.caption.push(blocks[i++] as Block);
  }
  // Appendices start at "PHỤ LỤC" after the body's first section.
  const firstSection = blocks.findIndex((b, n) => n >= i && n < to && markerOf(b.text).kind === 'roman');
  let bodyStart = firstSection >= 0 ? firstSection : i;
  let appendixAt = blocks.findIndex((b, n) => n > bodyStart && n < to && isAppendixStart(b));
  if (appendixAt < 0) appendixAt = to;
  const recAt = blocks.findIndex((b, n) => n >= bodyStart && n < appendixAt && RECIPIENTS_RE.test(b.text));
  let end = recAt >= 0 ? recAt : appendixAt;
  if (recAt < 0) {
    // Without "Nơi nhận", the signature is the trailing run of short lines after a TM./KT. or capacity line.
    const sig = blocks.findIndex((b, n) => n >= bodyStart && n < appendixAt && isSignatureStart(b));
    if (sig >= 0) end = sig;
  }
  // Closing paragraphs: unmarked, after the last section's items, up to the recipients.
  let closingAt = end;
  for (let n = end - 1; n > bodyStart; n--) {
    const b = blocks[n] as Block;
    if (markerOf(b.text).kind !== 'none' || b.table) break;
    if (CLOSING_RE.test(b.text)) closingAt = n;
  }
  // Without sections, everything up to the closing is introduction (bases, preamble).
  if (firstSection < 0) bodyStart = closingAt;
  z.intro = blocks.slice(i, bodyStart);
  z.body = blocks.slice(bodyStart, closingAt);
  z.closing = blocks.slice(closingAt, end);
  let sigFrom = end;
  if (recAt >= 0) {
    const recEnd = recipientsEnd(blocks, recAt, appendixAt);
    z.recipients = blocks.slice(recAt, recEnd);
    sigFrom = recEnd;
  }
  z.signature = blocks.slice(sigFrom, appendixAt);
  let current: Block[] | undefined;
  for (let n = appendixAt; n < to; n++) {
    const b = blocks[n] as Block;
    if (isAppendixStart(b) || !current) z.appendices.push((current = []));
    current.push(b);
  }
  return z;
}

function decisionZones(blocks: readonly Block[], kindAt: number, planAt: number): DecisionZones {
  const z: DecisionZones = { header: blocks.slice(0, kindAt), kind: blocks[kindAt] as Block, title: [], intro: [], articles: [], recipients: [], signature: [] };
  let i = kindAt + 1;
  for (; i < planAt; i++) {
    const b = blocks[i] as Block;
    if ((LEGAL_START.test(b.text) && !isCaps(b.text)) || /^(?:CHỦ TỊCH|ỦY BAN|UỶ BAN)\s/u.test(b.text) || z.title.length >= 2) break;
    z.title.push(b);
  }
  if (i < planAt && isCaps((blocks[i] as Block).text) && !LEGAL_START.test((blocks[i] as Block).text)) z.authority = blocks[i++];
  const decidesAt = blocks.findIndex((b, n) => n >= i && n < planAt && /^QUYẾT\s+ĐỊNH\s*:/u.test(b.text));
  const articlesAt = decidesAt >= 0 ? decidesAt + 1 : blocks.findIndex((b, n) => n >= i && n < planAt && /^Điều\s+\d+/u.test(b.text));
  const stop = articlesAt >= 0 ? (decidesAt >= 0 ? decidesAt : articlesAt) : planAt;
  z.intro = blocks.slice(i, stop);
  if (decidesAt >= 0) z.decides = blocks[decidesAt];
  const recAt = blocks.findIndex((b, n) => n >= stop && n < planAt && RECIPIENTS_RE.test(b.text));
  const sigAt = blocks.findIndex((b, n) => n >= stop && n < planAt && isSignatureStart(b));
  const articlesEnd = [recAt, sigAt, planAt].filter((n) => n >= 0).reduce((a, b) => Math.min(a, b));
  if (articlesAt >= 0) z.articles = blocks.slice(articlesAt, articlesEnd);
  let sigFrom = articlesEnd;
  if (recAt >= 0 && recAt === articlesEnd) {
    const recEnd = recipientsEnd(blocks, recAt, planAt);
    z.recipients = blocks.slice(recAt, recEnd);
    sigFrom = recEnd;
  }
  z.signature = blocks.slice(sigFrom, planAt);
  return z;
}

/** Splits a document into decision (if any), plan and footnotes. */
export function splitZones(all: readonly Block[]): Zones {
  // "[1] ..." at the end: footnotes (after the signature, around or after the appendices).
  let end = all.length;
  while (end > 0 && FOOTNOTE_RE.test((all[end - 1] as Block).text)) end--;
  const footnotes = all.slice(end);
  const blocks = all.slice(0, end);
  const firstKind = blocks.findIndex((b, n) => n < 40 && (PLAN_KIND_RE.test(b.text) || DECISION_KIND_RE.test(b.text)));
  if (firstKind >= 0 && DECISION_KIND_RE.test((blocks[firstKind] as Block).text)) {
    const planAt = blocks.findIndex((b, n) => n > firstKind && PLAN_KIND_RE.test(b.text) && isCaps(b.text) && b.text.length < 20);
    if (planAt > 0) {
      return { decision: decisionZones(blocks, firstKind, planAt), plan: planZones(blocks, planAt, blocks.length, planAt), footnotes };
    }
  }
  const kindAt = firstKind >= 0 && PLAN_KIND_RE.test((blocks[firstKind] as Block).text) ? firstKind : -1;
  return { plan: planZones(blocks, 0, blocks.length, kindAt), footnotes };
}
