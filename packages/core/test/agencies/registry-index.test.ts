import { describe, it, expect } from 'vitest';
import { RegistryIndex } from '../../src/agencies/registry-index.js';
import type { AgencyEntry } from '../../src/schema/registry.js';

// The agencies of the Bình Sơn seed plan, spelled as its text spells them.
const ENTRIES: AgencyEntry[] = [
  { id: 'ubnd-huyen', name: 'Ủy ban nhân dân huyện Bình Sơn', short: 'UBND huyện', kind: 'people-committee', level: 'district' },
  {
    id: 'phong-vhtt',
    name: 'Phòng Văn hóa và Thông tin',
    short: 'Phòng VH&TT',
    aliases: ['Phòng Văn hoá và Thông tin'],
    kind: 'department',
    level: 'district',
  },
  { id: 'phong-noi-vu', name: 'Phòng Nội vụ', kind: 'department', level: 'district' },
  { id: 'phong-tu-phap', name: 'Phòng Tư pháp', kind: 'department', level: 'district' },
  { id: 'phong-tckh', name: 'Phòng Tài chính - Kế hoạch', kind: 'department', level: 'district' },
  {
    id: 'trung-tam-tt-vh-tt',
    name: 'Trung tâm Truyền thông - Văn hóa - Thể thao',
    kind: 'unit',
    level: 'district',
  },
  {
    id: 'vp-hdnd-ubnd',
    name: 'Văn phòng HĐND và UBND',
    aliases: ['Văn phòng HĐND&UBND huyện'],
    kind: 'office',
    level: 'district',
  },
  { id: 'ubnd-cac-xa', name: 'UBND các xã, thị trấn', kind: 'collective', level: 'commune' },
  { id: 'cac-co-quan-lien-quan', name: 'Các cơ quan, đơn vị liên quan', kind: 'collective' },
];

const index = new RegistryIndex(ENTRIES);
const idOf = (text: string): string | undefined => index.resolve(text)?.entry.id;

describe('RegistryIndex.byId / resolve', () => {
  it('finds an entry by its id', () => {
    expect(index.byId('phong-vhtt')?.name).toBe('Phòng Văn hóa và Thông tin');
    expect(index.byId('Phong-VHTT')).toBeUndefined();
    expect(index.resolve('phong-vhtt')).toEqual({ entry: ENTRIES[1], matchedBy: 'id', matchedText: 'phong-vhtt' });
    expect(index.resolve('Phong-VHTT')).toEqual({ entry: ENTRIES[1], matchedBy: 'id', matchedText: 'phong-vhtt' });
  });

  it('matches names however the seed plans spell them', () => {
    expect(idOf('Phòng Văn hoá và Thông tin')).toBe('phong-vhtt');
    expect(idOf('Phòng Văn hóa và Thông tin.')).toBe('phong-vhtt');
    expect(idOf('phòng văn hóa và thông tin'.normalize('NFD'))).toBe('phong-vhtt');
    expect(idOf('Trung tâm Truyền thông – Văn hóa – Thể thao')).toBe('trung-tam-tt-vh-tt');
    expect(idOf('Trung tâm Truyền thông - Văn hoá - Thể thao')).toBe('trung-tam-tt-vh-tt');
    expect(idOf('Văn phòng HĐND&UBND')).toBe('vp-hdnd-ubnd');
    expect(idOf('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân')).toBe('vp-hdnd-ubnd');
    expect(idOf('UBND huyện Bình Sơn')).toBe('ubnd-huyen');
    expect(idOf('Uỷ ban nhân dân huyện Bình Sơn')).toBe('ubnd-huyen');
    expect(idOf('Các cơ quan, đơn vị liên quan..')).toBe('cac-co-quan-lien-quan');
    expect(idOf('Phòng Văn hóa')).toBeUndefined();
    expect(idOf('Phong Van hoa va Thong tin')).toBeUndefined();
  });

  it('says what matched', () => {
    expect(index.resolve('Phòng VH&TT')).toEqual({ entry: ENTRIES[1], matchedBy: 'short', matchedText: 'Phòng VH&TT' });
    expect(index.resolve('Phòng Văn hoá và Thông tin')).toEqual({
      entry: ENTRIES[1],
      matchedBy: 'name',
      matchedText: 'Phòng Văn hóa và Thông tin',
    });
    expect(index.resolve('VP HĐND&UBND huyện')).toEqual({
      entry: ENTRIES[6],
      matchedBy: 'alias',
      matchedText: 'Văn phòng HĐND&UBND huyện',
    });
  });

  it('prefers a name to another entry’s alias', () => {
    const entries: AgencyEntry[] = [
      { id: 'a', name: 'Phòng Nội vụ cũ', aliases: ['Phòng Nội vụ'], kind: 'department' },
      { id: 'b', name: 'Phòng Nội vụ', kind: 'department' },
    ];
    expect(new RegistryIndex(entries).resolve('Phòng Nội vụ')?.entry.id).toBe('b');
  });
});

