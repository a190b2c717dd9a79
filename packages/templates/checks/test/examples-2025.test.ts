import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Project } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KEHOACH } from './support/registry.js';
import { OverlayHost } from './support/templates.js';

/**
 * The 2025 example pair: a province plan over @kehoach/template-province, and a special
 * zone's plan over the province's fork of @kehoach/template-commune that implements it.
 * The templates resolve through the repository's node_modules, as `kehoach validate
 * examples` finds them.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url)).replace(/\/$/, '');
const PROVINCE = `${ROOT}/examples/2025/quang-ngai/ke-hoach-cchc-2026.kehoach.yaml`;
const FORK = `${ROOT}/examples/2025/quang-ngai/mau-xa.template.yaml`;
const COMMUNE = `${ROOT}/examples/2025/ly-son/ke-hoach-cchc-2026.kehoach.yaml`;

async function check(path: string, text?: string) {
  const files = new Map<string, string>(text === undefined ? [] : [[path, text]]);
  const r = await new Project(new OverlayHost(ROOT, files)).check(path, text);
  if (!r) throw new Error(`no result for ${path}`);
  return r;
}

const problems = (r: Awaited<ReturnType<typeof check>>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId} ${d.range.start.line + 1}: ${d.message.en}`);

describe('examples/2025', () => {
  it.each([PROVINCE, FORK, COMMUNE].map((p) => [p.slice(ROOT.length + 1), p]))('%s validates with no errors or warnings', async (_, path) => {
    expect(problems(await check(path))).toEqual([]);
  });

  it('the province plan extends the 2025 province template and keeps its merged departments', async () => {
    const r = await check(PROVINCE);
    expect(r.analysis.resolution?.layers.map((l) => l.label)).toEqual(['@kehoach/template-province@1.0.0', PROVINCE]);
    expect(r.analysis.agencies.resolve('Sở Khoa học và Công nghệ')?.entry.id).toBe('so-khoa-hoc-va-cong-nghe');
    // Renamed by the plan; the template's generic name still resolves to it.
    expect(r.analysis.agencies.resolve('Báo và Phát thanh, Truyền hình tỉnh')?.entry.name).toBe('Báo và Phát thanh, Truyền hình Quảng Ngãi');
  });

  it('the commune plan goes base -> province fork -> plan, and implements the province plan', async () => {
    const r = await check(COMMUNE);
    expect(r.analysis.resolution?.layers.map((l) => l.role)).toEqual(['base', 'fork', 'plan']);
    expect(r.analysis.plan?.issuer).toMatchObject({ name: 'Ủy ban nhân dân đặc khu Lý Sơn', level: 'commune', parent: 'UBND tỉnh Quảng Ngãi' });
    const text = readFileSync(COMMUNE, 'utf8');
    const broken = await check(COMMUNE, text.replace('    implements: tin-bai-cchc-cap-xa\n', ''));
    expect(broken.diagnostics.filter((d) => d.ruleId === 'parent-task-implemented').map((d) => d.data?.task)).toEqual(['tin-bai-cchc-cap-xa']);
  });

  it('kehoach resolve prints YAML that reads back as exactly the resolved plan', () => {
    for (const path of [PROVINCE, COMMUNE]) {
      const resolve = (format: string) => execFileSync(process.execPath, [KEHOACH(), 'resolve', path, '--format', format], { cwd: ROOT, encoding: 'utf8' });
      const yaml = parse(resolve('yaml')) as Record<string, unknown>;
      const json = JSON.parse(resolve('json')) as { plan: Record<string, unknown> };
      expect(yaml).toEqual({ kind: 'plan', ...json.plan });
    }
  });
});
