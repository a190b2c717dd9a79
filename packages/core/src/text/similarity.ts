import { looseKey } from './normalize.js';

export interface Ranked<T> {
  item: T;
  /** In [0,1]; 1 = identical after looseKey. */
  score: number;
}

// Rows reused across calls: ranking runs thousands of distances per keystroke and
// allocating three arrays for each showed up as most of the cost.
let rowsA = new Int32Array(64);
let rowsB = new Int32Array(64);
let rowsC = new Int32Array(64);

/**
 * Damerau-Levenshtein distance (optimal string alignment: a swap of two adjacent
 * characters costs 1, as typing errors do). With `max`, only a band of width
 * 2*max+1 is computed and the result is max + 1 as soon as the distance must
 * exceed max, which keeps a ranking pass over hundreds of names cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb) > max ? max + 1 : Math.max(la, lb);
  if (max === 1) return withinOne(a, b);
  const band = Math.min(max, Math.max(la, lb));
  const big = band + 1;
  if (rowsA.length < lb + 1) {
    rowsA = new Int32Array(lb + 1);
    rowsB = new Int32Array(lb + 1);
    rowsC = new Int32Array(lb + 1);
  }
  let prev2 = rowsA;
  let prev = rowsB;
  let cur = rowsC;
  for (let j = 0; j <= lb; j++) prev[j] = j <= band ? j : big;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(lb, i + band);
    cur[0] = i <= band ? i : big;
    if (lo > 1) cur[lo - 1] = big;
    let rowMin = cur[0] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = (prev[j - 1] as number) + (ca === cb ? 0 : 1);
      const del = (prev[j] as number) + 1;
      if (del < v) v = del;
      const ins = (cur[j - 1] as number) + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = (prev2[j - 2] as number) + 1;
        if (swap < v) v = swap;
      }
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) cur[hi + 1] = big;
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb] as number;
  return d > max ? max + 1 : d;
}

/** 1 when one edit (or one adjacent swap) turns a into b, else 2; a !== b. */
function withinOne(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    const swapped = a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
    return swapped && a.slice(i + 2) === b.slice(i + 2) ? 1 : 2;
  }
  return la > lb ? (a.slice(i + 1) === b.slice(i) ? 1 : 2) : a.slice(i) === b.slice(i + 1) ? 1 : 2;
}

/** A name prepared for ranking: computing looseKey is the expensive part, so callers that rank often prepare once. */
export interface PreparedKey {
  /** looseKey with punctuation turned into single spaces. */
  text: string;
  tokens: readonly string[];
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

export function prepareKey(s: string): PreparedKey {
  const tokens = looseKey(s)
    .split(NON_WORD)
    .filter((t) => t !== '');
  return { text: tokens.join(' '), tokens };
}

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  // Abbreviated words ("vh" for "vhtt", "thong" for "thongtin") are half a match.
  if (short.length >= 2 && long.startsWith(short)) return 0.5 + (0.5 * short.length) / long.length;
  const allowed = short.length >= 8 ? 2 : short.length >= 3 ? 1 : 0;
  if (allowed === 0) return 0;
  const d = editDistance(a, b, allowed);
  return d > allowed ? 0 : 1 - d / long.length;
}

/**
 * Similarities of one key word to each query word. Names in a registry share most
 * of their words ("phong", "van", "huyen"), so a ranking pass computes each word
 * once instead of once per candidate.
 */
type WordCache = Map<string, Float64Array>;

function wordSims(q: readonly string[], word: string, cache: WordCache): Float64Array {
  let sims = cache.get(word);
  if (!sims) {
    sims = new Float64Array(q.length);
    for (let i = 0; i < q.length; i++) sims[i] = tokenSimilarity(q[i] as string, word);
    cache.set(word, sims);
  }
  return sims;
}

