import { describe, expect, it } from 'vitest';
import { LanguageService } from '../../src/service/language-service.js';
import { warmUp, warmUpPlan } from '../../src/service/warm-up.js';

describe('warm-up', () => {
  it('writes a plan the rules find clean, so it runs the code real plans run', async () => {
    const path = '/w/ke-hoach.kehoach.yaml';
    const service = new LanguageService({ root: '/w', fs: { readFile: async () => undefined } });
    await service.setWorkspaceFiles([]);
    service.openDocument(`file://${path}`, 1, warmUpPlan(40));
    const result = await service.diagnostics(path);
    expect(result.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('edits its plan and leaves nothing behind', async () => {
    await expect(warmUp({ tasks: 20, edits: 6 })).resolves.toBeUndefined();
  });
});
