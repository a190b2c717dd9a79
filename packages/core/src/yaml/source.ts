import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { LineIndex, type OffsetRange } from '../text/positions.js';
import { fastParse } from './fast-parse.js';
import { MAX_NESTING, nestingOf } from './nesting.js';
import { rereadItem, snapshotOf, textChange, type TextChange, type TopSnapshot } from './incremental.js';
import { aliasNode, isEmptyScalar, keyName, mapNode, scalarNode, seqNode, type ScalarType, type YCollection, type YMap, type YNode, type YPair, type YScalar, type YSeq } from './tree.js';

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

export interface SourceHistory {
  lineage: object;
  version: number;
  /** Undefined for the first version read. */
  change?: TextChange;
}

export interface SourceOptions {
  /** Files above this size are not parsed at all: bounded time on any input. */
  maxLength?: number;
  /** Problems the host found while reading the bytes (invalid UTF-8). */
  hostProblems?: readonly SyntaxProblem[];
  /** 'yaml' skips the fast reader (tests compare the two; the result is the same). */
  reader?: 'auto' | 'yaml';
  /**
   * The source of the same file before an edit. When the edit stays inside one item
   * of a top-level list, only that item is read again (see incremental.ts); the
   * previous source is then superseded and must not be used any more.
   */
  previous?: YamlSource;
}

/** 8 MiB of text: ~30,000 tasks, ten times the largest real plan. */
export const DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;

/** Alias expansions allowed beyond the document's own node count (alias-bomb guard). */
const ALIAS_NODE_BUDGET = 100_000;

class AliasBudgetExceeded extends Error {}

/**
 * A parsed YAML text that remembers where every value came from. The plain value is
 * built alongside our own light tree of nodes (see tree.ts), so that each object and
 * array maps back to its node; rules report against objects they hold, and the source
 * turns that into a range.
 *
 * The text is read by our fast reader when it can (fast-parse.ts), else by `yaml`,
 * which also gives the syntax errors. The `yaml` Document itself is only built when
 * someone asks for `doc` (edits that need its structure, such as formatting).
 */
export class YamlSource {
  readonly value: unknown;
  /** The document's root node; null for an empty document or one too large to read. */
  readonly root: YNode | null = null;
  readonly problems: SyntaxProblem[] = [];
  private readonly nodes: WeakMap<object, YCollection>;
  private parsed: Document.Parsed | undefined;
  private lineIndex: LineIndex | undefined;
  /** The text was over the size limit and not read at all. */
  readonly tooLarge: boolean = false;
  /** The top level as read, before pruning: what an incremental re-read starts from. */
  private readonly snapshot: TopSnapshot | undefined;
  private replaced = false;
  /** This source was re-read incrementally from the previous one. */
  readonly incremental: boolean = false;
  private readonly hadHostProblems: boolean;
  /**
   * Where this text comes from: `lineage` is one object for every version of a file
   * read from the one before it, `version` counts them, and `change` is what differs
   * from the version before. A rule may key what it learnt about a version by the
   * lineage and look only at the change in the next one (text-nfc does). No reference
   * to the previous source is kept.
   */
  readonly history: SourceHistory;

  constructor(
    readonly uri: string,
    readonly text: string,
    options: SourceOptions = {},
  ) {
    if (options.hostProblems) this.problems.push(...options.hostProblems);
    this.hadHostProblems = !!options.hostProblems?.length;
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (text.length > maxLength) {
      this.history = { lineage: {}, version: 0 };
      this.problems.push({
        code: 'FILE_TOO_LARGE',
        detail: String(maxLength),
        range: { start: 0, end: Math.min(text.length, this.lines.lineEnd(0)) },
        severity: 'error',
      });
      this.value = undefined;
      this.nodes = new WeakMap();
      this.tooLarge = true;
      return;
    }
    const prev = options.previous;
    const change = prev && !prev.tooLarge ? textChange(prev.text, text) : undefined;
    this.history = prev && change ? { lineage: prev.history.lineage, version: prev.history.version + 1, change } : { lineage: {}, version: 0 };
    // Lines already indexed carry over: only the edited span is searched again.
    if (prev?.lineIndex && change) this.lineIndex = LineIndex.afterEdit(prev.lineIndex, text, change);
    if (prev && change && options.reader !== 'yaml' && !options.hostProblems?.length && prev.canBeReread()) {
      const next = rereadItem({ text: prev.text, root: prev.root, snapshot: prev.snapshot, nodes: prev.nodes }, text, change);
      if (next) {
        prev.replaced = true;
        this.root = next.root;
        this.value = next.value;
        this.nodes = prev.nodes;
        this.snapshot = next.snapshot;
        this.incremental = true;
        return;
      }
    }
    const nesting = nestingOf(text);
    if (nesting.depth > MAX_NESTING) {
      this.problems.push({
        code: 'TOO_DEEP',
        detail: String(MAX_NESTING),
        range: { start: nesting.at, end: Math.min(text.length, nesting.at + 1) },
        severity: 'error',
      });
      this.value = undefined;
      this.nodes = new WeakMap();
      this.tooLarge = true;
      return;
    }
    const fast = options.reader === 'yaml' ? undefined : fastParse(text);
    if (fast) {
      this.root = fast.root;
      this.value = fast.value;
      this.nodes = fast.nodes;
      this.snapshot = snapshotOf(fast.root, fast.value);
      return;
    }
    const doc = this.document();
    for (const e of doc.errors) this.problems.push(toProblem(e.code, e.message, e.pos, 'error', text.length));
    for (const w of doc.warnings) this.problems.push(toProblem(w.code, w.message, w.pos, 'warning', text.length));
    const converted = this.convertRoot(doc);
    this.root = converted.root;
    this.value = converted.value;
    this.nodes = converted.nodes;
  }

