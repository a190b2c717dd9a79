import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { fullCollection } from '../../src/node-host.js';
import { LanguageService } from '../../src/service/language-service.js';

const used = (): number => getHeapStatistics().used_heap_size;

describe('workspace memory', () => {
  it('the workspace scan keeps no file text while it reads the others (only the plan numbers)', async () => {
    const collect = fullCollection();
    expect(collect).toBeTypeOf('function');
    const gc = collect as () => void;
    const files = 120;
    const chars = 100_000;
    const paths = Array.from({ length: files }, (_, i) => `/ws/xa-${i}/ke-hoach.kehoach.yaml`);
    // Each read makes a new text, as reading a file does: 200 KB of UTF-16 (Vietnamese), 24 MB in all.
    const textOf = (i: number): string => `kind: plan\nnumber: ${i + 1}/KH-UBND\ntitle: Kế hoạch xã ${i}\n# ${'ạ'.repeat(chars)}\n`;
    let reads = 0;
    let peak = 0;
    const service = new LanguageService({
      root: '/ws',
      fs: {
        readFile: async (path) => {
          const i = paths.indexOf(path);
          if (i < 0) return undefined;
          // What the scan holds, measured every few reads (the whole scan: listing, then reading each file again).
          if (++reads % 10 === 0) {
            gc();
            peak = Math.max(peak, used());
          }
          return textOf(i);
        },
      },
    });
    gc();
    const before = used();
    await service.setWorkspaceFiles(paths);
    expect(reads).toBeGreaterThanOrEqual(files);
    expect(service.knownPaths()).toHaveLength(files);
    // Every plan is in the catalog by its number.
    expect(service.ws.catalog.plansNumbered('7/KH-UBND')).toEqual([paths[6]]);
    // A few files at a time: well under the texts of them all.
    expect(peak - before).toBeLessThan((files * chars * 2) / 4);
  });
});
