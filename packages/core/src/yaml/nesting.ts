/**
 * Collections nested deeper than this are refused: the deepest plan the format allows
 * (sections, headings, groups, tables, paragraphs) nests a few dozen levels, and every
 * reader and rule past the parser walks the value recursively. A hostile file of 1,500
 * "[" would otherwise overflow the stack of whichever walks it first.
 */
export const MAX_NESTING = 200;

/** The deepest nesting of `[`/`{` and of indentation in a text, found in one pass without recursion. */
export function nestingOf(text: string): { depth: number; at: number } {
  let flow = 0;
  let max = 0;
  let at = 0;
  let inQuote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuote) {
      if (c === inQuote) inQuote = 0;
      else if (c === 10) inQuote = 0;
      continue;
    }
    if (c === 34 || c === 39) {
      // A quote opens a string only where a value may start.
      const p = text.charCodeAt(i - 1);
      if (i === 0 || p === 32 || p === 91 || p === 123 || p === 44 || p === 58 || p === 10) inQuote = c;
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 91 || c === 123) {
      if (++flow > max) {
        max = flow;
        at = i;
      }
    } else if (c === 93 || c === 125) {
      if (flow > 0) flow--;
    } else if (c === 10) {
      // Block nesting: each level is at least one more space of indentation.
      let j = i + 1;
      while (text.charCodeAt(j) === 32) j++;
      const indent = j - i - 1;
      if (indent > max) {
        max = indent;
        at = j;
      }
    }
  }
  return { depth: max, at };
}
