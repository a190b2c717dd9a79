import { describe, expect, it } from 'vitest';
import { PlanCatalog } from '../../src/project/catalog.js';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';

const registry = 'kind: registry\nagencies:\n  - id: so-noi-vu\n    name: Sở Nội vụ\n    kind: department\n';
const province = 'kind: plan\nissuer:\n  name: Ủy ban nhân dân tỉnh Bình Minh\n  level: province\nnumber: 07/KH-UBND\nyear: 2026\ntitle: Kế hoạch tỉnh\ntasks:\n  - id: t1\n    title: Nhiệm vụ\n    lead: Sở Nội vụ\n    timeframe: Quý I/2026\n';
const commune = (parent: string): string =>
  `kind: plan\nissuer:\n  name: Ủy ban nhân dân xã Bình An\n  level: commune\nyear: 2026\ntitle: Kế hoạch xã\nparent:\n${parent}tasks:\n  - id: t2\n    title: Nhiệm vụ\n    lead: UBND xã\n    timeframe: Quý I/2026\n`;

/** A host whose reads of `slow` wait until `release()`: a file read while it changes. */
class SlowHost extends MemoryHost {
  private waiting: (() => void)[] = [];
  constructor(
    files: Record<string, string>,
    private readonly slow: string,
  ) {
    super(files, '/ws');
  }
  override async readFile(path: string): Promise<string | undefined> {
    if (path === this.slow) await new Promise<void>((r) => this.waiting.push(r));
    return super.readFile(path);
  }
  get reading(): boolean {
    return this.waiting.length > 0;
  }
  release(): void {
    for (const r of this.waiting.splice(0)) r();
  }
}

const until = async (ready: () => boolean): Promise<void> => {
  for (let i = 0; i < 10_000 && !ready(); i++) await new Promise((r) => setImmediate(r));
  expect(ready()).toBe(true);
};

describe('a file is a dependent of what it reads from the moment it starts reading it', () => {
  // A check that read the old text of its parent plan or registry while it changed must be
  // found among the changed file's dependents, or its stale verdict would stand (the
  // language server checks a workspace's files without reading them all first).
  it('the registry of its folder config', async () => {
    const host = new SlowHost({ '/ws/kehoach.config.yaml': 'registry: ./agencies.yaml\n', '/ws/agencies.yaml': registry, '/ws/xa.kehoach.yaml': commune('  path: ./tinh.kehoach.yaml\n'), '/ws/tinh.kehoach.yaml': province }, '/ws/agencies.yaml');
    const project = new Project(host);
    const check = project.check('/ws/xa.kehoach.yaml');
    await until(() => host.reading);
    expect(project.dependentsOf('/ws/agencies.yaml')).toContain('/ws/xa.kehoach.yaml');
    host.release();
    await check;
    expect(project.dependentsOf('/ws/agencies.yaml')).toContain('/ws/xa.kehoach.yaml');
  });

  it('the parent plan it finds by number', async () => {
    const files = { '/ws/xa.kehoach.yaml': commune('  ref: 07/KH-UBND\n'), '/ws/tinh.kehoach.yaml': province, '/ws/bao-cao.baocao.yaml': 'kind: report\nnumber: 07/KH-UBND\nperiod: Quý I/2026\n' };
    const host = new SlowHost(files, '/ws/tinh.kehoach.yaml');
    const catalog = new PlanCatalog();
    for (const [path, text] of Object.entries(files)) catalog.set(path, text);
    const project = new Project(host, { catalog });
    const check = project.check('/ws/xa.kehoach.yaml');
    await until(() => host.reading);
    expect(project.dependentsOf('/ws/tinh.kehoach.yaml')).toContain('/ws/xa.kehoach.yaml');
    host.release();
    expect((await check)?.analysis.plan?.parent?.ref).toBe('07/KH-UBND');
    expect(project.dependentsOf('/ws/tinh.kehoach.yaml')).toEqual(['/ws/xa.kehoach.yaml']);
    // A file of that number that is not a plan is no parent: not a dependency either.
    expect(project.plansNumbered('07/KH-UBND')).toEqual(['/ws/bao-cao.baocao.yaml', '/ws/tinh.kehoach.yaml']);
    expect(project.dependentsOf('/ws/bao-cao.baocao.yaml')).toEqual([]);
  });
});
