import { describe, expect, it } from 'vitest';
import { editKeepsStructure } from '../../src/engine/edits.js';
import { YamlSource } from '../../src/yaml/source.js';

/**
 * A fix is kept only when it swallows no list, map or comment it did not parse. The
 * check looks only at the items an edit reaches (a plan of thousands of tasks has a
 * fix per diagnostic): edits deep in a long list, past empty items, must be judged as
 * a walk over every item would.
 */
describe('editKeepsStructure in long lists', () => {
  const tasks = Array.from({ length: 60 }, (_, i) =>
    i === 10 ? '  -\n' : `  - id: nv-${i + 1}\n    title: Tập huấn nghiệp vụ đợt ${i + 1}\n    # ghi chú ${i + 1}\n    lead: [Phòng Nội vụ, Phòng Tư pháp]\n`,
  ).join('');
  const text = `kind: plan\ntitle: Kế hoạch năm 2026\ntasks:\n${tasks}closing: Hết\n`;
  const source = new YamlSource('/w/p.kehoach.yaml', text);
  const at = (needle: string, from = 0): number => {
    const i = text.indexOf(needle, from);
    if (i < 0) throw new Error(needle);
    return i;
  };
  const keeps = (start: number, end: number): boolean => editKeepsStructure(source, { range: { start, end }, newText: 'x' });

  it('keeps an edit inside one scalar, anywhere in the list', () => {
    for (const n of [1, 12, 45, 60]) {
      const s = at(`đợt ${n}\n`);
      expect(keeps(s, s + 3)).toBe(true);
    }
  });

  it('drops an edit that swallows a comment, a flow list or a whole task deep in the list', () => {
    const comment = at('# ghi chú 45');
    expect(keeps(comment - 10, comment + 5)).toBe(false);
    const flow = at('[Phòng Nội vụ', at('nv-50'));
    expect(keeps(flow - 1, at(']', flow) + 1)).toBe(false);
    const task = at('id: nv-30');
    expect(keeps(task - 1, at('  - id: nv-31'))).toBe(false);
  });

  it('judges an edit right after an empty item and one on the last key', () => {
    const s = at('nv-12');
    expect(keeps(s, s + 2)).toBe(true);
    const c = at('Hết');
    expect(keeps(c, c + 3)).toBe(true);
    expect(keeps(at('closing'), text.length)).toBe(true);
  });
});
