import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/yaml/fast-parse.js';
import { textChange } from '../../src/yaml/incremental.js';
import { YamlSource } from '../../src/yaml/source.js';
import type { YNode } from '../../src/yaml/tree.js';

/**
 * Re-reading one item after an edit must give exactly what reading the whole new text
 * gives: the same values and the same range for every node. Random plans, random
 * edits (typing, deleting, pasting lines, breaking the syntax), chains of edits.
 */

function flatten(node: YNode | null, path = '$', out: string[] = []): string[] {
  if (!node) {
    out.push(`${path} null`);
    return out;
  }
  const r = node.range.join(',');
  if (node.kind === 'scalar') out.push(`${path} scalar ${node.type} ${JSON.stringify(node.value)} ${r}`);
  else if (node.kind === 'alias') out.push(`${path} alias ${r}`);
  else if (node.kind === 'map') {
    out.push(`${path} map${node.flow ? '-flow' : ''} ${r}`);
    node.items.forEach((p, i) => {
      flatten(p.key, `${path}.k${i}`, out);
      flatten(p.value, `${path}.v${i}`, out);
    });
  } else {
    out.push(`${path} seq${node.flow ? '-flow' : ''} ${r}`);
    node.items.forEach((item, i) => flatten(item, `${path}[${i}]`, out));
  }
  return out;
}

const scalar = fc.constantFrom(
  'Phổ biến thủ tục hành chính', '"Sở Văn hóa, Thể thao và Du lịch"', 'Sở Tư pháp', 'Quý I/2026', "'Đ''s'", '2026', 'hoá', 'hóa',
  'Chậm nhất ngày 20/04/2026', '[Sở Nội vụ, "UBND các xã, phường"]', '[]', 'x # ghi chú', 'true', '1.5',
);
const key = fc.constantFrom('id', 'title', 'lead', 'coordinators', 'timeframe', 'outputs', 'note', 'Đơn vị');
const eolArb = fc.constantFrom('\n', '\r\n');

/** One task item as lines (without the dash's indent), and the plan around a list of them. */
const item = fc
  .tuple(
    fc.uniqueArray(fc.tuple(key, scalar, fc.constantFrom('inline', 'inline', 'seq', 'block', 'map', 'empty')), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
    fc.constantFrom('', '', '', '# Nhóm nhiệm vụ', '', '  # lệch'),
  )
  .map(([pairs, before]) => ({ pairs, before }));

const plan = fc
  .tuple(fc.array(item, { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 2), eolArb, fc.constantFrom('none', 'reporting', 'title', 'comment'), fc.boolean())
  .map(([items, seqIndent, eol, tail, blankBetween]) => {
    const lines: string[] = ['# Kế hoạch thử', 'kind: plan', 'year: 2026', 'tasks:'];
    const pad = ' '.repeat(seqIndent);
    const inner = ' '.repeat(seqIndent + 2);
    items.forEach((it, n) => {
      if (it.before) lines.push(`${pad}${it.before}`);
      it.pairs.forEach(([k, v, style], i) => {
        const lead = i === 0 ? `${pad}- ` : inner;
        if (style === 'seq') lines.push(`${lead}${k}:`, `${inner}  - ${v}`, `${inner}  - khác`);
        else if (style === 'block') lines.push(`${lead}${k}: |`, `${inner}  Dòng một ${n}`, `${inner}  Dòng hai`);
        else if (style === 'map') lines.push(`${lead}${k}:`, `${inner}  to: ${v}`, `${inner}  due: 2026`);
        else if (style === 'empty') lines.push(`${lead}${k}:`);
        else lines.push(`${lead}${k}: ${v}`);
      });
      if (blankBetween) lines.push('');
    });
    if (tail === 'reporting') lines.push('reporting:', '  - to: UBND tỉnh', '    due: Quý IV/2026');
    if (tail === 'title') lines.push('title: Kế hoạch năm 2026');
    // A comment after the last item, as indented as the list, ends the list at the next key.
    if (tail === 'comment') lines.push(`${pad}# Hết danh sách`, 'title: Kế hoạch năm 2026');
    return lines.join(eol) + eol;
  });

const insertion = fc.constantFrom('a', 'ệ', 'Đ', ' ', ':', ': ', '#', ' #', '"', "'", '-', '- ', '\n', '\n      x: y', '\n    note: thêm', '\n  - id: moi', '[', '|', '  ', 'ạ\u0300', '\r\n');

/** An edit: replace [start, start + length) with text, inside the document. */
const edit = fc.tuple(fc.nat({ max: 1_000_000 }), fc.integer({ min: 0, max: 3 }), fc.oneof(insertion, fc.constant('')));

function apply(text: string, [where, length, insert]: [number, number, string]): string {
  const start = where % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + length));
}

