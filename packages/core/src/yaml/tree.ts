/**
 * Our own light view of a YAML document's structure: what every rule and editor
 * feature needs (where each key, value and collection sits), without the `yaml`
 * package's full Document. Ranges follow `yaml`'s triple exactly —
 * [start, end of the value, end of the node with its trailing comment and line
 * break] — so both parsers (ours and `yaml`) give the same numbers.
 */
export type NodeRange = readonly [start: number, valueEnd: number, nodeEnd: number];

export type ScalarType = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export interface YScalar {
  readonly kind: 'scalar';
  readonly type: ScalarType;
  readonly value: unknown;
  readonly range: NodeRange;
}

export interface YPair {
  readonly key: YScalar | null;
  readonly value: YNode | null;
}

export interface YMap {
  readonly kind: 'map';
  readonly flow: boolean;
  readonly items: YPair[];
  readonly range: NodeRange;
}

export interface YSeq {
  readonly kind: 'seq';
  readonly flow: boolean;
  readonly items: (YNode | null)[];
  readonly range: NodeRange;
}

/** An alias (`*name`), only ever produced by the `yaml` fallback; `target` is what it names. */
export interface YAlias {
  readonly kind: 'alias';
  readonly source: string;
  readonly target: YNode | null;
  readonly range: NodeRange;
}

export type YCollection = YMap | YSeq;
export type YNode = YMap | YSeq | YScalar | YAlias;

/** A null value written as nothing at all (`key:` with no value). */
export function isEmptyScalar(node: YNode | null | undefined): boolean {
  return !!node && node.kind === 'scalar' && node.value === null && node.range[0] === node.range[1];
}

/** The key of a pair as the string a plain object gets (numbers and booleans stringified). */
export function keyName(key: YScalar | null): string {
  if (!key || key.value === null) return '';
  return String(key.value);
}

// ---- the nodes themselves --------------------------------------------------------
//
// A tree holds a node per scalar and collection: over a million for a whole country's
// plans. Each node keeps its three offsets as fields and makes the `range` tuple when
// asked, and its `kind` sits on its class: 64 bytes a node instead of 128 (an object
// of four fields, plus a three-item array and its storage).

/** The offsets of a node, writable for the reader and the incremental re-read only. */
export interface Offsets {
  start: number;
  valueEnd: number;
  end: number;
}

abstract class Located implements Offsets {
  constructor(
    public start: number,
    public valueEnd: number,
    public end: number,
  ) {}

  get range(): NodeRange {
    return [this.start, this.valueEnd, this.end];
  }
}

class Scalar extends Located implements YScalar {
  declare readonly kind: 'scalar';
  constructor(
    readonly type: ScalarType,
    public value: unknown,
    start: number,
    valueEnd: number,
    end: number,
  ) {
    super(start, valueEnd, end);
  }
}

class BlockMap extends Located implements YMap {
  declare readonly kind: 'map';
  constructor(
    readonly flow: boolean,
    readonly items: YPair[],
    start: number,
    valueEnd: number,
    end: number,
  ) {
    super(start, valueEnd, end);
  }
}

class Seq extends Located implements YSeq {
  declare readonly kind: 'seq';
  constructor(
    readonly flow: boolean,
    readonly items: (YNode | null)[],
    start: number,
    valueEnd: number,
    end: number,
  ) {
    super(start, valueEnd, end);
  }
}

class Alias extends Located implements YAlias {
  declare readonly kind: 'alias';
  constructor(
    readonly source: string,
    public target: YNode | null,
    start: number,
    valueEnd: number,
    end: number,
  ) {
    super(start, valueEnd, end);
  }
}

for (const [cls, kind] of [
  [Scalar, 'scalar'],
  [BlockMap, 'map'],
  [Seq, 'seq'],
  [Alias, 'alias'],
] as const) {
  Object.defineProperty(cls.prototype, 'kind', { value: kind, enumerable: true });
}

export function scalarNode(type: ScalarType, value: unknown, start: number, valueEnd: number, end: number): YScalar {
  return new Scalar(type, value, start, valueEnd, end);
}

export function mapNode(flow: boolean, items: YPair[], start: number, valueEnd: number, end: number): YMap {
  return new BlockMap(flow, items, start, valueEnd, end);
}

export function seqNode(flow: boolean, items: (YNode | null)[], start: number, valueEnd: number, end: number): YSeq {
  return new Seq(flow, items, start, valueEnd, end);
}

/** An alias whose target is set once the tree around it is built (`yaml` fallback). */
export function aliasNode(source: string, start: number, valueEnd: number, end: number): YAlias & { target: YNode | null } {
  return new Alias(source, null, start, valueEnd, end);
}

/** A node's offsets, to move them (the reader's end of line, the incremental shift). */
export function offsetsOf(node: YNode): Offsets {
  return node as unknown as Offsets;
}
