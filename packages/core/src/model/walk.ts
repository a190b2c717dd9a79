import type { Appendix, HeadingItem, Item, ReportingItem, Table, TableItem, TargetItem, TaskRefItem } from '../schema/body.js';
import type { ParagraphItem, ReportPath } from '../schema/common.js';
import type { LegalBasis, LegalBasisObject, Plan } from '../schema/plan.js';
import type { Duty, Task } from '../schema/task.js';
import type { Locator } from '../engine/define.js';
import { findLegalRefs } from '../parse/legal-ref.js';

/** What an item of a body list is (docs/plan-format.md: "Which kind an item is follows from its keys"). */
export type ItemKind = 'paragraph' | 'heading' | 'task' | 'task-ref' | 'target' | 'reporting' | 'table' | 'cells';

export function itemKind(item: unknown): ItemKind {
  if (Array.isArray(item)) return 'cells';
  if (item === null || typeof item !== 'object') return 'paragraph';
  const o = item as Record<string, unknown>;
  if ('heading' in o) return 'heading';
  // A target may carry an id too ("id: ho-so-truc-tuyen"); a task never has `target`.
  if ('target' in o) return 'target';
  if ('id' in o) return 'task';
  if ('task' in o) return 'task-ref';
  if ('reporting' in o) return 'reporting';
  if ('table' in o) return 'table';
  return 'paragraph';
}

export const isHeading = (i: unknown): i is HeadingItem => itemKind(i) === 'heading';
export const isTask = (i: unknown): i is Task => itemKind(i) === 'task';
export const isTaskRef = (i: unknown): i is TaskRefItem => itemKind(i) === 'task-ref';
export const isTarget = (i: unknown): i is TargetItem => itemKind(i) === 'target';
export const isReporting = (i: unknown): i is ReportingItem => itemKind(i) === 'reporting';
export const isTable = (i: unknown): i is TableItem => itemKind(i) === 'table';

/** Where in the plan a list of items sits. */
export type Place = 'tasks' | 'duties' | 'sections' | 'appendix';

/** One item met while walking the plan, with everything around it. */
export interface ItemVisit {
  item: Item;
  kind: ItemKind;
  /** The list holding it and its index there (for locators and edits). */
  list: unknown[];
  index: number;
  place: Place;
  /** Enclosing task groups, outermost first. */
  groups: Task[];
  /** Enclosing headings, outermost first. */
  headings: HeadingItem[];
  duty?: Duty;
  appendix?: Appendix;
  table?: Table;
}

/** Items a container holds, as a list (`items` of a heading, group or paragraph; `rows` of a table). */
export function childItems(item: unknown): unknown[] | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const o = item as Record<string, unknown>;
  if ('table' in o) {
    const t = o.table as Table | undefined;
    return Array.isArray(t?.rows) ? t.rows : undefined;
  }
  return Array.isArray(o.items) ? o.items : undefined;
}

/**
 * Every item of the plan in reading order: the earlier shape (`tasks`, `duties`), then
 * `sections`, then `appendices`. Paragraph points (prose `items`) are not descended
 * into: they hold no structure. Rules walk every plan after each keystroke, so the
 * visit object is one, reused: keep its fields, not the object (planTasks copies).
 */
