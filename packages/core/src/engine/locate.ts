import type { OffsetRange } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';
import type { Locator } from './define.js';

/** Resolve a locator to offsets; falls back outward so a report always has a place. */
export function locate(source: YamlSource, at: Locator): OffsetRange {
  if ('range' in at) return at.range;
  if ('path' in at) return source.pathRange(at.path, at.part);
  const { node, key, index, part } = at;
  if (Array.isArray(node) && index !== undefined) {
    const r = source.itemRange(node, index);
    if (r) return r;
  }
  if (key !== undefined) {
    const value = (node as Record<string, unknown>)[key];
    if (index !== undefined && Array.isArray(value)) {
      const r = source.itemRange(value, index);
      if (r) return r;
    }
    const r = part === 'key' ? source.keyRange(node, key) : source.valueRange(node, key);
    if (r) return r;
  }
  if (part === 'head' || key !== undefined) {
    const head = source.headRange(node);
    if (head) return head;
  }
  return source.range(node) ?? source.headRange(node) ?? { start: 0, end: 0 };
}
