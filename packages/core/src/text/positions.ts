/**
 * Positions in a text. Offsets and characters count UTF-16 code units, as JavaScript
 * strings and the Language Server Protocol do; lines are 0-based here and shown
 * 1-based only by hosts that print them.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface OffsetRange {
  start: number;
  end: number;
}

export class LineIndex {
  /** Offset of the first character of every line. */
  private readonly starts: number[];

  /**
   * `starts` is for `afterEdit` only: the line starts of `text`, already known.
   * @internal
   */
  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    starts = [0];
    if (text.indexOf('\r') < 0) {
      // No CR at all (most files): the engine's own search finds the breaks far faster.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /**
   * The index of `text`, which is `previous.text` with [start, oldEnd) replaced by
   * [start, newEnd): the starts before the edit are kept, those after it shifted, and
   * only the edited span is searched for breaks. A line starts after a break, and
   * whether there is one ending at offset i depends on the characters at i and i + 1
   * only (CR LF is one break): so starts up to `start` are unchanged, and starts past
   * `newEnd` are the old ones past `oldEnd`, moved.
   */
  static afterEdit(previous: LineIndex, text: string, change: { start: number; oldEnd: number; newEnd: number }): LineIndex {
    const old = previous.starts;
    const { start, oldEnd, newEnd } = change;
    // The lines before the edit are copied at once (a plan of 10,000 tasks has 50,000).
    let lo = 0;
    let hi = old.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((old[mid] as number) <= start - 1) lo = mid + 1;
      else hi = mid;
    }
    const i = lo;
    const starts: number[] = old.slice(0, i);
    if (starts.length === 0) starts.push(0);
    // A break ending at e makes a line start at e + 1: e in [start - 1, newEnd - 1].
    for (let e = Math.max(0, start - 1); e < newEnd && e < text.length; e++) {
      const c = text.charCodeAt(e);
      if (c === 10 || (c === 13 && text.charCodeAt(e + 1) !== 10)) starts.push(e + 1);
    }
    const delta = newEnd - oldEnd;
    let j = i;
    while (j < old.length && (old[j] as number) < oldEnd + 1) j++;
    for (; j < old.length; j++) starts.push((old[j] as number) + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    // An offset between the CR and the LF of a line break is the end of the line: a
    // position never points inside a break.
    return { line: lo, character: Math.min(clamped, this.lineEnd(lo)) - (this.starts[lo] as number) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line] as number;
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] as number;
  }

  /** Offset just before the line break of `line` (or the end of the text). */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  range(r: OffsetRange): Range {
    return { start: this.positionAt(r.start), end: this.positionAt(r.end) };
  }
}

/** The line break a text mostly uses, so inserted lines match the file. */
export function detectEol(text: string): '\n' | '\r\n' {
  const crlf = text.indexOf('\r\n');
  return crlf >= 0 ? '\r\n' : '\n';
}
