import { agencyEntrySchema, registrySchema, walkPlan, type AgencyEntry, type Plan } from '@kehoach/core';
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

/** What a template states of its own that a draft extending it would inherit: tasks, duty sections and targets, by id. */
export interface TemplateItems {
  tasks: string[];
  duties: string[];
  targets: string[];
}

/**
 * The ids of a template's own tasks (top-level, in duty sections, in `sections` and
 * `appendices` at any depth), duty sections and targets: an imported draft that extends the
 * template removes them, since the imported document states its own.
 */
export function templateItems(text: string): TemplateItems {
  const out: TemplateItems = { tasks: [], duties: [], targets: [] };
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return out;
  }
  if (typeof data !== 'object' || data === null) return out;
  const plan = data as Partial<Plan>;
  const ids = (list: unknown): string[] => (Array.isArray(list) ? list.map((x) => (x as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string') : []);
  out.duties = ids(plan.duties);
  out.targets = ids(plan.targets);
  // Tasks inside a duty section go with it; the others are removed one by one.
  walkPlan({ tasks: plan.tasks, sections: plan.sections, appendices: plan.appendices } as Partial<Plan>, (v) => {
    if (v.kind !== 'task' || v.groups.length) return;
    const id = (v.item as { id?: unknown }).id;
    if (typeof id === 'string') out.tasks.push(id);
  });
  return out;
}
