import type { NumberingStyle } from '@kehoach/core';
import { letterAt, roman } from '../text.js';

/**
 * How the items of a list are marked when the container does not say (docs/plan-format.md,
 * "Numbering"): I. under the body, 1. under I., a) under 1. or 1.1., - under a), + under -.
 */
export function childDefault(style: NumberingStyle): NumberingStyle {
  switch (style) {
    case 'roman':
      return 'decimal';
    case 'decimal':
    case 'outline':
      return 'letter';
    case 'letter':
      return 'dash';
    default:
      return 'plus';
  }
}

/** A marker and the number it stands for (what outline numbers of the items below start from). */
export interface Mark {
  marker: string;
  number: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function fromRoman(text: string): number | undefined {
  const s = text.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] as number;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}

/** The position a number as written stands for in a list of `style` ("II" -> 2, "đ" -> 5, "1.3" -> 3). */
export function writtenPosition(style: NumberingStyle, written: string): number | undefined {
  const text = written.trim().replace(/[.)]+$/, '');
  switch (style) {
    case 'roman':
      return fromRoman(text);
    case 'letter': {
      for (let i = 0; i < 60; i++) if (letterAt(i) === text.toLocaleLowerCase('vi')) return i + 1;
      return undefined;
    }
    case 'decimal':
    case 'outline': {
      const last = /(\d+)$/.exec(text)?.[1];
      return last ? Number(last) : undefined;
    }
    default:
      return undefined;
  }
}

function numberText(style: NumberingStyle, n: number, parent: string): string {
  switch (style) {
    case 'roman':
      return roman(n);
    case 'decimal':
      return String(n);
    case 'outline':
      return parent ? `${parent}.${n}` : String(n);
    case 'letter':
      return letterAt(n - 1);
    default:
      return '';
  }
}

function markerOf(style: NumberingStyle, number: string): string {
  switch (style) {
    case 'roman':
    case 'decimal':
    case 'outline':
      return `${number}.`;
    case 'letter':
      return `${number})`;
    case 'dash':
      return '-';
    case 'plus':
      return '+';
    default:
      return number ? `${number}.` : '';
  }
}

/**
 * The count of one list. Only marked items count; `number:` on an item restarts the
 * count there, and the items after it go on from it.
 */
export class Counter {
  private n = 0;

  constructor(
    readonly style: NumberingStyle,
    /** The number of the nearest marked item above ("2", "1.3"), for outline numbers. */
    private readonly parent: string,
  ) {}

  next(written?: string): Mark {
    if (written !== undefined && written.trim() !== '') {
      const at = writtenPosition(this.style, written);
      if (at !== undefined) {
        this.n = at;
      } else {
        // A number the style cannot count from ("2a"): printed as written, the count goes on.
        this.n += 1;
        const number = written.trim().replace(/[.)]+$/, '');
        return { marker: markerOf(this.style === 'none' ? 'decimal' : this.style, number), number };
      }
    } else {
      this.n += 1;
    }
    const number = numberText(this.style, this.n, this.parent);
    return { marker: markerOf(this.style, number), number };
  }
}
