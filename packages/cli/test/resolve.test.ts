import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';
import { installTemplates } from './template-fixtures.js';

/** Quảng Ngãi's fork of the commune template, and a commune plan over it. */
const FORK = `kind: template
id: quang-ngai-xa
level: commune
extends: "@kehoach/template-commune@^1.0.0"
issuer:
  parent: UBND tỉnh Quảng Ngãi
patch:
  tasks:
    theo-doi-tong-hop:
      timeframe: Hàng quý
agencies:
  - id: trung-tam-vh-tt-xa
    name: Trung tâm Văn hóa - Thể thao xã
    kind: unit
    level: commune
`;
const PLAN = `kind: plan
extends: ./mau/xa.template.yaml
issuer:
  name: Ủy ban nhân dân xã Bình Sơn
  parent: UBND tỉnh Quảng Nam
year: 2026
title: Tuyên truyền cải cách hành chính năm 2026
patch:
  tasks:
    theo-doi-tong-hop:
      lead: Văn phòng HĐND và UBND
`;

describe('kehoach resolve', () => {
  it('prints the merged plan with where each value came from: base, fork, plan', async () => {
    const root = workspace({ 'mau/xa.template.yaml': FORK, 'binh-son.kehoach.yaml': PLAN });
    installTemplates(root, 'commune');
    const r = await run(['resolve', 'binh-son.kehoach.yaml'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('# kehoach resolve: base @kehoach/template-commune@1.0.0 -> fork mau/xa.template.yaml -> plan binh-son.kehoach.yaml');
    expect(lines[1]).toBe('kind: plan');
    expect(lines).toContain('  name: Ủy ban nhân dân xã Bình Sơn');
    // The nearest wins, and the output says whose value it replaced.
    expect(lines).toContain('  parent: UBND tỉnh Quảng Nam  # plan binh-son.kehoach.yaml:5 (thay "UBND tỉnh Quảng Ngãi" của fork mau/xa.template.yaml)');
    expect(lines).toContain('year: 2026  # plan binh-son.kehoach.yaml:6');
    expect(r.stdout).toMatch(/ {2}- id: theo-doi-tong-hop {2}# base @kehoach\/template-commune@1\.0\.0:\d+\n/);
    expect(r.stdout).toContain('    lead: Văn phòng HĐND và UBND  # plan binh-son.kehoach.yaml:11\n    timeframe: Hàng quý  # fork mau/xa.template.yaml:10\n');
    expect(r.stdout).toContain('  - id: trung-tam-vh-tt-xa  # fork mau/xa.template.yaml:12');
  });

  it('gives the same bytes for the same inputs, and JSON with a source per value', async () => {
    const root = workspace({ 'mau/xa.template.yaml': FORK, 'binh-son.kehoach.yaml': PLAN });
    installTemplates(root, 'commune');
    const a = await run(['resolve', 'binh-son.kehoach.yaml'], root);
    const b = await run(['resolve', 'binh-son.kehoach.yaml'], root);
    expect(b.stdout).toBe(a.stdout);
    const json = JSON.parse((await run(['resolve', 'binh-son.kehoach.yaml', '--format', 'json'], root)).stdout);
    expect(json.sources['tasks[theo-doi-tong-hop].lead']).toBe('plan binh-son.kehoach.yaml:11');
    expect(json.sources['tasks[theo-doi-tong-hop].timeframe']).toBe('fork mau/xa.template.yaml:10');
    expect(json.sources['tasks[theo-doi-tong-hop].title']).toMatch(/^base @kehoach\/template-commune@1\.0\.0:\d+$/);
    expect(json.plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân xã Bình Sơn', level: 'commune', code: 'UBND', parent: 'UBND tỉnh Quảng Nam' });
  });

  it('reports an edit of an id the template does not have on stderr, with its place, and exits 1', async () => {
    const plan = PLAN.replace('    theo-doi-tong-hop:\n      lead', '    tong-hop-bao-cao:\n      lead');
    const root = workspace({ 'mau/xa.template.yaml': FORK, 'binh-son.kehoach.yaml': plan });
    installTemplates(root, 'commune');
    const r = await run(['resolve', 'binh-son.kehoach.yaml', '--locale', 'en'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^binh-son\.kehoach\.yaml:10:5: Patch of "tong-hop-bao-cao" \(tasks\) in .*binh-son\.kehoach\.yaml: template @kehoach\/template-commune@1\.0\.0, .*mau\/xa\.template\.yaml has no such item/);
    expect(r.stderr).toContain('Could not resolve cleanly: 1 inheritance error(s)');
    expect(r.stdout).toContain('kind: plan');
  });

  it('says so when the plan extends nothing', async () => {
    const root = workspace({ 'a.kehoach.yaml': 'kind: plan\nissuer:\n  name: Ủy ban nhân dân xã Bình Sơn\n  level: commune\nyear: 2026\ntitle: Kế hoạch\n' });
    const r = await run(['resolve', 'a.kehoach.yaml'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: a.kehoach.yaml không kế thừa mẫu nào (không có "extends:"); kế hoạch đã là bản đầy đủ.\n');
  });
});
