import type { Origin } from '../diagnostics.js';
import type { AgencyEntry } from '../schema/registry.js';
import type { OffsetRange } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';
import { RegistryIndex, type AgencyMatch } from './registry-index.js';
import type { Ranked } from '../text/similarity.js';
import { ownString } from '../text/own.js';

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
  private readonly memo: Map<string, AgencyMatch | null> = new Map();
  /** Names remembered at most (a country's plans write a few thousand different ones). */
  static readonly MEMO_LIMIT = 50_000;

  /**
   * A resolver for `layers`, reusing `previous`'s index and lookups when the layers
   * hold the very same entries (a plan re-checked after an edit that did not touch any
   * agency): only where each entry is defined is taken from the new layers.
   */
  static reuse(previous: AgencyResolver | undefined, layers: readonly AgencyLayer[]): AgencyResolver {
    if (!previous || !sameEntries(previous.layers, layers)) return new AgencyResolver(layers);
    return new AgencyResolver(layers, previous);
  }

  constructor(
    readonly layers: readonly AgencyLayer[],
    previous?: AgencyResolver,
  ) {
    if (previous) {
      this.index = previous.index;
      this.memo = previous.memo;
      layers.forEach((layer, i) => {
        const before = previous.layers[i] as AgencyLayer;
        for (const entry of layer.entries) if (previous.layerOf.get(entry) === before) this.layerOf.set(entry, layer);
      });
      return;
    }
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
      // A copy for the key: names are slices of the text they were read from, and the
      // resolver of a parent plan, kept while the workspace is open, is asked by every
      // child plan and report — each would keep its whole text alive.
      // Bounded: an editor session asks for every prefix typed after `lead: `.
      if (this.memo.size >= AgencyResolver.MEMO_LIMIT) this.memo.clear();
      this.memo.set(ownString(text), hit);
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

function sameEntries(a: readonly AgencyLayer[], b: readonly AgencyLayer[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as AgencyLayer;
    const y = b[i] as AgencyLayer;
    if (x.origin !== y.origin || x.uri !== y.uri || x.entries.length !== y.entries.length) return false;
    for (let j = 0; j < x.entries.length; j++) if (x.entries[j] !== y.entries[j]) return false;
  }
  return true;
}
