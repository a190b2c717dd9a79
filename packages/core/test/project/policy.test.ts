import { describe, expect, it } from 'vitest';
import { PlanCatalog, planNumberOf } from '../../src/project/catalog.js';
import { ConfigResolver } from '../../src/project/config-resolver.js';
import { globMatcher } from '../../src/project/glob.js';
import { MemoryHost } from '../../src/project/host.js';
import { commonFolder, findProjectRoot, IgnoreRules, inSkippedFolder, projectFileKind } from '../../src/project/policy.js';
import { Project } from '../../src/project/project.js';

/** A disk of files and folders (`.git` folders are listed as files ending in /.git). */
function probe(files: Record<string, string>, dirs: string[] = []) {
  return {
    exists: async (path: string) => path in files || dirs.includes(path),
    readFile: async (path: string) => files[path],
  };
}

describe('the project root', () => {
  it('is the nearest folder whose kehoach.config.yaml says root: true', async () => {
    const fs = probe({ '/repo/plans/kehoach.config.yaml': 'root: true\nlocale: vi\n', '/repo/plans/2024/kehoach.config.yaml': 'locale: en\n' }, ['/repo/.git']);
    expect(await findProjectRoot('/repo/plans/2024/xa', fs)).toBe('/repo/plans');
  });

  it('else the repository (the folder holding .git), whatever the folder given inside it', async () => {
    const fs = probe({ '/repo/examples/kehoach.config.yaml': 'ignore: [invalid/**]\n' }, ['/repo/.git']);
    expect(await findProjectRoot('/repo/examples/invalid', fs)).toBe('/repo');
  });

  it('else the folder given — never anything about where the process runs', async () => {
    expect(await findProjectRoot('/tmp/copy/examples', probe({}))).toBe('/tmp/copy/examples');
  });

  it('a config that cannot be read as YAML does not make a root', async () => {
    const fs = probe({ '/a/b/kehoach.config.yaml': 'root: [true\n' }, ['/a/.git']);
    expect(await findProjectRoot('/a/b', fs)).toBe('/a');
  });

  it('the common folder of several inputs', () => {
    expect(commonFolder(['/r/examples/2024', '/r/examples/invalid/x.yaml'])).toBe('/r/examples');
    expect(commonFolder(['/a', '/b'])).toBe('/');
  });
});

describe('which files are the project’s', () => {
  it('YAML files core recognises, outside dependency, build and dot folders', () => {
    expect(projectFileKind('/r/ke-hoach.kehoach.yaml', '')).toBe('plan');
    expect(projectFileKind('/r/ci.yaml', 'on: push\n')).toBeUndefined();
    expect(projectFileKind('/r/notes.txt', 'kind: plan\n')).toBeUndefined();
    expect(inSkippedFolder('/r', '/r/node_modules/x/a.kehoach.yaml')).toBe(true);
    expect(inSkippedFolder('/r', '/r/.github/a.kehoach.yaml')).toBe(true);
    expect(inSkippedFolder('/r', '/r/out/a.kehoach.yaml')).toBe(true);
    expect(inSkippedFolder('/r', '/r/2024/a.kehoach.yaml')).toBe(false);
    // The folder the user opened may itself be a dot folder: only folders below it count.
    expect(inSkippedFolder('/r/.plans', '/r/.plans/a.kehoach.yaml')).toBe(false);
  });

  it('ignore: a folder pattern covers what is under it; a name without "/" matches at any depth', async () => {
    const host = new MemoryHost(
      {
        '/r/kehoach.config.yaml': "ignore: ['invalid/**', 'nhap-*.kehoach.yaml', './cu/']\n",
        '/r/sub/kehoach.config.yaml': "ignore: ['**/tam/*.yaml']\n",
      },
      '/r',
    );
    const rules = new IgnoreRules(new ConfigResolver(host));
    expect(await rules.ignored('/r/invalid/a.kehoach.yaml')).toBe(true);
    expect(await rules.ignored('/r/invalid/parents/p.kehoach.yaml')).toBe(true);
    expect(await rules.ignored('/r/2024/nhap-1.kehoach.yaml')).toBe(true);
    expect(await rules.ignored('/r/cu/x/y.kehoach.yaml')).toBe(true);
    expect(await rules.ignored('/r/sub/a/tam/x.yaml')).toBe(true);
    expect(await rules.ignored('/r/sub/a/x.yaml')).toBe(false);
    expect(await rules.ignored('/r/2024/ke-hoach.kehoach.yaml')).toBe(false);
    // The user named (or opened) the ignored folder itself: its files are checked.
    expect(await rules.ignored('/r/invalid/a.kehoach.yaml', '/r/invalid')).toBe(false);
    expect(await rules.ignored('/r/invalid/a.kehoach.yaml', '/r')).toBe(true);
  });

  it.each([
    ['invalid/**', 'invalid/a/b.yaml', true],
    ['invalid/**', 'invalidx/a.yaml', false],
    ['**/x.yaml', 'x.yaml', true],
    ['**/x.yaml', 'a/b/x.yaml', true],
    ['a/*.yaml', 'a/b/c.yaml', false],
    ['a/?.yaml', 'a/b.yaml', true],
    ['a/[bc].yaml', 'a/c.yaml', true],
    ['a/[!bc].yaml', 'a/c.yaml', false],
    ['{a,b}/*.yaml', 'b/x.yaml', true],
    ['*.yaml', '.hidden.yaml', true],
    ['!keep/**', 'other/x.yaml', true],
    ['a.b(1)+.yaml', 'a.b(1)+.yaml', true],
  ])('glob %s on %s: %s', (pattern, path, expected) => {
    expect(globMatcher(pattern)(path)).toBe(expected);
  });
});

