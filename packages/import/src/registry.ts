import { agencyEntrySchema, registrySchema, type AgencyEntry } from '@kehoach/core';
import { parse } from 'yaml';

/**
 * The agencies of a registry file (`kind: registry`) or of a template (its `agencies:`),
 * or why they cannot be read.
 */
export function readRegistry(text: string): { ok: true; agencies: AgencyEntry[] } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
  }
  const isRegistry = typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'registry';
  if (isRegistry) {
    const result = registrySchema.safeParse(data);
    if (result.success) return { ok: true, agencies: result.data.agencies };
    const issue = result.error.issues[0];
    return { ok: false, reason: issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a registry' };
  }
  const list = typeof data === 'object' && data !== null ? (data as { agencies?: unknown }).agencies : undefined;
  if (!Array.isArray(list)) return { ok: false, reason: 'no "agencies:" list' };
  const result = agencyEntrySchema.array().safeParse(list);
  if (result.success) return { ok: true, agencies: result.data };
  const issue = result.error.issues[0];
  return { ok: false, reason: issue ? `agencies.${issue.path.join('.')}: ${issue.message}` : 'bad agencies' };
}
