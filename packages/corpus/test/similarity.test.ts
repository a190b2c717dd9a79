import { describe, expect, it } from 'vitest';
import { lcsLength, similarity, tokens } from '../src/similarity.js';

/** Plain O(n·m) dynamic programming, as the reference. */
function lcsReference(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    prev = cur;
  }
  return prev[b.length] as number;
}

/** A small deterministic generator (mulberry32), so the cases are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('tokens', () => {
  it('are NFC-lowercased words without punctuation', () => {
    expect(tokens('Kế hoạch số 12/KH-UBND: “Tuyên truyền”!')).toEqual(['kế', 'hoạch', 'số', '12', 'kh', 'ubnd', 'tuyên', 'truyền']);
    expect(tokens('**PHÒNG** | Văn hóa \\- Thông tin')).toEqual(['phòng', 'văn', 'hóa', 'thông', 'tin']);
  });

  it('read a decomposed (NFD) word as its precomposed form', () => {
    const nfd = 'Văn hóa'.normalize('NFD');
    expect(nfd).not.toBe('Văn hóa');
    expect(tokens(nfd)).toEqual(['văn', 'hóa']);
  });
});

describe('similarity', () => {
  it('is 1 for the same words whatever the punctuation, case, spacing or Unicode form', () => {
    const source = 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:';
    expect(similarity(source, '# ỦY BAN NHÂN DÂN TỈNH\n\nban hành **kế hoạch** như sau').ratio).toBe(1);
    expect(similarity(source, source.normalize('NFD')).ratio).toBe(1);
    expect(similarity('', '').ratio).toBe(1);
  });

  it('is 2·LCS / (|a| + |b|)', () => {
    // LCS of "a b c d" and "a c d e" is "a c d": 2·3 / 8.
    expect(similarity('a b c d', 'a c d e').ratio).toBe(0.75);
    expect(similarity('một hai ba', '').ratio).toBe(0);
    const s = similarity('sở tài chính chủ trì', 'sở tài chính phối hợp');
    expect(s).toEqual({ ratio: 0.6, sourceWords: 5, renderedWords: 5, common: 3 });
  });

  it('tells tone marks apart', () => {
    // "mà" and "má" are different words; so are the placements "hoá" and "hóa".
    expect(similarity('mà', 'má').ratio).toBe(0);
    expect(similarity('văn hoá', 'văn hóa').ratio).toBe(0.5);
    expect(similarity('Quý', 'quỳ').ratio).toBe(0);
  });
});

describe('lcsLength', () => {
  it('agrees with the dynamic-programming reference across word boundaries of the bit vectors', () => {
    const next = random(20251201);
    const alphabet = ['sở', 'ban', 'ngành', 'ủy', 'nhân', 'dân', 'xã', 'phường', 'kế', 'hoạch'];
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(next() * 140);
      const m = Math.floor(next() * 140);
      const size = 2 + Math.floor(next() * (alphabet.length - 2));
      const pick = (): string => alphabet[Math.floor(next() * size)] as string;
      const a = Array.from({ length: n }, pick);
      const b = Array.from({ length: m }, pick);
      expect(lcsLength(a, b)).toBe(lcsReference(a, b));
    }
  });

  it('handles shared prefixes and suffixes and lists of exactly 32 and 64 words', () => {
    const words = (n: number, w = 'x'): string[] => Array.from({ length: n }, (_, i) => `${w}${i % 7}`);
    for (const n of [31, 32, 33, 63, 64, 65]) {
      const a = words(n);
      const b = [...words(3, 'y'), ...words(n)];
      expect(lcsLength(a, b)).toBe(lcsReference(a, b));
      expect(lcsLength(b, a)).toBe(lcsReference(a, b));
    }
    expect(lcsLength(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(3);
    expect(lcsLength([], ['a'])).toBe(0);
  });
});