  /**
   * The source for `text`, the same file as `previous` after an edit: `previous` itself
   * when the text did not change, else a new source that re-reads as little as it can.
   */
  static next(previous: YamlSource | undefined, uri: string, text: string, options: SourceOptions = {}): YamlSource {
    const same = previous?.uri === uri && previous.text === text && !previous.replaced;
    if (same && !previous.hadHostProblems && !options.hostProblems?.length) return previous;
    return new YamlSource(uri, text, previous && previous.uri === uri ? { ...options, previous } : options);
  }

  /** Whether a later text may be read incrementally from this one. */
  private canBeReread(): boolean {
    return !this.replaced && !this.tooLarge && this.snapshot !== undefined && this.problems.length === 0;
  }

  /**
   * Set once a newer source was read incrementally from this one: they share nodes,
   * and this source's ranges after the edit are no longer right for its own text.
   */
  get superseded(): boolean {
    return this.replaced;
  }

  /** Lines of the text, indexed on first use (a clean plan may never need them). */
  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  /**
   * The `yaml` package's Document of the text, parsed on first use (the fast reader
   * does not build one). Undefined for a file too large to read.
   */
  get doc(): Document.Parsed | undefined {
    if (this.tooLarge) return undefined;
    return this.document();
  }

  private document(): Document.Parsed {
    this.parsed ??= parseDocument(this.text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
    return this.parsed;
  }

  /** The node an object or array of `value` was read from. */
  nodeOf(obj: object): YCollection | undefined {
    return this.nodes.get(obj);
  }

  /** The pair for `key` in the map that produced `obj`. */
  pairOf(obj: object, key: string): YPair | undefined {
    const node = this.nodes.get(obj);
    if (!node || node.kind !== 'map') return undefined;
    for (const pair of node.items) {
      if (pair.key && keyName(pair.key) === key) return pair;
    }
    return undefined;
  }

  /** Range of the key of `obj[key]`, or undefined when the key is absent. */
  keyRange(obj: object, key: string): OffsetRange | undefined {
    const pair = this.pairOf(obj, key);
    return pair ? nodeRange(pair.key) : undefined;
  }

  /** Range of the value of `obj[key]`; an empty value gets a point just after the colon. */
  valueRange(obj: object, key: string): OffsetRange | undefined {
    const pair = this.pairOf(obj, key);
    if (!pair) return undefined;
    const value = pair.value;
    if (value && !isEmptyScalar(value)) return nodeRange(value);
    const k = nodeRange(pair.key);
    if (!k) return undefined;
    const colon = this.text.indexOf(':', k.end);
    const at = colon >= 0 && colon < this.lines.lineEnd(this.lines.positionAt(k.end).line) ? colon + 1 : k.end;
    return { start: at, end: at };
  }

  /** Range of item `index` of the sequence that produced `arr`. */
  itemRange(arr: readonly unknown[], index: number): OffsetRange | undefined {
    const node = this.nodes.get(arr);
    if (!node || node.kind !== 'seq') return undefined;
    return nodeRange(node.items[index]);
  }

  /** The range that stands for a whole object: its first key (a block's header line). */
  headRange(obj: object): OffsetRange | undefined {
    const node = this.nodes.get(obj);
    if (!node) return undefined;
    if (node.kind === 'map') {
      const first = node.items[0];
      if (first?.key) return nodeRange(first.key);
    }
    return nodeRange(node);
  }

  /** Range of the whole collection that produced `obj`. */
  range(obj: object): OffsetRange | undefined {
    const node = this.nodes.get(obj);
    return node ? nodeRange(node) : undefined;
  }

  /** Walk a path from the document root through the nodes (zod issues come as paths). */
  nodeAtPath(path: Path): { node: YNode | null; pair?: YPair } | undefined {
    let node: YNode | null = this.root;
    let pair: YPair | undefined;
    for (const seg of path) {
      node = deref(node);
      if (node?.kind === 'map') {
        pair = node.items.find((p) => p.key !== null && keyName(p.key) === String(seg));
        if (!pair) return undefined;
        node = pair.value;
      } else if (node?.kind === 'seq' && typeof seg === 'number') {
        if (seg < 0 || seg >= node.items.length) return undefined;
        pair = undefined;
        node = node.items[seg] ?? null;
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
        const k = found.pair ? nodeRange(found.pair.key) : undefined;
        if (k) return k;
      }
      const v = nodeRange(found.node);
      if (v && !isEmptyScalar(found.node)) {
        return found.node?.kind === 'map' && found.node.items[0]?.key ? (nodeRange(found.node.items[0].key) ?? v) : v;
      }
      if (found.pair) {
        const k = nodeRange(found.pair.key);
        if (k) return k;
      }
    }
    return { start: 0, end: Math.min(this.text.length, this.lines.lineEnd(0)) };
  }

  /** Build the value and the light tree from `yaml`'s Document (the fallback path). */
  private convertRoot(doc: Document.Parsed): { root: YNode | null; value: unknown; nodes: WeakMap<object, YCollection> } {
    const nodes = new WeakMap<object, YCollection>();
    const light = new Map<Node, YNode>();
    const tree = (node: Node | null): YNode | null => {
      if (!node) return null;
      const hit = light.get(node);
      if (hit) return hit;
      const [start, valueEnd, end] = node.range ?? [0, 0, 0];
      let out: YNode;
      if (isScalar(node)) {
        out = scalarNode((node.type ?? 'PLAIN') as ScalarType, node.value ?? null, start, valueEnd, end);
        light.set(node, out);
      } else if (isMap(node)) {
        const items: YPair[] = [];
        out = mapNode(!!node.flow, items, start, valueEnd, end);
        light.set(node, out);
        for (const p of node.items) {
          const simple = isScalar(p.key) && (p.key.value === null || typeof p.key.value !== 'object');
          items.push({ key: simple ? (tree(p.key as Node) as YScalar) : null, value: tree(p.value as Node | null) });
        }
      } else if (isSeq(node)) {
        const items: (YNode | null)[] = [];
        out = seqNode(!!node.flow, items, start, valueEnd, end);
        light.set(node, out);
        for (const item of node.items) items.push(tree(item as Node | null));
      } else if (isAlias(node)) {
        const alias = aliasNode(node.source, start, valueEnd, end);
        light.set(node, alias);
        const target = node.resolve(doc) as Node | undefined;
        alias.target = target ? tree(target) : null;
        out = alias;
      } else {
        out = scalarNode('PLAIN', null, start, valueEnd, end);
        light.set(node, out);
      }
      return out;
    };
    const root = tree(doc.contents as Node | null);
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
      if (isScalar(node)) {
        const v = node.value ?? null;
        if (v === null || typeof v !== 'object') return v;
        // A tag that makes something other than text, a number or a truth value
        // (`!!binary`, `!!set`...): a plan holds none; keep the text as written.
        this.problems.push({ code: 'UNSUPPORTED_TAG', detail: (node.tag ?? '').replace('tag:yaml.org,2002:', '!!'), range: rangeOr0(node), severity: 'error' });
        const r = node.range;
        return r ? this.text.slice(r[0], r[1]) : '';
      }
      stack.add(node);
      try {
        if (isMap(node)) {
          const obj: Record<string, unknown> = {};
          nodes.set(obj, light.get(node) as YMap);
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
          nodes.set(arr, light.get(node) as YSeq);
          for (const item of node.items) arr.push(convert(item as Node | null));
          return arr;
        }
        return null;
      } finally {
        stack.delete(node);
      }
    };
    try {
      return { root, value: convert(doc.contents as Node | null), nodes };
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
      return { root, value: undefined, nodes };
    }
  }
}

/** Follow an alias to the node it names. */
export function deref(node: YNode | null): YNode | null {
  let n = node;
  for (let i = 0; n?.kind === 'alias' && i < 1000; i++) n = n.target;
  return n?.kind === 'alias' ? null : n;
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

export function nodeRange(node: { range?: readonly [number, number, number] | null } | null | undefined): OffsetRange | undefined {
  const r = node?.range;
  if (!r) return undefined;
  return { start: r[0], end: r[1] };
}

function rangeOr0(node: Node | null | undefined): OffsetRange {
  return nodeRange(node) ?? { start: 0, end: 0 };
}

function toProblem(code: string, message: string, pos: [number, number], severity: 'error' | 'warning', length: number): SyntaxProblem {
  // The parser's message repeats the position and a snippet; keep only the sentence.
  const detail = message.split(/ at line \d+/)[0] ?? message;
  // `yaml` places what is missing at the end of the text one character past it: keep every range inside.
  const start = Math.min(pos[0], length);
  return { code, detail, range: { start, end: Math.min(Math.max(pos[1], start), length) }, severity };
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
