/** ANSI styles, or identity functions when colour is off (a file, a pipe, NO_COLOR). */
export interface Palette {
  red: (s: string) => string;
  yellow: (s: string) => string;
  blue: (s: string) => string;
  green: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
  underline: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => (s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`);
const plain = (s: string) => s;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain };
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
  };
}

/** Colour for terminals only, and never once NO_COLOR is set (https://no-color.org). */
export function useColor(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined) return false;
  if (env.FORCE_COLOR === '0') return false;
  return isTTY;
}
