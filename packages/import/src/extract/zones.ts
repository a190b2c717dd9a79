import type { Block } from '../clean/block.js';
import { markerOf } from '../outline.js';

/** The parts of a plan document, in reading order. */
export interface Zones {
  /** Before "KẾ HOẠCH": issuer, number, place and date, Quốc hiệu. */
  header: Block[];
  /** The "KẾ HOẠCH" line itself. */
  kind?: Block;
  title: Block[];
  /** Legal bases and the sentence that introduces the plan. */
  intro: Block[];
  /** Sections I, II, ... */
  body: Block[];
  /** "Trên đây là Kế hoạch ...", "Yêu cầu Thủ trưởng ...". */
  closing: Block[];
  /** "Nơi nhận:" and its lines. */
  recipients: Block[];
  signature: Block[];
  /** "PHỤ LỤC" after the signature: a task-assignment table, as labelled items. */
  appendix: Block[];
}

const KIND_RE = /^KẾ\s*HOẠCH(?:\s|$)/u;
const RECIPIENTS_RE = /^n[oơ]i\s+nh\p{L}*\s*:?/iu;
const CLOSING_RE = /^(?:trên đây|yêu cầu|đề nghị|giao|trong quá trình|quá trình triển khai|ủy ban nhân dân\s+\p{L}+\s+yêu cầu)/iu;
const LEGAL_START = /^(?:căn cứ|thực hiện|theo|nhằm|để)\s/iu;
const APPENDIX_RE = /^PHỤ\s*LỤC(?:\s|$|:)/u;
const SIGNATURE_START = /^(?:TM|KT|Q|TL|TUQ)\s*\.\s*\S/u;

function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

export function splitZones(blocks: readonly Block[]): Zones {
  const z: Zones = { header: [], title: [], intro: [], body: [], closing: [], recipients: [], signature: [], appendix: [] };
  let i = 0;
  const kindAt = blocks.findIndex((b, n) => n < 40 && KIND_RE.test(b.text));
  if (kindAt >= 0) {
    z.header = blocks.slice(0, kindAt);
    z.kind = blocks[kindAt];
    i = kindAt + 1;
    // The title: one or two short lines after "KẾ HOẠCH", never a legal basis or a section.
    for (let n = 0; n < 3 && i < blocks.length; n++) {
      const b = blocks[i] as Block;
      if (LEGAL_START.test(b.text) || markerOf(b.text).kind !== 'none' || b.text.length > 300) break;
      if (n > 0 && !/^\p{Ll}/u.test(b.text) && !(b.bold && z.title[0]?.bold)) break;
      if (n > 0 && /như sau\s*:?$/u.test(b.text)) break;
      z.title.push(b);
      i++;
    }
  }
  const firstSection = blocks.findIndex((b, n) => n >= i && markerOf(b.text).kind === 'roman');
  let bodyStart = firstSection >= 0 ? firstSection : i;

  let recAt = blocks.findIndex((b, n) => n >= bodyStart && RECIPIENTS_RE.test(b.text));
  let end = recAt >= 0 ? recAt : blocks.length;
  if (recAt < 0) {
    // Without "Nơi nhận", the signature is the trailing run of short lines after a TM./KT. or capacity line.
    const sig = blocks.findIndex((b, n) => n >= bodyStart && (SIGNATURE_START.test(b.text) || (isCaps(b.text) && /CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG/u.test(b.text))));
    if (sig >= 0) end = sig;
  }
  // Closing paragraphs: unmarked, after the last section's items, up to the recipients.
  let closingAt = end;
  for (let n = end - 1; n > bodyStart; n--) {
    const b = blocks[n] as Block;
    if (markerOf(b.text).kind !== 'none') break;
    if (CLOSING_RE.test(b.text)) closingAt = n;
  }
  // Without sections, everything up to the closing is introduction (bases, preamble).
  if (firstSection < 0) bodyStart = closingAt;
  z.intro = blocks.slice(i, bodyStart);
  z.body = blocks.slice(bodyStart, closingAt);
  z.closing = blocks.slice(closingAt, end);
  if (recAt >= 0) {
    z.recipients.push(blocks[recAt] as Block);
    let n = recAt + 1;
    for (; n < blocks.length; n++) {
      const b = blocks[n] as Block;
      const kind = markerOf(b.text).kind;
      if (kind === 'dash' || kind === 'plus' || /^lưu\s*:/iu.test(b.text)) z.recipients.push(b);
      else break;
    }
    recAt = n;
    z.signature = blocks.slice(recAt);
  } else z.signature = blocks.slice(end);
  const appendixAt = z.signature.findIndex((b) => APPENDIX_RE.test(b.text));
  if (appendixAt >= 0) {
    z.appendix = z.signature.slice(appendixAt);
    z.signature = z.signature.slice(0, appendixAt);
  }
  return z;
}
