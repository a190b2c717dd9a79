import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';

describe('progress reports (*.baocao.yaml)', () => {
  it('schema --kind report prints the report schema with Vietnamese descriptions', async () => {
    const r = await run(['schema', '--kind', 'report'], workspace({}));
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, { description?: string }> };
    expect(schema.properties.results?.description).toMatch(/nhiệm vụ/u);
    expect(schema.properties.period?.description).toContain('Quý I/2026');
  });
});
