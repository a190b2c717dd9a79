/**
 * Vietnamese timeframe phrases of yearly plans ("Thường xuyên trong năm", "Quý I/2024",
 * "Chậm nhất ngày 20/04/2024", "Hàng quý") parsed into dates.
 *
 * Pipeline: tokenize (timeframe/tokenize.ts: NFC, lowercase, diacritics kept,
 * parentheses dropped) -> clauses (timeframe/clauses.ts, the grammar) -> resolve
 * (timeframe/resolve.ts: years filled in, clauses combined). Every step is a single
 * forward pass with bounded look-ahead, so time grows linearly with the input.
 *
 * Known gaps, kept out on purpose until a real plan needs them:
 * - the due day of "Hàng quý, trước ngày 15 của tháng cuối quý" and the "ít nhất" of
 *   "ít nhất 02 lần/quý" are recognised but not kept: Cadence has no field for them;
 * - `quarters` and `months` are numbers without years, so "Quý IV/2024 và quý I/2025"
 *   gives [1, 4] (start/end are still right);
 * - "Từ tháng 12 đến tháng 2/2025" is a reversed range, not one that crosses the year;
 * - "ngày 1 - 15/3/2024" (month stated once for two days), "đầu năm", "cuối năm",
 *   "đột xuất", "khi có yêu cầu" are not understood; "năm" is never the number five.
 */
import { TimeframeFailure } from './timeframe/cursor.js';
import { parseFrags } from './timeframe/clauses.js';
import { resolveFrags } from './timeframe/resolve.js';
import { tokenize } from './timeframe/tokenize.js';
import type { TimeframeContext, TimeframeParseResult } from './timeframe/types.js';

export type {
  Cadence,
  CadenceUnit,
  Timeframe,
  TimeframeContext,
  TimeframeParseResult,
} from './timeframe/types.js';
export { timeframeSuggestions } from './timeframe/suggestions.js';

function contextYear(ctx: TimeframeContext | undefined): number | undefined {
  const y = ctx?.year;
  return y !== undefined && Number.isInteger(y) && y >= 1 && y <= 9999 ? y : undefined;
}

export function parseTimeframe(text: string, ctx?: TimeframeContext): TimeframeParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: { messageId: 'empty', data: { text: trimmed } } };
  try {
    const frags = parseFrags(tokenize(trimmed));
    return { ok: true, value: resolveFrags(frags, contextYear(ctx), trimmed, ctx?.period) };
  } catch (e) {
    // Only the parser's own verdicts become results; anything else is a bug and should surface.
    if (!(e instanceof TimeframeFailure)) throw e;
    return { ok: false, error: { messageId: e.messageId, data: { ...e.data, text: trimmed } } };
  }
}
