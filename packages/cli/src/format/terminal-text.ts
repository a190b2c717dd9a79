/**
 * Text from plans, file names and plugins reaches the terminal through the CLI's
 * output. A terminal obeys some characters instead of showing them: ESC starts
 * sequences that set the window title, clear the screen or rewrite lines, NUL and BEL
 * are invisible, C1 controls (U+0080-U+009F) act as ESC in some terminals, and bidi
 * controls (RLO U+202E...) reorder what follows so a text reads differently from what
 * it is. All of them are shown as visible escapes instead: `\x1b`, `\x00`, `\u202E`.
 * Everything else, Vietnamese letters and combining tone marks included, is untouched.
 *
 * C0 controls become `\xNN`, the others `\uXXXX`; a JSON text (whose own escapes leave
 * only non-C0 characters raw) therefore stays valid JSON with the same values.
 */
const CONTROL = '\\u0000-\\u0008\\u000b-\\u001f';
const OTHERS = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

/** Unsafe in a whole output: everything but newline and tab. */
const IN_OUTPUT = new RegExp(`[${CONTROL}${OTHERS}]`, 'g');
/** Unsafe inside one line of a report: newline, carriage return and tab too. */
const IN_LINE = new RegExp(`[\\t\\n\\r${CONTROL}${OTHERS}]`, 'g');
/** The only sequences the CLI writes itself: the colours of its palette (format/colors.ts). */
const OWN_STYLE = /\x1b\[(?:1|2|4|22|24|3[1-49])m/y;

const SHORT: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (SHORT[ch]) return SHORT[ch];
  if (code < 0x20) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A value shown inside one line of a report (a message, a source line, a path). */
export function terminalLine(text: string): string {
  return text.replace(IN_LINE, visible);
}

/**
 * A whole output about to be written to the terminal (or a file a terminal will show):
 * lines and tabs stay; every other control or bidi character is escaped. With
 * `keepStyle` (a report the CLI formatted itself, every value in it already escaped by
 * terminalLine) the colours of its palette stay too.
 */
export function terminalText(text: string, keepStyle = false): string {
  return text.replace(IN_OUTPUT, (ch, at: number) => {
    if (keepStyle && ch === '\x1b') {
      OWN_STYLE.lastIndex = at;
      if (OWN_STYLE.test(text)) return ch;
    }
    return visible(ch);
  });
}
