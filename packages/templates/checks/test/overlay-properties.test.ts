import { MemoryHost, Project } from '@kehoach/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

/**
 * Properties of template inheritance, over generated upstream templates, forks and
 * upstream releases: what a fork sets locally survives any upstream change to ids the
 * fork does not touch, and the same inputs always resolve to the same bytes.
 */
const UPSTREAM_DIR = '/work/node_modules/@kehoach/template-province';
const FORK = '/work/mau/tinh.template.yaml';

const TITLES = [
  'Tổ chức các lớp tập huấn, bồi dưỡng về công tác CCHC',
  'Cập nhật thông tin về CCHC trên Cổng thông tin điện tử tỉnh',
  'Tuyên truyền CCHC trên hệ thống thông tin cơ sở',
  'Xuất bản các ấn phẩm; tuyên truyền trực quan, cổ động về CCHC',
  'Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công',
];
const NAMES = ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Sở Y tế', 'Văn phòng Ủy ban nhân dân tỉnh'];
const TASK_IDS = ['t-a', 't-b', 't-c', 't-d', 't-e', 't-f'];
const AGENCY_IDS = ['co-quan-a', 'co-quan-b', 'co-quan-c', 'co-quan-d', 'co-quan-e'];

interface Upstream {
  tasks: { id: string; title: string }[];
  agencies: { id: string; name: string }[];
}

const upstreamArb: fc.Arbitrary<Upstream> = fc.record({
  tasks: fc.uniqueArray(fc.constantFrom(...TASK_IDS), { minLength: 2, maxLength: TASK_IDS.length }).chain((ids) =>
    fc.tuple(...ids.map((id) => fc.constantFrom(...TITLES).map((title) => ({ id, title })))),
  ),
  agencies: fc.uniqueArray(fc.constantFrom(...AGENCY_IDS), { minLength: 2, maxLength: AGENCY_IDS.length }).chain((ids) =>
    fc.tuple(...ids.map((id) => fc.constantFrom(...NAMES).map((name) => ({ id, name })))),
  ),
});

/** A fork: patches some upstream tasks and renames some agencies; adds its own of each. */
const scenarioArb = upstreamArb.chain((up) =>
  fc.record({
    up: fc.constant(up),
    patched: fc.subarray(up.tasks.map((t) => t.id), { minLength: 1 }),
    renamed: fc.subarray(up.agencies.map((a) => a.id)),
    anchor: fc.constantFrom(...up.tasks.map((t) => t.id)),
    // Upstream's next release: retitle, rename, drop and add, only where the fork does not touch.
    retitle: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TITLES)), { maxLength: 4 }),
    rename: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NAMES)), { maxLength: 4 }),
    drop: fc.array(fc.nat(), { maxLength: 2 }),
    added: fc.uniqueArray(fc.constantFrom('moi-1', 'moi-2', 'moi-3'), { maxLength: 3 }),
  }),
);

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function upstreamText(up: Upstream): string {
  return `# mẫu gốc\n${stringify({
    kind: 'template',
    id: 'province',
    level: 'province',
    issuer: { level: 'province', code: 'UBND' },
    tasks: up.tasks.map((t) => ({ ...t, lead: 'Sở Nội vụ', timeframe: 'Thường xuyên trong năm' })),
    agencies: up.agencies.map((a) => ({ ...a, kind: 'department', level: 'province' })),
  })}`;
}