/** How well the query's words are found in the key (and, less, the key's in the query). */
function tokenScore(q: readonly string[], k: readonly string[], cache: WordCache): number {
  if (q.length === 0 || k.length === 0) return 0;
  const qBest = new Float64Array(q.length);
  let kSum = 0;
  for (const word of k) {
    const sims = wordSims(q, word, cache);
    let best = 0;
    for (let i = 0; i < sims.length; i++) {
      const s = sims[i] as number;
      if (s > best) best = s;
      if (s > (qBest[i] as number)) qBest[i] = s;
    }
    kSum += best;
  }
  let qSum = 0;
  for (const s of qBest) qSum += s;
  return 0.5 * (qSum / q.length) + (0.5 * (qSum + kSum)) / (q.length + k.length);
}

const EDIT_WEIGHT = 0.4;
const TOKEN_WEIGHT = 0.6;

/** Score of one key, or -1 when it cannot reach `threshold` (skipping the full edit distance). */
function scoreKey(q: PreparedKey, k: PreparedKey, threshold: number, cache: WordCache): number {
  if (q.text === k.text) return 1;
  const tok = tokenScore(q.tokens, k.tokens, cache);
  const maxLen = Math.max(q.text.length, k.text.length);
  if (maxLen === 0) return -1;
  const lengthBound = 1 - Math.abs(q.text.length - k.text.length) / maxLen;
  if (EDIT_WEIGHT * lengthBound + TOKEN_WEIGHT * tok < threshold) return -1;
  const needEdit = (threshold - TOKEN_WEIGHT * tok) / EDIT_WEIGHT;
  const maxD = needEdit <= 0 ? maxLen : Math.floor((1 - needEdit) * maxLen + 1e-9);
  const d = editDistance(q.text, k.text, maxD);
  const score = EDIT_WEIGHT * (1 - Math.min(d, maxLen) / maxLen) + TOKEN_WEIGHT * tok;
  // Only identical keys score 1: keep rounding from claiming otherwise.
  return Math.min(score, 0.999);
}

export interface RankOptions {
  /** Default 5. */
  limit?: number;
  /** Default 0.4. */
  minScore?: number;
}

/** rankSuggestions over keys already prepared with prepareKey (for indexes that rank often). */
export function rankPrepared<T>(
  query: string | PreparedKey,
  candidates: readonly T[],
  keysOf: (c: T, index: number) => readonly PreparedKey[],
  opts: RankOptions = {},
): Ranked<T>[] {
  const limit = opts.limit ?? 5;
  const minScore = opts.minScore ?? 0.4;
  if (limit <= 0) return [];
  const q = typeof query === 'string' ? prepareKey(query) : query;
  if (q.text === '') return [];
  const top: Ranked<T>[] = [];
  const cache: WordCache = new Map();
  candidates.forEach((c, index) => {
    const full = top.length >= limit;
    // Ties keep registry order: a later candidate must beat the last kept one strictly.
    const floor = full ? (top[top.length - 1] as Ranked<T>).score : minScore;
    let best = -1;
    for (const k of keysOf(c, index)) {
      const s = scoreKey(q, k, Math.max(floor, best, minScore), cache);
      if (s > best) best = s;
      if (best === 1) break;
    }
    if (best < minScore || (full && best <= floor)) return;
    let at = top.length;
    while (at > 0 && (top[at - 1] as Ranked<T>).score < best) at--;
    top.splice(at, 0, { item: c, score: best });
    if (top.length > limit) top.pop();
  });
  return top;
}

/**
 * Rank candidates for "did you mean": combines Damerau-Levenshtein on looseKey
 * with word overlap, so "Phòng Văn hóa" ranks "Phòng Văn hóa và Thông tin" above
 * "Phòng Tư pháp". At most `limit` (default 5) with score >= minScore (default
 * 0.4), best first, registry order on ties.
 */
export function rankSuggestions<T>(
  query: string,
  candidates: readonly T[],
  keysOf: (c: T) => readonly string[],
  opts?: RankOptions,
): Ranked<T>[] {
  return rankPrepared(query, candidates, (c) => keysOf(c).map(prepareKey), opts);
}