export function walkPlan(plan: Partial<Plan>, visit: (v: ItemVisit) => void): void {
  const v: ItemVisit = { item: '', kind: 'paragraph', list: [], index: 0, place: 'tasks', groups: [], headings: [] };
  type Ctx = Pick<ItemVisit, 'place' | 'groups' | 'headings' | 'duty' | 'appendix' | 'table'>;
  const walkList = (list: unknown, ctx: Ctx): void => {
    if (!Array.isArray(list)) return;
    for (let index = 0; index < list.length; index++) {
      const item = list[index] as Item;
      const kind = itemKind(item);
      v.item = item;
      v.kind = kind;
      v.list = list;
      v.index = index;
      v.place = ctx.place;
      v.groups = ctx.groups;
      v.headings = ctx.headings;
      v.duty = ctx.duty;
      v.appendix = ctx.appendix;
      v.table = ctx.table;
      visit(v);
      switch (kind) {
        case 'heading':
          walkList((item as HeadingItem).items, { ...ctx, headings: [...ctx.headings, item as HeadingItem] });
          break;
        case 'task':
          if (Array.isArray((item as Task).items)) walkList((item as Task).items, { ...ctx, groups: [...ctx.groups, item as Task] });
          break;
        case 'table': {
          const table = (item as TableItem).table;
          walkList(table?.rows, { ...ctx, table });
          break;
        }
        default:
          break;
      }
    }
  };
  const base: Ctx = { place: 'tasks', groups: [], headings: [] };
  walkList(plan.tasks, base);
  for (const duty of plan.duties ?? []) walkList(duty.tasks, { ...base, place: 'duties', duty });
  walkList(plan.sections, { ...base, place: 'sections' });
  for (const appendix of plan.appendices ?? []) walkList(appendix.items, { ...base, place: 'appendix', appendix });
}

/** Every task object of the plan (groups included), with its visit. */
export function planTasks(plan: Partial<Plan>): ItemVisit[] {
  const out: ItemVisit[] = [];
  walkPlan(plan, (v) => {
    if (v.kind === 'task') out.push({ ...v });
  });
  return out;
}

/** A group is a task with task items (or task references) under it; its items are the tasks. */
export function isGroup(task: Task): boolean {
  return Array.isArray(task.items) && task.items.some((i: unknown) => {
    const k = itemKind(i);
    return k === 'task' || k === 'task-ref';
  });
}

/** Report paths stated as items of the body or appendices (a "Chế độ báo cáo" section). */
export function reportingItems(plan: Partial<Plan>): ReportPath[] {
  const out: ReportPath[] = [];
  walkPlan(plan, (v) => {
    if (v.kind === 'reporting') {
      const r = (v.item as ReportingItem).reporting;
      if (r) out.push(r);
    }
  });
  return out;
}

/** Every plan-wide report path: the earlier shape's `reporting`, then those in the body. */
export function planReporting(plan: Partial<Plan>): ReportPath[] {
  return [...(plan.reporting ?? []), ...reportingItems(plan)];
}

/** Every target: the top-level list, then target items of the body and appendices. */
export interface TargetVisit {
  target: TargetItem | NonNullable<Plan['targets']>[number];
  list: unknown[];
  index: number;
  /** The key holding its wording: `target` for items, `text` for the top-level list. */
  wordingKey: 'target' | 'text';
}

export function planTargets(plan: Partial<Plan>): TargetVisit[] {
  const out: TargetVisit[] = [];
  (plan.targets ?? []).forEach((target, index) => out.push({ target, list: plan.targets as unknown[], index, wordingKey: 'text' }));
  walkPlan(plan, (v) => {
    if (v.kind === 'target') out.push({ target: v.item as TargetItem, list: v.list, index: v.index, wordingKey: 'target' });
  });
  return out;
}

/** Every paragraph string of the body (with prose points), for text rules. */
export function paragraphTexts(items: readonly ParagraphItem[] | undefined, out: string[] = []): string[] {
  for (const p of items ?? []) {
    if (typeof p === 'string') out.push(p);
    else if (p && typeof p === 'object') {
      if (typeof p.text === 'string') out.push(p.text);
      paragraphTexts(p.items, out);
    }
  }
  return out;
}

/** A legal basis as facts: the object itself, or what a written citation says. */
export interface BasisVisit {
  basis: LegalBasis;
  /** The list holding it and its index. */
  list: LegalBasis[];
  index: number;
  /** The object form, when written as one. */
  object?: LegalBasisObject;
  /** The citation as written, when written as a string. */
  text?: string;
}

