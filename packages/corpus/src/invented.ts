import { isoDate, isValidDay, parseDate, planSchema, type Path } from '@kehoach/core';
import { schemaAtPath, unwrap } from '@kehoach/core/internal';
import { pathKey, type DraftModel, type Segment } from './draft-model.js';

/**
 * Invented values: string values of the draft whose text is not in the source.
 *
 * Both sides are compared after `normalizeText` (NFC, lower case, whitespace and
 * spacing around punctuation unified, invisible characters dropped); a value is
 * found when it is a substring of the whole source. Nothing else is forgiven: a
 * value whose spelling, punctuation (a dash for an en dash), abbreviation or wording
 * differs from the source counts, even when a reader would call it the same.
 *
 * Exempt, because the importer derives them and the plan format asks for them:
 * - identifiers (`ID_KEYS`): made from the wording, never part of it;
 * - fixed words the schema allows at that place (an enum or literal there: `kind`,
 *   `level`, `verb`, `numbering`, `authority`, a table column's `field`...): keys of
 *   the format, not text; the schema decides, so a free-text field is never exempt;
 * - a date written `dd/mm/yyyy` (or ISO) when the source writes that same calendar day
 *   in any form ("01/12/2025", "1/12/2025", "01-12-2025", "ngày 01 tháng 12 năm 2025"):
 *   the importer normalises the source's own date. A date the source does not write
 *   (one computed from "Quý IV" or from "15/12" and the plan year) is invented.
 * - a footnote reference, which the format writes `[^1]` for the text's "[1]", is
 *   compared as the text writes it.
 * Numbers and booleans are not strings and are not checked.
 */
export interface InventedValue {
  /** Path in the draft, e.g. `sections.3.items.0.lead`. */
  path: string;
  value: string;
}

export interface InventedCheck {
  /** String values checked (exempt ones excluded). */
  checked: number;
  exempt: number;
  invented: InventedValue[];
  /** Found in the source, but not within the lines the importer notes for it (informational). */
  miscited: InventedValue[];
}

/** Keys whose values are identifiers the importer makes up or refers to, never text of the plan. */
const ID_KEYS = new Set([
  'id', // a task's, heading's, appendix's or target's own id
  'task', // a task reference points at a task id
  'implements', // ids of parent-plan tasks
  'after', // position over a template: an inherited id
  'before',
]);

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const FOOTNOTE_REF = /\[\^([^\]\s]{1,8})\]/g;

// Spacing around punctuation is spacing: "tiến độ ) ." and "tiến độ)." differ only in it.
const SPACE_BEFORE = /\s+(?=[,.;:!?)\]])/g;
const SPACE_AFTER = /(?<=[([])\s+/g;

/**
 * How values and the source are compared: NFC, invisible characters (zero-width
 * spaces and joiners, soft hyphen, BOM) dropped, lower case, every run of whitespace
 * (line breaks included) one space, no space before `, . ; : ! ? ) ]` or after `( [`.
 * Letters, digits, tone marks and punctuation are compared as they are: "–" is not "-".
 */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').toLowerCase().replace(/\s+/g, ' ').replace(SPACE_BEFORE, '').replace(SPACE_AFTER, '').trim();
}

const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/g;
const WORDED_DATE = /(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

/** Every calendar day the text writes, as ISO dates. */
export function writtenDates(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.normalize('NFC');
  const add = (d: string, m: string, y: string): void => {
    if (isValidDay(Number(y), Number(m), Number(d))) out.add(isoDate(Number(y), Number(m), Number(d)));
  };
  for (const m of t.matchAll(NUMERIC_DATE)) add(m[1] as string, m[3] as string, m[4] as string);
  for (const m of t.matchAll(WORDED_DATE)) add(m[1] as string, m[2] as string, m[3] as string);
  return out;
}

interface Def {
  type?: string;
  options?: unknown[];
}
const defOf = (s: unknown): Def => ((s as { def?: Def }).def ?? {}) as Def;

/** The schema allows only fixed words here (an enum or a literal, or a union of them). */
function fixedWordsAt(plan: unknown, path: readonly Segment[]): boolean {
  const s = schemaAtPath(planSchema, path as Path, plan);
  if (!s) return false;
  const fixed = (x: unknown): boolean => {
    const def = defOf(unwrap(x as Parameters<typeof unwrap>[0]));
    if (def.type === 'enum' || def.type === 'literal') return true;
    return def.type === 'union' && !!def.options?.length && def.options.every(fixed);
  };
  return fixed(s);
}

/** The plan's string values with their paths. */
function* strings(v: unknown, path: Segment[]): Generator<{ path: Segment[]; value: string }> {
  if (typeof v === 'string') yield { path, value: v };
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* strings(v[i], [...path, i]);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* strings(x, [...path, k]);
}

/** The lines noted for a path, or for its nearest ancestor that has some. */
function citedLines(draft: DraftModel, path: readonly Segment[]): number[] | undefined {
  for (let n = path.length; n > 0; n--) {
    const l = draft.lines.get(pathKey(path.slice(0, n)));
    if (l?.length) return l;
  }
  return undefined;
}

export function checkInvented(draft: DraftModel, source: string): InventedCheck {
  const whole = normalizeText(source);
  const sourceLines = source.split(/\r?\n/);
  const dates = writtenDates(source);
  const out: InventedCheck = { checked: 0, exempt: 0, invented: [], miscited: [] };
  for (const { path, value } of strings(draft.plan, [])) {
    const key = [...path].reverse().find((s): s is string => typeof s === 'string');
    if ((key !== undefined && ID_KEYS.has(key)) || fixedWordsAt(draft.plan, path)) {
      out.exempt++;
      continue;
    }
    // The format writes a footnote reference "[1]" of the text as "[^1]" (docs/plan-format.md).
    const norm = normalizeText(value.replace(FOOTNOTE_REF, '[$1]'));
    if (norm === '') continue;
    const date = parseDate(value);
    if (date.ok && dates.has(date.date)) {
      out.exempt++;
      continue;
    }
    out.checked++;
    const at = { path: path.join('.'), value };
    if (!whole.includes(norm)) {
      out.invented.push(at);
      continue;
    }
    const cited = citedLines(draft, path);
    if (cited) {
      const from = Math.max(1, cited[0] as number);
      const to = Math.min(sourceLines.length, cited[cited.length - 1] as number);
      if (!normalizeText(sourceLines.slice(from - 1, to).join('\n')).includes(norm)) out.miscited.push(at);
    }
  }
  return out;
}
