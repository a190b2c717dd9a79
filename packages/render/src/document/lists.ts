import type { ParagraphItem } from '@kehoach/core';
import type { BuildContext } from './context.js';
import type { Block } from './model.js';
import { clean, letterAt, sentence, splitMarker } from './text.js';

/** How the points of one list are marked: 1., 2. / a), b) / - / +. */
export type PointStyle = 'numbers' | 'letters' | 'dashes' | 'plus';

export function markerFor(style: PointStyle, index: number): string {
  switch (style) {
    case 'numbers':
      return `${index + 1}.`;
    case 'letters':
      return `${letterAt(index)})`;
    case 'dashes':
      return '-';
    case 'plus':
      return '+';
  }
}

/** Flat lists under a numbered heading: a), b) or dashes, as the plan's layout says (dashes by default). */
export function flatStyle(ctx: BuildContext): PointStyle {
  return ctx.layout.points === 'letters' ? 'letters' : 'dashes';
}

/** Points under a numbered heading: lettered when they carry points of their own, else the flat style. */
export function styleUnderHeading(ctx: BuildContext, items: readonly ParagraphItem[]): PointStyle {
  return hasNested(items) ? 'letters' : flatStyle(ctx);
}

function childStyle(ctx: BuildContext, parent: PointStyle, items: readonly ParagraphItem[]): PointStyle {
  switch (parent) {
    case 'numbers':
      return styleUnderHeading(ctx, items);
    case 'letters':
      return 'dashes';
    default:
      return 'plus';
  }
}

export function hasNested(items: readonly ParagraphItem[]): boolean {
  return items.some((i) => typeof i === 'object' && i !== null && Array.isArray(i.items) && i.items.length > 0);
}

export function asItems(value: unknown): ParagraphItem[] {
  if (typeof value === 'string') return clean(value) ? [value] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is ParagraphItem => typeof v === 'string' || (typeof v === 'object' && v !== null));
}

/**
 * The points of a paragraph list. A top-level list of one plain paragraph is printed without a
 * marker (as "3. Đối tượng" or "IV. KINH PHÍ" are followed by one paragraph). A marker
 * the author already wrote ("a) ...", "- ...") is kept instead of adding another.
 */
export function listBlocks(ctx: BuildContext, value: unknown, style: PointStyle, nested = false): Block[] {
  const items = asItems(value);
  if (!nested && items.length === 1 && typeof items[0] === 'string') {
    const { marker, text } = splitMarker(clean(items[0]));
    if (!marker) return paragraph(ctx, text);
  }
  const blocks: Block[] = [];
  let index = 0;
  for (const item of items) {
    const text = clean(typeof item === 'string' ? item : item.text);
    const sub = typeof item === 'string' ? [] : asItems(item.items);
    const children = sub.length ? listBlocks(ctx, sub, childStyle(ctx, style, sub), true) : [];
    if (!text) {
      blocks.push(...children);
      continue;
    }
    const written = splitMarker(text);
    ctx.record(written.text);
    blocks.push({
      kind: 'item',
      marker: written.marker ?? markerFor(style, index),
      text: sentence(written.text),
      children,
    });
    index += 1;
  }
  return blocks;
}

export function paragraph(ctx: BuildContext, text: string): Block[] {
  const t = clean(text);
  if (!t) return [];
  ctx.record(t);
  return [{ kind: 'paragraph', text: sentence(t) }];
}
