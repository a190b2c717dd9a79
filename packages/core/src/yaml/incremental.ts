import { ownString } from '../text/own.js';
import { BAIL, HASH, LF, CR, SPACE, setOwn } from './fast-scan.js';
import { Reader } from './fast-parse.js';
import { keyName, mapNode, offsetsOf, seqNode, type NodeRange, type YMap, type YNode, type YSeq } from './tree.js';

/**
 * Re-reading one item after an edit, instead of the whole text.
 *
 * Plans are long lists (`tasks:`, `duties:`...) of small items, and nearly every
 * keystroke lands inside one item. When the previous text was read by the fast reader,
 * the edit lies inside an item of a top-level block sequence, and the item read again
 * ends exactly where the old one ended (shifted by the edit), then everything after it
 * reads the same as before: the later nodes only move. So the new tree is the old one
 * with that item replaced, the later ranges shifted, and fresh nodes for the sequence
 * and the root. The result is the same as reading the whole new text: a differential
 * test (test/yaml/incremental.test.ts) holds the two together on random edits.
 *
 * The objects of unchanged items are shared with the previous source, which is why
 * the previous source must not be read again afterwards (YamlSource marks it).
 */

/** The raw top level of a document, as read: pruning later mutates the value, not this. */
export interface TopSnapshot {
  readonly keys: readonly string[];
  /** The values under each key; arrays are copies of the arrays as read. */
  readonly values: readonly unknown[];
}

export function snapshotOf(root: YNode | null, value: unknown): TopSnapshot | undefined {
  if (!root || root.kind !== 'map' || root.flow || value === null || typeof value !== 'object') return undefined;
  const keys: string[] = [];
  const values: unknown[] = [];
  const obj = value as Record<string, unknown>;
  for (const pair of root.items) {
    const key = keyName(pair.key);
    keys.push(key);
    const v = obj[key];
    values.push(Array.isArray(v) ? v.slice() : v);
  }
  return { keys, values };
}

export interface TextChange {
  /** First offset that differs. */
  start: number;
  /** End of the replaced part in the old text. */
  oldEnd: number;
  /** End of the inserted part in the new text. */
  newEnd: number;
}

const CHUNK = 4096;

