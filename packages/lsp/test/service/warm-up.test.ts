import { describe, expect, it } from 'vitest';
import { LanguageService } from '../../src/service/language-service.js';
import { warmUp, warmUpPlan, warmUpRegistry } from '../../src/service/warm-up.js';

describe('warm-up', () => {
  it('writes a plan the rules find clean, so it runs the code real plans run', async () => {
    const path = '/w/ke-hoach.kehoach.yaml';
    const files = new Map([['/w/agencies.yaml', warmUpRegistry()]]);
    const service = new LanguageService({ root: '/w', fs: { readFile: async (p: string) => files.get(p) } });
    await service.setWorkspaceFiles([...files.keys()]);
    service.openDocument(`file://${path}`, 1, warmUpPlan(40));
    const result = await service.diagnostics(path);
    expect(result.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    // Leads written by the registry's names resolve through it (the code a real plan runs).
    expect(warmUpPlan(40)).toMatch(/lead: Sở /);
    expect((await service.diagnostics('/w/agencies.yaml')).diagnostics).toEqual([]);
  });

  it('edits its plan and leaves nothing behind', async () => {
    await expect(warmUp({ tasks: 20, edits: 6 })).resolves.toBeUndefined();
  });
});
