import { parse as parseYaml } from 'yaml';
import { mapNode, offsetsOf, scalarNode, seqNode, type YMap, type YNode, type YPair, type YScalar, type YSeq } from './tree.js';
import { ownString } from '../text/own.js';

/**
 * The line and scalar level of the fast reader (fast-parse.ts): line breaks, comments,
 * quoted and block scalars, one-line flow collections. Anything unusual throws BAIL and
 * the whole text goes to `yaml`.
 */
export const BAIL = Symbol('bail');
export const bail = (): never => {
  throw BAIL;
};

// Character codes.
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const TAB = 9;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;
export const DQ = 34;
export const SQ = 39;
export const COMMA = 44;
export const LBRACKET = 91;
export const RBRACKET = 93;
export const LBRACE = 123;
export const RBRACE = 125;
export const PIPE = 124;
export const GT = 62;
/** U+FEFF: `yaml` skips a byte order mark at a line start before the document begins; such texts are its own. */
export const BOM = 0xfeff;

/** Characters no plain scalar may start with here (anchors, tags, reserved, flow ends...). */
export const BAD_FIRST = new Set([..."&*!%@`,]}?:|>#"].map((c) => c.charCodeAt(0)));

/** Plain scalars that may be something other than a string under the YAML 1.2 core schema. */
const MAYBE_TYPED = /^(?:[-+]?\.?[0-9]|~$|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;
const typedCache = new Map<string, unknown>();

/** What `yaml` makes of a plain scalar: numbers, booleans and null by its core schema. */
export function resolvePlain(s: string): unknown {
  if (!MAYBE_TYPED.test(s)) return s;
  if (typedCache.has(s)) return typedCache.get(s);
  const v: unknown = parseYaml(s);
  // Keep the cache bounded: a corpus of plans has few distinct numbers and dates.
  if (typedCache.size > 10_000) typedCache.clear();
  typedCache.set(ownString(s), v);
  return v;
}

/** Double-quoted escapes of one character (YAML 1.2, 5.7). */
const ESCAPES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
});

export interface Next {
  /** Offset of the line's first non-space character. */
  at: number;
  indent: number;
  /** A comment line at least this indented came first (see `blockEnd`). */
  commentIndent: number;
}

export class Scanner {
  readonly len: number;

  constructor(
    readonly text: string,
    /** Where each object and array read is recorded (a re-read adds to an existing map). */
    readonly nodes: WeakMap<object, YMap | YSeq> = new WeakMap(),
  ) {
    this.len = text.length;
  }

  /**
   * Offset of the end of the line holding `i` (its CR LF or LF, or the end of the text).
   * A CR not followed by LF is no break here: it stays in the line, and the scalar
   * readers give such a line to `yaml` (which keeps a last lone CR in the value).
   */
  eol(i: number): number {
    const t = this.text;
    let j = t.indexOf('\n', i);
    if (j < 0) return this.len;
    if (j > i && t.charCodeAt(j - 1) === CR) j--;
    return j;
  }

  /** Offset just after the line break at `e` (an offset `eol` returned). */
  afterEol(e: number): number {
    const c = this.text.charCodeAt(e);
    if (c === CR) return e + 2;
    if (c === LF) return e + 1;
    return e;
  }

  /**
   * The next line with content from a line start, past blank and comment lines. Also
   * tells the indent of the most indented comment line skipped (-1 when none).
   */
  next(from: number): Next | undefined {
    const t = this.text;
    let i = from;
    let commentIndent = -1;
    while (i < this.len) {
      const start = i;
      while (t.charCodeAt(i) === SPACE) i++;
      const c = t.charCodeAt(i);
      if (c === TAB || c === BOM) bail();
      if (c === LF || (c === CR && t.charCodeAt(i + 1) === LF)) {
        i += c === CR ? 2 : 1;
        continue;
      }
      if (c === CR) bail();
      if (i >= this.len) return undefined;
      if (c === HASH) {
        if (i - start > commentIndent) commentIndent = i - start;
        i = this.afterEol(this.eol(i));
        continue;
      }
      return { at: i, indent: i - start, commentIndent };
    }
    return undefined;
  }

  /** After a value at `i`: spaces, maybe a comment, then the line's end. Returns the next line's start. */
  finishLine(i: number): number {
    const t = this.text;
    let j = i;
    while (t.charCodeAt(j) === SPACE) j++;
    const c = t.charCodeAt(j);
    if (c === HASH) {
      if (j === i) bail();
      return this.afterEol(this.eol(j));
    }
    if (j >= this.len) return j;
    if (c === LF) return j + 1;
    if (c === CR && t.charCodeAt(j + 1) === LF) return j + 2;
    return bail();
  }

