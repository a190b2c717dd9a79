/**
 * A copy of `s` that does not point into a larger string. Strings read from a text are
 * slices of it: one kept after the text is gone (a re-read task, a fact remembered
 * about a file let go) would keep the whole text alive. Short strings are copies already.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