/** The plan's legal bases and, for a plan issued by a decision, the decision's. */
export function planBases(plan: Partial<Plan>): BasisVisit[] {
  const out: BasisVisit[] = [];
  const add = (list: LegalBasis[] | undefined): void => {
    if (!list) return;
    list.forEach((basis, index) => {
      if (typeof basis === 'string') out.push({ basis, list, index, text: basis });
      else if (basis && typeof basis === 'object') out.push({ basis, list, index, object: basis });
    });
  };
  add(plan.legalBases);
  add(plan.decision?.legalBases);
  return out;
}

/** Task ids defined anywhere in the plan. */
export function taskIds(plan: Partial<Plan>): Set<string> {
  const ids = new Set<string>();
  walkPlan(plan, (v) => {
    if (v.kind === 'task' && typeof (v.item as Task).id === 'string') ids.add((v.item as Task).id);
  });
  return ids;
}

/** The plan uses the document-shaped body (`sections`) rather than the earlier fixed keys. */
export function usesSections(plan: Partial<Plan>): boolean {
  return Array.isArray(plan.sections);
}

/** One document cited as a legal basis: from an object's fields, or found in a written citation. */
export interface Citation {
  ref: string;
  type?: string;
  date?: string;
  issuer?: string;
  /** Where the number is, and where the date is (the same string item for a written citation). */
  refAt: Locator;
  dateAt: Locator;
  /** Read out of a citation written as a string. */
  written: boolean;
  visit: BasisVisit;
}

/** Every document the plan cites as a basis, with what is said of it. */
export function planCitations(plan: Partial<Plan>): Citation[] {
  const out: Citation[] = [];
  for (const v of planBases(plan)) {
    if (v.object) {
      const b = v.object;
      if (b.ref === undefined) continue;
      out.push({
        ref: b.ref,
        ...(b.type !== undefined ? { type: b.type } : {}),
        ...(b.date !== undefined ? { date: b.date } : {}),
        ...(b.issuer !== undefined ? { issuer: b.issuer } : {}),
        refAt: { node: b, key: 'ref' },
        dateAt: { node: b, key: 'date' },
        written: false,
        visit: v,
      });
    } else if (v.text !== undefined) {
      const at: Locator = { node: v.list, index: v.index };
      for (const m of findLegalRefs(v.text)) {
        out.push({
          ref: v.text.slice(m.start, m.end),
          ...(m.typeWord !== undefined ? { type: m.typeWord } : {}),
          ...(m.date !== undefined ? { date: m.date } : {}),
          ...(m.issuer !== undefined ? { issuer: m.issuer } : {}),
          refAt: at,
          dateAt: at,
          written: true,
          visit: v,
        });
      }
    }
  }
  return out;
}

const VERB_WORDS: readonly [RegExp, LegalBasisObject['verb']][] = [
  [/^căn cứ(?=\s|$)/iu, 'can-cu'],
  [/^thực hiện(?=\s|$)/iu, 'thuc-hien'],
  [/^triển khai(?=\s|$)/iu, 'trien-khai'],
  [/^theo đề nghị(?=\s|$)/iu, 'theo-de-nghi'],
  [/^xét đề nghị(?=\s|$)/iu, 'xet-de-nghi'],
];

/**
 * A legal basis as fields: the object itself, or for a citation written as a string,
 * its wording (`text`), its verb and what it says of the first document it cites.
 */
export function basisObject(basis: LegalBasis): LegalBasisObject {
  if (typeof basis !== 'string') return basis;
  const text = basis.normalize('NFC');
  const out: LegalBasisObject = { text: basis };
  const verb = VERB_WORDS.find(([re]) => re.test(text.trimStart()))?.[1];
  if (verb) out.verb = verb;
  const first = findLegalRefs(text)[0];
  if (first) {
    out.ref = text.slice(first.start, first.end);
    if (first.typeWord !== undefined) out.type = first.typeWord;
    if (first.date !== undefined) out.date = first.date;
    if (first.issuer !== undefined) out.issuer = first.issuer;
  }
  return out;
}
