import type { Block } from '../clean/block.js';
import type { Draft } from '../draft.js';
import { sentenceCase } from './header.js';
import { findReports, reportAgencies } from './reporting.js';

const ARCHIVE_RE = /^lưu\s*:\s*(.*)$/iu;
const PURPOSE_RE = /\s*\((b\/c|t\/h|đ\/b|p\/h|để b\/c|để t\/h|để biết|để báo cáo|để thực hiện|để phối hợp)\)\s*/iu;

/** "Trên đây là Kế hoạch ..." and the report paths it states ("báo cáo UBND huyện (qua ...) trước ngày ..."). */
export function readClosing(blocks: readonly Block[], draft: Draft): void {
  if (!blocks.length) return;
  const text = blocks.map((b) => b.text).join(' ');
  draft.plan.closing = text;
  draft.source(['closing'], blocks.flatMap((b) => b.lines), text);
  draft.use(...blocks);
  const reporting = (draft.plan.reporting ?? []) as Record<string, unknown>[];
  for (const block of blocks) {
    for (const r of findReports(block.text)) {
      const index = reporting.length;
      reporting.push({ ...r.path });
      draft.source(['reporting', index], block.lines, r.path.text);
      reportAgencies(draft, ['reporting', index], r.path, block.lines);
    }
  }
  if (reporting.length) draft.plan.reporting = reporting;
}

/** "Nơi nhận:" lines (with "(b/c)" purposes) and "Lưu: VT, TTHC.". */
export function readRecipients(blocks: readonly Block[], draft: Draft): void {
  const [head, ...lines] = blocks;
  if (!head) {
    draft.miss(['recipients'], 'không thấy mục "Nơi nhận"');
    return;
  }
  draft.use(head);
  const recipients: unknown[] = [];
  for (const b of lines) {
    draft.use(b);
    const text = b.text.replace(/^[-+]\s*/u, '').replace(/[\s;,.]+$/u, '');
    const archive = ARCHIVE_RE.exec(text);
    if (archive) {
      const places = (archive[1] ?? '')
        .split(/\s*[,.;]\s*/u)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      draft.plan.archive = places;
      draft.source(['archive'], b.lines, archive[1]);
      continue;
    }
    const purpose = PURPOSE_RE.exec(text);
    const index = recipients.length;
    if (purpose) {
      recipients.push({ name: text.replace(PURPOSE_RE, ' ').trim(), purpose: purpose[1] });
    } else recipients.push(text);
    draft.source(['recipients', index], b.lines, text);
  }
  if (recipients.length) draft.plan.recipients = recipients;
}

const AUTHORITY_RE = /^(TM|KT|Q|TL|TUQ)\s*\.\s*(.+)$/u;

function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** TM./KT. line, capacity and the signer's name. */
export function readSignature(blocks: readonly Block[], draft: Draft): void {
  const sig: Record<string, unknown> = {};
  const capacities: Block[] = [];
  for (const b of blocks) {
    const auth = AUTHORITY_RE.exec(b.text);
    if (auth) {
      sig.authority = auth[1];
      sig.for = sentenceCase(auth[2] as string);
      draft.source(['signature', 'authority'], b.lines, auth[1]);
      draft.source(['signature', 'for'], b.lines, sig.for as string);
      draft.use(b);
    } else if (isCaps(b.text) && b.text.length < 60) {
      capacities.push(b);
      draft.use(b);
    } else if (/^(?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u.test(b.text)) {
      sig.name = b.text;
      draft.source(['signature', 'name'], b.lines, b.text);
      draft.use(b);
    }
  }
  const last = capacities[capacities.length - 1];
  if (last) {
    sig.capacity = sentenceCase(last.text);
    draft.source(['signature', 'capacity'], last.lines, sig.capacity as string);
  }
  // "CHỦ TỊCH" over "PHÓ CHỦ TỊCH" without "KT.": the KT. line was lost in extraction.
  if (!sig.authority && capacities.length >= 2 && /^PHÓ\s/u.test(last?.text ?? '')) {
    const over = capacities[capacities.length - 2] as Block;
    sig.authority = 'KT';
    sig.for = sentenceCase(over.text);
    draft.source(['signature', 'for'], over.lines, sig.for as string);
    draft.source(['signature', 'authority'], over.lines, 'KT');
    draft.note(['signature', 'authority'], 'suy ra: chức vụ cấp phó ký dưới dòng chức vụ cấp trưởng; văn bản gốc không còn chữ "KT."');
  }
  if (Object.keys(sig).length) {
    draft.plan.signature = Object.fromEntries(['authority', 'for', 'capacity', 'name'].filter((k) => sig[k] !== undefined).map((k) => [k, sig[k]]));
  } else draft.miss(['signature'], 'không thấy khối chữ ký');
}
