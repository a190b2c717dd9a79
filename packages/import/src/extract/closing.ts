import type { Block } from '../clean/block.js';
import type { Draft, FieldPath } from '../draft.js';
import { sentenceCase } from './header.js';
import { findReports, reportAgencies } from './reporting.js';

const ARCHIVE_RE = /^lưu\s*:\s*(.*)$/iu;
const PURPOSE_RE = /\s*\((b\/c|t\/h|đ\/b|p\/h|để b\/c|để t\/h|để biết|để báo cáo|để thực hiện|để phối hợp|đưa tin)\)\s*/iu;

/**
 * "Trên đây là Kế hoạch ...": the closing paragraphs, and the report paths they state
 * (kept without `text`: the closing itself prints the sentence). A plan written as
 * `sections` states its report paths among them, never in the earlier `reporting` (rule
 * body-stated-once): there a closing that states one is the end of the body — its
 * paragraphs close `sections`, in order, each that states a path a report path item
 * keeping the paragraph as written.
 */
export function readClosing(blocks: readonly Block[], draft: Draft): void {
  if (!blocks.length) return;
  draft.use(...blocks);
  const sections = draft.plan.sections;
  if (Array.isArray(sections) && blocks.some((b) => findReports(b.text).length)) {
    // Under the last part ("IV. TỔ CHỨC THỰC HIỆN") unless its marks would number them; else after it.
    const last = sections.at(-1) as Record<string, unknown> | undefined;
    const under = last && typeof last === 'object' && 'heading' in last && last.numbering === undefined;
    const list = under ? ((last.items ??= []) as unknown[]) : sections;
    const at = under ? ['sections', sections.length - 1, 'items'] : ['sections'];
    for (const block of blocks) {
      const path = [...at, list.length];
      const [found] = findReports(block.text);
      if (!found) {
        list.push(block.text);
        draft.source(path, block.lines, block.text);
        continue;
      }
      const { text: _t, ...fields } = found.path;
      list.push({ reporting: { ...fields, text: block.text } });
      draft.source(path, block.lines);
      draft.source([...path, 'reporting'], block.lines, String(found.path.to ?? ''));
      reportAgencies(draft, [...path, 'reporting'], found.path, block.lines);
    }
    return;
  }
  const text = blocks.map((b) => b.text).join('\n');
  draft.plan.closing = text;
  draft.source(['closing'], blocks.flatMap((b) => b.lines), text);
  const reporting = (draft.plan.reporting ?? []) as Record<string, unknown>[];
  for (const block of blocks) {
    for (const r of findReports(block.text)) {
      const index = reporting.length;
      const { text: _t, ...path } = r.path;
      reporting.push(path);
      draft.source(['reporting', index], block.lines, r.path.text);
      reportAgencies(draft, ['reporting', index], r.path, block.lines);
    }
  }
  if (reporting.length) draft.plan.reporting = reporting;
}

/** "Lưu: VT, KGVX. Thg." -> VT, KGVX; what follows the codes (drafter's initials, copies) is noted, not filed. */
function archiveOf(text: string): { places: string[]; rest?: string } {
  const m = /^(.*?)(?:\.\s+(\S.*)|\s*\(([^)]*)\)\s*\.?)?$/u.exec(text.trim()) ?? [];
  const codes = (m[1] ?? text).replace(/[.\s]+$/u, '');
  const places = codes
    .split(/\s*[,;]\s*/u)
    .map((s) => s.replace(/^\(|\)$/gu, '').trim())
    .filter((s) => s !== '');
  const rest = (m[2] ?? m[3])?.trim();
  return rest ? { places, rest } : { places };
}

