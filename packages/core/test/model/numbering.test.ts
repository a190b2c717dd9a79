import { describe, expect, it } from 'vitest';
import { bodyPlace, childStyle, markList, placeUnder, tableOrder, type NumberPlace } from '../../src/model/numbering.js';

const marks = (items: unknown[], place: NumberPlace): (string | undefined)[] => markList(items, place).map((m) => m.marker || undefined);

describe('numbering by place (docs/plan-format.md), shared by the renderer, the editor and the importer', () => {
  it('marks structured items by default and paragraphs only when the container says how', () => {
    const items = ['Đoạn mở đầu.', { heading: 'Mục đích' }, { id: 'a' }, 'Đoạn kết.', { table: { columns: [], rows: [] } }];
    expect(marks(items, { fallback: 'decimal', parent: '' })).toEqual([undefined, '1.', '2.', undefined, undefined]);
    expect(marks(items, { numbering: 'letter', fallback: 'decimal', parent: '' })).toEqual(['a)', 'b)', 'c)', 'd)', undefined]);
  });

  it('letters follow the Vietnamese alphabet (đ after d, no f, j, w, z) and a written number restarts the count', () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ id: `t${i}` }));
    expect(marks(items, { fallback: 'letter', parent: '' })).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)']);
    const restarted = [{ heading: 'A' }, { heading: 'B', number: 'IV' }, { heading: 'C' }];
    expect(marks(restarted, bodyPlace())).toEqual(['I.', 'IV.', 'V.']);
  });

  it('numbers the items below by place: I., 1., a), -, +; outline numbers carry the parent; none passes its place on', () => {
    expect(['roman', 'decimal', 'outline', 'letter', 'dash', 'plus'].map((s) => childStyle(s as never))).toEqual(['decimal', 'letter', 'letter', 'dash', 'plus', 'plus']);
    const part = markList([{ heading: 'NHIỆM VỤ' }], bodyPlace())[0]!;
    const under = placeUnder(bodyPlace(), part, undefined);
    const group = markList([{ id: 'g' }], under)[0]!;
    expect([part.marker, group.marker]).toEqual(['I.', '1.']);
    expect(marks([{ id: 'a' }, { id: 'b' }], placeUnder(under, group, 'outline'))).toEqual(['1.1.', '1.2.']);
    // A group printed without marks: the level still counts, so its items' points are dashes.
    const unmarked = placeUnder(under, group, 'none');
    expect(marks([{ id: 'a' }], unmarked)).toEqual([undefined]);
    expect(marks([{ id: 'x' }], placeUnder(unmarked, { marker: '', number: '' }, undefined))).toEqual(['-']);
  });

  it('numbers table rows continuously, per group, or as an outline, and prints a row\'s own number as written', () => {
    const rows = [{ heading: 'Nhóm 1', items: [{ id: 'a' }, { id: 'b' }] }, { heading: 'Nhóm 2', items: [{ id: 'c', number: '3a' }] }];
    const numbers = (numbering?: 'continuous' | 'per-group' | 'outline'): string[] => {
      const order = tableOrder({ columns: [], rows, ...(numbering ? { numbering } : {}) });
      return [rows[0], rows[0]?.items[0], rows[0]?.items[1], rows[1], rows[1]?.items[0]].map((r) => order.get(r as object) as string);
    };
    expect(numbers()).toEqual(['I', '1', '2', 'II', '3a']);
    expect(numbers('per-group')).toEqual(['I', '1', '2', 'II', '3a']);
    expect(numbers('outline')).toEqual(['1', '1.1', '1.2', '2', '3a']);
  });
});
