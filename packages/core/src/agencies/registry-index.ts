import type { AgencyEntry } from '../schema/registry.js';
import { looseKey, matchKey, stripMarks } from '../text/normalize.js';
import { prepareKey, rankPrepared, type PreparedKey, type Ranked } from '../text/similarity.js';

export type MatchedBy = 'id' | 'name' | 'short' | 'alias';

export interface AgencyMatch {
  entry: AgencyEntry;
  matchedBy: MatchedBy;
  /** The id, name, short name or alias, as written in the registry, that matched. */
  matchedText: string;
}

/** One searchable text of an entry with its words, prepared once. */
interface SearchText {
  by: MatchedBy;
  text: string;
  /** Words, diacritics-insensitive; each word also in its "VH&TT" -> "vhtt" squeezed form. */
  words: readonly string[];
  /** How many words the text has as written, for preferring short names that the query covers. */
  length: number;
}

interface Prepared {
  entry: AgencyEntry;
  keys: PreparedKey[];
  texts: SearchText[];
}

const NON_WORD = /[^\p{L}\p{N}]+/u;
// A name beats a short name beats an alias when the same query fits several; an id
// is short, so without a penalty it would outrank the names people actually type.
const FIELD_BONUS: Record<MatchedBy, number> = { name: 0.03, short: 0.02, alias: 0.01, id: -0.15 };

function textsOf(entry: AgencyEntry): { by: MatchedBy; text: string }[] {
  return [
    { by: 'name' as const, text: entry.name },
    ...(entry.short ? [{ by: 'short' as const, text: entry.short }] : []),
    ...(entry.aliases ?? []).map((text) => ({ by: 'alias' as const, text })),
  ];
}

/** Words of a text for completion: of its looseKey (abbreviations expanded) and as written ("ubnd", "vhtt"). */
function searchWords(text: string): string[] {
  const words = new Set<string>();
  for (const w of looseKey(text).split(NON_WORD)) if (w) words.add(w);
  const plain = stripMarks(text).toLowerCase();
  for (const w of plain.split(NON_WORD)) if (w) words.add(w);
  for (const chunk of plain.split(/\s+/)) {
    const squeezed = chunk.replace(/[^\p{L}\p{N}]+/gu, '');
    if (squeezed) words.add(squeezed);
  }
  return [...words];
}

/** Words as written, counting "VH&TT" as one and a lone "-" as none. */
function chunkCount(text: string): number {
  return text.split(/\s+/).filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
}

function queryWords(query: string): string[] {
  return stripMarks(query)
    .toLowerCase()
    .replace(/[\u00D0\u00F0]/g, 'd')
    .split(NON_WORD)
    .filter((w) => w !== '');
}

function prepareEntry(entry: AgencyEntry): Prepared {
  const texts = textsOf(entry);
  const search: SearchText[] = texts.map((t) => ({ ...t, words: searchWords(t.text), length: chunkCount(t.text) }));
  const idWords = searchWords(entry.id.replace(/[-./]/g, ' '));
  idWords.push(entry.id.replace(/[-./]/g, ''));
  search.push({ by: 'id', text: entry.id, words: idWords, length: entry.id.split(/[-./]/).length });
  const keys = [...texts.map((t) => prepareKey(t.text)), prepareKey(entry.id.replace(/[-./]/g, ' '))];
  return { entry, keys, texts: search };
}

/**
 * The agencies of a registry with lookup tables built once: a validation run
 * resolves thousands of names against a few hundred entries.
 */
export class RegistryIndex {
  readonly entries: readonly AgencyEntry[];
  private readonly ids = new Map<string, AgencyEntry>();
  private readonly lowerIds = new Map<string, AgencyEntry>();
  /** matchKey -> the first match, names first, then short names, then aliases. */
  private readonly keys = new Map<string, AgencyMatch>();
  /** matchKey -> every entry answering to it, for conflicts(). */
  private readonly owners = new Map<string, Set<AgencyEntry>>();
  private preparedCache: Prepared[] | undefined;

