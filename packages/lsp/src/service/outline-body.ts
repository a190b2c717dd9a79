import {
  asList,
  basisObject,
  childItems,
  itemKind,
  planTasks,
  type Appendix,
  type Decision,
  type HeadingItem,
  type LegalBasis,
  type ReportingItem,
  type Table,
  type TargetItem,
  type Task,
  type TaskRefItem, bodyPlace, markList, placeUnder, tableOrder, type Mark, type NumberPlace, type NumberingStyle } from '@kehoach/core';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { DocContext } from './context.js';

type Sym = (name: string, detail: string | undefined, kind: SymbolKind, obj: object, selectKeys: string[], children?: DocumentSymbol[]) => DocumentSymbol | undefined;

/** Whether a task (or group) asks rather than assigns: its own or its nearest group's `request` without a `lead`. */
function isRequest(task: Task, groups: readonly Task[]): boolean {
  for (const holder of [task, ...[...groups].reverse()]) {
    if (holder.lead !== undefined) return false;
    if (holder.request !== undefined) return true;
  }
  return false;
}

const names = (v: string | string[] | undefined): string => asList(v).join(', ');
const oneLine = (s: string, max = 90): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const named = (mark: string | undefined, text: string): string => (mark ? `${mark} ${text}` : text);

/**
 * The body as the document shows it: headings numbered as printed ("I. MỤC ĐÍCH, YÊU
 * CẦU", "1. Mục đích"), task groups and tasks under them (by title, else by lead),
 * requests marked, targets, report paths and tables with their numbered rows.
 */
export class BodyOutline {
  private readonly titles = new Map<string, string>();
  private readonly en: boolean;

  constructor(
    private readonly dc: DocContext,
    private readonly sym: Sym,
  ) {
    this.en = dc.locale === 'en';
    const plan = dc.analysis.plan;
    for (const v of plan ? planTasks(plan) : []) {
      const t = v.item as Task;
      if (typeof t.id === 'string') this.titles.set(t.id, t.title ?? names(t.lead ?? t.request) ?? t.id);
    }
  }

  sections(items: readonly unknown[]): DocumentSymbol[] {
    return this.list(items, bodyPlace(), []);
  }

  appendices(appendices: readonly Appendix[]): DocumentSymbol[] {
    return appendices.flatMap((a) => {
      if (!a || typeof a !== 'object') return [];
      const name = [a.label ?? (this.en ? 'APPENDIX' : 'PHỤ LỤC'), a.title].filter(Boolean).join(' ');
      const children = this.list(a.items ?? [], bodyPlace(), []);
      const s = this.sym(name, a.id, SymbolKind.Module, a, ['title', 'label', 'id'], children);
      return s ? [s] : [];
    });
  }

  decision(decision: Decision): DocumentSymbol | undefined {
    const name = `${this.en ? 'Decision' : 'Quyết định'}${decision.number ? ` ${decision.number}` : ''}`;
    const articles = (decision.articles ?? []).flatMap((a, i) => {
      const text = typeof a === 'string' ? a : (a?.text ?? '');
      const node = this.dc.analysis.source.itemRange(decision.articles as unknown[], i);
      if (!node) return [];
      const range = this.dc.rangeOf(node);
      return [{ name: `${this.en ? 'Article' : 'Điều'} ${i + 1}. ${oneLine(text, 70)}`, kind: SymbolKind.String, range, selectionRange: range }];
    });
    return this.sym(name, decision.title, SymbolKind.File, decision, ['number', 'title'], articles);
  }

  /** Legal bases: a written citation by its document number (or its words), an object by its number. */
  bases(bases: readonly LegalBasis[]): DocumentSymbol[] {
    return bases.flatMap((b, i) => {
      const o = basisObject(b);
      const name = o.ref ?? oneLine(o.text ?? o.type ?? '?', 70);
      if (typeof b === 'object' && b) {
        const s = this.sym(name, o.type, SymbolKind.File, b, ['ref', 'text', 'type']);
        return s ? [s] : [];
      }
      const r = this.dc.analysis.source.itemRange(bases as unknown[], i);
      if (!r) return [];
      const range = this.dc.rangeOf(r);
      return [{ name, ...(o.type ? { detail: o.type } : {}), kind: SymbolKind.File, range, selectionRange: range }];
    });
  }

