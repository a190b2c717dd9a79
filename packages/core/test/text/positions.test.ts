import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/positions.js';
import { textChange } from '../../src/yaml/incremental.js';

/** Every line start of an index, read through its public methods. */
function starts(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, line) => index.lineStart(line));
}

// Pieces of real plan text and every kind of line break, so edits make and break CR LF pairs.
const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', 'lead: Phòng Văn hóa và Thông tin', '- id: tuyen-truyen', 'Đ', 'hoá', '#', 'x');
const textArb = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

describe('LineIndex.afterEdit', () => {
  it('gives the lines a fresh index gives, for any edit of any text', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), textArb, (before, a, b, inserted) => {
        const from = a % (before.length + 1);
        const to = from + (b % (before.length - from + 1));
        const after = before.slice(0, from) + inserted + before.slice(to);
        const change = textChange(before, after);
        if (!change) return;
        const edited = LineIndex.afterEdit(new LineIndex(before), after, change);
        const fresh = new LineIndex(after);
        expect(starts(edited)).toEqual(starts(fresh));
        for (let line = 0; line < fresh.lineCount; line++) expect(edited.lineEnd(line)).toBe(fresh.lineEnd(line));
      }),
      { numRuns: 3000, seed: 20261123 },
    );
  });

  it('splits and joins a CR LF pair', () => {
    const before = 'a\r\nb';
    // Insert between CR and LF: two breaks, three lines.
    const split = 'a\rx\nb';
    expect(starts(LineIndex.afterEdit(new LineIndex(before), split, textChange(before, split)!))).toEqual([0, 2, 4]);
    // Remove what stood between them: one break again.
    expect(starts(LineIndex.afterEdit(new LineIndex(split), before, textChange(split, before)!))).toEqual([0, 3]);
  });
});
