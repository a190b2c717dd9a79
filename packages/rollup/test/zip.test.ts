import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, tableCrc32, zipFiles } from '../src/format/zip.js';

describe('the ZIP writer of the workbook', () => {
  it('writes an archive another reader opens to the same files, in order: text packed, what does not shrink stored, names in UTF-8', () => {
    const text = new TextEncoder().encode(`<?xml version="1.0"?>\n${'<row><c t="s"><v>1</v></c></row>'.repeat(5000)}Ủy ban nhân dân`);
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const files = { '[Content_Types].xml': text, 'xl/empty.xml': new Uint8Array(), 'docProps/nhiễu.bin': noise };
    const zip = zipFiles(files, new Date('2020-01-01T00:00:00Z'));
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
});