  /** A list numbered as the document prints it (core's numbering, which the renderer uses too). */
  private list(items: readonly unknown[], place: NumberPlace, groups: Task[]): DocumentSymbol[] {
    if (!Array.isArray(items)) return [];
    const marks = markList(items, place);
    const out: DocumentSymbol[] = [];
    items.forEach((item, i) => {
      const mark = marks[i] as Mark;
      const s = this.item(item, mark.marker || undefined, groups, (container) => placeUnder(place, mark, numberingOf(container)));
      if (s) out.push(s);
    });
    return out;
  }

  private item(item: unknown, mark: string | undefined, groups: Task[], placeOf?: (container: object) => NumberPlace): DocumentSymbol | undefined {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const m = { mark };
    const below = (container: object, inner: Task[]): DocumentSymbol[] =>
      this.list(childItems(container) ?? [], placeOf ? placeOf(container) : bodyPlace(), inner);
    switch (itemKind(item)) {
      case 'heading': {
        const h = item as HeadingItem;
        return this.sym(named(m.mark, String(h.heading ?? '')), h.id, SymbolKind.Namespace, h, ['heading'], below(h, groups));
      }
      case 'task': {
        const t = item as Task;
        const request = isRequest(t, groups);
        const group = Array.isArray(t.items) && t.items.length > 0;
        const who = names(request ? (t.request ?? t.lead) : (t.lead ?? t.request));
        const text = t.title ?? (typeof t.content === 'string' ? oneLine(t.content) : undefined) ?? (who || String(t.id ?? '?'));
        const detail = [request ? (this.en ? 'request' : 'đề nghị') : undefined, group ? (this.en ? 'group' : 'nhóm') : undefined, typeof t.id === 'string' ? t.id : undefined]
          .filter(Boolean)
          .join(' · ');
        const kind = group ? SymbolKind.Struct : request ? SymbolKind.Interface : SymbolKind.Event;
        return this.sym(named(m.mark, text), detail, kind, t, ['title', 'lead', 'request', 'id'], group ? below(t, [...groups, t]) : undefined);
      }
      case 'task-ref': {
        const r = item as TaskRefItem;
        const text = r.title ?? (typeof r.task === 'string' ? this.titles.get(r.task) : undefined) ?? String(r.task ?? '?');
        return this.sym(named(m.mark, text), `→ ${String(r.task ?? '')}`, SymbolKind.Event, r, ['task']);
      }
      case 'target': {
        const t = item as TargetItem;
        return this.sym(named(m.mark, oneLine(String(t.target ?? ''))), t.id, SymbolKind.Number, t, ['target']);
      }
      case 'reporting': {
        const r = (item as ReportingItem).reporting;
        if (!r || typeof r !== 'object') return undefined;
        const name = named(m.mark, `${this.en ? 'Report' : 'Báo cáo'} → ${names(r.to) || '?'}`);
        return this.sym(name, r.via ? `${this.en ? 'via' : 'qua'} ${r.via}` : undefined, SymbolKind.Event, item as object, ['reporting']);
      }
      case 'table': {
        const t = (item as { table?: Table }).table;
        return t && typeof t === 'object' ? this.table(t, groups) : undefined;
      }
      default:
        return undefined;
    }
  }

  private table(table: Table, groups: Task[]): DocumentSymbol | undefined {
    const order = tableOrder(table);
    const rows = (from: readonly unknown[], inner: Task[]): DocumentSymbol[] =>
      from.flatMap((row) => {
        if (row === null || typeof row !== 'object' || Array.isArray(row)) return [];
        const n = order.get(row);
        const s = this.item(row, n === undefined ? undefined : `${n}.`, inner);
        if (!s) return [];
        const children = childItems(row);
        if (children && (itemKind(row) === 'heading' || itemKind(row) === 'task')) {
          const nested = rows(children, itemKind(row) === 'task' ? [...inner, row as Task] : inner);
          return [{ ...s, ...(nested.length ? { children: nested } : {}) }];
        }
        return [s];
      });
    const columns = Array.isArray(table.columns) ? table.columns.length : 0;
    const name = table.caption ? oneLine(table.caption) : `${this.en ? 'Table' : 'Bảng'} (${columns} ${this.en ? 'columns' : 'cột'})`;
    return this.sym(name, table.id, SymbolKind.Array, table, ['caption', 'columns'], rows(Array.isArray(table.rows) ? table.rows : [], groups));
  }
}

function numberingOf(container: object): NumberingStyle | undefined {
  const n = (container as { numbering?: unknown }).numbering;
  return typeof n === 'string' ? (n as NumberingStyle) : undefined;
}
