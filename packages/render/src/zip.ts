import { Deflate, deflateSync, inflateSync } from 'fflate';

/**
 * ZIP archives (PKWARE APPNOTE 6.3: local headers, central directory, end record) as
 * the Office formats pack their parts. Deflate and CRC-32 are the runtime's zlib where
 * there is one (Node), a few times faster than JavaScript for the megabytes of XML a
 * roll-up writes; elsewhere (a browser) fflate's and a table's. The same bytes either
 * way but for how well they are packed.
 */

/** A file of an archive: its bytes as stored (`method` 8: deflated, 0: stored), with their CRC-32 and size. */
export interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
}

interface NodeZlib {
  deflateRawSync(data: Uint8Array, options: { level: number; finishFlush?: number }): Uint8Array;
  inflateRawSync(data: Uint8Array): Uint8Array;
  crc32?(data: Uint8Array, value?: number): number;
  constants: { Z_SYNC_FLUSH: number };
}

/** Node's zlib, without importing it (this package also runs in browsers): `process.getBuiltinModule` (Node 20.16). */
const zlib = ((): NodeZlib | undefined => {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return p?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
  } catch {
    return undefined;
  }
})();

/** An entry of `data`, deflated at `level` (stored when that does not shrink it). */
export function zipEntry(name: string, data: Uint8Array, level = 6): ZipEntry {
  const packed = zlib ? zlib.deflateRawSync(data, { level }) : deflateSync(data, { level: level as 6 });
  const crc = crc32(data);
  return packed.length < data.length ? { name, method: 8, crc, size: data.length, data: packed } : { name, method: 0, crc, size: data.length, data };
}

/**
 * An entry written a piece at a time (a document written as a stream), deflated as it
 * goes at `level`. With zlib each piece is deflated on its own and ends on a byte
 * (a sync flush), the last one ends the stream: the pieces' deflated bytes, one after
 * another, are one deflate stream any reader inflates (no piece refers back into
 * another). Only the deflated bytes are kept.
 */
export class ZipEntryWriter {
  private readonly packed: Uint8Array[] = [];
  private crc = 0;
  private size = 0;
  private done = false;
  private readonly deflate: ((data: Uint8Array, final: boolean) => void) | undefined;

  /** `runtime: false` deflates with fflate, as where there is no zlib (tests). */
  constructor(
    readonly name: string,
    private readonly level = 6,
    runtime = true,
  ) {
    if (!zlib || !runtime) {
      const stream = new Deflate({ level: level as 6 }, (data) => this.packed.push(data));
      this.deflate = (data, final) => stream.push(data, final);
    }
  }

  /** The next piece of the entry's bytes; `final` for the last one (an empty one will do). */
  push(data: Uint8Array, final = false): void {
    if (this.done) throw new Error(`ZIP: ${this.name} is already written`);
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    if (this.deflate) this.deflate(data, final);
    else if (zlib) this.packed.push(zlib.deflateRawSync(data, final ? { level: this.level } : { level: this.level, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    this.done = final;
  }

  /** The entry, once its last piece is pushed. */
  entry(): ZipEntry {
    if (!this.done) throw new Error(`ZIP: ${this.name} is not written to its end`);
    const data = new Uint8Array(this.packed.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of this.packed) {
      data.set(p, at);
      at += p.length;
    }
    return { name: this.name, method: 8, crc: this.crc, size: this.size, data };
  }
}

/** The bytes of an entry. */
export function unzipEntry(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.data;
  return zlib ? zlib.inflateRawSync(entry.data) : inflateSync(entry.data, { out: new Uint8Array(entry.size) });
}

/** The entries of an archive as stored, in its order (its central directory read; nothing inflated). */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('ZIP: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('ZIP: bad central directory');
    const method = view.getUint16(at + 10, true);
    if (method !== 0 && method !== 8) throw new Error(`ZIP: compression method ${method}`);
    const crc = view.getUint32(at + 16, true);
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({ name, method, crc, size, data: zip.subarray(start, start + packed) });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** An archive of the entries, in order, dated `mtime` (UTC). */
export function writeZip(entries: readonly ZipEntry[], mtime = new Date()): Uint8Array {
  const time = (mtime.getUTCHours() << 11) | (mtime.getUTCMinutes() << 5) | (mtime.getUTCSeconds() >> 1);
  const date = ((Math.max(1980, mtime.getUTCFullYear()) - 1980) << 9) | ((mtime.getUTCMonth() + 1) << 5) | mtime.getUTCDate();
  const utf8 = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8.encode(e.name);
    // Bit 11: the name is UTF-8.
    const flags = name.length !== e.name.length ? 0x800 : 0;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, e.method, true);
    local.setUint16(10, time, true);
    local.setUint16(12, date, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    const head = new DataView(new ArrayBuffer(46));
    head.setUint32(0, 0x02014b50, true);
    head.setUint16(4, 20, true);
    head.setUint16(6, 20, true);
    head.setUint16(8, flags, true);
    head.setUint16(10, e.method, true);
    head.setUint16(12, time, true);
    head.setUint16(14, date, true);
    head.setUint32(16, e.crc, true);
    head.setUint32(20, e.data.length, true);
    head.setUint32(24, e.size, true);
    head.setUint16(28, name.length, true);
    head.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(head.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...parts, ...central, new Uint8Array(end.buffer)]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** An archive of the files, each deflated at `level`, in their order. */
export function zipFiles(files: Record<string, Uint8Array>, options: { level?: number; mtime?: Date } = {}): Uint8Array {
  return writeZip(
    Object.entries(files).map(([name, data]) => zipEntry(name, data, options.level ?? 6)),
    options.mtime,
  );
}

/** CRC-32 (ISO 3309), of `data` following bytes whose CRC-32 is `value`: the runtime's when it has one (Node 20.15), else by table. */
export function crc32(data: Uint8Array, value = 0): number {
  // Node 20's zlib.crc32 of no bytes is 0, whatever came before.
  if (data.length === 0) return value >>> 0;
  return zlib?.crc32 ? zlib.crc32(data, value) >>> 0 : tableCrc32(data, value);
}

let table: Int32Array | undefined;

export function tableCrc32(data: Uint8Array, value = 0): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let c = ~value;
  for (let i = 0; i < data.length; i++) c = (table[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
