import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { fullCollection } from '../../src/node-host.js';
import { LanguageService } from '../../src/service/language-service.js';
import { fixtureText } from '../helpers.js';

const used = (): number => getHeapStatistics().used_heap_size;

/**
 * A service over /ws whose reads make a new text each time, as reading a file does; while
 * `probe.sampling`, every tenth read collects garbage and samples the heap into `probe.peak`.
 */
function sampledService(textOf: (path: string) => string | undefined): { service: LanguageService; gc: () => void; probe: { sampling: boolean; reads: number; peak: number } } {
  const collect = fullCollection();
  expect(collect).toBeTypeOf('function');
  const gc = collect as () => void;
  const probe = { sampling: true, reads: 0, peak: 0 };
  const service = new LanguageService({
    root: '/ws',
    fs: {
      readFile: async (path) => {
        const text = textOf(path);
        if (text !== undefined && probe.sampling && ++probe.reads % 10 === 0) {
          gc();
          probe.peak = Math.max(probe.peak, used());
        }
        return text;
      },
    },
  });
  return { service, gc, probe };
}

describe('workspace memory', () => {
  it('the workspace scan keeps no file text while it reads the others (only the plan numbers)', async () => {
    const files = 120;
    const chars = 100_000;
    const paths = Array.from({ length: files }, (_, i) => `/ws/xa-${i}/ke-hoach.kehoach.yaml`);
    // Each read makes a new text, as reading a file does: 200 KB of UTF-16 (Vietnamese), 24 MB in all.
    const textOf = (i: number): string => `kind: plan\nnumber: ${i + 1}/KH-UBND\ntitle: Kế hoạch xã ${i}\n# ${'ạ'.repeat(chars)}\n`;
    // What the scan holds, sampled every few reads (the whole scan: listing, then reading each file again).
    const { service, gc, probe } = sampledService((path) => {
      const i = paths.indexOf(path);
      return i < 0 ? undefined : textOf(i);
    });
    gc();
    const before = used();
    await service.setWorkspaceFiles(paths);
    expect(probe.reads).toBeGreaterThanOrEqual(files);
    expect(service.knownPaths()).toHaveLength(files);
    // Every plan is in the catalog by its number.
    expect(service.ws.catalog.plansNumbered('7/KH-UBND')).toEqual([paths[6]]);
    // A few files at a time: well under the texts of them all.
    expect(probe.peak - before).toBeLessThan((files * chars * 2) / 4);
  });

  it('find references, rename and workspace symbols read the workspace a few files at a time, and keep none of them', async () => {
    const communes = 120;
    const chars = 100_000;
    const province = '/ws/tinh.kehoach.yaml';
    const commune = (i: number): string =>
      [
        'kind: plan',
        'issuer:',
        `  name: Ủy ban nhân dân xã Bình ${i}`,
        '  level: commune',
        'year: 2024',
        `title: Tuyên truyền cải cách hành chính năm 2024 của xã Bình ${i}`,
        'parent:',
        '  ref: 07/KH-UBND',
        '  path: ../tinh.kehoach.yaml',
        'tasks:',
        '  - id: niem-yet-tthc',
        '    title: Niêm yết công khai các TTHC tại Bộ phận Một cửa của xã',
        '    lead: UBND xã',
        '    timeframe: Thường xuyên trong năm',
        '    implements: cap-nhat-tthc',
        `# ${'ạ'.repeat(chars)}`,
        '',
      ].join('\n');
    const paths = [province, ...Array.from({ length: communes }, (_, i) => `/ws/xa-${i}/ke-hoach.kehoach.yaml`)];
    const provinceText = fixtureText('tinh.kehoach.yaml');
    const { service, gc, probe } = sampledService((path) => {
      if (path === province) return provinceText;
      const i = paths.indexOf(path);
      return i < 0 ? undefined : commune(i - 1);
    });
    probe.sampling = false;
    await service.setWorkspaceFiles(paths);
    const uri = 'file:///ws/tinh.kehoach.yaml';
    service.openDocument(uri, 1, provinceText);
    const lines = provinceText.split('\n');
    const line = lines.findIndex((l) => l.includes('- id: cap-nhat-tthc'));
    const position = { line, character: (lines[line] as string).indexOf('cap-nhat') + 2 };
    const texts = communes * chars * 2;
    const measure = async <T>(run: () => Promise<T>): Promise<{ result: T; peak: number; kept: number }> => {
      gc();
      const before = used();
      probe.peak = before;
      probe.reads = 0;
      probe.sampling = true;
      const result = await run();
      probe.sampling = false;
      gc();
      return { result, peak: probe.peak - before, kept: used() - before };
    };

    const refs = await measure(() => service.references(uri, position, true));
    expect(refs.result).toHaveLength(communes + 1);
    expect(refs.peak).toBeLessThan(texts / 4);
    expect(refs.kept).toBeLessThan(texts / 10);

    const renamed = await measure(() => service.rename(uri, position, 'cap-nhat-thu-tuc'));
    expect(renamed.result.ok && Object.keys(renamed.result.value.changes ?? {})).toHaveLength(communes + 1);
    expect(renamed.peak).toBeLessThan(texts / 4);
    expect(renamed.kept).toBeLessThan(texts / 10);

    const symbols = await measure(() => service.workspaceSymbols('niem yet'));
    expect(symbols.result).toHaveLength(communes);
    expect(symbols.peak).toBeLessThan(texts / 4);
    expect(symbols.kept).toBeLessThan(texts / 10);
  });
});
