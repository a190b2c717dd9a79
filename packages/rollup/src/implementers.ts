import { asList, matchKey, reporterMatcher, type AgencyEntry, type Level, type PlanAnalysis, type TaskView } from '@kehoach/core';
import type { Implementer } from './types.js';

export interface Body {
  name: string;
  agency?: string | undefined;
  level?: Level | undefined;
}

/** A body known to the roll-up, with what it answers for. */
export interface KnownBody extends Implementer {
  body: Body;
  concerns: (name: string) => boolean;
}

const COMMITTEE = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s/iu;

/**
 * The bodies that carry a plan out, by identity: the plan's registry entry when the
 * name (or id) resolves in it, else the name as written, normalised. A commune plan
 * issued by "Ủy ban nhân dân xã An Hòa" and a report of "UBND xã An Hòa" are one body
 * when the registry knows both names.
 */
export class Bodies {
  readonly byKey = new Map<string, KnownBody>();
  private readonly issuerKeys = new Set<string>();

  constructor(private readonly plan: PlanAnalysis) {
    const issuer = plan.plan?.issuer;
    for (const n of [issuer?.agency, issuer?.name]) if (n) this.issuerKeys.add(this.keyOf({ name: n }).key);
  }

  keyOf(body: Body): { key: string; entry: AgencyEntry | undefined } {
    const entry = (body.agency ? this.plan.agency(body.agency)?.entry : undefined) ?? this.plan.agency(body.name)?.entry;
    return { key: entry?.id ?? `name:${matchKey(body.name)}`, entry };
  }

  isIssuer(body: Body): boolean {
    return this.issuerKeys.has(this.keyOf(body).key);
  }

  /** The body, added on first sight; later sightings add where it was met. */
  meet(body: Body, source: Implementer['sources'][number]): KnownBody {
    const { key, entry } = this.keyOf(body);
    let known = this.byKey.get(key);
    if (!known) {
      const level = body.level ?? entry?.level;
      const full: Body = { name: entry?.name ?? body.name, agency: entry?.id ?? body.agency, level };
      const committee = entry ? entry.kind === 'people-committee' : COMMITTEE.test(body.name.trim());
      known = {
        key,
        name: full.name,
        ...(level ? { level } : {}),
        kind: committee ? 'committee' : 'agency',
        sources: [],
        body: full,
        concerns: reporterMatcher(this.plan, full),
      };
      this.byKey.set(key, known);
    }
    if (!known.sources.includes(source)) known.sources.push(source);
    return known;
  }

  /**
   * Bodies of the registry a group of agencies reaches ("UBND các xã, phường" reaches
   * every commune committee listed): each is expected to carry out the tasks given to
   * the group, plan or no plan.
   */
  fromRegistry(views: readonly TaskView[]): void {
    const groups = new Set<string>();
    for (const v of views) {
      for (const name of [...v.leads, ...v.coordinators]) {
        const hit = this.plan.agency(name)?.entry;
        if (hit?.kind === 'collective') groups.add(name);
      }
    }
    if (groups.size === 0) return;
    const seen = new Set<string>();
    for (const layer of this.plan.agencies.layers) {
      for (const e of layer.entries) {
        if (seen.has(e.id) || e.kind === 'collective') continue;
        seen.add(e.id);
        const entry = this.plan.agencies.byId(e.id) ?? e;
        const body: Body = { name: entry.name, agency: entry.id, level: entry.level };
        if (this.isIssuer(body)) continue;
        const concerns = reporterMatcher(this.plan, body);
        if ([...groups].some((g) => concerns(g))) this.meet(body, 'registry');
      }
    }
  }

  /** Whether a task concerns a body (it leads or coordinates it, itself or through a group). */
  static concerns(body: KnownBody, view: TaskView): boolean {
    return [...view.leads, ...asList(view.coordinators)].some((n) => body.concerns(n));
  }

  /** Whether a body leads a task (what it must report on). */
  static leads(body: KnownBody, view: TaskView): boolean {
    return view.leads.some((n) => body.concerns(n));
  }

  list(): Implementer[] {
    return [...this.byKey.values()]
      .map(({ body: _body, concerns: _concerns, ...rest }) => rest)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }
}
