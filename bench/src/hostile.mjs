// Hostile inputs, timed: what core's tests check only for a result (a generous hang guard
// there, never a clock) is measured here against a budget. A linear parser finishes 100 kB
// of junk in milliseconds; an exponential one would not finish at all.
import { parseTimeframe, YamlSource } from '@kehoach/core';

function randomText(length, alphabet, seed) {
  let s = '';
  let x = seed;
  while (s.length < length) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += alphabet[x % alphabet.length];
  }
  return s;
}

const CHARS = Array.from('aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạQUÝ0123456789 /.-,;:()');
const WORDS = ['quý ', 'I', 'II', '/', '2024', ' ', ', ', 'tháng ', '3', 'năm ', 'và ', 'đến ', '- ', 'hàng ', 'trước ', 'ngày ', '01/3/2024', '(', ')', 'mỗi ', '01 ', 'lần', 'zzz '];

function aliasBomb() {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  return lines.join('\n');
}

/** Each case: its time in ms and the budget it should stay under on a 2-core machine. */
export function measureHostile() {
  const ctx = { year: 2024 };
  const cases = [
    ['timeframe: 100 kB of random characters', 2000, () => parseTimeframe(randomText(100_000, CHARS, 1), ctx)],
    ['timeframe: 100 kB of random timeframe words', 2000, () => parseTimeframe(randomText(100_000, WORDS, 2), ctx)],
    ['timeframe: a long list ending in junk', 2000, () => parseTimeframe('Quý I, II'.repeat(12_000) + ' zzz', ctx)],
    ['timeframe: many segments that each fail late', 2000, () => parseTimeframe(', quý 1, quý 2 zzz'.repeat(6_000), ctx)],
    ['timeframe: unclosed parentheses', 2000, () => parseTimeframe('('.repeat(100_000), ctx)],
    ['timeframe: digit groups', 2000, () => parseTimeframe('1/'.repeat(50_000), ctx)],
    ['yaml: an alias bomb (10^12 nodes if expanded)', 5000, () => new YamlSource('/bomb.yaml', aliasBomb())],
  ];
  return cases.map(([name, budgetMs, run]) => {
    const t0 = performance.now();
    run();
    const ms = Math.round(performance.now() - t0);
    return { name, ms, budgetMs, withinBudget: ms <= budgetMs };
  });
}
