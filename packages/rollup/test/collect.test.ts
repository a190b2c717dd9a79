import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, yamlFiles } from '../src/collect.js';
import { Workspace } from '../src/workspace.js';
import { EXAMPLE_DIR, EXAMPLE_PLAN } from './helpers.js';

describe('reading a folder of plans and reports', () => {
  it('finds the province, its three commune plans and their reports, in worker threads as in this one', async () => {
    const files = await yamlFiles(EXAMPLE_DIR);
    expect(files.filter((f) => f.endsWith('.baocao.yaml'))).toHaveLength(3);
    const alone = await collect(files, { jobs: 1 });
    const threads = await collect(files, { jobs: 2 });
    expect(threads).toEqual(alone);
    // The registry is neither a plan nor a report: left out, not a failure.
    expect(alone.failures).toEqual([]);
    const ws = new Workspace(alone.summaries);
    expect(ws.roots().map((p) => p.path)).toEqual([EXAMPLE_PLAN]);
    expect(ws.childrenOf(EXAMPLE_PLAN, '45/KH-UBND').map((p) => p.issuer?.name).sort()).toEqual(['Ủy ban nhân dân xã An Hòa', 'Ủy ban nhân dân xã Phú Lộc', 'Ủy ban nhân dân xã Tân Thành']);
    expect(ws.reportsOn(EXAMPLE_PLAN, '45/KH-UBND')).toHaveLength(3);
    const anHoa = ws.plans.get(`${EXAMPLE_DIR}/xa-an-hoa/ke-hoach.kehoach.yaml`);
    expect(anHoa?.implements['mo-diem-ho-tro']).toEqual(['diem-ho-tro']);
  });
});

describe('listing a folder', () => {
  it('lists the YAML files of every folder side by side, sorted, each asked about once, dependency and build folders skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-rollup-list-')).replace(/\\/g, '/');
    try {
      const files = ['tinh.kehoach.yaml', 'b/x.yml', 'a/b/c/d.baocao.yaml', 'a/b/e.yaml', 'a/bo-qua.yaml', 'node_modules/p/plan.yaml', 'dist/out.yaml', '.git/x.yaml', 'a/ghi-chu.txt'];
      for (const f of files) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), 'kind: plan\n');
      }
      const asked: string[] = [];
      const listed = await yamlFiles(`${dir}/`, {
        ignored: async (p) => {
          asked.push(p);
          await new Promise((r) => setTimeout(r, p.endsWith('e.yaml') ? 20 : 0));
          return p.endsWith('/bo-qua.yaml');
        },
      });
      const expected = ['a/b/c/d.baocao.yaml', 'a/b/e.yaml', 'b/x.yml', 'tinh.kehoach.yaml'].map((f) => `${dir}/${f}`);
      expect(listed).toEqual(expected);
      expect(asked.sort()).toEqual([...expected, `${dir}/a/bo-qua.yaml`].sort());
      expect(await yamlFiles(`${dir}/khong-co`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
