import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, tableCrc32, unzipEntry, writeZip, zipEntry, ZipEntryWriter, zipFiles } from '../src/zip.js';

describe('ZIP archives of the Office formats', () => {
  it('writes an archive another reader opens to the same files, in order: text packed, what does not shrink stored, names in UTF-8', () => {
    const text = new TextEncoder().encode(`<?xml version="1.0"?>\n${'<row><c t="s"><v>1</v></c></row>'.repeat(5000)}Ủy ban nhân dân`);
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const files = { '[Content_Types].xml': text, 'xl/empty.xml': new Uint8Array(), 'docProps/nhiễu.bin': noise };
    const zip = zipFiles(files, { level: 1, mtime: new Date('2020-01-01T00:00:00Z') });
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(files));
    for (const [name, data] of Object.entries(files)) expect(back[name], name).toEqual(data);
    // Packed far below the XML's size; the noise is stored as it is.
    expect(zip.length).toBeLessThan(text.length / 20 + noise.length + 1000);
    expect(zip.length).toBeGreaterThan(noise.length);
  });

  it('checks each file with the CRC-32 every reader computes, with the runtime or by table, of the whole or piece after piece', () => {
    const data = new TextEncoder().encode('Kế hoạch số 45/KH-UBND');
    expect(tableCrc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(data)).toBe(tableCrc32(data));
    expect(tableCrc32(new Uint8Array())).toBe(0);
    for (const crc of [crc32, tableCrc32]) {
      expect(crc(data.subarray(7), crc(data.subarray(0, 7)))).toBe(tableCrc32(data));
      expect(crc(new Uint8Array(), crc(data))).toBe(tableCrc32(data));
    }
  });

  it('writes an entry a piece at a time, with the runtime or fflate: any reader inflates the pieces as one file', () => {
    const text = new TextEncoder();
    const pieces = [text.encode('<w:body>'), new Uint8Array(), ...Array.from({ length: 40 }, (_, i) => text.encode(`<w:p>Ủy ban nhân dân ${i} &amp; 'Đoàn'</w:p>`.repeat(i * 10))), text.encode('</w:body>')];
    const whole = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    pieces.reduce((at, p) => (whole.set(p, at), at + p.length), 0);
    for (const runtime of [true, false]) {
      const writer = new ZipEntryWriter('word/document.xml', 6, runtime);
      for (const p of pieces) writer.push(p);
      writer.push(new Uint8Array(), true);
      expect(() => writer.push(new Uint8Array())).toThrow();
      const entry = writer.entry();
      expect(entry).toMatchObject({ method: 8, size: whole.length, crc: tableCrc32(whole) });
      expect(entry.data.length).toBeLessThan(whole.length / 20);
      const zip = writeZip([zipEntry('a.xml', text.encode('<a/>')), entry]);
      const utf8 = new TextDecoder();
      expect(utf8.decode(unzipSync(zip)['word/document.xml'])).toBe(utf8.decode(whole));
      expect(utf8.decode(unzipEntry(readZip(zip)[1] as never))).toBe(utf8.decode(whole));
    }
    expect(() => new ZipEntryWriter('x').entry()).toThrow();
  });

  it('reads an archive back as stored, and writes it again with one file replaced, the others untouched', () => {
    const files = { 'a.xml': new TextEncoder().encode('<a>'.repeat(1000)), 'word/document.xml': new TextEncoder().encode('<w:body>Thử</w:body>') };
    const entries = readZip(zipFiles(files));
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([['a.xml', 8, 3000], ['word/document.xml', expect.any(Number), files['word/document.xml'].length]]);
    expect(new TextDecoder().decode(unzipEntry(entries[1] as never))).toBe('<w:body>Thử</w:body>');
    const again = writeZip([entries[0] as never, zipEntry('word/document.xml', new TextEncoder().encode('<w:body>Mới</w:body>'))]);
    const back = unzipSync(again);
    expect(back['a.xml']).toEqual(files['a.xml']);
    expect(new TextDecoder().decode(back['word/document.xml'])).toBe('<w:body>Mới</w:body>');
  });
});
