import { describe, expect, it } from 'vitest';
import { canonicalPath, Containment, inNodeModulesPackage, type LinkView } from '../../src/project/containment.js';
import { MemoryHost } from '../../src/project/host.js';

/** A file system of paths and links only: `links` maps a link to its stored target. */
function view(files: string[], links: Record<string, string>): LinkView {
  return {
    async kind(path) {
      if (path in links) return 'link';
      return files.some((f) => f === path || f.startsWith(`${path}/`)) ? 'other' : 'missing';
    },
    async readLink(path) {
      return links[path];
    },
  };
}

describe('canonicalPath follows every link, whether the file exists or not', () => {
  const fs = view(['/ws/a.yaml', '/out/secret.yaml', '/ws/sub/x.yaml'], {
    '/ws/link.yaml': '/out/secret.yaml',
    '/ws/dir': '../out',
    '/ws/dangling.yaml': '/out/missing.yaml',
    '/ws/loop': '/ws/loop',
    '/ws/sub/up': '..',
  });
  it.each([
    ['/ws/a.yaml', '/ws/a.yaml'],
    ['/ws/link.yaml', '/out/secret.yaml'],
    ['/ws/dir/secret.yaml', '/out/secret.yaml'],
    ['/ws/dir/missing.yaml', '/out/missing.yaml'],
    ['/ws/dangling.yaml', '/out/missing.yaml'],
    ['/ws/sub/up/dir/secret.yaml', '/out/secret.yaml'],
    ['/ws/nothing/here.yaml', '/ws/nothing/here.yaml'],
  ])('%s leads to %s', async (path, real) => {
    expect(await canonicalPath(path, fs)).toBe(real);
  });
  it('a loop of links ends (the path stays where it looped)', async () => {
    expect(await canonicalPath('/ws/loop/x.yaml', fs)).toBe('/ws/loop/x.yaml');
  });
  it('keeps a drive letter', async () => {
    expect(await canonicalPath('C:/ws/a.yaml', view(['C:/ws/a.yaml'], {}))).toBe('C:/ws/a.yaml');
  });
});

describe('the containment policy', () => {
  it('an npm package under node_modules is a package path; node_modules itself or a dot folder is not', () => {
    expect(inNodeModulesPackage('/home/u/.npm/node_modules/@kehoach/template-commune/template.yaml')).toBe(true);
    expect(inNodeModulesPackage('/ws/node_modules/.pnpm/x@1/node_modules/x/template.yaml')).toBe(true);
    expect(inNodeModulesPackage('/ws/node_modules/.bin')).toBe(false);
    expect(inNodeModulesPackage('/ws/node_modules/@scope')).toBe(false);
    expect(inNodeModulesPackage('/etc/passwd')).toBe(false);
  });

  it('decides on the real path: inside the root or in a package, through the host', async () => {
    const fs = view(['/ws/a.yaml', '/out/b.yaml'], { '/ws/l.yaml': '/out/b.yaml', '/ws/node_modules/p': '/store/node_modules/p' });
    const host = Object.assign(new MemoryHost({}, '/ws'), { realpath: (p: string) => canonicalPath(p, fs) });
    const c = new Containment(host);
    expect(await c.allows('/ws/a.yaml')).toBe(true);
    expect(await c.allows('/ws/l.yaml')).toBe(false);
    expect(await c.allows('/ws/../out/b.yaml')).toBe(false);
    expect(await c.allows('/out/missing.yaml')).toBe(false);
    expect(await c.allows('/ws/node_modules/p/template.yaml')).toBe(true);
    // Without realpath (files in memory) the written path is the real one.
    const plain = new Containment(new MemoryHost({}, '/ws'));
    expect(await plain.allows('/ws/x.yaml')).toBe(true);
    expect(await plain.allows('/etc/passwd')).toBe(false);
  });
});

describe('the project forgets where a path leads when it hears the path changed', () => {
  it('a registry replaced by a link to outside is refused at the next check', async () => {
    const links: Record<string, string> = {};
    const fs = view(['/ws/agencies.yaml', '/ws/p.kehoach.yaml', '/out/agencies.yaml'], links);
    const { Project } = await import('../../src/project/project.js');
    const host = Object.assign(new MemoryHost({
      '/ws/agencies.yaml': 'kind: registry\nagencies:\n  - { id: a, name: Phòng Nội vụ, kind: department, level: district }\n',
      '/ws/p.kehoach.yaml': 'kind: plan\nregistry: ./agencies.yaml\nissuer:\n  name: Ủy ban nhân dân huyện\nyear: 2024\ntitle: Kế hoạch\n',
    }, '/ws'), { realpath: (p: string) => canonicalPath(p, fs) });
    const project = new Project(host);
    const outside = async () => (await project.check('/ws/p.kehoach.yaml'))!.diagnostics.some((d) => d.messageId === 'outsideWorkspace');
    expect(await outside()).toBe(false);
    links['/ws/agencies.yaml'] = '/out/agencies.yaml';
    project.invalidate('/ws/agencies.yaml');
    expect(await outside()).toBe(true);
  });
});
