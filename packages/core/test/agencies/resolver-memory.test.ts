import { runInNewContext } from 'node:vm';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { AgencyResolver } from '../../src/agencies/resolver.js';

/** V8's full collection, without starting node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('agency resolver memory', () => {
  it("remembers the names it was asked for, not the texts they were read from", () => {
    const gc = collector();
    // A province plan's resolver: kept while the workspace is open, asked by every commune plan and report.
    const resolver = new AgencyResolver([
      { entries: [{ id: 'so-noi-vu', name: 'Sở Nội vụ tỉnh Bình Minh', kind: 'department', level: 'province' }], origin: 'registry' },
    ]);
    gc();
    const before = getHeapStatistics().used_heap_size;
    const files = 40;
    const chars = 250_000;
    for (let i = 0; i < files; i++) {
      // A name as a plan's reader gets it: a slice of the file's whole text (two bytes a character: Vietnamese).
      const text = `lead: Ủy ban nhân dân xã Bình Minh ${i}\n# ${'ạ'.repeat(chars)}\n`;
      const name = text.slice('lead: '.length, text.indexOf('\n'));
      expect(resolver.resolve(name)).toBeUndefined();
      expect(resolver.resolve('Sở Nội vụ tỉnh Bình Minh')?.entry.id).toBe('so-noi-vu');
    }
    gc();
    const kept = getHeapStatistics().used_heap_size - before;
    // The texts were 40 × 500 KB = 20 MB; the names a few kilobytes.
    expect(kept).toBeLessThan((files * chars * 2) / 10);
    // Still remembered: asked again, the same answer.
    expect(resolver.resolve('Ủy ban nhân dân xã Bình Minh 3')).toBeUndefined();
  });

  it('remembers a bounded number of names: an editor session asks for every prefix typed', () => {
    const resolver = new AgencyResolver([
      { entries: [{ id: 'so-noi-vu', name: 'Sở Nội vụ tỉnh Bình Minh', kind: 'department', level: 'province' }], origin: 'registry' },
    ]);
    const remembered = (): number => (resolver as unknown as { memo: Map<string, unknown> }).memo.size;
    for (let i = 0; i < AgencyResolver.MEMO_LIMIT + 10; i++) resolver.resolve(`Phòng ${i}`);
    expect(remembered()).toBeLessThanOrEqual(AgencyResolver.MEMO_LIMIT);
    expect(remembered()).toBeGreaterThan(0);
    // Forgetting changes no answer.
    expect(resolver.resolve('Sở Nội vụ tỉnh Bình Minh')?.entry.id).toBe('so-noi-vu');
    expect(resolver.resolve('Phòng 1')).toBeUndefined();
  });
});
