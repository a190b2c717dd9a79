import { z } from 'zod';
import { configSchema } from './config.js';
import { planSchema } from './plan.js';
import { registrySchema } from './registry.js';
import { reportSchema } from './report.js';

export const SCHEMA_IDS = {
  plan: 'https://kehoach.github.io/schema/plan.schema.json',
  registry: 'https://kehoach.github.io/schema/registry.schema.json',
  config: 'https://kehoach.github.io/schema/config.schema.json',
  report: 'https://kehoach.github.io/schema/report.schema.json',
} as const;

export type SchemaName = keyof typeof SCHEMA_IDS;

const SOURCES: Record<SchemaName, z.ZodType> = { plan: planSchema, registry: registrySchema, config: configSchema, report: reportSchema };

/**
 * JSON Schema (draft-07, what yaml-language-server and VS Code's YAML extension read
 * best) generated from the zod schema, so editors without our server see the same
 * keys, types and Vietnamese descriptions.
 */
export function jsonSchema(name: SchemaName = 'plan'): Record<string, unknown> {
  const generated = z.toJSONSchema(SOURCES[name], { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: SCHEMA_IDS[name], ...generated };
}