/** "Nơi nhận:" lines (with "(b/c)" purposes; "+" lines go with the line above) and "Lưu: VT, ...". */
export function readRecipients(blocks: readonly Block[], draft: Draft, at: FieldPath = []): void {
  const [head, ...lines] = blocks;
  const owner = at.length ? (draft.getIn(at) as Record<string, unknown>) : draft.plan;
  if (!head) {
    if (!at.length) draft.miss(['recipients'], 'không thấy mục "Nơi nhận"');
    return;
  }
  draft.use(head);
  const entries: { text: string; raw: string; lines: number[] }[] = [];
  for (const b of lines) {
    draft.use(b);
    const plus = /^\+/u.test(b.text);
    const text = b.text.replace(/^[-+]\s*/u, '').replace(/[\s;,]+$/u, '');
    const archive = ARCHIVE_RE.exec(text);
    if (archive) {
      const { places, rest } = archiveOf(archive[1] ?? '');
      owner.archive = places;
      draft.source([...at, 'archive'], b.lines, archive[1]);
      if (rest) draft.note([...at, 'archive'], `sau các nơi lưu, văn bản ghi thêm "${rest}" (ký hiệu người soạn, số bản)`);
      continue;
    }
    const last = entries[entries.length - 1];
    // "- VPUB: + CVP, các PCVP (đ/b);" then "+ Cổng TTĐT tỉnh (đưa tin);": one recipient.
    if (plus && last) {
      last.raw = `${last.raw} ${b.text}`;
      last.text = last.raw.replace(/^[-+]\s*/u, '').replace(/[\s;,]+$/u, '');
      last.lines.push(...b.lines);
    } else entries.push({ text, raw: b.text, lines: [...b.lines] });
  }
  const recipients = entries.map((e, index) => {
    draft.source([...at, 'recipients', index], e.lines, e.text);
    const purpose = PURPOSE_RE.exec(e.text);
    return purpose && !/\s\+\s/u.test(e.text) ? { name: e.text.replace(PURPOSE_RE, ' ').trim(), purpose: purpose[1] } : e.text.replace(/\.$/u, '');
  });
  if (recipients.length) owner.recipients = recipients;
}

const AUTHORITY_RE = /^(TM|KT|Q|TL|TUQ)\s*\.\s*(.+)$/u;

function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** TM./KT./Q./TL./TUQ. lines (the chain, top to bottom), capacity and the signer's name. */
export function readSignature(blocks: readonly Block[], draft: Draft, at: FieldPath = []): void {
  const owner = at.length ? (draft.getIn(at) as Record<string, unknown>) : draft.plan;
  const path: FieldPath = [...at, 'signature'];
  const chain: { authority: string; for: string; lines: number[] }[] = [];
  const capacities: Block[] = [];
  let name: Block | undefined;
  for (const b of blocks) {
    const auth = AUTHORITY_RE.exec(b.text);
    if (auth) {
      chain.push({ authority: auth[1] as string, for: sentenceCase((auth[2] as string).trim()), lines: b.lines });
      draft.use(b);
    } else if (isCaps(b.text) && b.text.length < 60) {
      capacities.push(b);
      draft.use(b);
    } else if (/^(?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u.test(b.text)) {
      name = b;
      draft.use(b);
    }
  }
  const sig: Record<string, unknown> = {};
  const last = capacities[capacities.length - 1];
  // "CHỦ TỊCH" over "PHÓ CHỦ TỊCH" without "KT.": the KT. line was lost in extraction.
  let inferred = false;
  if (!chain.some((c) => c.authority === 'KT') && capacities.length >= 2 && /^PHÓ\s/u.test(last?.text ?? '')) {
    const over = capacities[capacities.length - 2] as Block;
    chain.push({ authority: 'KT', for: sentenceCase(over.text), lines: over.lines });
    inferred = true;
  }
  if (chain.length) {
    sig.chain = chain.map((c) => ({ authority: c.authority, for: c.for }));
    chain.forEach((c, i) => {
      draft.source([...path, 'chain', i], c.lines);
      draft.source([...path, 'chain', i, 'for'], c.lines, c.for);
    });
    if (inferred) draft.note([...path, 'chain', chain.length - 1], 'suy ra: chức vụ cấp phó ký dưới dòng chức vụ cấp trưởng; văn bản gốc không còn chữ "KT."');
  }
  if (last) {
    sig.capacity = sentenceCase(last.text);
    draft.source([...path, 'capacity'], last.lines, sig.capacity as string);
  }
  if (name) {
    sig.name = name.text;
    draft.source([...path, 'name'], name.lines, name.text);
  }
  if (Object.keys(sig).length) owner.signature = sig;
  else if (!at.length) draft.miss(['signature'], 'không thấy khối chữ ký');
}
