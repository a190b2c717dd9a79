import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lintText } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/index.js';

// The real plans of ../shared/corpus (data only, outside the repository; CI has it).
const DIR = new URL('../../../../shared/corpus/', import.meta.url);
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];

/** Text compared for "is this value in the source": case, whitespace and dash kinds aside. */
const plain = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\[\^(\d+)\]/gu, '[$1]')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/[\s*#]+/gu, '');

// Keys whose values are the format's own words, not the text's: ids, numbering styles, codes.
const OWN_WORDS = new Set(['id', 'task', 'kind', 'numbering', 'field', 'authority', 'level', 'code', 'purpose', 'comparator']);

/** String values of the draft that are not in the source (dates are compared by day, month and year). */
function notInSource(value: unknown, source: string, raw: string, key = ''): string[] {
  if (typeof value === 'string') {
    if (OWN_WORDS.has(key)) return [];
    if (key === 'date') {
      const [d, m, y] = value.split('/').map(Number);
      return new RegExp(`0?${d}(?:/| tháng )0?${m}(?:/| năm )${y}`, 'u').test(raw) ? [] : [`${key}: ${value}`];
    }
    const v = plain(value).replace(/[.;,:]+$/u, '');
    return v === '' || source.includes(v) ? [] : [`${key}: ${value}`];
  }
  if (Array.isArray(value)) return value.flatMap((v) => notInSource(v, source, raw, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => notInSource(v, source, raw, k));
  return [];
}

describe.skipIf(files.length === 0)('the real plans of ../shared/corpus', () => {
  it.each(files)('%s: imports, passes the schema, places every paragraph, and states nothing the text does not', (file) => {
    const raw = readFileSync(new URL(file, DIR), 'utf8');
    const result = importText(raw, { fileName: file });
    const broken = lintText(result.yaml).diagnostics.filter((d) => ['schema', 'yaml-syntax', 'unknown-key'].includes(d.ruleId));
    expect(broken.map((d) => `${d.range.start.line + 1}: ${d.message.vi}`)).toEqual([]);
    // A "Kính gửi" line (a plan addressed to the council) has no field; nothing else is left over.
    expect(result.report.unplaced.filter((u) => !/^kính gửi/iu.test(u.text))).toEqual([]);
    expect(notInSource(result.plan, plain(raw), raw.normalize('NFC'))).toEqual([]);
    expect(result.report.tasks.every((t) => t.line !== undefined)).toBe(true);
  });
});
