import { describe, expect, it } from 'vitest';
import { ObjectMemo } from '../../src/text/object-memo.js';

describe('ObjectMemo', () => {
  it('remembers a value per object, and forgets it', () => {
    const memo = new ObjectMemo<object, string>();
    const a = { id: 'nhiem-vu-1' };
    const b = { id: 'nhiem-vu-1' };
    expect(memo.get(a)).toBeUndefined();
    memo.set(a, 'Phòng Nội vụ');
    expect(memo.get(a)).toBe('Phòng Nội vụ');
    expect(memo.has(a)).toBe(true);
    // An equal object is another key.
    expect(memo.get(b)).toBeUndefined();
    memo.set(a, 'Phòng Tư pháp');
    expect(memo.get(a)).toBe('Phòng Tư pháp');
    memo.delete(a);
    expect(memo.has(a)).toBe(false);
    memo.set(a, 'again');
    expect(memo.get(a)).toBe('again');
  });

  it('keeps two memos on one object apart', () => {
    const first = new ObjectMemo<object, number>();
    const second = new ObjectMemo<object, number>();
    const task = { id: 'x' };
    first.set(task, 1);
    expect(second.get(task)).toBeUndefined();
    second.set(task, 2);
    expect([first.get(task), second.get(task)]).toEqual([1, 2]);
  });

  it('leaves no trace a copy, a key list, JSON or a structured clone could carry', () => {
    const memo = new ObjectMemo<object, { part: string }>();
    const task = { id: 'hoi-thi', lead: 'Phòng Văn hóa và Thông tin' };
    const list = ['a', 'b'];
    memo.set(task, { part: 'cached' });
    memo.set(list, { part: 'cached' });
    expect(Object.keys(task)).toEqual(['id', 'lead']);
    expect(Reflect.ownKeys(task)).toEqual(['id', 'lead']);
    expect(JSON.stringify(task)).toBe('{"id":"hoi-thi","lead":"Phòng Văn hóa và Thông tin"}');
    expect(task).toStrictEqual({ id: 'hoi-thi', lead: 'Phòng Văn hóa và Thông tin' });
    // A spread, Object.assign, a slice and a structured clone are new objects without the memo.
    for (const copy of [{ ...task }, Object.assign({}, task), structuredClone(task), list.slice(), [...list]]) expect(memo.get(copy)).toBeUndefined();
    expect(list).toStrictEqual(['a', 'b']);
  });

  it('works on frozen objects and arrays', () => {
    const memo = new ObjectMemo<object, string>();
    const frozen = Object.freeze({ id: 'x' });
    const sealed = Object.seal([1, 2]);
    memo.set(frozen, 'f');
    memo.set(sealed, 's');
    expect([memo.get(frozen), memo.get(sealed)]).toEqual(['f', 's']);
  });
});
