import { labelOf } from './labels.js';

const INLINE_START =
  /(?:^|[(.;]\s*|\s-\s)(?=(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|thực hiện|phối hợp)\s*:|thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:)/iu;

/**
 * Labels written on the item's own line: "Tổ chức hội nghị sơ kết (Chủ trì: Sở Nội vụ;
 * thời gian: Quý III/2024)". The title is what comes before them.
 */
export function inlineLabels(text: string): { title: string; parts: string[] } | undefined {
  const m = INLINE_START.exec(text);
  if (!m || m.index === 0) return undefined;
  const at = m.index + m[0].length;
  const rest = text.slice(at).replace(/\)\s*[.;]?\s*$/u, '');
  const parts = rest
    .split(/\s*[;.]\s*(?=(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|thực hiện|phối hợp|thời gian|thời hạn|tần suất|sản phẩm)[^:]{0,20}:)/iu)
    .filter((p) => labelOf(p.trim()) !== undefined);
  if (!parts.some((p) => ['lead', 'timeframe', 'coordinators'].includes(labelOf(p.trim())?.kind ?? ''))) return undefined;
  return { title: text.slice(0, m.index).replace(/[\s(,;:.-]+$/u, ''), parts: parts.map((p) => p.trim()) };
}
