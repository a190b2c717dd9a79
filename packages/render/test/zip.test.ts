import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, tableCrc32, unzipEntry, writeZip, zipEntry, zipFiles } from '../src/zip.js';

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

  it('checks each file with the CRC-32 every reader computes, with the runtime or by table', () => {
    const data = new TextEncoder().encode('Kế hoạch số 45/KH-UBND');
    expect(tableCrc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(data)).toBe(tableCrc32(data));
    expect(tableCrc32(new Uint8Array())).toBe(0);
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
