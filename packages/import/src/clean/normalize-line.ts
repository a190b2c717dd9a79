/**
 * One source line made comparable: Unicode NFC (PDF extraction often gives NFD),
 * invisible characters and markdown-ish markup removed, dashes and spaces unified.
 * What the markup said (the whole line bold, a `###` heading) is kept as flags,
 * because it tells headings from body text.
 */

export interface LineMarkup {
  text: string;
  /** The whole line was `**bold**` (or `__bold__`). */
  bold: boolean;
  /** The line began with `#` heading markers. */
  heading: boolean;
  /** The whole line was `*italic*`. */
  italic: boolean;
}

// Zero-width characters and C0 controls (never text; invalid in YAML comments).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g;
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const BULLETS = /^[•·▪◦●■□❖➢►\u2022\u25CF\u25AA]\s*/u;
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|])/g;

/** Ð (U+00D0) looks exactly like Đ and comes from some fonts and PDF extractors. */
function fixEth(s: string): string {
  return s.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111');
}

function stripWrapping(s: string, mark: string): string | undefined {
  if (s.length > mark.length * 2 && s.startsWith(mark) && s.endsWith(mark)) {
    const inner = s.slice(mark.length, s.length - mark.length);
    if (inner.trim() !== '' && !/^[*_]/.test(inner)) return inner.trim();
  }
  return undefined;
}

/**
 * Collapse spaces and drop the ones before closing punctuation ("(b/c) ;" -> "(b/c);") and
 * after an opening bracket. Quotation marks keep their spaces: offices type ” to open a
 * quotation as often as to close one ("chương trình ”Học ...”"), so which side a space
 * belongs to is the text's, not ours.
 */
export function tidySpaces(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:!?)\]])/g, '$1')
    .replace(/([^.\s])\s+\.(?!\.|\/)/g, '$1.')
    .replace(/([([])\s+/g, '$1')
    .trim();
}

export function normalizeLine(raw: string): LineMarkup {
  let s = fixEth(raw.normalize('NFC')).replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  let heading = false;
  let bold = false;
  let italic = false;
  const hashes = /^#{1,6}\s+/.exec(s);
  if (hashes) {
    heading = true;
    s = s.slice(hashes[0].length);
  }
  // Markdown hard line break ("text  " at the end) is already trimmed; now the emphasis.
  const strong = stripWrapping(s, '**') ?? stripWrapping(s, '__');
  if (strong !== undefined) {
    bold = true;
    s = strong;
  } else {
    const em = /^\*[^*\s]/.test(s) ? stripWrapping(s, '*') : undefined;
    if (em !== undefined) {
      italic = true;
      s = em;
    }
  }
  s = s.replace(/\*\*|__/g, '');
  s = s.replace(MD_ESCAPE, '$1');
  // A dash that marks a point is "-"; dashes inside the text stay as written ("2026 – 2028").
  s = s.replace(new RegExp(`^${DASHES.source}`, 'u'), '-');
  s = s.replace(BULLETS, '- ');
  // A markdown bullet "* text" is a dash point.
  s = s.replace(/^\*\s+/, '- ');
  return { text: tidySpaces(s), bold, heading, italic };
}
