import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { mergeLayers } from '../../src/overlay/merge.js';
import type { Layer, LayerRole } from '../../src/overlay/types.js';
import { YamlSource } from '../../src/yaml/source.js';

function layer(role: LayerRole, label: string, text: string): Layer {
  const source = new YamlSource(`/${label}.yaml`, text);
  return { role, uri: source.uri, label, source, value: source.value as Record<string, unknown> };
}

const BASE = `kind: template
issuer:
  name: <Tên UBND tỉnh>
  level: province
  code: UBND
title: Kế hoạch tuyên truyền cải cách hành chính năm <năm>
agencies:
  - { id: so-noi-vu, name: Sở Nội vụ, kind: department }
  - { id: so-tttt, name: Sở Thông tin và Truyền thông, kind: department }
tasks:
  - id: tap-huan
    title: Tập huấn nghiệp vụ CCHC
    lead: Sở Nội vụ
    timeframe: Quý II/<năm>
  - id: chuyen-muc
    title: Chuyên mục CCHC trên báo, đài
    lead: Sở Thông tin và Truyền thông
`;

describe('mergeLayers', () => {
  it('adds, patches, removes and positions by id; parameters: the nearest wins', () => {
    const fork = layer('fork', 'quang-ngai', `kind: template
extends: "@kehoach/template-province@^1"
issuer:
  name: Ủy ban nhân dân tỉnh Quảng Ngãi
patch:
  tasks:
    tap-huan: { timeframe: Quý III/<năm> }
  agencies:
    so-tttt: { name: Sở Khoa học và Công nghệ }
remove:
  tasks: [chuyen-muc]
tasks:
  - id: hoi-thi
    after: tap-huan
    title: Hội thi tìm hiểu CCHC
    lead: Sở Nội vụ
`);
    const plan = layer('plan', 'plan', `kind: plan
extends: "@quang-ngai/mau-tinh@^1"
year: 2025
issuer:
  name: UBND tỉnh Quảng Ngãi
`);
    const r = mergeLayers([layer('base', 'base', BASE), fork, plan]);
    expect(r.problems).toEqual([]);
    const tasks = r.plan.tasks as Record<string, unknown>[];
    expect(tasks.map((t) => t.id)).toEqual(['tap-huan', 'hoi-thi']);
    expect(tasks[0]).toMatchObject({ lead: 'Sở Nội vụ', timeframe: 'Quý III/<năm>', title: 'Tập huấn nghiệp vụ CCHC' });
    const agencies = r.plan.agencies as Record<string, unknown>[];
    expect(agencies[1]).toMatchObject({ id: 'so-tttt', name: 'Sở Khoa học và Công nghệ', aliases: ['Sở Thông tin và Truyền thông'] });
    expect(r.plan.issuer).toEqual({ name: 'UBND tỉnh Quảng Ngãi', level: 'province', code: 'UBND' });
    // The base's placeholder being filled is not an override; the fork's name being changed is.
    expect(r.overrides.map((o) => `${o.path}: ${o.overridden.label} -> ${o.winner.label}`)).toEqual(['issuer.name: quang-ngai -> plan']);
  });

  it('knows which file each resolved value came from', () => {
    const fork = layer('fork', 'fork', 'kind: template\npatch:\n  tasks:\n    tap-huan:\n      timeframe: Quý III/<năm>\n');
    const base = layer('base', 'base', BASE);
    const r = mergeLayers([base, fork]);
    const task = (r.plan.tasks as object[])[0] as object;
    expect(r.provenance.origin(task, 'timeframe')?.layer.label).toBe('fork');
    expect(r.provenance.origin(task, 'lead')?.layer.label).toBe('base');
    expect(r.provenance.origin(task)?.layer.label).toBe('base');
    const { layer: l, holder } = r.provenance.origin(task, 'timeframe')!;
    const range = l.source.valueRange(holder, 'timeframe')!;
    expect(l.source.text.slice(range.start, range.end)).toBe('Quý III/<năm>');
    expect(r.provenance.origin(r.plan, 'title')?.layer.label).toBe('base');
  });

  it('names both files when an overlay targets an id upstream no longer has', () => {
    const fork = layer('fork', 'fork', 'kind: template\npatch:\n  tasks:\n    phat-thanh: { lead: Sở Nội vụ }\nremove:\n  agencies: [so-ngoai-vu]\ntasks:\n  - id: moi\n    before: khong-co\n');
    const r = mergeLayers([layer('base', 'base', BASE), fork]);
    expect(r.problems.map((p) => `${p.kind}:${'op' in p ? p.op : ''}:${p.collection}:${p.id}:${p.layer.label}`)).toEqual([
      'missing-target:patch:tasks:phat-thanh:fork',
      'missing-target:position:tasks:khong-co:fork',
      'missing-target:remove:agencies:so-ngoai-vu:fork',
    ]);
    const p = r.problems[0]!;
    expect(p.kind === 'missing-target' && p.upstream.map((u) => u.label)).toEqual(['base']);
  });

  it('refuses to add an id that upstream already defines', () => {
    const fork = layer('fork', 'fork', 'kind: template\ntasks:\n  - id: tap-huan\n    title: Khác\n');
    const r = mergeLayers([layer('base', 'base', BASE), fork]);
    expect(r.problems).toMatchObject([{ kind: 'duplicate-add', id: 'tap-huan' }]);
    expect((r.plan.tasks as Record<string, unknown>[])[0]?.title).toBe('Tập huấn nghiệp vụ CCHC');
  });
});

