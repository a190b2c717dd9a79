import type { Locator } from '../engine/define.js';
import type { ReportPath } from '../schema/common.js';
import type { Plan } from '../schema/plan.js';
import type { Task } from '../schema/task.js';
import type { ReportingItem } from '../schema/body.js';
import { walkPlan } from './walk.js';

/** What an agency reference is in the plan: who leads, coordinates, reports, receives. */
export type AgencyRole = 'lead' | 'request' | 'coordinator' | 'duty' | 'report-from' | 'report-to' | 'report-via' | 'issuer' | 'recipient';

/** One agency written in the plan, with the object (and list) that holds it. */
export interface AgencyRef {
  text: string;
  role: AgencyRole;
  holder: object;
  key: string;
  /** Set when the value is an item of a list: `holder[key][index]`. */
  index?: number;
  /** The list holding the reference, when it is one item of several. */
  list?: string[];
}

export function agencyRefLocator(ref: AgencyRef): Locator {
  return ref.list !== undefined && ref.index !== undefined ? { node: ref.list, index: ref.index } : { node: ref.holder, key: ref.key };
}

/**
 * Every agency reference of a plan in reading order: the issuer's registry entry,
 * task leads and coordinators, duty sections' agencies, every report path's
 * from/to/via, and recipients that name a registry entry. Legal bases' issuers
 * are not included: they are usually central bodies outside any local registry.
 */
export function agencyRefs(plan: Partial<Plan>): AgencyRef[] {
  return agencyRefGroups(plan).flatMap((g) => g.refs);
}

/** The references of one task (its lead, coordinators and report path), or of the rest of the plan. */
export interface AgencyRefGroup {
  /** The task the references belong to; undefined for the plan's other references. */
  task?: Task;
  refs: AgencyRef[];
}

/**
 * `agencyRefs`, grouped: one group per task, and groups for the rest, in reading order.
 * Tasks for which `skip` says so get no group (their references are not even collected).
 */
export function agencyRefGroups(plan: Partial<Plan>, skip?: (task: Task) => boolean): AgencyRefGroup[] {
  const groups: AgencyRefGroup[] = [];
  let out: AgencyRef[] = [];
  const add = (holder: object, key: string, role: AgencyRole): void => {
    const value = (holder as Record<string, unknown>)[key];
    if (typeof value === 'string') out.push({ text: value, role, holder, key });
    else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') out.push({ text: item, role, holder, key, index, list: value as string[] });
      });
    }
  };
  const report = (r: ReportPath | undefined): void => {
    if (!r) return;
    add(r, 'from', 'report-from');
    add(r, 'to', 'report-to');
    add(r, 'via', 'report-via');
  };
  const flush = (task?: Task): void => {
    if (out.length) groups.push(task ? { task, refs: out } : { refs: out });
    out = [];
  };
  const task = (t: Task): void => {
    if (skip?.(t)) return;
    add(t, 'lead', 'lead');
    add(t, 'request', 'request');
    add(t, 'coordinators', 'coordinator');
    report(t.report);
    flush(t);
  };
  if (plan.issuer) add(plan.issuer, 'agency', 'issuer');
  flush();
  for (const duty of plan.duties ?? []) {
    add(duty, 'agency', 'duty');
    report(duty.report);
    flush();
  }
  for (const t of plan.targets ?? []) add(t, 'lead', 'lead');
  flush();
  walkPlan(plan, (v) => {
    if (v.kind === 'task') task(v.item as Task);
    else if (v.kind === 'target') add(v.item as object, 'lead', 'lead');
    else if (v.kind === 'reporting') report((v.item as ReportingItem).reporting);
  });
  flush();
  for (const r of plan.reporting ?? []) report(r);
  for (const r of plan.recipients ?? []) if (typeof r === 'object') add(r, 'agency', 'recipient');
  flush();
  return groups;
}
