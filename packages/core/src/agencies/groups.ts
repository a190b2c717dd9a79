import type { AgencyEntry } from '../schema/registry.js';
import { EXTERNAL_KINDS } from '../schema/registry.js';
import type { AgencyResolver } from './resolver.js';

/**
 * Whether a group of agencies ("Các sở, ban, ngành tỉnh", kind `collective`) covers
 * `member`: listed in its `members`, or of one of its `memberKinds` (and of its
 * `level`, when the group states one). An agency covers itself.
 */
export function agencyCovers(group: AgencyEntry, member: AgencyEntry, resolver?: AgencyResolver): boolean {
  if (group.id === member.id) return true;
  if (group.kind !== 'collective') return false;
  if (group.members?.includes(member.id)) return true;
  if (group.memberKinds?.includes(member.kind)) {
    return group.level === undefined || member.level === undefined || group.level === member.level;
  }
  // A group listed as a member of this group covers its own members.
  for (const id of group.members ?? []) {
    const sub = resolver?.byId(id);
    if (sub && sub.kind === 'collective' && sub.id !== group.id && agencyCovers(sub, member)) return true;
  }
  return false;
}

/** Outside the issuer's authority: the plan asks such a body ("Đề nghị"), it does not assign. */
export function isExternal(entry: AgencyEntry): boolean {
  return entry.external ?? EXTERNAL_KINDS.includes(entry.kind);
}