describe('RegistryIndex.suggest', () => {
  it('ranks near names for an unknown one', () => {
    const ids = index.suggest('Phòng Văn hóa').map((r) => r.item.id);
    expect(ids[0]).toBe('phong-vhtt');
    expect(ids).not.toContain('phong-tu-phap');
    expect(index.suggest('Phong Noi vu huyen', 1).map((r) => r.item.id)).toEqual(['phong-noi-vu']);
  });

  it('suggests for a mistyped id', () => {
    expect(index.suggest('phong-vh')[0]?.item.id).toBe('phong-vhtt');
    expect(index.suggest('phong-tu-phap')[0]).toEqual({ item: ENTRIES[3], score: 1 });
  });

  it('returns at most `limit`, nothing for nonsense', () => {
    expect(index.suggest('Phòng', 2)).toHaveLength(2);
    expect(index.suggest('qwxz')).toEqual([]);
  });
});

describe('RegistryIndex.search', () => {
  it('returns every entry in registry order for an empty query', () => {
    expect(index.search('').map((m) => m.entry.id)).toEqual(ENTRIES.map((e) => e.id));
    expect(index.search('  ', 2).map((m) => m.entry.id)).toEqual(['ubnd-huyen', 'phong-vhtt']);
  });

  it('matches word prefixes without diacritics', () => {
    expect(index.search('phong van hoa').map((m) => m.entry.id)).toEqual(['phong-vhtt']);
    expect(index.search('Phòng Văn')[0]).toEqual({ entry: ENTRIES[1], matchedBy: 'name', matchedText: 'Phòng Văn hóa và Thông tin' });
    expect(index.search('van hoa').map((m) => m.entry.id)).toEqual(['phong-vhtt', 'trung-tam-tt-vh-tt']);
    expect(index.search('tu phap').map((m) => m.entry.id)).toEqual(['phong-tu-phap']);
  });

  it('finds "VH&TT" by "vhtt", abbreviations by their letters and by their words', () => {
    expect(index.search('vhtt')[0]).toEqual({ entry: ENTRIES[1], matchedBy: 'short', matchedText: 'Phòng VH&TT' });
    expect(index.search('ubnd xa').map((m) => m.entry.id)).toEqual(['ubnd-cac-xa']);
    expect(index.search('uy ban nhan dan huyen').map((m) => m.entry.id)).toEqual(['ubnd-huyen', 'vp-hdnd-ubnd']);
    expect(index.search('HĐND').map((m) => m.entry.id)).toEqual(['vp-hdnd-ubnd']);
  });

  it('searches ids too', () => {
    expect(index.search('phong-tckh')).toEqual([{ entry: ENTRIES[4], matchedBy: 'id', matchedText: 'phong-tckh' }]);
  });

  it('ranks short texts and matches of the first word first, and honours limit', () => {
    const ids = index.search('phong').map((m) => m.entry.id);
    expect(ids).toEqual(['phong-vhtt', 'phong-noi-vu', 'phong-tu-phap', 'phong-tckh', 'vp-hdnd-ubnd']);
    expect(index.search('phong')[0]?.matchedBy).toBe('short');
    expect(index.search('phong', 2)).toHaveLength(2);
    expect(index.search('so noi vu')).toEqual([]);
  });
});

describe('RegistryIndex.conflicts', () => {
  it('reports names that answer for two entries', () => {
    const entries: AgencyEntry[] = [
      { id: 'phong-vhtt', name: 'Phòng Văn hóa và Thông tin', short: 'Phòng VH&TT', kind: 'department' },
      { id: 'phong-vh-tt', name: 'Phòng Văn hoá và Thông tin', kind: 'department' },
      { id: 'phong-vhtt-2', name: 'Phòng Văn hóa, Thể thao', aliases: ['Phòng VH&TT'], kind: 'department' },
    ];
    expect(new RegistryIndex(entries).conflicts()).toEqual([
      { key: 'phòng văn hóa và thông tin', ids: ['phong-vhtt', 'phong-vh-tt'] },
      { key: 'phòng vh và tt', ids: ['phong-vhtt', 'phong-vhtt-2'] },
    ]);
    expect(index.conflicts()).toEqual([]);
  });
});
