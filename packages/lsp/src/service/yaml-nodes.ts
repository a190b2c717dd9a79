import { type OffsetRange, type Path, type PathSegment, type YamlSource } from '@kehoach/core';
import { keyName, type YCollection, type YNode, type YPair, type YScalar } from '@kehoach/core/internal';

/** A scalar of the document with where it sits. */
export interface ScalarAt {
  node: YScalar;
  path: PathSegment[];
  /** True for a map key (its path ends with the key itself). */
  isKey: boolean;
  range: OffsetRange;
  /** Collections from the root down to the one holding the scalar. */
  ancestors: YCollection[];
  /** The pair, when the scalar is a key or a map value. */
  pair?: YPair;
}

function rangeOf(node: YNode | null | undefined): OffsetRange | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/**
 * Visit every scalar (keys and values) with its path; aliases are not followed. With
 * `down`, a state travels down the tree (the schema at each node): `down(state, seg,
 * node)` gives the state of the child `seg` of the collection `node`; a key gets the
 * state of its value.
 */
export function walkScalars<S = undefined>(
  source: YamlSource,
  visit: (s: ScalarAt, state: S) => void,
  down?: { init: S; step(state: S, seg: PathSegment, node: YCollection): S },
): void {
  const root = source.root;
  if (!root) return;
  const walk = (node: YNode | null, path: PathSegment[], ancestors: YCollection[], state: S, pair?: YPair): void => {
    if (!node || node.kind === 'alias') return;
    if (node.kind === 'scalar') {
      const range = rangeOf(node);
      if (range) visit({ node, path, isKey: false, range, ancestors, ...(pair ? { pair } : {}) }, state);
      return;
    }
    if (node.kind === 'map') {
      const next = [...ancestors, node];
      for (const p of node.items) {
        const key = p.key;
        if (!key) continue;
        const name = keyName(key);
        const keyRange = rangeOf(key);
        const child = down ? down.step(state, name, node) : state;
        if (keyRange) visit({ node: key, path: [...path, name], isKey: true, range: keyRange, ancestors: next, pair: p }, child);
        walk(p.value, [...path, name], next, child, p);
      }
      return;
    }
    const next = [...ancestors, node];
    node.items.forEach((item, i) => walk(item, [...path, i], next, down ? down.step(state, i, node) : state));
  };
  walk(root, [], [], (down?.init ?? undefined) as S);
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

/**
 * A node as union options are chosen by: a map's keys (values left out), a list, or a
 * scalar's value. Undefined for no node.
 */
export function shallow(node: YNode | null | undefined): unknown {
  if (!node || node.kind === 'alias') return undefined;
  if (node.kind === 'map') {
    const keys: Record<string, null> = {};
    for (const p of node.items) if (p.key) keys[keyName(p.key)] = null;
    return keys;
  }
  if (node.kind === 'seq') return [];
  return node.value ?? undefined;
}

/** The node of `seg` under `node` (a map's value, a list's item). */
export function childNode(node: YNode | null | undefined, seg: PathSegment): YNode | null | undefined {
  if (!node) return undefined;
  if (node.kind === 'map') {
    const pair = node.items.find((p) => p.key !== null && keyName(p.key) === String(seg));
    return pair ? pair.value : undefined;
  }
  if (node.kind === 'seq' && typeof seg === 'number') return node.items[seg];
  return undefined;
}

/** The node at `path` from `root`. */
export function nodeAt(root: YNode | null | undefined, path: Path): YNode | null | undefined {
  let node = root;
  for (const seg of path) node = childNode(node, seg);
  return node;
}

/** The value's text without quotes, when the scalar holds a string. */
export function scalarText(node: YScalar): string | undefined {
  return typeof node.value === 'string' ? node.value : node.value === null || node.value === undefined ? undefined : String(node.value);
}
