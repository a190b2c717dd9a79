import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/positions.js';
import { YamlSource } from '../../src/yaml/source.js';

describe('LineIndex', () => {
  it('maps offsets to UTF-16 line/character across LF, CRLF and CR', () => {
    const idx = new LineIndex('a\r\nbc\nd\re');
    expect(idx.lineCount).toBe(4);
    expect(idx.positionAt(3)).toEqual({ line: 1, character: 0 });
    expect(idx.positionAt(5)).toEqual({ line: 1, character: 2 });
    expect(idx.positionAt(7)).toEqual({ line: 2, character: 1 });
    expect(idx.positionAt(8)).toEqual({ line: 3, character: 0 });
    expect(idx.lineText(0)).toBe('a');
    expect(idx.offsetAt({ line: 3, character: 0 })).toBe(8);
  });

  it('never puts a position inside a CR LF: the offset of its LF is the end of the line (issue 18, item 10)', () => {
    const idx = new LineIndex('kind: plan\r\nissuer:\r\n  name: x\r\n');
    expect(idx.positionAt(19)).toEqual({ line: 1, character: 7 });
    expect(idx.positionAt(20)).toEqual({ line: 1, character: 7 });
    expect(idx.positionAt(21)).toEqual({ line: 2, character: 0 });
  });

  it('counts an emoji as two UTF-16 units, as editors do', () => {
    const text = 'title: 🎯 Phòng Văn hóa\n';
    const idx = new LineIndex(text);
    const at = text.indexOf('Phòng');
    expect(idx.positionAt(at)).toEqual({ line: 0, character: 10 });
  });
});

describe('YamlSource', () => {
  it('keeps every syntax problem inside the text, even what yaml finds missing at its very end (issue 18, item 10)', () => {
    for (const text of ['title: "Tuyên truyền', "title: 'Tuyên truyền", 'coordinators: [Phòng Nội vụ, UBND', 'issuer: {name: x']) {
      const src = new YamlSource('/p.yaml', text);
      expect(src.problems.length, text).toBeGreaterThan(0);
      for (const p of src.problems) {
        expect(p.range.start, `${p.code} in ${text}`).toBeLessThanOrEqual(p.range.end);
        expect(p.range.end, `${p.code} in ${text}`).toBeLessThanOrEqual(text.length);
      }
    }
  });

  const text = [
    'kind: plan # kế hoạch',
    'tasks:',
    '  - id: tap-huan',
    '    lead: Phòng Nội vụ',
    '    coordinators: [Phòng Tư pháp, UBND các xã, thị trấn]',
    '',
  ].join('\n');

  it('finds the range of a key and of a value of an object it produced', () => {
    const src = new YamlSource('/p.yaml', text);
    const task = (src.value as { tasks: object[] }).tasks[0] as object;
    const key = src.keyRange(task, 'lead');
    const value = src.valueRange(task, 'lead');
    expect(text.slice(key!.start, key!.end)).toBe('lead');
    expect(text.slice(value!.start, value!.end)).toBe('Phòng Nội vụ');
    expect(src.lines.range(value!).start).toEqual({ line: 3, character: 10 });
  });

  it('finds an item of a flow sequence', () => {
    const src = new YamlSource('/p.yaml', text);
    const task = (src.value as { tasks: { coordinators: string[] }[] }).tasks[0]!;
    const r = src.itemRange(task.coordinators, 1);
    expect(text.slice(r!.start, r!.end)).toBe('UBND các xã');
  });

  it('points an empty value just after its colon', () => {
    const src = new YamlSource('/p.yaml', 'kind: plan\nlead:\nyear: 2024\n');
    const r = src.valueRange(src.value as object, 'lead');
    expect(r).toEqual({ start: 16, end: 16 });
  });

  it('reports duplicate keys and tabs with their positions', () => {
    const src = new YamlSource('/p.yaml', 'kind: plan\nkind: plan\nissuer:\n\tname: x\n');
    const codes = src.problems.map((p) => p.code);
    expect(codes).toContain('DUPLICATE_KEY');
    expect(codes).toContain('TAB_AS_INDENT');
    const dup = src.problems.find((p) => p.code === 'DUPLICATE_KEY')!;
    expect(src.lines.positionAt(dup.range.start)).toEqual({ line: 1, character: 0 });
  });

  it('refuses an alias bomb in bounded time', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    // Expanding 10^12 nodes would never finish: the test's hang guard catches that; the
    // time it takes is measured by `pnpm bench` (bench/src/hostile.mjs), not asserted here.
    const src = new YamlSource('/bomb.yaml', lines.join('\n'));
    expect(src.problems.map((p) => p.code)).toContain('ALIAS_BOMB');
    expect(src.value).toBeUndefined();
  });

  it('resolves ordinary aliases and keeps __proto__ as a plain key', () => {
    const src = new YamlSource('/p.yaml', 'base: &b Phòng Nội vụ\nlead: *b\n__proto__: x\n');
    const v = src.value as Record<string, unknown>;
    expect(v.lead).toBe('Phòng Nội vụ');
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toContain('__proto__');
  });

  it('refuses a file above the size limit without parsing it', () => {
    const src = new YamlSource('/big.yaml', 'x'.repeat(100), { maxLength: 10 });
    expect(src.problems[0]?.code).toBe('FILE_TOO_LARGE');
    expect(src.doc).toBeUndefined();
  });

  it('walks a path to the right node for schema issues', () => {
    const src = new YamlSource('/p.yaml', text);
    const r = src.pathRange(['tasks', 0, 'lead'], 'key');
    expect(text.slice(r.start, r.end)).toBe('lead');
    const missing = src.pathRange(['tasks', 0, 'timeframe']);
    expect(text.slice(missing.start, missing.end)).toBe('id');
  });
});