describe('a parent plan named by number only', () => {
  it('reads the number of a plan without parsing it', () => {
    expect(planNumberOf('kind: plan\nnumber: 07/KH-UBND # số\n')).toBe('07/KH-UBND');
    expect(planNumberOf("number: '07/KH-UBND'\n")).toBe('07/KH-UBND');
    expect(planNumberOf('number: ""\n')).toBeUndefined();
    expect(planNumberOf('parent:\n  number: 1\n')).toBeUndefined();
  });

  const PROVINCE = 'kind: plan\nnumber: 07/KH-UBND\nyear: 2024\ntitle: Tỉnh\ntasks:\n  - id: a\n    title: A\n';
  const CHILD = 'kind: plan\nyear: 2024\ntitle: Huyện\nparent:\n  ref: 07/kh-ubnd\n';

  it('is found among the project’s plans whatever was read before, and only among them', async () => {
    const files = { '/r/a-huyen.kehoach.yaml': CHILD, '/r/z-tinh.kehoach.yaml': PROVINCE, '/r/ignored/tinh.kehoach.yaml': PROVINCE };
    const catalog = new PlanCatalog();
    for (const path of ['/r/a-huyen.kehoach.yaml', '/r/z-tinh.kehoach.yaml']) catalog.set(path, files[path as keyof typeof files]);
    // The child is checked first: the parent has not been read yet.
    const withCatalog = await new Project(new MemoryHost(files, '/r'), { catalog }).analyze('/r/a-huyen.kehoach.yaml');
    expect(withCatalog?.parent).toMatchObject({ status: 'resolved', by: 'ref' });
    const without = await new Project(new MemoryHost(files, '/r')).analyze('/r/a-huyen.kehoach.yaml');
    expect(without?.parent.status).toBe('not-found');

    // A plan outside the catalog (an ignored folder) is never the parent, even once read.
    const only = new PlanCatalog();
    only.set('/r/a-huyen.kehoach.yaml', CHILD);
    const project = new Project(new MemoryHost(files, '/r'), { catalog: only });
    await project.analyze('/r/ignored/tinh.kehoach.yaml');
    expect((await project.analyze('/r/a-huyen.kehoach.yaml'))?.parent.status).toBe('not-found');
    expect(project.lookingFor('07/KH-UBND')).toEqual(['/r/a-huyen.kehoach.yaml']);
  });
});
