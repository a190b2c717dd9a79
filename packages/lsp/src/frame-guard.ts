import { Transform, type TransformCallback } from 'node:stream';

/** Largest message accepted: a 3 MB plan is about 4 MB as a JSON string (escapes). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Largest header block: a real one is about 30 bytes. */
const MAX_HEADER_BYTES = 1024;
const SEPARATOR = Buffer.from('\r\n\r\n', 'latin1');
const FIELD = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*([^\r\n]*?)[ \t]*$/;
const LENGTH = /content-length:/i;
const LENGTH_TOKEN = 'content-length:'.length;

/**
 * The base protocol's framing, checked before vscode-jsonrpc reads it. Its reader
 * takes a header it cannot use (`Content-Length: abc`, `12x`, `-5`, a missing length)
 * as the end of the stream's sense: it reports an error and then reads the body that
 * follows as the next header, swallowing the next message, and often every later one.
 *
 * This stream passes well-formed messages through byte for byte. A malformed header
 * is dropped with whatever follows it up to the next `Content-Length:` header, so the
 * next message is read as sent; `onDrop` says what was dropped (the server logs it).
 * A declared length over MAX_MESSAGE_BYTES is malformed too: waiting for it would
 * swallow everything after it.
 */
export class FrameGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of the current body still to pass through. */
  private body = 0;
  /** Dropping: skip to the next header. */
  private resync = false;
  /** The header at hand was found by skipping: it may be text inside the dropped body. */
  private found = false;

  constructor(
    private readonly onDrop: (reason: string) => void,
    private readonly maxBytes = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      if (this.body > 0) {
        if (this.pending.length === 0) return;
        const n = Math.min(this.body, this.pending.length);
        this.push(this.pending.subarray(0, n));
        this.pending = this.pending.subarray(n);
        this.body -= n;
        continue;
      }
      if (this.resync && !this.skipToHeader()) return;
      const end = this.pending.indexOf(SEPARATOR);
      if (end < 0) {
        if (this.pending.length <= MAX_HEADER_BYTES) return;
        if (this.found) this.skip(LENGTH_TOKEN);
        else this.reject('a header without its end (no empty line)');
        continue;
      }
      const header = this.pending.subarray(0, end).toString('latin1');
      const length = contentLength(header, this.maxBytes);
      if (typeof length === 'string') {
        // A "header" found inside a dropped body: look further, from just after it.
        if (this.found) this.skip(LENGTH_TOKEN);
        // A header of its own (its first line a field): its body follows it. Else the
        // rest of a body a wrong length cut short: the next header may be in it.
        else this.reject(length, FIELD.test(header.split('\r\n')[0] ?? '') ? end + SEPARATOR.length : 1);
        continue;
      }
      this.found = false;
      this.push(this.pending.subarray(0, end + SEPARATOR.length));
      this.pending = this.pending.subarray(end + SEPARATOR.length);
      this.body = length;
    }
  }

  /** Drop `bytes` of a bad header and whatever follows them, up to the next `Content-Length:`. */
  private reject(reason: string, bytes = 1): void {
    this.onDrop(reason);
    this.skip(bytes);
  }

  private skip(bytes: number): void {
    this.pending = this.pending.subarray(bytes);
    this.resync = true;
    this.found = false;
  }

  /** Skip to the next `Content-Length:`; false when it has not arrived yet. */
  private skipToHeader(): boolean {
    const text = this.pending.toString('latin1');
    const at = text.search(LENGTH);
    if (at < 0) {
      // Keep a tail that may be the start of the header, cut by the chunk boundary.
      this.pending = this.pending.subarray(Math.max(0, this.pending.length - 15));
      return false;
    }
    this.pending = this.pending.subarray(at);
    this.resync = false;
    this.found = true;
    return true;
  }
}

/** The body length a header declares, or why the header is unusable. */
export function contentLength(header: string, maxBytes = MAX_MESSAGE_BYTES): number | string {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const m = FIELD.exec(line);
    if (!m) return `a header line that is not "Name: value" (${JSON.stringify(line.slice(0, 60))})`;
    if ((m[1] as string).toLowerCase() !== 'content-length') continue;
    const value = m[2] as string;
    if (length !== undefined) return 'two Content-Length headers';
    if (!/^\d{1,10}$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 30))} is not a number of bytes`;
    length = Number(value);
    if (length > maxBytes) return `Content-Length ${length} is over ${maxBytes} bytes`;
  }
  return length ?? 'a header without Content-Length';
}
