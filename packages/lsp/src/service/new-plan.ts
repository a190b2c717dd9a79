import { hasTemplateBlank, plainOrQuoted } from '@kehoach/core';
import { stringify } from 'yaml';

export type Level = 'province' | 'district' | 'commune';

export interface NewPlanInput {
  level: Level;
  /** Issuer's full name: "Ủy ban nhân dân huyện Bình Sơn". */
  issuer: string;
  /** Place written before the date: "Bình Sơn". */
  place: string;
  year: number;
  /** Path of the template file, relative to the new plan (`extends:`), if one was chosen. */
  template?: string;
  /** Path of the agency registry, relative to the new plan, when no config names one. */
  registry?: string;
}

/** Text the author must replace; every placeholder is written `<...>` so it stands out. */
export const PLACEHOLDER = /<[^<>\n]+>/;

/** Keys the new plan writes itself (its own placeholders stand for the template's there). */
const OWN_KEYS = new Set(['kind', 'extends', 'registry', 'number', 'place', 'year', 'title', 'legalBases', 'objectives', 'requirements']);
/** Maps a plan deep-merges over its template's (core's overlay): only their blank keys are written. */
const MERGED_MAPS = new Set(['issuer', 'signature', 'parent', 'decision', 'period']);
/** Lists whose items a plan changes by id, through `patch:` (core's overlay). */
const ID_LISTS = ['tasks', 'duties', 'agencies', 'targets'] as const;
/** Keys a layer has that are not plan content. */
const LAYER_KEYS = new Set(['kind', 'extends', 'patch', 'remove', 'rules', 'id', 'level', 'description', 'version', 'plugins']);

/**
 * A new plan that already passes every rule except where a `<...>` placeholder waits
 * for the author: the first law (lead, timeframe, report path) is laid out for each task.
 * Without a template the plan carries one task to copy; with one, tasks come from it,
 * and every blank the template leaves (`resolved`: the plan the template makes of it)
 * is written into the plan at its own line — `issuer.parent`, a paragraph, a task's
 * field through `patch:` — so each one is reported where the author types, not all
 * on the `extends:` line.
 */
export function newPlanText(input: NewPlanInput, resolved?: Record<string, unknown>): string {
  const y = input.year;
  const q = (s: string): string => plainOrQuoted(s);
  const blanks = resolved ? templateBlanks(resolved) : undefined;
  const lines: string[] = ['kind: plan'];
  if (input.template) lines.push(`extends: ${q(input.template)}`);
  if (input.registry) lines.push(`registry: ${q(input.registry)}   # danh mục cơ quan`);
  lines.push('issuer:', `  name: ${q(input.issuer)}`, `  level: ${input.level}`, '  code: UBND');
  for (const [key, value] of Object.entries(blanks?.merged.issuer ?? {})) {
    if (!['name', 'level', 'code'].includes(key)) lines.push(...block({ [key]: value }, '  '));
  }
  lines.push(
    'number: ""   # số kế hoạch, ghi khi ban hành (ví dụ 84/KH-UBND)',
    `place: ${q(input.place)}`,
    `year: ${y}`,
    'title: <Trích yếu kế hoạch>',
    'legalBases:',
    '  - verb: can-cu',
    '    type: <Loại văn bản>',
    '    ref: <Số và ký hiệu>',
    '    summary: <Trích yếu văn bản căn cứ>',
    'objectives:',
    '  - <Mục đích>',
    'requirements:',
    '  - <Yêu cầu>',
  );
  if (!input.template) {
    lines.push(
      'tasks:',
      '  # Mỗi nhiệm vụ có cơ quan chủ trì, thời gian thực hiện và đường báo cáo.',
      '  - id: nhiem-vu-1',
      '    title: <Tên nhiệm vụ>',
      '    lead: <Cơ quan chủ trì>',
      `    timeframe: Thường xuyên trong năm ${y}`,
      'reporting:',
      '  - to: <Cơ quan nhận báo cáo>',
      `    due: trước ngày 25/11/${y}`,
    );
  }
  if (blanks) {
    for (const [key, value] of Object.entries(blanks.merged)) if (key !== 'issuer') lines.push(...block({ [key]: value }, ''));
    for (const [key, value] of Object.entries(blanks.plain)) lines.push(...block({ [key]: value }, ''));
    if (Object.keys(blanks.patch).length) {
      lines.push('# Chỗ trống của mẫu trong các mục kế thừa: điền tại đây (patch theo mã).');
      lines.push(...block({ patch: blanks.patch }, ''));
    }
  }
  return `${lines.join('\n')}\n`;
}

function block(value: Record<string, unknown>, indent: string): string[] {
  return stringify(value, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => indent + l);
}

interface Blanks {
  /** Keys of merged maps (issuer, signature...) whose value holds a blank. */
  merged: Record<string, Record<string, unknown>>;
  /** Other plain keys whose value holds a blank: the plan restates them. */
  plain: Record<string, unknown>;
  /** Inherited items by id, with their fields that hold a blank. */
  patch: Record<string, Record<string, Record<string, unknown>>>;
}

/** Where the resolved plan still holds a template blank, as what the new plan must restate. */
export function templateBlanks(resolved: Record<string, unknown>): Blanks {
  const out: Blanks = { merged: {}, plain: {}, patch: {} };
  for (const [key, value] of Object.entries(resolved)) {
    if (LAYER_KEYS.has(key) || OWN_KEYS.has(key) || (ID_LISTS as readonly string[]).includes(key)) continue;
    if (MERGED_MAPS.has(key) && isPlain(value)) {
      const fields = Object.fromEntries(Object.entries(value).filter(([, v]) => holdsBlank(v)));
      if (Object.keys(fields).length) out.merged[key] = fields;
    } else if (key !== 'sections' && key !== 'appendices' && holdsBlank(value)) out.plain[key] = value;
  }
  const patchItem = (coll: string, item: unknown): void => {
    if (!isPlain(item) || typeof item.id !== 'string') return;
    const fields = Object.fromEntries(Object.entries(item).filter(([k, v]) => k !== 'id' && k !== 'items' && k !== 'rows' && holdsBlank(v)));
    if (Object.keys(fields).length) (out.patch[coll] ??= {})[item.id] = fields;
  };
  for (const coll of ID_LISTS) for (const item of asList(resolved[coll])) patchItem(coll, item);
  // Tasks and groups written in the body are patched by id like top-level ones.
  const walk = (items: unknown): void => {
    for (const item of asList(items)) {
      if (!isPlain(item)) continue;
      patchItem('tasks', item);
      walk(item.items);
      walk(item.rows);
    }
  };
  walk(resolved.sections);
  walk(resolved.appendices);
  return out;
}

function holdsBlank(value: unknown): boolean {
  if (typeof value === 'string') return hasTemplateBlank(value);
  if (Array.isArray(value)) return value.some(holdsBlank);
  if (isPlain(value)) return Object.values(value).some(holdsBlank);
  return false;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A file name for the new plan: `ke-hoach-2025.kehoach.yaml`, numbered when taken. */
export function newPlanFileName(year: number, taken: (name: string) => boolean): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? `ke-hoach-${year}.kehoach.yaml` : `ke-hoach-${year}-${i}.kehoach.yaml`;
    if (!taken(name)) return name;
  }
}
