import { spawnSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';

/**
 * One file of a .docx (a zip), read through its central directory with node:zlib only,
 * so the test sees the bytes Word and LibreOffice will read.
 */
export function zipEntry(zip: Uint8Array, name: string): string {
  const buf = Buffer.from(zip);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const entry = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entry === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} is not in the zip`);
}

/** The text of a WordprocessingML part, run by run, without the markup. */
export function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The LibreOffice binary on PATH, or an error naming the Debian packages to install. */
export function soffice(): string {
  for (const cmd of ['soffice', 'libreoffice']) {
    if (!spawnSync(cmd, ['--version'], { encoding: 'utf8', timeout: 300_000 }).error) return cmd;
  }
  throw new Error('LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2 poppler-utils');
}
