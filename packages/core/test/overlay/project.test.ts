import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';

const PKG = '/work/node_modules/@kehoach/template-district';
const template = (extra = '') => `kind: template
id: district
level: district
registry: ./agencies.yaml
rules:
  task-timeframe-required: off
issuer:
  level: district
  code: UBND
title: Tuyên truyền cải cách hành chính năm <năm>
reporting:
  - to: UBND huyện
tasks:
  - id: tap-huan
    title: Tập huấn nghiệp vụ cải cách hành chính
    timeframe: Trong năm 2024
${extra}`;
const agencies = `kind: registry
agencies:
  - { id: ubnd-huyen, name: Ủy ban nhân dân huyện, short: UBND huyện, kind: people-committee, level: district }
  - { id: phong-noi-vu, name: Phòng Nội vụ, kind: department, level: district }
`;

function files(version: string, plan: string, tpl = template()): Record<string, string> {
  return {
    [`${PKG}/package.json`]: JSON.stringify({ name: '@kehoach/template-district', version, kehoach: { template: 'template.yaml' } }),
    [`${PKG}/template.yaml`]: tpl,
    [`${PKG}/agencies.yaml`]: agencies,
    '/work/plans/binh-son.kehoach.yaml': plan,
  };
}

const PLAN = `kind: plan
extends: "@kehoach/template-district@^1.0.0"
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn
patch:
  tasks:
    tap-huan:
      lead: Phòng Nội vụ
`;

async function check(f: Record<string, string>) {
  const project = new Project(new MemoryHost(f, '/work'));
  return (await project.check('/work/plans/binh-son.kehoach.yaml'))!;
}

describe('a plan extending an installed template package', () => {
  it('resolves through node_modules, uses the template registry, and validates', async () => {
    const r = await check(files('1.2.0', PLAN));
    expect(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId}: ${d.message.en}`)).toEqual([]);
    const plan = r.analysis.plan!;
    expect(plan.issuer).toEqual({ level: 'district', code: 'UBND', name: 'Ủy ban nhân dân huyện Bình Sơn' });
    expect(plan.tasks?.[0]).toMatchObject({ id: 'tap-huan', lead: 'Phòng Nội vụ' });
    expect(r.analysis.agencies.resolve('UBND huyện')?.entry.id).toBe('ubnd-huyen');
  });

  it('reports a version outside the range at the extends value', async () => {
    const r = await check(files('2.0.0', PLAN));
    const d = r.diagnostics.find((x) => x.ruleId === 'template-resolvable');
    expect(d?.messageId).toBe('versionMismatch');
    expect(d?.data).toMatchObject({ version: '2.0.0', range: '^1.0.0' });
    expect(d?.range.start).toEqual({ line: 1, character: 9 });
  });

  it('points a problem inside the template at extends, with the template location related', async () => {
    const plan = PLAN.replace('    tap-huan:\n      lead: Phòng Nội vụ\n', '    tap-huan:\n      title: Tập huấn\n');
    const r = await check(files('1.0.0', plan));
    const d = r.diagnostics.find((x) => x.ruleId === 'task-lead-required');
    expect(d).toBeDefined();
    expect(d?.range.start.line).toBe(1);
    expect(d?.origin).toBe('template');
    expect(d?.related?.[0]?.uri).toBe(`${PKG}/template.yaml`);
    expect(d?.suggestions).toBeUndefined();
  });

  it('applies template rule settings below the plan and config', async () => {
    const tpl = template().replace('    timeframe: Trong năm 2024\n', '');
    const r1 = await check(files('1.0.0', PLAN, tpl));
    expect(r1.diagnostics.some((d) => d.ruleId === 'task-timeframe-required')).toBe(false);
    const r2 = await check({ ...files('1.0.0', PLAN, tpl), '/work/kehoach.config.yaml': 'rules:\n  task-timeframe-required: error\n' });
    expect(r2.diagnostics.some((d) => d.ruleId === 'task-timeframe-required')).toBe(true);
    const r3 = await check({ ...files('1.0.0', `${PLAN}rules:\n  task-timeframe-required: off\n`, tpl), '/work/kehoach.config.yaml': 'rules:\n  task-timeframe-required: error\n' });
    expect(r3.diagnostics.some((d) => d.ruleId === 'task-timeframe-required')).toBe(false);
  });

  it('says the template is not installed', async () => {
    const f = files('1.0.0', PLAN);
    delete f[`${PKG}/package.json`];
    const r = await check(f);
    expect(r.diagnostics.find((d) => d.ruleId === 'template-resolvable')?.messageId).toBe('notInstalled');
  });
});