/** Property: a fork's local values survive any upstream edit to ids it does not touch. */
describe('mergeLayers properties', () => {
  const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
  const taskArb = fc.record({ id: idArb, title: fc.string({ maxLength: 12 }), timeframe: fc.constantFrom('Quý I/2025', 'Quý II/2025', 'Thường xuyên trong năm') });
  const upstreamArb = fc.uniqueArray(taskArb, { selector: (t) => t.id, maxLength: 6 });

  it('keeps local patches and additions whatever upstream does elsewhere', () => {
    fc.assert(
      fc.property(upstreamArb, upstreamArb, fc.string({ maxLength: 10 }), (v1, v2, localTitle) => {
        // The fork patches task "a" and adds "local"; the upstream versions may differ anywhere else.
        const withA = (tasks: typeof v1) => (tasks.some((t) => t.id === 'a') ? tasks : [{ id: 'a', title: 'A', timeframe: 'Quý I/2025' }, ...tasks]);
        const forkText = stringify({ kind: 'template', patch: { tasks: { a: { title: localTitle } } }, tasks: [{ id: 'local', title: 'Nhiệm vụ riêng của tỉnh' }] });
        const results = [withA(v1), withA(v2)].map((up) => {
          const r = mergeLayers([layer('base', 'base', stringify({ kind: 'template', tasks: up })), layer('fork', 'fork', forkText)]);
          const tasks = r.plan.tasks as Record<string, unknown>[];
          return { a: tasks.find((t) => t.id === 'a'), local: tasks.find((t) => t.id === 'local') };
        });
        expect(results[0]!.a?.title).toBe(localTitle);
        expect(results[1]!.a?.title).toBe(localTitle);
        expect(results[0]!.local).toEqual(results[1]!.local);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same inputs give byte-identical output', () => {
    fc.assert(
      fc.property(upstreamArb, (up) => {
        const base = stringify({ kind: 'template', tasks: up });
        const fork = 'kind: template\nremove:\n  tasks: []\n';
        const once = JSON.stringify(mergeLayers([layer('base', 'b', base), layer('fork', 'f', fork)]).plan);
        const twice = JSON.stringify(mergeLayers([layer('base', 'b', base), layer('fork', 'f', fork)]).plan);
        expect(once).toBe(twice);
      }),
      { numRuns: 100 },
    );
  });
});

describe('mergeLayers over a template written as sections', () => {
  const SECTIONS_BASE = `kind: template
title: Kế hoạch chuyển đổi số năm <năm>
sections:
  - heading: NHIỆM VỤ
    items:
      - id: ha-tang
        title: Về hạ tầng số
        lead: Sở Khoa học và Công nghệ
        items:
          - id: mang-noi-bo
            title: Nâng cấp mạng nội bộ
          - id: may-chu
            title: Thay máy chủ
  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - Các sở, ngành triển khai Kế hoạch này.
`;

  it('patches, removes and inserts by id inside groups, without touching the template', () => {
    const base = layer('base', 'base', SECTIONS_BASE);
    const before = JSON.stringify(base.value);
    const plan = layer('plan', 'plan', `kind: plan
extends: "@kehoach/template-province@^1"
patch:
  tasks:
    mang-noi-bo: { timeframe: Quý II/2026 }
remove:
  tasks: [may-chu]
tasks:
  - id: sao-luu
    after: mang-noi-bo
    title: Sao lưu dữ liệu định kỳ
`);
    const result = mergeLayers([base, plan]);
    expect(result.problems).toEqual([]);
    const group = ((result.plan.sections as Record<string, unknown>[])[0]!.items as Record<string, unknown>[])[0]!;
    const items = group.items as Record<string, unknown>[];
    expect(items.map((t) => t.id)).toEqual(['mang-noi-bo', 'sao-luu']);
    expect(items[0]).toMatchObject({ title: 'Nâng cấp mạng nội bộ', timeframe: 'Quý II/2026' });
    // Nothing lands at the top level, and the template's own value is unchanged.
    expect(result.plan.tasks).toBeUndefined();
    expect(JSON.stringify(base.value)).toBe(before);
    // Each part still knows its file: the patched timeframe the plan, the group the template.
    expect(result.provenance.origin(items[0]!, 'timeframe')?.layer.label).toBe('plan');
    expect(result.provenance.origin(items[0]!, 'title')?.layer.label).toBe('base');
    expect(result.provenance.origin(group, 'lead')?.layer.label).toBe('base');
  });

  it('names both files when a nested id is not there', () => {
    const result = mergeLayers([layer('base', 'base', SECTIONS_BASE), layer('plan', 'plan', `kind: plan\npatch:\n  tasks:\n    mang-noi: { timeframe: Quý II/2026 }\n`)]);
    expect(result.problems.map((p) => [p.kind, p.id])).toEqual([['missing-target', 'mang-noi']]);
  });
});
