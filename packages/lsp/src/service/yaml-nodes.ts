import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { OffsetRange, Path, PathSegment, YamlSource } from '@kehoach/core';

/** A scalar of the document with where it sits. */
export interface ScalarAt {
  node: Scalar;
  path: PathSegment[];
  /** True for a map key (its path ends with the key itself). */
  isKey: boolean;
  range: OffsetRange;
  /** Collections from the root down to the one holding the scalar. */
  ancestors: (YAMLMap | YAMLSeq)[];
  /** The pair, when the scalar is a key or a map value. */
  pair?: Pair;
}

function rangeOf(node: Node | null | undefined): OffsetRange | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/** Visit every scalar (keys and values) with its path; aliases are not followed. */
export function walkScalars(source: YamlSource, visit: (s: ScalarAt) => void): void {
  const root = source.doc?.contents as Node | null | undefined;
  if (!root) return;
  const walk = (node: Node | null, path: PathSegment[], ancestors: (YAMLMap | YAMLSeq)[], pair?: Pair): void => {
    if (!node || isAlias(node)) return;
    if (isScalar(node)) {
      const range = rangeOf(node);
      if (range) visit({ node, path, isKey: false, range, ancestors, ...(pair ? { pair } : {}) });
      return;
    }
    if (isMap(node)) {
      const next = [...ancestors, node];
      for (const p of node.items) {
        if (!isPair(p)) continue;
        const key = p.key as Node | null;
        if (!isScalar(key)) continue;
        const name = key.value === null ? '' : String(key.value);
        const keyRange = rangeOf(key);
        if (keyRange) visit({ node: key, path: [...path, name], isKey: true, range: keyRange, ancestors: next, pair: p as Pair });
        walk(p.value as Node | null, [...path, name], next, p as Pair);
      }
      return;
    }
    if (isSeq(node)) {
      const next = [...ancestors, node];
      node.items.forEach((item, i) => walk(item as Node | null, [...path, i], next));
    }
  };
  walk(root, [], []);
}

/**
 * The scalar under an offset. A cursor just after a word (`lead: Phòng|`) still
 * counts as on it, as editors place the cursor there when hovering or renaming.
 */
export function scalarAt(source: YamlSource, offset: number): ScalarAt | undefined {
  let best: ScalarAt | undefined;
  walkScalars(source, (s) => {
    if (offset < s.range.start || offset > s.range.end) return;
    if (!best || s.range.end - s.range.start < best.range.end - best.range.start) best = s;
  });
  return best;
}

/** Multi-line scalars (block `|`/`>` or folded plain/quoted text): no completion inside them. */
export function insideMultilineScalar(source: YamlSource, offset: number): boolean {
  let inside = false;
  walkScalars(source, (s) => {
    if (inside || s.isKey) return;
    const block = s.node.type === 'BLOCK_LITERAL' || s.node.type === 'BLOCK_FOLDED';
    const r = s.range;
    if (block && offset > r.start && offset <= r.end) {
      const headerEnd = source.text.indexOf('\n', r.start);
      if (headerEnd >= 0 && offset > headerEnd) inside = true;
    } else if (!block && offset > r.start && offset < r.end && source.text.slice(r.start, offset).includes('\n')) {
      inside = true;
    }
  });
  return inside;
}

/** The value's text without quotes, when the scalar holds a string. */
export function scalarText(node: Scalar): string | undefined {
  return typeof node.value === 'string' ? node.value : node.value === null || node.value === undefined ? undefined : String(node.value);
}
