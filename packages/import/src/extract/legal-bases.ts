import { findLegalRefs, type RefMention } from '@kehoach/core';
import { linesIn, type Block } from '../clean/block.js';
import type { Draft } from '../draft.js';
import { levelOf } from './header.js';

const VERB_RE = /(căn cứ|thực hiện)/giu;
const PREAMBLE_RE = /(?:ban hành|xây dựng|triển khai)\s+(?:bản\s+)?kế hoạch[^;]*?như sau\s*:?\s*$/iu;
const LEVEL_RANK: Record<string, number> = { central: 0, province: 1, district: 2, commune: 3 };

/** "14 tháng 10 năm 2021" and "14/10/2021" as "14/10/2021". */
export function normalizeDate(text: string): string {
  const wordy = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/u.exec(text.trim());
  const dmy = wordy ?? /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/u.exec(text.trim());
  if (!dmy) return text.trim();
  return `${(dmy[1] as string).padStart(2, '0')}/${(dmy[2] as string).padStart(2, '0')}/${dmy[3]}`;
}

function verbAt(text: string, at: number): 'can-cu' | 'thuc-hien' | undefined {
  let verb: 'can-cu' | 'thuc-hien' | undefined;
  for (const m of text.slice(0, at).matchAll(VERB_RE)) verb = /căn/iu.test(m[1] as string) ? 'can-cu' : 'thuc-hien';
  return verb;
}

/** Where the words before a reference begin ("Quyết định số 2631/..."), for its source lines. */
function leadIn(text: string, mention: RefMention, floor: number): number {
  if (!mention.typeWord) return mention.start;
  const at = text.slice(floor, mention.start).toLocaleLowerCase('vi').lastIndexOf(mention.typeWord.toLocaleLowerCase('vi'));
  return at >= 0 ? floor + at : mention.start;
}

/** The summary after the issuer: "về việc ban hành Kế hoạch ..." up to the next reference or ";". */
function summaryOf(text: string, from: number, to: number): string | undefined {
  let s = text.slice(from, to);
  const semi = s.search(/;/u);
  if (semi >= 0) s = s.slice(0, semi);
  s = s
    .replace(/^[\s,]+/u, '')
    .replace(/(?:\s+(?:và|;|,))+\s*$/u, '')
    .replace(/(?:\s*(?:căn cứ|thực hiện))\s*$/iu, '')
    .replace(/[\s,.;:]+$/u, '')
    .trim();
  return s === '' ? undefined : s;
}

/**
 * "Căn cứ ..." / "Thực hiện ..." paragraphs: each document number becomes a legal
 * basis (type, number, date, issuer, summary, verb); the paragraph that introduces
 * the plan ("... ban hành Kế hoạch ... như sau:") becomes the preamble.
 */
