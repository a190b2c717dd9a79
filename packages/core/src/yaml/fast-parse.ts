import { BAD_FIRST, bail, BAIL, BOM, COLON, DASH, DQ, exact, GT, HASH, LF, LBRACE, LBRACKET, PIPE, resolvePlain, Scanner, setOwn, SPACE, SQ, TAB, type Next } from './fast-scan.js';
import { mapNode, offsetsOf, scalarNode, seqNode, type NodeRange, type YMap, type YNode, type YPair, type YScalar, type YSeq } from './tree.js';

/**
 * A fast reader for the YAML that plans are written in: block maps and sequences,
 * plain and quoted scalars, one-line flow collections, literal and folded block
 * scalars, comments. It is about ten times faster than the `yaml` package, which
 * matters because the parse is nearly all of the time a check takes.
 *
 * It is exact or it gives up: on anything outside that subset, or anything `yaml`
 * would report (a tab as indentation, a duplicate key, an anchor...), it returns
 * undefined and the caller parses with `yaml`, which then says what is wrong. Values
 * and ranges are the same as `yaml`'s: a differential test holds the two together.
 */
export interface FastParse {
  root: YNode;
  value: unknown;
  /** The node each object and array of `value` was read from. */
  nodes: WeakMap<object, YMap | YSeq>;
}

export class Reader extends Scanner {
  /**
   * Where a block collection ends for `yaml`: after its last value, or, when a comment
   * line at least as indented as the collection follows, at the next content.
   */
  blockEnd(scan: number, indent: number, valueEnd: number): number {
    const n = this.next(scan);
    // Comments after the last content belong to the document or to some collection
    // by rules of `yaml`'s own; leave such texts to it.
    if (!n) return this.text.slice(scan).trim() === '' ? valueEnd : bail();
    // A comment at the first column after a sequence written at the first column (a
    // compact one, under a top-level key) stays outside it for `yaml`: leave it the text.
    if (indent === 0 && n.commentIndent === 0) bail();
    return n.commentIndent >= indent ? n.at : valueEnd;
  }

  // --- Block structure ------------------------------------------------------

  /** The node whose first line starts at `n.at`, for a parent indented `parent`. */
  blockNode(n: Next, parent: number): [YNode, unknown, number] {
    const t = this.text;
    const c = t.charCodeAt(n.at);
    if (c === DASH && this.isSep(n.at + 1)) return this.seq(n.at, n.indent, false);
    const key = this.keyAt(n.at);
    if (key) return this.map(n.at, n.indent, key);
    return this.inline(n.at, parent);
  }

  map(first: number, indent: number, firstKey: KeyAt): [YMap, unknown, number] {
    const t = this.text;
    const items: YPair[] = [];
    const obj: Record<string, unknown> = {};
    let key: KeyAt | undefined = firstKey;
    let valueEnd = first;
    let scan = first;
    let commentsBefore = false;
    for (;;) {
      if (!key) return bail();
      const name = key.name;
      if (Object.prototype.hasOwnProperty.call(obj, name)) bail();
      let i = key.after;
      while (t.charCodeAt(i) === SPACE) i++;
      let value: YNode;
      let v: unknown;
      let nextLine: number;
      if (this.isBreakOrEnd(i) || t.charCodeAt(i) === HASH) {
        const lineNext = this.afterEol(this.eol(i));
        const n = this.next(lineNext);
        if (n && n.indent > indent) {
          [value, v, nextLine] = this.blockNode(n, indent);
        } else if (n && n.indent === indent && t.charCodeAt(n.at) === DASH && this.isSep(n.at + 1)) {
          [value, v, nextLine] = this.seq(n.at, indent, true);
        } else {
          value = this.emptyAt(i, n, false, commentsBefore);
          v = null;
          nextLine = lineNext;
        }
      } else {
        if (t.charCodeAt(i) === TAB) bail();
        [value, v, nextLine] = this.inline(i, indent);
      }
      items.push({ key: key.node, value });
      setOwn(obj, name, v);
      valueEnd = value.range[2];
      scan = nextLine;
      const n = this.next(nextLine);
      // `yaml` hangs more indented comments on the scalar or flow collection before them.
      if (n && n.commentIndent > indent && !isBlock(value)) bail();
      if (!n || n.indent < indent) break;
      if (n.indent > indent) bail();
      // A sequence at the map's own indent after a key that had a value: `yaml` says why.
      if (t.charCodeAt(n.at) === DASH && this.isSep(n.at + 1)) bail();
      commentsBefore = n.commentIndent >= 0;
      key = this.keyAt(n.at);
    }
    const node: YMap = mapNode(false, exact(items), first, valueEnd, this.blockEnd(scan, indent, valueEnd));
    this.nodes.set(obj, node);
    return [node, obj, scan];
  }