/** The single replacement that turns `a` into `b` (longest common prefix, then suffix). */
export function textChange(a: string, b: string): TextChange | undefined {
  if (a === b) return undefined;
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p + CHUNK <= max && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  const room = max - p;
  while (s + CHUNK <= room && a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)) s += CHUNK;
  while (s < room && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

export interface Reread {
  root: YMap;
  value: Record<string, unknown>;
  snapshot: TopSnapshot;
}

export interface Previous {
  text: string;
  root: YNode | null;
  snapshot: TopSnapshot | undefined;
  nodes: WeakMap<object, YMap | YSeq>;
}

/**
 * The tree and value of `text`, re-reading only the item of a top-level sequence the
 * edit falls in; undefined when the edit is elsewhere or changes more than that item
 * (the caller then reads the whole text). Shifts the later nodes of `prev` in place.
 */
export function rereadItem(prev: Previous, text: string, known?: TextChange): Reread | undefined {
  const root = prev.root;
  const snap = prev.snapshot;
  if (!root || root.kind !== 'map' || root.flow || !snap || snap.keys.length !== root.items.length) return undefined;
  const change = known ?? textChange(prev.text, text);
  if (!change) return undefined;
  const { start: a, oldEnd: b } = change;
  const delta = change.newEnd - change.oldEnd;

  // The top-level pair, then the item, the edit falls in.
  const p = lastStartingAtOrBefore(root.items.length, (i) => root.items[i]?.key?.range[0] ?? Infinity, a);
  const pair = root.items[p];
  const seq = pair?.value;
  if (!pair || !seq || seq.kind !== 'seq' || seq.flow || seq.items.length === 0) return undefined;
  const k = lastStartingAtOrBefore(seq.items.length, (i) => seq.items[i]?.range[0] ?? Infinity, a);
  const old = seq.items[k];
  if (!old || old.kind !== 'map' || old.flow) return undefined;
  const dash = dashBefore(prev.text, old.range[0]);
  // The dash and the space after it are read by the items before: they must not change.
  if (dash < 0 || a < dash + 2) return undefined;
  const indent = columnOf(prev.text, dash);
  if (indent < 0) return undefined;

  try {
    // Where the old item ended: read it again from the old text (it is small).
    const oldEnd = new Reader(prev.text).seqItem(dash, indent, false)[2];
    if (b > oldEnd) return undefined;
    // The new item must start on the dash's line, as a map, like the old one.
    let i = dash + 1;
    while (text.charCodeAt(i) === SPACE) i++;
    const c = text.charCodeAt(i);
    if (c === LF || c === CR || c === HASH || i >= text.length) return undefined;
    const reader = new Reader(text, prev.nodes);
    const [node, value, end] = reader.seqItem(dash, indent, false);
    if (node.kind !== 'map' || node.flow || end !== oldEnd + delta) return undefined;
    const raw = (snap.values[p] as unknown[] | undefined)?.slice();
    if (!raw || raw.length !== seq.items.length) return undefined;

    // Everything that may still give up comes before the old nodes are touched.
    const last = k === seq.items.length - 1;
    const seqRange: NodeRange = last
      ? [seq.range[0], node.range[2], reader.blockEnd(end, indent, node.range[2])]
      : [seq.range[0], seq.range[1] + delta, seq.range[2] + delta];
    const rootRange: NodeRange =
      last && p === root.items.length - 1
        ? [root.range[0], seqRange[2], reader.blockEnd(end, 0, seqRange[2])]
        : [root.range[0], root.range[1] + delta, root.range[2] + delta];

    detach(node, value);
    // Everything after the item only moves.
    for (let j = k + 1; j < seq.items.length; j++) shift(seq.items[j] ?? null, delta);
    for (let j = p + 1; j < root.items.length; j++) {
      const after = root.items[j];
      if (after) {
        shift(after.key, delta);
        shift(after.value, delta);
      }
    }
    const items = seq.items.slice();
    items[k] = node;
    const newSeq: YSeq = seqNode(false, items, ...seqRange);
    const pairs = root.items.slice();
    pairs[p] = { key: pair.key, value: newSeq };
    const newRoot: YMap = mapNode(false, pairs, ...rootRange);

    raw[k] = value;
    const values = snap.values.slice();
    values[p] = raw;
    const obj: Record<string, unknown> = {};
    snap.keys.forEach((key, j) => {
      // The value's arrays are pruned in place later: never hand out the snapshot's own.
      const kept = values[j];
      const v = Array.isArray(kept) ? kept.slice() : kept;
      if (j === p) prev.nodes.set(v as unknown[], newSeq);
      setOwn(obj, key, v);
    });
    prev.nodes.set(obj, newRoot);
    return { root: newRoot, value: obj, snapshot: { keys: snap.keys, values } };
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

/** Index of the last of `n` sorted starts that is <= `at` (0 when none is). */
function lastStartingAtOrBefore(n: number, startOf: (i: number) => number, at: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(mid) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The dash of the sequence item whose content starts at `at`, or -1. */
function dashBefore(text: string, at: number): number {
  let j = at - 1;
  while (j >= 0 && text.charCodeAt(j) === SPACE) j--;
  return j >= 0 && text.charCodeAt(j) === 45 && j < at - 1 ? j : -1;
}

/** Column of `at` when only spaces precede it on its line, else -1. */
function columnOf(text: string, at: number): number {
  let j = at;
  while (j > 0 && text.charCodeAt(j - 1) === SPACE) j--;
  return j === 0 || text.charCodeAt(j - 1) === LF ? at - j : -1;
}

function shift(node: YNode | null, delta: number): void {
  if (!node) return;
  const r = offsetsOf(node);
  r.start += delta;
  r.valueEnd += delta;
  r.end += delta;
  if (node.kind === 'map') {
    for (const pair of node.items) {
      shift(pair.key, delta);
      shift(pair.value, delta);
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) shift(item, delta);
  }
}

/**
 * Give the strings of a re-read item their own memory. Strings read from a text are
 * slices of it: an item kept across many edits would otherwise keep every version of
 * the whole text alive (a 3 MB plan, 6 MB a version). Walks the item's nodes and
 * value together (they have the same shape) and puts the copies in both.
 */
function detach(node: YNode | null, value: unknown): unknown {
  if (!node) return value;
  if (node.kind === 'scalar') {
    if (typeof node.value !== 'string') return value;
    const copy = ownString(node.value);
    (node as { value: unknown }).value = copy;
    return typeof value === 'string' ? copy : value;
  }
  if (node.kind === 'map') {
    const obj = value as Record<string, unknown>;
    for (const pair of node.items) {
      if (pair.key && typeof pair.key.value === 'string') (pair.key as { value: unknown }).value = ownString(pair.key.value);
      const name = keyName(pair.key);
      setOwn(obj, name, detach(pair.value, obj[name]));
    }
    return value;
  }
  if (node.kind === 'seq') {
    const arr = value as unknown[];
    node.items.forEach((item, i) => {
      arr[i] = detach(item, arr[i]);
    });
  }
  return value;
}