describe('incremental re-read', () => {
  it('finds the single replacement between two texts', () => {
    expect(textChange('abc', 'abc')).toBeUndefined();
    expect(textChange('abcdef', 'abXdef')).toEqual({ start: 2, oldEnd: 3, newEnd: 3 });
    expect(textChange('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
    expect(textChange('Sở Nội vụ', 'Sở Nội vụ tỉnh')).toEqual({ start: 9, oldEnd: 9, newEnd: 14 });
    const long = 'x'.repeat(10_000);
    expect(textChange(`${long}a${long}`, `${long}bc${long}`)).toEqual({ start: 10_000, oldEnd: 10_001, newEnd: 10_002 });
  });

  it('gives what reading the whole new text gives, edit after edit', () => {
    let incremental = 0;
    let total = 0;
    let fastStarts = 0;
    let fastEdits = 0;
    fc.assert(
      fc.property(plan, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        let source = new YamlSource('/p.kehoach.yaml', text);
        if (fastParse(text)) fastStarts++;
        for (const e of edits) {
          const next = apply(text, e);
          const updated = YamlSource.next(source, '/p.kehoach.yaml', next);
          const whole = fastParse(next);
          if (updated === source) {
            expect(next).toBe(text);
            continue;
          }
          total++;
          if (whole) fastEdits++;
          if (updated.incremental) {
            incremental++;
            expect(source.superseded).toBe(true);
            expect(whole, `re-read incrementally a text the fast reader rejects: ${JSON.stringify(next)}`).toBeDefined();
          }
          if (whole) {
            expect(updated.value, JSON.stringify(next)).toStrictEqual(whole.value);
            expect(flatten(updated.root), JSON.stringify(next)).toEqual(flatten(whole.root));
          }
          text = next;
          source = updated;
        }
      }),
      { numRuns: 1500, seed: 20261125 },
    );
    // Random edits often break the YAML; of those that leave it readable, most land
    // inside a task: the test must exercise the re-read a lot.
    expect(fastStarts).toBeGreaterThan(1000);
    expect(total).toBeGreaterThan(3000);
    expect(incremental).toBeGreaterThan(500);
    expect(incremental / fastEdits).toBeGreaterThan(0.5);
  });

  it('shares the unchanged items with the previous source and maps each to its node', () => {
    const tasks = Array.from({ length: 50 }, (_, i) => `  - id: nv-${i}\n    title: Nhiệm vụ ${i} của Sở Văn hóa, Thể thao và Du lịch\n    lead: Sở Tư pháp\n`).join('');
    const text = `kind: plan\nyear: 2026\ntasks:\n${tasks}reporting:\n  - to: UBND tỉnh\n`;
    const first = new YamlSource('/p.kehoach.yaml', text);
    const firstTasks = (first.value as { tasks: object[] }).tasks;
    const at = text.indexOf('Nhiệm vụ 20 ') + 'Nhiệm vụ 20'.length;
    const edited = `${text.slice(0, at)} (sửa đổi)${text.slice(at)}`;
    const second = YamlSource.next(first, '/p.kehoach.yaml', edited);
    expect(second.incremental).toBe(true);
    const secondTasks = (second.value as { tasks: { title: string }[] }).tasks;
    expect(secondTasks[19]).toBe(firstTasks[19]);
    expect(secondTasks[21]).toBe(firstTasks[21]);
    expect(secondTasks[20]).not.toBe(firstTasks[20]);
    expect(secondTasks[20]?.title).toBe('Nhiệm vụ 20 (sửa đổi) của Sở Văn hóa, Thể thao và Du lịch');
    // Ranges of later tasks moved with the edit, and the source answers for them.
    const r = second.keyRange(secondTasks[21] as object, 'lead');
    expect(r && edited.slice(r.start, r.end)).toBe('lead');
    const title = second.valueRange(secondTasks[20] as object, 'title');
    expect(title && edited.slice(title.start, title.end)).toBe('Nhiệm vụ 20 (sửa đổi) của Sở Văn hóa, Thể thao và Du lịch');
    // The same text again is the same source.
    expect(YamlSource.next(second, '/p.kehoach.yaml', edited)).toBe(second);
    // A superseded source is never the start of another re-read.
    const again = YamlSource.next(first, '/p.kehoach.yaml', edited.replace('nv-3\n', 'nv-3x\n'));
    expect(again.incremental).toBe(false);
  });

  it('reads the whole text again when the edit is outside the items', () => {
    const text = 'kind: plan\nyear: 2026\ntasks:\n  - id: a\n    lead: Sở Tư pháp\n  - id: b\n';
    const first = new YamlSource('/p.kehoach.yaml', text);
    for (const next of [text.replace('2026', '2027'), text.replace('  - id: b', '  - id: b\n  - id: c'), text.replace('- id: a', '-  id: a'), `${text}# cuối\n`]) {
      const source = YamlSource.next(first, '/p.kehoach.yaml', next);
      expect(source.incremental, JSON.stringify(next)).toBe(false);
      expect(flatten(source.root)).toEqual(flatten(new YamlSource('/q', next).root));
    }
  });
});