  isBreakOrEnd(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return i >= this.len || c === LF || (c === CR && this.text.charCodeAt(i + 1) === LF);
  }

  /** Space, line break or end of text: what must follow `-` and `:` as indicators. */
  isSep(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return c === SPACE || this.isBreakOrEnd(i) || (c === TAB && bail());
  }

  onlySpaces(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.text.charCodeAt(j) !== SPACE) return false;
    return true;
  }

  doubleQuoted(i: number): { value: string; end: number } {
    const t = this.text;
    const e = this.eol(i);
    let out = '';
    let from = i + 1;
    for (let j = i + 1; j < e; j++) {
      const d = t.charCodeAt(j);
      if (d === DQ) return { value: out + t.slice(from, j), end: j + 1 };
      if (d === 92) {
        out += t.slice(from, j);
        const [s, len] = this.escape(j + 1, e);
        out += s;
        j += len;
        from = j + 1;
      } else if (d < 32 && d !== TAB) bail();
    }
    return bail();
  }

  escape(j: number, e: number): [string, number] {
    const t = this.text;
    if (j >= e) bail();
    const c = t.charAt(j);
    const simple = ESCAPES[c];
    if (simple !== undefined) return [simple, 1];
    const hex = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    if (!hex) return bail();
    const digits = t.slice(j + 1, j + 1 + hex);
    if (digits.length !== hex || !/^[0-9a-fA-F]+$/.test(digits)) bail();
    const code = parseInt(digits, 16);
    if (code > 0x10ffff) bail();
    return [String.fromCodePoint(code), 1 + hex];
  }

  singleQuoted(i: number): { value: string; end: number } {
    const t = this.text;
    const e = this.eol(i);
    let out = '';
    let from = i + 1;
    for (let j = i + 1; j < e; j++) {
      const d = t.charCodeAt(j);
      if (d === SQ) {
        if (t.charCodeAt(j + 1) === SQ) {
          out += t.slice(from, j + 1);
          j++;
          from = j + 1;
          continue;
        }
        return { value: out + t.slice(from, j), end: j + 1 };
      }
      if (d < 32 && d !== TAB) bail();
    }
    return bail();
  }

  // --- Flow collections (on one line) ----------------------------------------

  flow(i: number): [YMap | YSeq, unknown, number] {
    const t = this.text;
    const e = this.eol(i);
    const isSeq = t.charCodeAt(i) === LBRACKET;
    const close = isSeq ? RBRACKET : RBRACE;
    let j = i + 1;
    const skip = (): void => {
      while (t.charCodeAt(j) === SPACE) j++;
      if (t.charCodeAt(j) === TAB) bail();
      if (j >= e) bail();
    };
    const items: (YNode | null)[] = [];
    const pairs: YPair[] = [];
    const arr: unknown[] = [];
    const obj: Record<string, unknown> = {};
    skip();
    while (t.charCodeAt(j) !== close) {
      if (isSeq) {
        const [node, v, end] = this.flowItem(j, e, false);
        items.push(node);
        arr.push(v);
        j = end;
      } else {
        const [key, k, kend] = this.flowItem(j, e, true);
        if (key.kind !== 'scalar') bail();
        j = kend;
        skip();
        if (t.charCodeAt(j) !== COLON || t.charCodeAt(j + 1) !== SPACE) bail();
        j++;
        skip();
        const [value, v, vend] = this.flowItem(j, e, false);
        const name = k === null ? '' : typeof k === 'object' ? bail() : String(k);
        if (Object.prototype.hasOwnProperty.call(obj, name) || name === '__proto__') bail();
        obj[name] = v;
        pairs.push({ key: key as YScalar, value });
        j = vend;
      }
      skip();
      const d = t.charCodeAt(j);
      if (d === COMMA) {
        j++;
        skip();
        if (t.charCodeAt(j) === COMMA) bail();
      } else if (d !== close) bail();
    }
    const end = j + 1;
    if (isSeq) {
      const node: YSeq = seqNode(true, exact(items), i, end, end);
      const value = exact(arr);
      this.nodes.set(value, node);
      return [node, value, end];
    }
    const node: YMap = mapNode(true, exact(pairs), i, end, end);
    this.nodes.set(obj, node);
    return [node, obj, end];
  }

  flowItem(j: number, e: number, isKey: boolean): [YNode, unknown, number] {
    const t = this.text;
    const c = t.charCodeAt(j);
    if (c === DQ || c === SQ) {
      const q = c === DQ ? this.doubleQuoted(j) : this.singleQuoted(j);
      if (q.end > e) bail();
      let k = q.end;
      while (t.charCodeAt(k) === SPACE) k++;
      if (!isKey && t.charCodeAt(k) === COLON) bail();
      return [scalarNode(c === DQ ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', q.value, j, q.end, k), q.value, q.end];
    }
    if (c === LBRACKET || c === LBRACE) {
      if (isKey) bail();
      const [node, v, end] = this.flow(j);
      let k = end;
      while (t.charCodeAt(k) === SPACE) k++;
      if (t.charCodeAt(k) === COLON) bail();
      offsetsOf(node).end = k;
      return [node, v, end];
    }
    if (BAD_FIRST.has(c) || c === DASH && (t.charCodeAt(j + 1) === SPACE || t.charCodeAt(j + 1) === COMMA)) bail();
    let k = j;
    for (; k < e; k++) {
      const d = t.charCodeAt(k);
      if (d === COMMA || d === RBRACKET || d === RBRACE || d === LBRACKET || d === LBRACE) break;
      if (d === COLON) {
        const n = t.charCodeAt(k + 1);
        if (n === SPACE || n === COMMA || n === RBRACKET || n === RBRACE || k + 1 >= e) {
          if (isKey) break;
          bail();
        }
      }
      if (d === HASH && t.charCodeAt(k - 1) === SPACE) bail();
      if (d < 32) bail();
    }
    if (k >= e) bail();
    let end = k;
    while (t.charCodeAt(end - 1) === SPACE) end--;
    if (end === j) bail();
    const raw = t.slice(j, end);
    const value = resolvePlain(raw);
    if (value !== null && typeof value === 'object') bail();
    return [scalarNode('PLAIN', value, j, end, k), value, end];
  }

  // --- Block scalars ----------------------------------------------------------

  blockScalar(i: number, parent: number): [YScalar, unknown, number] {
    const t = this.text;
    const folded = t.charCodeAt(i) === GT;
    let j = i + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    const c = t.charCodeAt(j);
    if (c === DASH) {
      chomp = 'strip';
      j++;
    } else if (c === 43) {
      chomp = 'keep';
      j++;
    }
    if (chomp === 'keep') bail();
    const h = t.charCodeAt(j);
    if (h >= 48 && h <= 57) bail();
    if (!this.isSep(j) && h !== HASH) bail();
    let line = this.finishLine(j);
    // Content lines: the first non-empty one sets the indent.
    const lines: string[] = [];
    let indent = -1;
    let end = line;
    let pendingBlank = 0;
    while (line < this.len) {
      let k = line;
      while (t.charCodeAt(k) === SPACE) k++;
      const col = k - line;
      const le = this.eol(line);
      if (k >= le) {
        if (indent >= 0 && col > indent) bail();
        if (indent < 0 && col > 0) bail();
        pendingBlank++;
        line = this.afterEol(le);
        if (line === le) break;
        continue;
      }
      if (t.charCodeAt(k) === TAB && (indent < 0 || col < indent)) bail();
      if (t.charCodeAt(k) === BOM) bail();
      if (indent < 0) {
        if (col <= parent || col === 0) bail();
        if (pendingBlank) bail();
        indent = col;
      }
      if (col < indent) break;
      if (folded && col > indent) bail();
      for (let b = 0; b < pendingBlank; b++) lines.push('');
      pendingBlank = 0;
      const content = t.slice(line + indent, le);
      for (let q = 0; q < content.length; q++) {
        const d = content.charCodeAt(q);
        if (d < 32 && d !== TAB) bail();
      }
      lines.push(content);
      line = this.afterEol(le);
      end = line;
    }
    if (indent < 0 || lines.length === 0) bail();
    // A text that ends without a line break keeps none.
    const endsWithBreak = end > 0 && t.charCodeAt(end - 1) === LF;
    let body: string;
    if (folded) {
      body = '';
      for (let k = 0; k < lines.length; k++) {
        const l = lines[k]!;
        if (k === 0) body = l;
        else if (l === '') body += '\n';
        else body += lines[k - 1] === '' ? l : ` ${l}`;
      }
    } else body = lines.join('\n');
    const value = chomp === 'strip' || !endsWithBreak ? body : `${body}\n`;
    return [scalarNode(folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL', value, i, end, end), value, end];
  }
}

/** Set `key` on `obj` as an own property, `__proto__` included (plain assignment would set the prototype). */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * An array built by `push` holds spare room (at least 16 slots); a tree keeps tens of
 * thousands of them, so each finished one is copied to its exact length.
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
