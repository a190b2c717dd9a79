import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { LineIndex, type OffsetRange } from '../text/positions.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** A problem found while reading the YAML itself, before any rule runs. */
export interface SyntaxProblem {
  /** A `yaml` error code (DUPLICATE_KEY, TAB_AS_INDENT...) or one of ours. */
  code: string;
  /** The parser's own English text, kept as data for the message. */
  detail: string;
  range: OffsetRange;
  severity: 'error' | 'warning';
}

export interface SourceOptions {
  /** Files above this size are not parsed at all: bounded time on any input. */
  maxLength?: number;
  /** Problems the host found while reading the bytes (invalid UTF-8). */
  hostProblems?: readonly SyntaxProblem[];
}

/** 8 MiB of text: ~30,000 tasks, ten times the largest real plan. */
export const DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;

/** Alias expansions allowed beyond the document's own node count (alias-bomb guard). */
const ALIAS_NODE_BUDGET = 100_000;

type Collection = YAMLMap | YAMLSeq;

class AliasBudgetExceeded extends Error {}

/**
 * A parsed YAML text that remembers where every value came from. The plain value is
 * built by our own converter so that each object and array maps back to its node;
 * rules report against objects they hold, and the source turns that into a range.
 */
export class YamlSource {
  readonly lines: LineIndex;
  readonly doc: Document.Parsed | undefined;
  readonly value: unknown;
  readonly problems: SyntaxProblem[] = [];
  private readonly nodes = new WeakMap<object, Collection>();

  constructor(
    readonly uri: string,
    readonly text: string,
    options: SourceOptions = {},
  ) {
    this.lines = new LineIndex(text);
    if (options.hostProblems) this.problems.push(...options.hostProblems);
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (text.length > maxLength) {
      this.problems.push({
        code: 'FILE_TOO_LARGE',
        detail: String(maxLength),
        range: { start: 0, end: Math.min(text.length, this.lines.lineEnd(0)) },
        severity: 'error',
      });
      this.value = undefined;
      return;
    }
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
    this.doc = doc;
    for (const e of doc.errors) this.problems.push(toProblem(e.code, e.message, e.pos, 'error'));
    for (const w of doc.warnings) this.problems.push(toProblem(w.code, w.message, w.pos, 'warning'));
    this.value = this.convertRoot(doc);
  }

  /** The YAML collection an object or array of `value` was read from. */
  nodeOf(obj: object): Collection | undefined {
    return this.nodes.get(obj);
  }

  /** The pair for `key` in the map that produced `obj`. */
  pairOf(obj: object, key: string): Pair | undefined {
    const node = this.nodes.get(obj);
    if (!node || !isMap(node)) return undefined;
    for (const pair of node.items) {
      if (keyString(pair.key) === key) return pair as Pair;
    }
    return undefined;
  }

  /** Range of the key of `obj[key]`, or undefined when the key is absent. */
  keyRange(obj: object, key: string): OffsetRange | undefined {
    const pair = this.pairOf(obj, key);
    return pair ? nodeRange(pair.key as Node | null) : undefined;
  }

  /** Range of the value of `obj[key]`; an empty value gets a point just after the colon. */
  valueRange(obj: object, key: string): OffsetRange | undefined {
    const pair = this.pairOf(obj, key);
    if (!pair) return undefined;
    const value = pair.value as Node | null;
    if (value && !(isScalar(value) && value.value === null && value.source === '')) {
      return nodeRange(value);
    }
    const k = nodeRange(pair.key as Node | null);
    if (!k) return undefined;
    const colon = this.text.indexOf(':', k.end);
    const at = colon >= 0 && colon < this.lines.lineEnd(this.lines.positionAt(k.end).line) ? colon + 1 : k.end;
    return { start: at, end: at };
  }

  /** Range of item `index` of the sequence that produced `arr`. */
  itemRange(arr: readonly unknown[], index: number): OffsetRange | undefined {
    const node = this.nodes.get(arr);
    if (!node || !isSeq(node)) return undefined;
    return nodeRange(node.items[index] as Node | null);
  }

  /** The range that stands for a whole object: its first key (a block's header line). */
  headRange(obj: object): OffsetRange | undefined {
    const node = this.nodes.get(obj);
    if (!node) return undefined;
    if (isMap(node)) {
      const first = node.items[0];
      if (first) return nodeRange(first.key as Node | null);
    }
    return nodeRange(node);
  }

  /** Range of the whole collection that produced `obj`. */
  range(obj: object): OffsetRange | undefined {
    const node = this.nodes.get(obj);
    return node ? nodeRange(node) : undefined;
  }

