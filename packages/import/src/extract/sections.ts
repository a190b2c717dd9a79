import { stripMarks, type ParagraphItem } from '@kehoach/core';
import type { Draft } from '../draft.js';
import { blocksOf, type Item } from '../outline.js';
import { readDuty } from './duties.js';
import { IdPool } from './ids.js';
import { findQuantities } from './prose-facts.js';
import { findReports, reportAgencies } from './reporting.js';
import { isLabelledTask, labelOf, paragraphs, readLabelledTask } from './tasks.js';

type Field = 'objectives' | 'requirements' | 'audiences' | 'content' | 'forms' | 'budget' | 'timeframe';
type SectionKind = Field | 'purpose' | 'content-forms' | 'duties' | 'reporting' | 'tasks';

function key(s: string): string {
  return stripMarks(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** What a roman section is, from its heading ("MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"...). */
export function sectionKind(heading: string): SectionKind | undefined {
  const k = key(heading);
  if (/^to chuc thuc hien|trach nhiem/.test(k)) return 'duties';
  if (/^(?:che do )?bao cao/.test(k)) return 'reporting';
  if (/^kinh phi/.test(k)) return 'budget';
  if (/^thoi gian/.test(k)) return 'timeframe';
  if (/muc dich|muc tieu|yeu cau/.test(k)) return 'purpose';
  if (/^doi tuong/.test(k)) return 'audiences';
  if (/noi dung/.test(k) && /hinh thuc/.test(k)) return 'content-forms';
  if (/nhiem vu|giai phap|hoat dong/.test(k)) return 'tasks';
  if (/noi dung/.test(k)) return 'content';
  if (/hinh thuc|phuong thuc/.test(k)) return 'forms';
  return undefined;
}

/** What a numbered sub-heading inside a section is ("1. Mục đích", "2. Hình thức tuyên truyền"). */
function subKind(heading: string): Field | 'targets' | undefined {
  const k = key(heading);
  if (k.split(' ').length > 8) return undefined;
  if (/^(?:muc dich|muc tieu)/.test(k)) return 'objectives';
  if (/^yeu cau/.test(k)) return 'requirements';
  if (/^doi tuong/.test(k)) return 'audiences';
  if (/^chi tieu/.test(k)) return 'targets' as const;
  if (/^noi dung/.test(k)) return 'content';
  if (/^hinh thuc/.test(k)) return 'forms';
  return undefined;
}

const HEADING_KEYS: Record<string, string> = {
  purpose: 'purpose',
  'content-forms': 'contentSection',
  tasks: 'tasks',
  budget: 'budget',
  timeframe: 'timeframe',
  duties: 'duties',
  objectives: 'objectives',
  requirements: 'requirements',
  audiences: 'audiences',
  targets: 'targets',
  content: 'content',
  forms: 'forms',
};

/** "100% TTHC được niêm yết công khai": the sentence, with its number when it states one. */
function target(text: string): Record<string, unknown> {
  const [q] = findQuantities(text);
  if (!q) return { text };
  const { start: _s, end: _e, text: _t, ...rest } = q;
  return { text, ...rest };
}

/** Reads sections I-V into the plan; what it cannot place stays unused for the leftovers. */
export class BodyReader {
  private readonly ids = new IdPool();
  private readonly tasks: Record<string, unknown>[] = [];
  private readonly duties: Record<string, unknown>[] = [];
  private readonly headings: Record<string, string> = {};
  /** How the placed points were marked, for `layout.points`. */
  private readonly marks = { letter: 0, dash: 0 };
  private readonly fields = new Map<Field | 'targets', { items: ParagraphItem[]; lines: number[]; itemLines: number[][] }>();

  constructor(
    private readonly draft: Draft,
    private readonly year: number | undefined,
  ) {}

  read(roots: readonly Item[]): void {
    for (const section of roots) {
      if (section.kind !== 'roman') continue;
      const kind = sectionKind(section.text);
      if (!kind) continue;
      this.draft.use(section.block);
      const before = this.tasks.length;
      this.heading(kind, section.text);
      this.readSection(kind, section.children);
      // "III. HÌNH THỨC TUYÊN TRUYỀN" made only of labelled tasks is the tasks' heading.
      if (this.tasks.length > before && (kind === 'forms' || kind === 'tasks') && !this.fields.has('forms')) {
        delete this.headings.forms;
        this.headings.tasks = section.text.replace(/[:.]+$/u, '');
      }
    }
    this.flush();
  }

  /**
   * "PHỤ LỤC: BẢNG PHÂN CÔNG NHIỆM VỤ" after the signature: its rows (labelled items, as
   * the DOCX reader writes task tables) are tasks; its title lines are headings.
   */
  readAppendix(roots: readonly Item[]): void {
    for (const item of roots) {
      // A group row ("I. HÌNH THỨC TUYÊN TRUYỀN") stays a leftover; its rows are read.
      if (item.kind === 'roman') {
        this.readAppendix(item.children);
        continue;
      }
      if (item.kind !== 'none' && isLabelledTask(item)) {
        const index = this.tasks.length;
        this.tasks.push(readLabelledTask(item, ['tasks', index], this.draft, this.ids));
      } else if (item.kind === 'none' && /^(?:PHỤ\s*LỤC|BẢNG|DANH MỤC|\(?kèm theo)/iu.test(item.text)) {
        this.draft.use(item.block);
      }
    }
    this.flush();
  }

  private heading(kind: string, text: string): void {
    const k = HEADING_KEYS[kind];
    if (k) this.headings[k] = text.replace(/[:.]+$/u, '');
  }

  private readSection(kind: SectionKind, children: readonly Item[]): void {
    if (kind === 'duties') return this.readDuties(children);
    if (kind === 'reporting') return this.readReporting(children);
    if (kind === 'purpose' || kind === 'content-forms' || kind === 'content' || kind === 'forms' || kind === 'tasks') {
      const fallback: Field = kind === 'purpose' ? 'objectives' : kind === 'forms' ? 'forms' : 'content';
      for (const child of children) {
        const sub = child.kind === 'number' ? subKind(child.text) : undefined;
        if (sub) {
          this.draft.use(child.block);
          this.heading(sub, child.text);
          for (const grand of child.children) this.place(grand, sub);
        } else this.place(child, fallback);
      }
      return;
    }
    for (const child of children) this.place(child, kind);
  }

  /** A labelled item anywhere becomes a task; anything else a paragraph of the field. */
  private place(item: Item, field: Field | 'targets'): void {
    if (item.kind !== 'none' && isLabelledTask(item)) {
      const index = this.tasks.length;
      this.tasks.push(readLabelledTask(item, ['tasks', index], this.draft, this.ids));
      for (const child of item.children) if (child.kind !== 'none' && !labelOf(child.text) && isLabelledTask(child)) this.place(child, field);
      return;
    }
    if (item.kind === 'letter' || item.kind === 'dash') this.marks[item.kind]++;
    let entry = this.fields.get(field);
    if (!entry) this.fields.set(field, (entry = { items: [], lines: [], itemLines: [] }));
    entry.items.push(...paragraphs([item]));
    const lines = blocksOf(item).flatMap((b) => b.lines);
    entry.lines.push(...lines);
    entry.itemLines.push(lines);
    this.draft.use(...blocksOf(item));
  }

  private readDuties(children: readonly Item[]): void {
    for (const child of children) {
      if (child.kind === 'number' || child.kind === 'subnumber' || child.kind === 'letter') {
        this.duties.push(readDuty(child, this.duties.length, this.draft, this.ids, this.year));
      } else this.readReporting([child]);
    }
  }

  /** Paragraphs that state report paths; the others stay for the leftovers. */
  readReporting(items: readonly Item[]): void {
    for (const item of items) {
      for (const block of blocksOf(item)) {
        const found = findReports(block.text);
        if (!found.length) continue;
        const reporting = (this.draft.plan.reporting ??= []) as Record<string, unknown>[];
        for (const r of found) {
          const index = reporting.length;
          reporting.push({ ...r.path });
          this.draft.source(['reporting', index], block.lines, r.path.text);
          reportAgencies(this.draft, ['reporting', index], r.path, block.lines);
        }
        this.draft.use(block);
      }
    }
  }

  private flush(): void {
    const plan = this.draft.plan;
    for (const [field, entry] of this.fields) {
      if (field === 'targets') {
        plan.targets = entry.items.map((p) => target(typeof p === 'string' ? p : (p.text ?? '')));
      } else if (field === 'budget' || field === 'timeframe') {
        const texts = entry.items.map((p) => (typeof p === 'string' ? p : (p.text ?? '')));
        plan[field] = texts.length === 1 ? texts[0] : field === 'budget' ? entry.items : texts.join(' ');
      } else plan[field] = entry.items;
      this.draft.source([field], entry.lines);
      if (Array.isArray(plan[field])) entry.itemLines.forEach((lines, i) => this.draft.source([field, i], lines));
    }
    if (this.tasks.length) plan.tasks = this.tasks;
    if (this.duties.length) plan.duties = this.duties;
    if (Object.keys(this.headings).length) {
      const layout = (plan.layout ??= {}) as Record<string, unknown>;
      layout.headings = this.headings;
    }
    // "a) b)" or "-": the renderer marks points the way the source did.
    const { letter, dash } = this.marks;
    if (letter + dash > 0) {
      const layout = (plan.layout ??= {}) as Record<string, unknown>;
      layout.points = letter > dash ? 'letters' : 'dashes';
    }
  }
}
