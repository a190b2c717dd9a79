import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../src/schema/json-schema.js';
import { EXAMPLE_HEAD } from '../src/engine/example-registry.js';

describe('generated JSON Schema', () => {
  for (const kind of ['plan', 'registry', 'config'] as const) {
    it(`${kind}: matches the committed file`, async () => {
      await expect(`${JSON.stringify(jsonSchema(kind), null, 2)}\n`).toMatchFileSnapshot(`../schema/${kind}.schema.json`);
    });
  }

  it('carries the Vietnamese and English description of every plan key', () => {
    const schema = jsonSchema('plan') as { properties: Record<string, { description?: string; 'x-description-en'?: string }> };
    const missing = Object.entries(schema.properties)
      .filter(([, v]) => !v.description || !v['x-description-en'])
      .map(([k]) => k);
    expect(missing).toEqual([]);
  });

  it('agrees with the zod schema on a plan and on a typo', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(jsonSchema('plan'));
    const good = parse(`${EXAMPLE_HEAD}tasks:\n  - id: a\n    lead: [Phòng Nội vụ, Phòng Tư pháp]\n    timeframe: { from: 01/03/2024, to: 30/05/2024 }\n`);
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    const bad = parse(`${EXAMPLE_HEAD}tasks:\n  - id: a\n    leed: Phòng Nội vụ\n`);
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
  });
});
