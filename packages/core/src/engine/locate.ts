import type { PlanAnalysis } from '../model/analysis.js';
import type { Layer } from '../overlay/types.js';
import type { OffsetRange } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';
import type { Locator } from './define.js';

/** Resolve a locator to offsets in one source; falls back outward so a report always has a place. */
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

export interface Located {
  offsets: OffsetRange;
  /** Set when the value lives in a template the file extends, not in the file itself. */
  foreign?: { layer: Layer; offsets: OffsetRange };
}

/**
 * Resolve a locator for a file that may extend templates: values that came from the
 * file itself point into it; values from a template point at the file's `extends:`
 * and carry where in the template they really are.
 */
export function locateIn(analysis: PlanAnalysis, at: Locator): Located {
  const resolution = analysis.resolution;
  if (!resolution || !('node' in at)) return { offsets: locate(analysis.source, at) };
  const { node, key } = at;
  const origin = resolution.provenance.origin(node, key);
  if (!origin) return { offsets: locate(analysis.source, at) };
  const own = origin.layer.source === analysis.source;
  const holderKeyed = key !== undefined && Object.prototype.hasOwnProperty.call(origin.holder, key);
  // An item of a list keeps its index: without it the report (and any fix computed
  // from it) would cover the whole list.
  const itemOfList = key === undefined && at.index !== undefined && Array.isArray(origin.holder);
  const inLayer = locate(origin.layer.source, holderKeyed || itemOfList ? { ...at, node: origin.holder } : { node: origin.holder, part: 'head' });
  if (own) return { offsets: inLayer };
  const self = analysis.ownPlan as object | undefined;
  const anchor = (self && analysis.source.valueRange(self, 'extends')) ?? { start: 0, end: 0 };
  return { offsets: anchor, foreign: { layer: origin.layer, offsets: inLayer } };
}
