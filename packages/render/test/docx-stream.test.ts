import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument, renderDocx, type RenderDocument, type TableCell } from '../src/index.js';
import { dataTable, pieceEnds, PIECE_ROWS, TableInPieces } from '../src/docx/data-table.js';
import { FRAMES } from '../src/docx/frames.js';
import { docxFile, packedParts, pageRuns } from '../src/docx/render-docx.js';
import { footnoteIds } from '../src/document/inline.js';
import { XmlParagraph, XmlTable } from '../src/docx/straight.js';
import { unzipEntry } from '../src/zip.js';
import { TEXT_WIDTH } from '../src/docx/units.js';
import { docxParts } from './helpers/docx-xml.js';
import { analyzeYaml, HEAD } from './helpers/inline.js';
import { FIXTURE_PLANS, loadFixture } from './helpers/load.js';

/**
 * The same document written by `docx` in one go: every section's parts made at once as
 * docx objects (none written straight), long tables whole.
 */
async function inOnePass(doc: RenderDocument): Promise<Map<string, string>> {
  const ctx = { footnoteIds: footnoteIds(doc.footnotes) };
  const runs = pageRuns(ctx, doc);
  const content = runs.map((r) =>
    [...r.parts()].map((p) => {
      if (p instanceof XmlParagraph || p instanceof XmlTable) throw new Error('a part written straight without ctx.straight');
      return p instanceof TableInPieces ? p.whole() : p;
    }),
  );
  return docxParts(new Uint8Array(await Packer.toArrayBuffer(docxFile(ctx, doc, runs, content))));
}

async function expectSameAsOnePass(doc: RenderDocument): Promise<Map<string, string>> {
  const streamed = docxParts(await renderDocx(doc));
  const whole = await inOnePass(doc);
  expect([...streamed.keys()]).toEqual([...whole.keys()]);
  // The times the file was made differ by the milliseconds between the two.
  const untimed = (xml: string | undefined): string | undefined => xml?.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1');
  for (const [name, xml] of whole) expect(untimed(streamed.get(name)), name).toBe(untimed(xml));
  return streamed;
}

/** A plan whose appendix has a task table of `rows` rows and a data table with cells merged down across where pieces would end. */
function longTables(rows: number): string {
  const tasks = Array.from({ length: rows }, (_, i) =>
    [
      ...(i % 40 === 0 ? [`            - heading: NHÓM ${i / 40 + 1}`, '              items:'] : []),
      `                - id: nv-${i + 1}`,
      `                  title: Nhiệm vụ số ${i + 1} & "trích dẫn" <không phải thẻ>`,
      '                  lead: Phòng Nội vụ',
      '                  timeframe: Quý II/2024',
    ].join('\n'),
  );
  // Cells merged over three rows from rows 97, 100 and 103: the first piece (the header
  // row and 99 rows) would end inside the first of them, so it ends after it.
  const merged = (i: number): boolean => i >= 97 && i < 106 && (i - 97) % 3 === 0;
  const under = (i: number): boolean => i >= 97 && i < 106 && !merged(i);
  const data = Array.from({ length: rows }, (_, i) =>
    merged(i) ? `              - [{ text: "Gộp ${i}", rowspan: 3 }, "Dòng ${i}"]` : under(i) ? `              - ["Dòng ${i}"]` : `              - ["Ô ${i}", "Dòng ${i}"]`,
  );
  return `${HEAD}sections:
  - heading: NHIỆM VỤ
    items:
      - Các nhiệm vụ ở phụ lục.
appendices:
  - label: PHỤ LỤC I
    title: DANH MỤC NHIỆM VỤ
    items:
      - table:
          columns:
            - { field: order, header: STT }
            - { field: title, header: Nhiệm vụ }
            - { field: lead, header: Cơ quan chủ trì }
            - { field: timeframe, header: Thời gian }
          rows:
${tasks.join('\n')}
  - label: PHỤ LỤC II
    title: SỐ LIỆU
    items:
      - table:
          columns: [Cột 1, Cột 2]
          rows:
${data.join('\n')}
`;
}