  seq(first: number, indent: number, compact: boolean): [YSeq, unknown, number] {
    const t = this.text;
    const items: (YNode | null)[] = [];
    const arr: unknown[] = [];
    let at = first;
    let valueEnd = first;
    let scan = first;
    let commentsBefore = false;
    for (;;) {
      const [item, v, nextLine] = this.seqItem(at, indent, commentsBefore);
      items.push(item);
      arr.push(v);
      valueEnd = item.range[2];
      scan = nextLine;
      const n = this.next(nextLine);
      if (n && n.commentIndent > indent && !isBlock(item)) bail();
      if (!n || n.indent < indent) break;
      if (n.indent > indent) bail();
      if (t.charCodeAt(n.at) !== DASH || !this.isSep(n.at + 1)) {
        if (compact) break;
        bail();
      }
      commentsBefore = n.commentIndent >= 0;
      at = n.at;
    }
    const node: YSeq = seqNode(false, exact(items), first, valueEnd, this.blockEnd(scan, indent, valueEnd));
    const value = exact(arr);
    this.nodes.set(value, node);
    return [node, value, scan];
  }

  /**
   * The item of a block sequence whose dash is at `at` (the sequence indented
   * `indent`): its node, its value and where the line after it starts.
   */
  seqItem(at: number, indent: number, commentsBefore: boolean): [YNode, unknown, number] {
    const t = this.text;
    let i = at + 1;
    while (t.charCodeAt(i) === SPACE) i++;
    if (t.charCodeAt(i) === TAB) bail();
    if (this.isBreakOrEnd(i) || t.charCodeAt(i) === HASH) {
      const lineNext = this.afterEol(this.eol(i));
      const n = this.next(lineNext);
      if (n && n.indent > indent) return this.blockNode(n, indent);
      return [this.emptyAt(i, n, true, commentsBefore), null, lineNext];
    }
    if (t.charCodeAt(i) === DASH && this.isSep(i + 1)) return bail();
    const key = this.keyAt(i);
    // The item's map sits where its first key does: the dash's column plus the gap.
    if (key) return this.map(i, indent + (i - at), key);
    return this.inline(i, indent);
  }

  /**
   * An empty value at `i`. `yaml` stretches one over the comments that follow it by
   * rules of its own; such rare texts are left to it.
   */
  emptyAt(i: number, n: Next | undefined, inSeq: boolean, commentsBefore: boolean): YScalar {
    if (commentsBefore || this.text.charCodeAt(i) === HASH || (n !== undefined && n.commentIndent >= 0)) bail();
    // An empty last item of the text sometimes takes its line break, sometimes not.
    if (!n && inSeq) bail();
    return emptyScalar(i, i);
  }

  // --- Keys and inline values ----------------------------------------------

  /** An implicit key at `i` (`name:` followed by a space or the line's end), or undefined. */
  keyAt(i: number): KeyAt | undefined {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === DQ || c === SQ) {
      const q = c === DQ ? this.doubleQuoted(i) : this.singleQuoted(i);
      let j = q.end;
      while (t.charCodeAt(j) === SPACE) j++;
      if (t.charCodeAt(j) !== COLON || !this.isSep(j + 1)) return undefined;
      if (q.end - i > 1024) bail();
      const node: YScalar = scalarNode(c === DQ ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', q.value, i, q.end, q.end);
      return { node, name: q.value, after: j + 1 };
    }
    if (c === LBRACKET || c === LBRACE) return undefined;
    if (BAD_FIRST.has(c)) {
      if ((c === COLON || c === 63) && !this.isSep(i + 1)) bail();
      bail();
    }
    if (c === DASH && this.isSep(i + 1)) return undefined;
    const e = this.eol(i);
    for (let j = i; j < e; j++) {
      const d = t.charCodeAt(j);
      if (d === COLON && this.isSep(j + 1)) {
        let end = j;
        while (t.charCodeAt(end - 1) === SPACE) end--;
        if (end - i > 1024) bail();
        const raw = t.slice(i, end);
        const value = resolvePlain(raw);
        if (value !== null && typeof value === 'object') bail();
        const node: YScalar = scalarNode('PLAIN', value, i, end, end);
        return { node, name: value === null ? '' : String(value), after: j + 1 };
      }
      if (d === HASH && t.charCodeAt(j - 1) === SPACE) return undefined;
      if (d === TAB) bail();
      if (d < 32 && d !== TAB) bail();
    }
    return undefined;
  }