export function readIntro(blocks: readonly Block[], draft: Draft): void {
  const bases: Record<string, unknown>[] = [];
  const preamble: { text: string; lines: number[] }[] = [];
  for (const block of blocks) {
    const text = block.text;
    const mentions = findLegalRefs(text);
    const intro = PREAMBLE_RE.exec(text);
    let cut = text.length;
    if (intro) {
      // The preamble starts after the last ";" or "." before "... ban hành Kế hoạch ... như sau:".
      const head = text.slice(0, intro.index);
      const lastRefEnd = mentions.filter((m) => m.end <= intro.index).reduce((max, m) => Math.max(max, m.end), 0);
      const sep = Math.max(head.lastIndexOf(';'), head.lastIndexOf('. '));
      cut = sep >= lastRefEnd && mentions.length ? sep + 1 : mentions.length ? intro.index : 0;
      const subject = /(?:(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)[^;.]*?)$/iu.exec(head.slice(0, intro.index));
      if (mentions.length && subject && subject.index > cut) cut = subject.index;
      preamble.push({ text: text.slice(cut).trim(), lines: linesIn(block, cut, text.length) });
    }
    const starts = /^(?:căn cứ|thực hiện)\s/iu.test(text);
    if (!starts && mentions.length === 0) {
      if (!intro) preamble.push({ text, lines: block.lines });
      draft.use(block);
      continue;
    }
    const found: { pos: number; basis: Record<string, unknown>; lines: number[] }[] = [];
    mentions
      .filter((m) => m.start < cut)
      .forEach((m, i, all) => {
        const next = all[i + 1];
        const nextStart = next ? leadIn(text, next, m.end) : cut;
        const basis: Record<string, unknown> = {};
        const verb = verbAt(text, m.start);
        if (verb) basis.verb = verb;
        const type = m.typeWord ?? m.ref.typeName?.vi;
        if (type) basis.type = type.charAt(0).toLocaleUpperCase('vi') + type.slice(1);
        basis.ref = m.ref.canonical;
        if (m.date) basis.date = normalizeDate(m.date);
        let after = m.end;
        if (m.date) after = text.indexOf(m.date, after) + m.date.length;
        if (m.issuer) {
          basis.issuer = m.issuer;
          const at = text.indexOf(m.issuer, after);
          if (at >= 0) after = at + m.issuer.length;
        }
        const summary = summaryOf(text, after, Math.min(nextStart, cut));
        if (summary) basis.summary = summary;
        found.push({ pos: m.start, basis, lines: linesIn(block, leadIn(text, m, 0), Math.min(nextStart, cut)) });
      });
    // Bases written in words ("Căn cứ tình hình thực tế của địa phương"): kept as `text`.
    for (const seg of text.slice(0, cut).matchAll(/[^;]+/gu)) {
      const start = seg.index ?? 0;
      const end = start + seg[0].length;
      if (mentions.some((m) => m.start >= start && m.start < end)) continue;
      const words = seg[0].replace(/^\s*(?:căn cứ|thực hiện)\s+/iu, '').replace(/[\s,.;:]+$/u, '').trim();
      if (words.length < 4) continue;
      const basis: Record<string, unknown> = {};
      const verb = verbAt(text, end);
      if (verb) basis.verb = verb;
      basis.text = words;
      found.push({ pos: start, basis, lines: linesIn(block, start, end) });
    }
    for (const f of found.sort((a, b) => a.pos - b.pos)) {
      const index = bases.length;
      bases.push(f.basis);
      draft.source(['legalBases', index], f.lines);
      if (f.basis.ref) draft.source(['legalBases', index, 'ref'], f.lines, f.basis.ref as string);
      else draft.source(['legalBases', index, 'text'], f.lines, f.basis.text as string);
      if (f.basis.date) draft.found.push({ field: `legalBases[${index}].date`, value: f.basis.date as string, lines: f.lines });
    }
    draft.use(block);
  }
  if (bases.length) draft.plan.legalBases = bases;
  else draft.miss(['legalBases'], 'không thấy văn bản căn cứ ("Căn cứ ...", "Thực hiện ...")');
  if (preamble.length) {
    draft.plan.preamble = preamble.map((p) => p.text).join(' ');
    draft.source(['preamble'], preamble.flatMap((p) => p.lines), draft.plan.preamble as string);
  }
}

/** The plan this one implements: a "Thực hiện Kế hoạch số ..." of a higher level. */
export function readParent(draft: Draft): void {
  const bases = (draft.plan.legalBases ?? []) as Record<string, unknown>[];
  const issuer = draft.plan.issuer as Record<string, unknown> | undefined;
  const own = LEVEL_RANK[String(issuer?.level ?? '')];
  const index = bases.findIndex((b) => {
    if (!/^kế hoạch$/iu.test(String(b.type ?? '')) || typeof b.issuer !== 'string') return false;
    const level = levelOf(b.issuer);
    return level !== undefined && own !== undefined && (LEVEL_RANK[level] as number) < own;
  });
  if (index < 0) return;
  const basis = bases[index] as Record<string, unknown>;
  draft.plan.parent = { ref: basis.ref, issuer: basis.issuer };
  const lines = draft.sourceOf(['legalBases', index]) ?? [];
  draft.source(['parent', 'ref'], lines, basis.ref as string);
  draft.note(['parent'], `căn cứ thứ ${index + 1} là kế hoạch của cấp trên; thêm \`path:\` khi có tệp YAML của kế hoạch đó`);
}