function forkText(s: Scenario): string {
  return stringify({
    kind: 'template',
    id: 'tinh',
    extends: '@kehoach/template-province@^1.0.0',
    issuer: { parent: 'Chính phủ' },
    patch: {
      tasks: Object.fromEntries(s.patched.map((id) => [id, { title: `Nhiệm vụ riêng của tỉnh (${id})`, timeframe: 'Quý II/2026' }])),
      ...(s.renamed.length ? { agencies: Object.fromEntries(s.renamed.map((id) => [id, { name: `Cơ quan riêng của tỉnh (${id})` }])) } : {}),
    },
    tasks: [{ id: 'rieng-cua-tinh', after: s.anchor, title: 'Nhiệm vụ riêng của tỉnh', lead: 'Sở Nội vụ', timeframe: 'Hàng quý' }],
    agencies: [{ id: 'co-quan-rieng', name: 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi', kind: 'department', level: 'province' }],
  });
}

/** Upstream's next release, changing only what the fork does not reference. */
function release(s: Scenario): Upstream {
  const touchedTasks = new Set([...s.patched, s.anchor]);
  const touchedAgencies = new Set(s.renamed);
  const free = s.up.tasks.filter((t) => !touchedTasks.has(t.id));
  const freeAgencies = s.up.agencies.filter((a) => !touchedAgencies.has(a.id));
  const title = new Map(s.up.tasks.map((t) => [t.id, t.title]));
  for (const [i, t] of s.retitle) if (free.length) title.set(free[i % free.length]!.id, t);
  const name = new Map(s.up.agencies.map((a) => [a.id, a.name]));
  for (const [i, n] of s.rename) if (freeAgencies.length) name.set(freeAgencies[i % freeAgencies.length]!.id, n);
  const dropped = new Set(s.drop.map((i) => (free.length ? free[i % free.length]!.id : '')));
  return {
    tasks: [...s.up.tasks.filter((t) => !dropped.has(t.id)).map((t) => ({ id: t.id, title: title.get(t.id)! })), ...s.added.map((id) => ({ id, title: TITLES[0]! }))],
    agencies: s.up.agencies.map((a) => ({ id: a.id, name: name.get(a.id)! })),
  };
}

async function resolveFork(up: Upstream, fork: string, version: string) {
  const host = new MemoryHost(
    {
      [`${UPSTREAM_DIR}/package.json`]: JSON.stringify({ name: '@kehoach/template-province', version, kehoach: { template: 'template.yaml' } }),
      [`${UPSTREAM_DIR}/template.yaml`]: upstreamText(up),
      [FORK]: fork,
    },
    '/work',
  );
  const r = await new Project(host).check(FORK);
  const resolution = r?.analysis.resolution;
  if (!resolution) throw new Error('the fork did not resolve');
  const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message.en}`);
  return { plan: resolution.plan as { tasks?: { id: string; title?: string; timeframe?: string }[]; agencies?: { id: string; name: string }[]; issuer?: object }, errors, provenance: resolution.provenance, layers: resolution.layers };
}

/** Only what the fork itself set: its patches, its additions, its parameters. */
function localValues(plan: Awaited<ReturnType<typeof resolveFork>>['plan'], s: Scenario) {
  const tasks = new Map((plan.tasks ?? []).map((t) => [t.id, t]));
  const agencies = new Map((plan.agencies ?? []).map((a) => [a.id, a]));
  const order = (plan.tasks ?? []).map((t) => t.id);
  return {
    patched: s.patched.map((id) => [id, tasks.get(id)?.title, tasks.get(id)?.timeframe]),
    renamed: s.renamed.map((id) => [id, agencies.get(id)?.name]),
    local: tasks.get('rieng-cua-tinh'),
    localAfter: order[order.indexOf('rieng-cua-tinh') - 1],
    localAgency: agencies.get('co-quan-rieng'),
    issuer: plan.issuer,
  };
}

describe('template overlays (properties)', () => {
  it('upstream edits to ids a fork does not touch never change the fork\'s local values', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const fork = forkText(s);
        const before = await resolveFork(s.up, fork, '1.0.0');
        const after = await resolveFork(release(s), fork, '1.1.0');
        expect(before.errors).toEqual([]);
        expect(after.errors).toEqual([]);
        const local = localValues(after.plan, s);
        expect(local).toEqual(localValues(before.plan, s));
        expect(local.localAfter).toBe(s.anchor);
        for (const [, title] of local.patched) expect(title).toMatch(/^Nhiệm vụ riêng của tỉnh/);
        // And the release did arrive: untouched ids carry upstream's new values.
        const next = release(s);
        const titles = new Map((after.plan.tasks ?? []).map((t) => [t.id, t.title]));
        for (const t of next.tasks) if (!s.patched.includes(t.id)) expect(titles.get(t.id)).toBe(t.title);
      }),
      { numRuns: 60 },
    );
  });

  it('resolving the same inputs gives byte-identical output, provenance included', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const fork = forkText(s);
        const render = async (): Promise<string> => {
          const r = await resolveFork(s.up, fork, '1.0.0');
          const where = (r.plan.tasks ?? []).map((t) => {
            const o = r.provenance.origin(t, 'title');
            return `${t.id}<-${o?.layer.role}:${o?.layer.label}`;
          });
          return JSON.stringify({ plan: r.plan, where, layers: r.layers.map((l) => l.label) });
        };
        const a = await render();
        const b = await render();
        expect(b).toBe(a);
      }),
      { numRuns: 40 },
    );
  });

  it('an override of an id upstream removed is an error naming both files, never a silent drop', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const victim = s.patched[0]!;
        const next = { ...s.up, tasks: s.up.tasks.filter((t) => t.id !== victim) };
        if (victim === s.anchor) return;
        const r = await resolveFork(next, forkText(s).replace('@^1.0.0', '@^2.0.0'), '2.0.0');
        expect(r.errors).toEqual([
          `template-resolvable: Patch of "${victim}" (tasks) in ${FORK}: template @kehoach/template-province@2.0.0 has no such item (it may have been renamed or dropped in a new version). Update or delete this entry.`,
        ]);
      }),
      { numRuns: 30 },
    );
  });
});
