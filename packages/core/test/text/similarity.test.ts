import { describe, it, expect } from 'vitest';
import { editDistance, prepareKey, rankPrepared, rankSuggestions } from '../../src/text/similarity.js';

// The agencies of the Bình Sơn seed plan.
const AGENCIES = [
  'Phòng Tư pháp',
  'Phòng Văn hóa và Thông tin',
  'Phòng Nội vụ',
  'Trung tâm Truyền thông - Văn hóa - Thể thao',
  'Văn phòng HĐND và UBND',
  'Phòng Tài chính - Kế hoạch',
  'UBND các xã, thị trấn',
  'Các cơ quan, đơn vị liên quan',
];
const self = (s: string): string[] => [s];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('phong', 'phogn')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('thong tin', 'thong tim')).toBe(1);
  });

  it('gives up above max with max + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('phong noi vu', 'phong tu phap', 0)).toBe(1);
  });
});

describe('rankSuggestions', () => {
  it('ranks a name that contains the query above one that shares a word', () => {
    const ranked = rankSuggestions('Phòng Văn hóa', AGENCIES, self, { limit: 8, minScore: 0 });
    const order = ranked.map((r) => r.item);
    expect(order[0]).toBe('Phòng Văn hóa và Thông tin');
    expect(order.indexOf('Phòng Văn hóa và Thông tin')).toBeLessThan(order.indexOf('Phòng Tư pháp'));
  });

  it('scores 1 for the same name up to looseKey, and less otherwise', () => {
    const [best] = rankSuggestions('phong tu phap', AGENCIES, self);
    expect(best).toEqual({ item: 'Phòng Tư pháp', score: 1 });
    const [typo] = rankSuggestions('Phong Van hoa va Thong tim', AGENCIES, self);
    expect(typo?.item).toBe('Phòng Văn hóa và Thông tin');
    expect(typo?.score).toBeGreaterThan(0.9);
    expect(typo?.score).toBeLessThan(1);
  });

  it('respects limit and minScore, best first', () => {
    const ranked = rankSuggestions('Văn phòng UBND', AGENCIES, self, { limit: 2, minScore: 0.5 });
    expect(ranked.map((r) => r.item)).toEqual(['Văn phòng HĐND và UBND', 'UBND các xã, thị trấn']);
    expect(rankSuggestions('xyz', AGENCIES, self)).toEqual([]);
    expect(rankSuggestions('', AGENCIES, self)).toEqual([]);
    expect(rankSuggestions('Phòng Nội vụ', AGENCIES, self, { limit: 0 })).toEqual([]);
  });

  it('keeps candidate order on ties', () => {
    const ranked = rankSuggestions('Phòng Nội vụ', ['Phòng Nội vụ', 'Phong Noi Vu', 'phòng nội vụ.'], self);
    expect(ranked).toEqual([
      { item: 'Phòng Nội vụ', score: 1 },
      { item: 'Phong Noi Vu', score: 1 },
      { item: 'phòng nội vụ.', score: 1 },
    ]);
  });

  it('takes the best of several keys per candidate', () => {
    const entries = [
      { id: 'phong-tu-phap', keys: ['Phòng Tư pháp'] },
      { id: 'phong-vhtt', keys: ['Phòng Văn hóa và Thông tin', 'Phòng VH&TT'] },
    ];
    const ranked = rankSuggestions('Phòng VH&TT huyện', entries, (e) => e.keys, { limit: 1 });
    expect(ranked.map((r) => r.item.id)).toEqual(['phong-vhtt']);
  });

  it('matches field names written without marks or with underscores', () => {
    const keys = ['lead', 'coordinators', 'timeframe'];
    const names: Record<string, string[]> = {
      lead: ['lead', 'Cơ quan chủ trì'],
      coordinators: ['coordinators', 'Cơ quan phối hợp'],
      timeframe: ['timeframe', 'Thời gian thực hiện'],
    };
    const best = (q: string): string | undefined => rankSuggestions(q, keys, (k) => names[k] ?? [], { limit: 1, minScore: 0.5 })[0]?.item;
    expect(best('chu_tri')).toBe('lead');
    expect(best('thoi gian')).toBe('timeframe');
    expect(best('timeframme')).toBe('timeframe');
    expect(best('budget')).toBeUndefined();
  });
});

describe('rankPrepared', () => {
  it('ranks like rankSuggestions over prepared keys', () => {
    const prepared = AGENCIES.map((a) => [prepareKey(a)]);
    const a = rankPrepared('Phòng Văn hóa', AGENCIES, (_c, i) => prepared[i] ?? [], { limit: 3 });
    const b = rankSuggestions('Phòng Văn hóa', AGENCIES, self, { limit: 3 });
    expect(a).toEqual(b);
  });

  it('finds the one name among 500 similar ones', () => {
    const names: string[] = [];
    for (let i = 0; i < 500; i++) names.push(`${AGENCIES[i % AGENCIES.length] ?? ''} ${['huyện', 'tỉnh', 'xã'][i % 3] ?? ''} ${i}`);
    const prepared = names.map((n) => [prepareKey(n)]);
    const ranked = rankPrepared('Phòng Văn hoá xã 17', names, (_c, i) => prepared[i] ?? [], { limit: 3 });
    expect(ranked[0]?.item).toBe('Phòng Văn hóa và Thông tin xã 17');
    expect(ranked).toHaveLength(3);
  });
});
