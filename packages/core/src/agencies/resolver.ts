import type { Origin } from '../diagnostics.js';
import type { AgencyEntry } from '../schema/registry.js';
import type { OffsetRange } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';
import { RegistryIndex, type AgencyMatch } from './registry-index.js';
import type { Ranked } from '../text/similarity.js';

/** One layer of agencies: a registry file, a template, or the plan's own `agencies:`. */
export interface AgencyLayer {
  entries: readonly AgencyEntry[];
  origin: Origin;
  uri?: string;
  /** The parsed file, to point at an entry's definition. */
  source?: YamlSource;
}

export interface AgencyLocation {
  uri: string;
  offsets: OffsetRange;
  source: YamlSource;
}

/**
 * The registry in effect for a plan: layers merged by id, later layers winning (the
 * plan's own agencies over its registry files). Lookups are memoised per name.
 */
export class AgencyResolver {
  readonly index: RegistryIndex;
  private readonly layerOf = new Map<AgencyEntry, AgencyLayer>();
  private readonly memo = new Map<string, AgencyMatch | null>();

  constructor(readonly layers: readonly AgencyLayer[]) {
    // Later layers win, for ids and for names alike: the index answers a name with the
    // first entry it holds, so entries go in from the last layer (the plan's own) back.
    const byId = new Map<string, AgencyEntry>();
    for (const layer of [...layers].reverse()) {
      for (const entry of layer.entries) {
        if (byId.has(entry.id)) continue;
        byId.set(entry.id, entry);
        this.layerOf.set(entry, layer);
      }
    }
    this.index = new RegistryIndex([...byId.values()]);
  }

  static empty(): AgencyResolver {
    return new AgencyResolver([]);
  }

  get size(): number {
    return this.index.entries.length;
  }

  resolve(text: string): AgencyMatch | undefined {
    let hit = this.memo.get(text);
    if (hit === undefined) {
      hit = this.index.resolve(text) ?? null;
      this.memo.set(text, hit);
    }
    return hit ?? undefined;
  }

  suggest(text: string, limit = 3): Ranked<AgencyEntry>[] {
    return this.index.suggest(text, limit);
  }

  search(query: string, limit?: number): AgencyMatch[] {
    return this.index.search(query, limit);
  }

  byId(id: string): AgencyEntry | undefined {
    return this.index.byId(id);
  }

  originOf(entry: AgencyEntry): Origin | undefined {
    return this.layerOf.get(entry)?.origin;
  }

  /** Where an entry is defined (its `id` value in the registry file), for related locations and go-to-definition. */
  locate(entry: AgencyEntry): AgencyLocation | undefined {
    const layer = this.layerOf.get(entry);
    if (!layer?.source || !layer.uri) return undefined;
    const offsets = layer.source.valueRange(entry, 'id') ?? layer.source.headRange(entry);
    return offsets ? { uri: layer.uri, offsets, source: layer.source } : undefined;
  }
}
