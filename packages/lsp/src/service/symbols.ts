import { type AgencyEntry, type Duty, type ReportPath, type ReportResult, type Task } from '@kehoach/core';
import { keyName, type YPair } from '@kehoach/core/internal';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { BodyOutline } from './outline-body.js';
import { docOf, keyTitle, schemaAt } from './value-kinds.js';

export async function documentSymbols(ctx: ServiceContext, uri: string): Promise<DocumentSymbol[]> {
  const dc = await docContext(ctx, uri);
  const root = dc?.analysis.source.root;
  if (!dc || root?.kind !== 'map') return [];
  const out: DocumentSymbol[] = [];
  for (const pair of root.items) {
    if (!pair.key) continue;
    const key = keyName(pair.key);
    const section = sectionSymbol(dc, key, pair);
    if (section) out.push(section);
  }
  return out;
}

function span(pair: YPair): { start: number; end: number } | undefined {
  const k = pair.key?.range;
  const v = pair.value?.range;
  if (!k) return undefined;
  return { start: k[0], end: Math.max(k[1], v ? v[1] : k[1]) };
}

function sym(dc: DocContext, name: string, detail: string | undefined, kind: SymbolKind, range: { start: number; end: number }, selection: { start: number; end: number }, children?: DocumentSymbol[]): DocumentSymbol {
  const full = { start: Math.min(range.start, selection.start), end: Math.max(range.end, selection.end) };
  return {
    name: name.trim() || '?',
    ...(detail ? { detail } : {}),
    kind,
    range: dc.rangeOf(full),
    selectionRange: dc.rangeOf(selection),
    ...(children?.length ? { children } : {}),
  };
}

function sectionSymbol(dc: DocContext, key: string, pair: YPair): DocumentSymbol | undefined {
  const range = span(pair);
  const keyRange = pair.key?.range;
  if (!range || !keyRange) return undefined;
  const kind = dc.doc.kind ?? 'plan';
  const title = keyTitle(docOf(schemaAt(kind, [key])), dc.locale) ?? key;
  const selection = { start: keyRange[0], end: keyRange[1] };
  const plan = dc.analysis.plan;
  let children: DocumentSymbol[] = [];
  if (kind === 'plan' && key === 'tasks') children = (plan?.tasks ?? []).map((t) => taskSymbol(dc, t)).filter(isDefined);
  else if (kind === 'plan' && key === 'duties') children = (plan?.duties ?? []).map((d) => dutySymbol(dc, d)).filter(isDefined);
  else if (kind === 'plan' && key === 'legalBases') children = body(dc).bases(plan?.legalBases ?? []);
  else if (kind === 'plan' && key === 'sections') children = body(dc).sections(plan?.sections ?? []);
  else if (kind === 'plan' && key === 'appendices') children = body(dc).appendices(plan?.appendices ?? []);
  else if (kind === 'plan' && key === 'decision' && plan?.decision) children = [body(dc).decision(plan.decision)].filter(isDefined);
  else if (kind === 'plan' && key === 'reporting') {
    children = (plan?.reporting ?? []).map((r: ReportPath) => itemSymbol(dc, r, `→ ${(Array.isArray(r.to) ? r.to.join(', ') : r.to) ?? '?'}`, r.via, SymbolKind.Event, 'to')).filter(isDefined);
  } else if (kind === 'report' && key === 'results') {
    // A report's results by the task (or target) each names, with its status.
    const results = (dc.analysis.report?.results ?? []) as Partial<ReportResult>[];
    children = results.map((r) => itemSymbol(dc, r, r.task ?? r.target ?? '?', r.status, r.task !== undefined ? SymbolKind.Event : SymbolKind.Number, r.task !== undefined ? 'task' : 'target')).filter(isDefined);
  } else if (key === 'agencies') {
    const entries = ((dc.analysis.model.value as { agencies?: AgencyEntry[] } | undefined)?.agencies ?? []) as AgencyEntry[];
    children = entries.map((e) => itemSymbol(dc, e, e.name, e.id, SymbolKind.Constant, 'id')).filter(isDefined);
  }
  return sym(dc, title, key, kind === 'plan' && key === 'tasks' ? SymbolKind.Package : SymbolKind.Namespace, range, selection, children);
}

function itemSymbol(dc: DocContext, obj: object, name: string, detail: string | undefined, kind: SymbolKind, selectKey: string): DocumentSymbol | undefined {
  return objectSymbol(dc, name, detail, kind, obj, [selectKey]);
}

/** A symbol for an object of the document, selecting the first of `selectKeys` it has. */
function objectSymbol(dc: DocContext, name: string, detail: string | undefined, kind: SymbolKind, obj: object, selectKeys: string[], children?: DocumentSymbol[]): DocumentSymbol | undefined {
  const source = dc.analysis.source;
  const range = source.range(obj);
  let selection: { start: number; end: number } | undefined;
  for (const k of selectKeys) if (!selection) selection = source.pairOf(obj, k) ? source.valueRange(obj, k) : undefined;
  selection ??= source.headRange(obj);
  if (!range || !selection) return undefined;
  return sym(dc, name, detail, kind, range, selection, children);
}

function body(dc: DocContext): BodyOutline {
  return new BodyOutline(dc, (name, detail, kind, obj, keys, children) => objectSymbol(dc, name, detail, kind, obj, keys, children));
}

function taskSymbol(dc: DocContext, task: Task): DocumentSymbol | undefined {
  return itemSymbol(dc, task, task.id, task.title, SymbolKind.Event, 'id');
}

function dutySymbol(dc: DocContext, duty: Duty): DocumentSymbol | undefined {
  const source = dc.analysis.source;
  const range = source.range(duty);
  const selection = source.valueRange(duty, 'agency') ?? source.headRange(duty);
  if (!range || !selection) return undefined;
  const agencies = Array.isArray(duty.agency) ? duty.agency : [duty.agency];
  const names = agencies.map((a) => dc.analysis.agencies.resolve(a)?.entry.name ?? a);
  const children = duty.tasks.map((t) => taskSymbol(dc, t)).filter(isDefined);
  return sym(dc, names.join('; '), duty.heading, SymbolKind.Struct, range, selection, children);
}

function isDefined<T>(v: T | undefined): v is T {
  return v !== undefined;
}
