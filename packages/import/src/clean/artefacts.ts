/**
 * Lines that are layout, not text: page numbers ("- 3 -", "Trang 2", "2/5"), rules and
 * stray markup characters left by extraction.
 */
const PAGE_PATTERNS: readonly RegExp[] = [
  /^-?\s*\d{1,3}\s*-?$/,
  /^(?:trang|page)\s*\d{1,3}(?:\s*(?:\/|of|trên|\/\s*tổng)\s*\d{1,3})?$/iu,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];
const RULE = /^[*_#=|~\-\s.·•]+$/;

/** Why the line is an artefact to drop, or undefined for real text. */
export function artefactReason(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (s === './.' || s === '/.') return undefined;
  if (PAGE_PATTERNS.some((re) => re.test(s))) return 'số trang';
  if (RULE.test(s)) return 'ký tự trình bày';
  return undefined;
}