  /** A value that starts on its key's (or dash's) line, at `i`; `parent` is the collection's indent. */
  inline(i: number, parent: number): [YNode, unknown, number] {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === DQ || c === SQ) {
      const q = c === DQ ? this.doubleQuoted(i) : this.singleQuoted(i);
      const nextLine = this.finishLine(q.end);
      return [scalarNode(c === DQ ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', q.value, i, q.end, nextLine), q.value, nextLine];
    }
    if (c === LBRACKET || c === LBRACE) {
      const [node, v, end] = this.flow(i);
      const nextLine = this.finishLine(end);
      offsetsOf(node).end = nextLine;
      return [node, v, nextLine];
    }
    if (c === PIPE || c === GT) return this.blockScalar(i, parent);
    if (BAD_FIRST.has(c) || (c === DASH && this.isSep(i + 1))) bail();
    return this.plain(i, parent);
  }

  /** A plain scalar, folded over continuation lines indented more than `parent`. */
  plain(i: number, parent: number): [YScalar, unknown, number] {
    const t = this.text;
    let e = this.eol(i);
    let end = this.plainLineEnd(i, e);
    let folded: string | undefined;
    let lineNext = end < e ? this.afterEol(this.eol(end)) : this.afterEol(e);
    if (end === e || this.onlySpaces(end, e)) {
      // Continuation lines: more indented than the parent, no comment in between.
      for (;;) {
        if (lineNext >= this.len) break;
        let j = lineNext;
        let breaks = 0;
        let lineAt = j;
        let col = 0;
        for (;;) {
          lineAt = j;
          while (t.charCodeAt(j) === SPACE) j++;
          col = j - lineAt;
          if (t.charCodeAt(j) === TAB || t.charCodeAt(j) === BOM) bail();
          if (this.isBreakOrEnd(j) && j < this.len) {
            breaks++;
            j = this.afterEol(j);
            continue;
          }
          break;
        }
        if (j >= this.len || col <= parent || t.charCodeAt(j) === HASH) break;
        const c = t.charCodeAt(j);
        if (BAD_FIRST.has(c) || c === DASH || c === DQ || c === SQ || c === LBRACKET || c === LBRACE) bail();
        const le = this.eol(j);
        const cend = this.plainLineEnd(j, le);
        if (this.keyAt(j)) bail();
        folded = (folded ?? t.slice(i, end)) + (breaks ? '\n'.repeat(breaks) : ' ') + t.slice(j, cend);
        end = cend;
        e = le;
        lineNext = this.afterEol(le);
        // A comment ends the scalar.
        if (cend < le && !this.onlySpaces(cend, le)) break;
      }
    } else {
      lineNext = this.finishLine(end);
    }
    const value = resolvePlain(folded ?? t.slice(i, end));
    if (value !== null && typeof value === 'object') bail();
    return [scalarNode('PLAIN', value, i, end, lineNext), value, lineNext];
  }

  /** End of a plain scalar on one line (trailing spaces trimmed); bails on `: ` inside. */
  private plainLineEnd(i: number, e: number): number {
    const t = this.text;
    let j = i;
    for (; j < e; j++) {
      const d = t.charCodeAt(j);
      if (d === HASH && (t.charCodeAt(j - 1) === SPACE)) {
        j--;
        while (j > i && t.charCodeAt(j - 1) === SPACE) j--;
        // `end` of the scalar; the comment follows.
        return j;
      }
      if (d === COLON && this.isSep(j + 1)) bail();
      if (d < 32 && d !== TAB) bail();
      if (d === TAB) bail();
    }
    while (j > i && t.charCodeAt(j - 1) === SPACE) j--;
    return j;
  }

}

function isBlock(node: YNode): boolean {
  return (node.kind === 'map' || node.kind === 'seq') && !node.flow;
}

function emptyScalar(at: number, nodeEnd: number): YScalar {
  return scalarNode('PLAIN', null, at, at, nodeEnd);
}

interface KeyAt {
  node: YScalar;
  name: string;
  /** Offset just after the colon. */
  after: number;
}

/** Parse `text` with the fast reader, or undefined when `yaml` must do it. */
export function fastParse(text: string): FastParse | undefined {
  if (text.length === 0 || text.charCodeAt(0) === BOM) return undefined;
  const r = new Reader(text);
  try {
    const n = r.next(0);
    if (!n || n.indent !== 0) return undefined;
    const c = text.charCodeAt(n.at);
    // Directives and document markers: rare in plans, `yaml` knows them.
    if (c === 37 || ((c === DASH || c === 46) && text.startsWith(c === DASH ? '---' : '...', n.at))) return undefined;
    let result: [YNode, unknown, number];
    if (c === DASH && r.isSep(n.at + 1)) result = r.seq(n.at, 0, false);
    else {
      const key = r.keyAt(n.at);
      if (!key) return undefined;
      result = r.map(n.at, 0, key);
    }
    const [root, value] = result;
    if (r.next(result[2])) return undefined;
    return { root, value, nodes: r.nodes };
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}