describe('DOCX written a part at a time', () => {
  it.each(FIXTURE_PLANS)('%s: every part of the file is what docx writes in one go', async (name) => {
    await expectSameAsOnePass(buildDocument(await loadFixture(name)));
  });

  it('writes long tables in pieces of rows, the same table docx writes whole, merged cells across the pieces kept', async () => {
    const doc = buildDocument(await analyzeYaml(longTables(3 * PIECE_ROWS + 17)));
    const ctx = { footnoteIds: footnoteIds(doc.footnotes) };
    const tables = doc.appendices.flatMap((a) => a.blocks.filter((b) => b.kind === 'table'));
    expect(tables).toHaveLength(2);
    for (const t of tables) expect(dataTable(ctx, t, TEXT_WIDTH)).toBeInstanceOf(TableInPieces);
    const parts = await expectSameAsOnePass(doc);
    const body = parts.get('word/document.xml') ?? '';
    expect(body.match(/<w:tbl>/g)).toHaveLength(4);
    expect(body).toContain('Nhiệm vụ số 317 &amp; &quot;trích dẫn&quot; &lt;không phải thẻ&gt;');
    // The merged cells continue into the rows below them.
    expect(body.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(3);
    expect(body.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(6);
    const second = tables[1];
    if (second?.kind !== 'table') throw new Error('no data table');
    expect(pieceEnds([...second.head, ...second.rows.map((r) => r.cells)])[0]).toBe(PIECE_ROWS + 1);
  });

  it("takes docx's other parts from its compiler, the same parts as in the zip docx packs", async () => {
    const doc = buildDocument(await loadFixture(FIXTURE_PLANS[0] as string));
    const ctx = { footnoteIds: footnoteIds(doc.footnotes) };
    const runs = pageRuns(ctx, doc);
    const file = docxFile(ctx, doc, runs, runs.map((r) => [...r.parts()] as never));
    const compiled = await packedParts(file);
    const zipped = await packedParts(file, false);
    // The compiler is reached: the frame is never deflated (its entry is left empty, to be written).
    expect(compiled.entries[compiled.at]?.size).toBe(0);
    expect(zipped.entries[zipped.at]?.size).toBeGreaterThan(0);
    expect(compiled.frame).toBe(zipped.frame);
    expect(compiled.entries.map((e) => e.name)).toEqual(zipped.entries.map((e) => e.name));
    const text = (e: Parameters<typeof unzipEntry>[0]): string => new TextDecoder().decode(unzipEntry(e));
    compiled.entries.forEach((e, i) => {
      if (i !== compiled.at) expect(text(e), e.name).toBe(text(zipped.entries[i] as never));
    });
  });

  it("keeps the frame of a shape: documents of the same orientations, each with its own properties and footnotes, get every part docx writes", async () => {
    FRAMES.clear();
    const base = buildDocument(await loadFixture('province-binh-minh-sections.kehoach.yaml'));
    const shape = pageRuns({ footnoteIds: footnoteIds(base.footnotes) }, base).map((r) => (r.landscape ? 'L' : 'P')).join('');
    const variants: RenderDocument[] = [
      base,
      { ...base, meta: { title: 'Báo cáo <số 1> & "2"', subject: '', creator: '' }, footnotes: [] },
      { ...base, meta: { title: '', subject: "Kế hoạch 'thử'", creator: 'Sở Nội vụ\u0001' }, footnotes: [{ mark: 'b', text: 'Hai <&>' }, { mark: 'a', text: 'Một' }, { mark: 'b', text: 'Lặp' }] },
      base,
    ];
    for (const [i, doc] of variants.entries()) {
      const parts = await expectSameAsOnePass(doc);
      // Kept from the first document on; its dates are the document's own.
      expect(FRAMES.state(shape), `document ${i}`).toBe(true);
      const created = /<dcterms:created[^>]*>([^<]*)</.exec(parts.get('docProps/core.xml') ?? '')?.[1] ?? '';
      expect(Math.abs(Date.parse(created) - Date.now())).toBeLessThan(60_000);
    }
  });

  it('ends a piece only where no merged cell runs on', () => {
    const plain = (n: number): TableCell[][] => Array.from({ length: n }, () => [{ text: '' }]);
    expect(pieceEnds(plain(PIECE_ROWS))).toEqual([PIECE_ROWS]);
    expect(pieceEnds(plain(2 * PIECE_ROWS + 1))).toEqual([PIECE_ROWS, 2 * PIECE_ROWS, 2 * PIECE_ROWS + 1]);
    const merged = plain(2 * PIECE_ROWS);
    merged[PIECE_ROWS - 2] = [{ text: '', rowSpan: 4 }];
    expect(pieceEnds(merged)).toEqual([PIECE_ROWS + 2, 2 * PIECE_ROWS]);
  });
});