  /** Walk a path from the document root through the YAML nodes (zod issues come as paths). */
  nodeAtPath(path: Path): { node: Node | null; pair?: Pair } | undefined {
    let node: Node | null = (this.doc?.contents as Node | null) ?? null;
    let pair: Pair | undefined;
    for (const seg of path) {
      node = this.deref(node);
      if (isMap(node)) {
        pair = node.items.find((p) => keyString(p.key) === String(seg)) as Pair | undefined;
        if (!pair) return undefined;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof seg === 'number') {
        if (seg < 0 || seg >= node.items.length) return undefined;
        pair = undefined;
        node = (node.items[seg] as Node | null | undefined) ?? null;
      } else {
        return undefined;
      }
    }
    return pair ? { node, pair } : { node };
  }

  /** Best range for a path: the key when `part` is 'key', else the value. */
  pathRange(path: Path, part: 'key' | 'value' = 'value'): OffsetRange {
    for (let len = path.length; len >= 0; len--) {
      const found = this.nodeAtPath(path.slice(0, len));
      if (!found) continue;
      if (len < path.length || part === 'key') {
        const k = found.pair ? nodeRange(found.pair.key as Node | null) : undefined;
        if (k) return k;
      }
      const v = nodeRange(found.node);
      if (v && !(isScalar(found.node) && found.node.value === null && found.node.source === '')) {
        return isMap(found.node) && found.node.items[0] ? (nodeRange(found.node.items[0].key as Node) ?? v) : v;
      }
      if (found.pair) {
        const k = nodeRange(found.pair.key as Node | null);
        if (k) return k;
      }
    }
    return { start: 0, end: Math.min(this.text.length, this.lines.lineEnd(0)) };
  }

  private deref(node: Node | null): Node | null {
    if (node && isAlias(node) && this.doc) return (node.resolve(this.doc) as Node | undefined) ?? null;
    return node;
  }

  private convertRoot(doc: Document.Parsed): unknown {
    let budget = countNodes(doc.contents as Node | null) + ALIAS_NODE_BUDGET;
    const stack = new Set<Node>();
    const convert = (node: Node | null): unknown => {
      if (node === null) return null;
      if (--budget < 0) throw new AliasBudgetExceeded();
      if (isAlias(node)) {
        const target = node.resolve(doc) as Node | undefined;
        if (!target) return null;
        if (stack.has(target)) {
          this.problems.push({ code: 'ALIAS_CYCLE', detail: node.source, range: rangeOr0(node), severity: 'error' });
          return null;
        }
        return convert(target);
      }
      if (isScalar(node)) return node.value ?? null;
      stack.add(node);
      try {
        if (isMap(node)) {
          const obj: Record<string, unknown> = {};
          this.nodes.set(obj, node);
          for (const pair of node.items) {
            const key = keyString(pair.key);
            if (key === undefined) {
              this.problems.push({
                code: 'COMPLEX_KEY',
                detail: '',
                range: rangeOr0(pair.key as Node),
                severity: 'error',
              });
              continue;
            }
            if (Object.prototype.hasOwnProperty.call(obj, key)) continue;
            Object.defineProperty(obj, key, {
              value: convert(pair.value as Node | null),
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
          return obj;
        }
        if (isSeq(node)) {
          const arr: unknown[] = [];
          this.nodes.set(arr, node);
          for (const item of node.items) arr.push(convert(item as Node | null));
          return arr;
        }
        return null;
      } finally {
        stack.delete(node);
      }
    };
    try {
      return convert(doc.contents as Node | null);
    } catch (e) {
      if (!(e instanceof AliasBudgetExceeded)) throw e;
      const firstAlias = this.text.search(/\*[^\s,\]}]/);
      const at = firstAlias >= 0 ? firstAlias : 0;
      this.problems.push({
        code: 'ALIAS_BOMB',
        detail: String(ALIAS_NODE_BUDGET),
        range: { start: at, end: Math.min(this.text.length, this.lines.lineEnd(this.lines.positionAt(at).line)) },
        severity: 'error',
      });
      return undefined;
    }
  }
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) {
    const v = key.value;
    if (v === null) return '';
    if (typeof v === 'object') return undefined;
    return String(v);
  }
  if (key === null || key === undefined) return '';
  return undefined;
}

export function nodeRange(node: Node | null | undefined): OffsetRange | undefined {
  const r = node?.range;
  if (!r) return undefined;
  return { start: r[0], end: r[1] };
}

function rangeOr0(node: Node | null | undefined): OffsetRange {
  return nodeRange(node) ?? { start: 0, end: 0 };
}

function toProblem(code: string, message: string, pos: [number, number], severity: 'error' | 'warning'): SyntaxProblem {
  // The parser's message repeats the position and a snippet; keep only the sentence.
  const detail = message.split(/ at line \d+/)[0] ?? message;
  return { code, detail, range: { start: pos[0], end: Math.max(pos[1], pos[0]) }, severity };
}

function countNodes(root: Node | null): number {
  let n = 0;
  const walk = (node: Node | null): void => {
    if (!node) return;
    n++;
    if (isMap(node)) {
      for (const p of node.items) {
        walk(p.key as Node | null);
        walk(p.value as Node | null);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node | null);
    }
  };
  walk(root);
  return n;
}
