import type { SyntaxProblem } from '../yaml/source.js';

/**
 * Decode file bytes as UTF-8. Invalid bytes become U+FFFD so the rest of the file is
 * still checked, and the first one is reported where it sits (NOT_UTF8).
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; problems: SyntaxProblem[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\uFFFD');
    const start = Math.max(0, at);
    const hadBom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return {
      text,
      problems: [{ code: 'NOT_UTF8', detail: '', range: { start: start - hadBom, end: start - hadBom + 1 }, severity: 'error' }],
    };
  }
}
