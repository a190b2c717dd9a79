import { describe, expect, it } from 'vitest';
import { LanguageService } from '../../src/service/language-service.js';
import { fixtureFiles } from '../helpers.js';

const plan = (i: number): string => `kind: plan\nnumber: ${i}/KH-UBND\ntitle: Kế hoạch ${i}\n`;

/** A workspace of `plans` plan files, each folder with a CI file that is not the project's. */
function country(plans: number): { service: LanguageService; paths: string[]; listed: () => number; listing: () => AsyncGenerator<string> } {
  const files = new Map<string, string>();
  const paths: string[] = [];
  for (let i = 0; i < plans; i++) {
    files.set(`/ws/xa-${i}/ci.yaml`, 'image: node:20\n');
    files.set(`/ws/xa-${i}/ke-hoach.kehoach.yaml`, plan(i));
    paths.push(`/ws/xa-${i}/ci.yaml`, `/ws/xa-${i}/ke-hoach.kehoach.yaml`);
  }
  let listed = 0;
  const service = new LanguageService({ root: '/ws', fs: { readFile: async (p) => files.get(p) } });
  return {
    service,
    paths,
    listed: () => listed,
    listing: async function* () {
      for (const p of paths) {
        listed++;
        yield p;
      }
    },
  };
}

describe('the workspace scan keeps at most maxFiles of the project’s files', () => {
  it('counts the project’s files only, keeps the first ones, names the first left out and stops listing', async () => {
    const { service, listing, listed } = country(1000);
    service.configure({ maxFiles: 10 });
    const scan = await service.scanWorkspace(['/ws'], listing());
    expect(scan.files).toEqual(Array.from({ length: 10 }, (_, i) => `/ws/xa-${i}/ke-hoach.kehoach.yaml`));
    expect(scan.cutOff).toEqual({ file: '/ws/xa-10/ke-hoach.kehoach.yaml', folder: '/ws/xa-10', limit: 10 });
    expect(service.knownPaths()).toHaveLength(10);
    // The listing was not walked to its end: a few reads past the limit at most.
    expect(listed()).toBeLessThan(100);
  });

  it('under the limit, everything and no cut-off', async () => {
    const { service, listing } = country(30);
    service.configure({ maxFiles: 30 });
    const scan = await service.scanWorkspace(['/ws'], listing());
    expect(scan.files).toHaveLength(30);
    expect(scan.cutOff).toBeUndefined();
  });

  it('a workspace at its limit takes no created file; one under it does', async () => {
    const { service, listing } = country(12);
    service.configure({ maxFiles: 10 });
    await service.scanWorkspace(['/ws'], listing());
    expect(await service.fileChanged('/ws/xa-11/ke-hoach.kehoach.yaml', 'created')).toEqual(['/ws/xa-11/ke-hoach.kehoach.yaml']);
    expect(service.ws.hasFile('/ws/xa-11/ke-hoach.kehoach.yaml')).toBe(false);
    // A file the workspace holds stays when it changes.
    await service.fileChanged('/ws/xa-3/ke-hoach.kehoach.yaml', 'changed');
    expect(service.ws.hasFile('/ws/xa-3/ke-hoach.kehoach.yaml')).toBe(true);
    await service.fileChanged('/ws/xa-3/ke-hoach.kehoach.yaml', 'deleted');
    await service.fileChanged('/ws/xa-11/ke-hoach.kehoach.yaml', 'created');
    expect(service.ws.hasFile('/ws/xa-11/ke-hoach.kehoach.yaml')).toBe(true);
  });

  it('reads maxFiles from the settings: a positive whole number, else the default', () => {
    const { service } = country(0);
    const defaults = service.settings.maxFiles;
    expect(defaults).toBe(50_000);
    for (const bad of [0, -3, 'nhiều', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      service.configure({ maxFiles: bad });
      expect(service.settings.maxFiles).toBe(defaults);
    }
    service.configure({ maxFiles: 20.7 });
    expect(service.settings.maxFiles).toBe(20);
  });
});

/** The fixture workspace with commune plans `xa-<name>/` beside it, reads counted, nothing read yet. */
function countedWorkspace(names: readonly string[]): { service: LanguageService; files: Map<string, string>; reads: Map<string, number> } {
  const files = fixtureFiles();
  const commune = files.get('/ws/xa.kehoach.yaml') as string;
  for (const x of names) files.set(`/ws/xa-${x}/ke-hoach.kehoach.yaml`, commune.replace('path: ./tinh.kehoach.yaml', 'path: ../tinh.kehoach.yaml'));
  const reads = new Map<string, number>();
  const service = new LanguageService({
    root: '/ws',
    fs: {
      readFile: async (p) => {
        reads.set(p, (reads.get(p) ?? 0) + 1);
        return files.get(p);
      },
    },
  });
  return { service, files, reads };
}

describe('a host that checks every file right after the scan (the server)', () => {
  it('reads each file once to list it and once to check it, and the checks learn who reads whom', async () => {
    const { service, files, reads } = countedWorkspace(['a', 'b', 'c']);
    const paths = [...files.keys()].sort();
    await service.scanWorkspace(['/ws'], paths, { settle: false });
    for (const p of service.knownPaths()) await service.diagnostics(p);
    // A commune plan nothing reads: listed, then checked (no third reading to settle the workspace).
    for (const x of ['a', 'b', 'c']) expect(reads.get(`/ws/xa-${x}/ke-hoach.kehoach.yaml`)).toBe(2);
    // The province plan changes: every commune plan implementing it is checked again.
    const affected = service.openDocument('file:///ws/tinh.kehoach.yaml', 1, files.get('/ws/tinh.kehoach.yaml') as string);
    expect(affected).toEqual(expect.arrayContaining(['/ws/xa.kehoach.yaml', '/ws/xa-a/ke-hoach.kehoach.yaml', '/ws/xa-b/ke-hoach.kehoach.yaml', '/ws/xa-c/ke-hoach.kehoach.yaml']));
  });
});

describe('a file created on disk', () => {
  /** The fixture workspace with `extra` commune plans, read and checked, then reads counted. */
  async function counted(extra: number): Promise<{ service: LanguageService; files: Map<string, string>; reads: Map<string, number> }> {
    const { service, files, reads } = countedWorkspace(Array.from({ length: extra }, (_, i) => String(i)));
    await service.setWorkspaceFiles([...files.keys()].sort());
    for (const p of service.knownPaths()) await service.diagnostics(p);
    reads.clear();
    return { service, files, reads };
  }

  it('is read itself, not the whole workspace again', async () => {
    const { service, files, reads } = await counted(40);
    const report = '/ws/xa-3/bao-cao-quy-1.baocao.yaml';
    files.set(report, 'kind: report\nplan:\n  path: ../tinh.kehoach.yaml\nperiod: Quý I/2024\nresults: []\n');
    expect(await service.fileChanged(report, 'created')).toContain(report);
    expect(service.ws.hasFile(report)).toBe(true);
    // Read to list it and to learn what it reads; no commune plan read again.
    expect([...reads.keys()].filter((p) => p.includes('/xa-'))).toEqual([report]);
    // Its plan changes: the new report is checked again with it.
    expect(service.openDocument('file:///ws/tinh.kehoach.yaml', 1, files.get('/ws/tinh.kehoach.yaml') as string)).toContain(report);
  });

  it('that a plan names (a parent plan, a registry, a template) checks that plan again', async () => {
    const { service, files } = await counted(2);
    const commune = '/ws/xa-0/ke-hoach.kehoach.yaml';
    // The province plan goes, then comes back.
    const province = files.get('/ws/tinh.kehoach.yaml') as string;
    files.delete('/ws/tinh.kehoach.yaml');
    expect(await service.fileChanged('/ws/tinh.kehoach.yaml', 'deleted')).toContain(commune);
    expect((await service.diagnostics(commune)).diagnostics.map((d) => d.code)).toContain('reference-resolvable');
    files.set('/ws/tinh.kehoach.yaml', province);
    expect(await service.fileChanged('/ws/tinh.kehoach.yaml', 'created')).toContain(commune);
    expect((await service.diagnostics(commune)).diagnostics.map((d) => d.code)).not.toContain('reference-resolvable');
    // A registry and a template named before they exist.
    const plan = '/ws/huyen/ke-hoach.kehoach.yaml';
    files.set(plan, 'kind: plan\nextends: ./mau.template.yaml\nregistry: ./co-quan.yaml\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\n  level: district\nyear: 2024\ntitle: Kế hoạch huyện\ntasks: []\n');
    await service.fileChanged(plan, 'created');
    await service.diagnostics(plan);
    files.set('/ws/huyen/co-quan.yaml', files.get('/ws/agencies.yaml') as string);
    expect(await service.fileChanged('/ws/huyen/co-quan.yaml', 'created')).toContain(plan);
    files.set('/ws/huyen/mau.template.yaml', 'kind: template\nid: huyen\nlevel: district\ntasks: []\n');
    expect(await service.fileChanged('/ws/huyen/mau.template.yaml', 'created')).toContain(plan);
  });
});

describe('a template package installed', () => {
  it('checks again the plans extending it, which depended on none of its files', async () => {
    const files = fixtureFiles();
    const plan = '/ws/huyen.kehoach.yaml';
    files.set(plan, 'kind: plan\nextends: "mau-huyen@^1"\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\n  level: district\nyear: 2024\ntitle: Kế hoạch huyện\ntasks: []\n');
    const service = new LanguageService({ root: '/ws', fs: { readFile: async (p) => files.get(p) } });
    await service.setWorkspaceFiles([...files.keys()].sort());
    expect((await service.diagnostics(plan)).diagnostics.map((d) => d.code)).toContain('template-resolvable');
    files.set('/ws/node_modules/mau-huyen/package.json', JSON.stringify({ name: 'mau-huyen', version: '1.0.0' }));
    files.set('/ws/node_modules/mau-huyen/template.yaml', 'kind: template\nid: mau-huyen\nlevel: district\ntasks: []\n');
    expect(await service.fileChanged('/ws/node_modules/mau-huyen/template.yaml', 'created')).toContain(plan);
    expect((await service.diagnostics(plan)).diagnostics.map((d) => d.code)).not.toContain('template-resolvable');
  });
});
