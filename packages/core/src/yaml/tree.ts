/**
 * Our own light view of a YAML document's structure: what every rule and editor
 * feature needs (where each key, value and collection sits), without the `yaml`
 * package's full Document. Ranges follow `yaml`'s triple exactly —
 * [start, end of the value, end of the node with its trailing comment and line
 * break] — so both parsers (ours and `yaml`) give the same numbers.
 */
export type NodeRange = [start: number, valueEnd: number, nodeEnd: number];

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