  constructor(entries: readonly AgencyEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      if (!this.ids.has(entry.id)) this.ids.set(entry.id, entry);
      const lower = entry.id.toLowerCase();
      if (!this.lowerIds.has(lower)) this.lowerIds.set(lower, entry);
    }
    for (const field of ['name', 'short', 'alias'] as const) {
      for (const entry of entries) {
        for (const t of textsOf(entry)) {
          if (t.by !== field) continue;
          const key = matchKey(t.text);
          if (key === '') continue;
          if (!this.keys.has(key)) this.keys.set(key, { entry, matchedBy: field, matchedText: t.text });
          let owners = this.owners.get(key);
          if (!owners) this.owners.set(key, (owners = new Set()));
          owners.add(entry);
        }
      }
    }
  }

  /**
   * Words and ranking keys of every entry, built on the first suggest() or search():
   * a validation run builds an index per file and mostly only resolves.
   */
  private get prepared(): readonly Prepared[] {
    if (!this.preparedCache) this.preparedCache = this.entries.map(prepareEntry);
    return this.preparedCache;
  }

  byId(id: string): AgencyEntry | undefined {
    return this.ids.get(id);
  }

  /** The id first (exactly, then ignoring case), then matchKey of names, short names and aliases. */
  resolve(text: string): AgencyMatch | undefined {
    const trimmed = text.trim();
    const byId = this.ids.get(trimmed);
    if (byId) return { entry: byId, matchedBy: 'id', matchedText: byId.id };
    const hit = this.keys.get(matchKey(trimmed));
    if (hit) return hit;
    const lower = this.lowerIds.get(trimmed.toLowerCase());
    return lower ? { entry: lower, matchedBy: 'id', matchedText: lower.id } : undefined;
  }

  /** "Did you mean" for an unknown name or id: ranked, at most `limit`. */
  suggest(text: string, limit = 3): Ranked<AgencyEntry>[] {
    const ranked = rankPrepared(text, this.prepared, (p) => p.keys, { limit, minScore: 0.4 });
    return ranked.map((r) => ({ item: r.item.entry, score: r.score }));
  }

  /**
   * Completion: diacritics-insensitive, every query word must begin some word of the
   * entry's name, short name, alias or id ("phong van hoa", "vhtt"). Best first; an
   * empty query gives every entry in registry order.
   */
  search(query: string, limit = Infinity): AgencyMatch[] {
    const q = queryWords(query);
    if (q.length === 0) {
      return this.entries.slice(0, limit).map((entry) => ({ entry, matchedBy: 'name' as const, matchedText: entry.name }));
    }
    const hits: { match: AgencyMatch; score: number; order: number }[] = [];
    this.prepared.forEach((p, order) => {
      let best: { t: SearchText; score: number } | undefined;
      for (const t of p.texts) {
        const score = scoreText(q, t);
        if (score > 0 && (!best || score > best.score)) best = { t, score };
      }
      if (best) {
        const match = { entry: p.entry, matchedBy: best.t.by, matchedText: best.t.text };
        hits.push({ match, score: best.score, order });
      }
    });
    hits.sort((a, b) => b.score - a.score || a.order - b.order);
    return hits.slice(0, limit).map((h) => h.match);
  }

  /** Names that answer for more than one entry after matchKey, for a registry lint. */
  conflicts(): { key: string; ids: string[] }[] {
    const out: { key: string; ids: string[] }[] = [];
    for (const [key, owners] of this.owners) {
      if (owners.size > 1) out.push({ key, ids: [...owners].map((e) => e.id) });
    }
    return out;
  }
}

/** 0 when some query word begins no word of the text; else higher for whole-word, in-order, covering matches. */
function scoreText(q: readonly string[], t: SearchText): number {
  let sum = 0;
  let firstWordHit = false;
  for (let i = 0; i < q.length; i++) {
    const qw = q[i] as string;
    let best = 0;
    for (const w of t.words) {
      if (w === qw) {
        best = 1;
        break;
      }
      if (w.startsWith(qw)) best = Math.max(best, 0.5 + (0.4 * qw.length) / w.length);
    }
    if (best === 0) return 0;
    if (i === 0 && t.words[0]?.startsWith(qw)) firstWordHit = true;
    sum += best;
  }
  const coverage = Math.min(1, q.length / Math.max(1, t.length));
  return sum / q.length + 0.2 * coverage + (firstWordHit ? 0.1 : 0) + FIELD_BONUS[t.by];
}
