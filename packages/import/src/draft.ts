import type { Block } from './clean/block.js';
import type { AgencyMatcher } from './extract/agencies.js';
import type { AgencyMention, Found, Missing, Unplaced } from './types.js';

export type PathSegment = string | number;
export type FieldPath = readonly PathSegment[];

/** `tasks[2].lead` for ['tasks', 2, 'lead']. */
export function fieldName(path: FieldPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

function keyOf(path: FieldPath): string {
  return path.join('\u0000');
}

/**
 * The plan being assembled, with the source lines of every value, notes for the
 * author, what was not found, and which source paragraphs have been placed.
 */
export class Draft {
  readonly plan: Record<string, unknown> = { kind: 'plan' };
  readonly found: Found[] = [];
  readonly missing: (Missing & { path: FieldPath })[] = [];
  readonly agencies: AgencyMention[] = [];
  readonly unplaced: Unplaced[] = [];
  /** Source lines left out as layout (a table's column numbers, a repeated header row). */
  readonly dropped: { line: number; text: string; reason: string }[] = [];
  private readonly lines = new Map<string, { path: FieldPath; lines: number[] }>();
  private readonly notes = new Map<string, string[]>();
  private readonly used = new Set<Block>();
  /** "Số: /KH-UBND", "ngày ... tháng ... năm 2026": left blank in the source (a draft). */
  blankNumber?: string;
  blankDate?: string;

  constructor(readonly matcher: AgencyMatcher) {}

  /** Records where a value (already placed in `plan`) came from. */
  source(path: FieldPath, lines: readonly number[], value?: unknown): void {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    this.lines.set(keyOf(path), { path, lines: sorted });
    if (typeof value === 'string' || typeof value === 'number') {
      this.found.push({ field: fieldName(path), value: String(value), lines: sorted });
    }
  }

  sourceOf(path: FieldPath): readonly number[] | undefined {
    return this.lines.get(keyOf(path))?.lines;
  }

  sourced(): { path: FieldPath; lines: number[] }[] {
    return [...this.lines.values()];
  }

  note(path: FieldPath, text: string): void {
    const k = keyOf(path);
    const list = this.notes.get(k) ?? [];
    list.push(text);
    this.notes.set(k, list);
  }

  notesOf(path: FieldPath): readonly string[] {
    return this.notes.get(keyOf(path)) ?? [];
  }

  allNotes(): { path: FieldPath; notes: string[] }[] {
    return [...this.notes.entries()].map(([k, notes]) => ({ path: k.split('\u0000').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), notes }));
  }

  /** A field the source does not state: left out of the plan, with a comment in the draft. */
  miss(path: FieldPath, message: string): void {
    this.missing.push({ path, field: fieldName(path), message });
  }

  use(...blocks: Block[]): void {
    for (const b of blocks) {
      this.used.add(b);
      if (b.parent) this.used.add(b.parent);
    }
  }

  /** The object at `path` in the plan, created (as an object) when absent. */
  getIn(path: readonly PathSegment[]): unknown {
    let node: Record<string, unknown> = this.plan;
    for (const seg of path) {
      const next = (node as Record<string | number, unknown>)[seg];
      if (next === undefined || next === null || typeof next !== 'object') (node as Record<string | number, unknown>)[seg] = {};
      node = (node as Record<string | number, unknown>)[seg] as Record<string, unknown>;
    }
    return node;
  }

  isUsed(block: Block): boolean {
    return this.used.has(block);
  }

  /**
   * Agency names as written, resolved against the registry: the plan keeps the name
   * verbatim (the author's wording), the report and a comment say what it resolved to.
   */
  agencyList(path: FieldPath, names: readonly string[], lines: readonly number[]): string | string[] {
    names.forEach((text, i) => {
      const field = names.length > 1 ? [...path, i] : path;
      const match = this.matcher.match(text);
      const mention: AgencyMention = { field: fieldName(field), text, lines: [...lines], ...match };
      this.agencies.push(mention);
      if (this.matcher.hasRegistry && !match.id) {
        // Only close candidates help; a weak "did you mean" on every unknown name is noise.
        const close = (match.suggestions ?? []).filter((s) => s.score >= 0.6);
        const hint = close.length ? `; gần giống: ${close.map((s) => s.name).join(', ')}` : '';
        this.note(field, `chưa có trong danh mục cơ quan${hint}`);
      }
    });
    return names.length === 1 ? (names[0] as string) : [...names];
  }
}
