import { looseKey, taskSchema, dutySchema, legalBasisSchema, reportPathSchema } from '@kehoach/core';
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { ITEM_KIND_KEYS, appendixItem, bodyItems, isAppendix, keysAt, isBodyItem, keyFits, mapSchema, type WholeItem } from './completion-body.js';
import { sitesAt, type Site } from './completion-site.js';
import { valueItems } from './completion-values.js';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { childOf, docOf, sameSchema, elementOf, enumValues, keyDocMarkdown, keyTitle, keysOf, schemaAt, shapeOf, type Schema } from './value-kinds.js';
import { insideMultilineScalar } from './yaml-nodes.js';

type KeySite = Extract<Site, { type: 'key' }>;
type ItemSite = Extract<Site, { type: 'item' }>;

export async function completion(ctx: ServiceContext, uri: string, position: Position): Promise<CompletionList> {
  const dc = await docContext(ctx, uri);
  const empty: CompletionList = { isIncomplete: false, items: [] };
  if (!dc) return empty;
  const source = dc.analysis.source;
  if (source.tooLarge) return empty;
  const offset = dc.offsetAt(position);
  if (insideMultilineScalar(source, offset)) return empty;
  const items: CompletionItem[] = [];
  let incomplete = false;
  for (const site of sitesAt(source.lines, position.line, position.character)) {
    if (site.type === 'key') items.push(...keyItems(ctx, dc, site));
    else if (site.type === 'item') items.push(...itemSnippets(ctx, dc, site));
    else {
      items.push(...(await valueItems(ctx, dc, site)));
      incomplete = true;
    }
  }
  return { isIncomplete: incomplete, items };
}

const pad = (n: number): string => ' '.repeat(Math.max(0, n));

/** Snippet syntax escaped, for text that goes into a snippet verbatim. */
function esc(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Snippets degrade to their default text for clients without snippet support. */
export function plain(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '')
    .replace(/\\([\\$}])/g, '$1');
}

function snippetItem(ctx: ServiceContext, dc: DocContext, range: { start: number; end: number }, label: string, snippet: string, extra: Partial<CompletionItem>): CompletionItem {
  return {
    label,
    textEdit: { range: dc.rangeOf(range), newText: ctx.snippets ? snippet : plain(snippet) },
    insertTextFormat: ctx.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Continuation lines carry their absolute indentation already.
    insertTextMode: InsertTextMode.asIs,
    ...extra,
  };
}

function valueSnippet(key: string, schema: Schema | undefined, col: number): string {
  const shape = shapeOf(schema);
  const values = enumValues(schema);
  if (values.length === 1) return `${key}: ${esc(values[0] as string)}`;
  if (values.length > 1) return `${key}: \${1|${values.map((v) => v.replace(/[,|\\$}]/g, '')).join(',')}|}`;
  if (shape === 'object') return `${key}:\n${pad(col + 2)}$0`;
  if (shape === 'array') return `${key}:\n${pad(col + 2)}- $0`;
  return `${key}: $0`;
}

function keyItems(ctx: ServiceContext, dc: DocContext, site: KeySite): CompletionItem[] {
  const kind = dc.doc.kind ?? 'plan';
  const root = dc.analysis.source.root;
  const schema = mapSchema(kind, site.path, root, site.siblings);
  const out: CompletionItem[] = [];
  // An empty body item: the keys that say what it is (heading, id, task, target...).
  const empty = site.siblings.size === 0 && keysAt(root, site.path).size === 0;
  const bodyItem = isBodyItem(schemaAt(kind, site.path, root));
  const keys = bodyItem && empty ? [...ITEM_KIND_KEYS] : keysOf(schema);
  keys.forEach((key, i) => {
    if (site.siblings.has(key) || !keyFits(key, site.path, site.siblings)) return;
    const child = schema ? childOf(schema, key) : undefined;
    const d = docOf(child);
    const title = keyTitle(d, dc.locale);
    const range = { start: site.start, end: site.end };
    const extra: Partial<CompletionItem> = {
      kind: CompletionItemKind.Property,
      sortText: String(i).padStart(4, '0'),
      filterText: [key, d ? looseKey(d.title) : '', d ? looseKey(d['x-title-en']) : ''].join(' ').trim(),
      documentation: { kind: MarkupKind.Markdown, value: keyDocMarkdown(key, d, dc.locale) },
      ...(title ? { detail: title, labelDetails: { description: title } } : {}),
    };
    if (site.keyOnly) out.push({ label: key, textEdit: { range: dc.rangeOf(range), newText: key }, ...extra });
    else out.push(snippetItem(ctx, dc, range, key, valueSnippet(key, child, site.col), extra));
  });
  // "- " typed in a task list: the whole task after the dash.
  const element = elementOf(schemaAt(kind, site.path.slice(0, -1), root));
  if (site.dashTyped && site.prefix.trim() === '' && element) {
    for (const body of wholeItems(dc, element, site.col)) out.push(snippetItem(ctx, dc, { start: site.start, end: site.end }, body.label, body.text, body.extra));
  }
  return out;
}

function itemSnippets(ctx: ServiceContext, dc: DocContext, site: ItemSite): CompletionItem[] {
  const element = elementOf(schemaAt(dc.doc.kind ?? 'plan', site.path, dc.analysis.source.root));
  if (!element) return [];
  return wholeItems(dc, element, site.col + 2).map((body) => snippetItem(ctx, dc, { start: site.start, end: site.end }, body.label, `- ${body.text}`, body.extra));
}

type Whole = { label: string; text: string; extra: Partial<CompletionItem> };

/** New list items for the list's element: a body item of each kind, an appendix, or `wholeItem`'s one. */
function wholeItems(dc: DocContext, element: Schema, col: number): Whole[] {
  const snippet = (w: WholeItem, i: number): Whole => ({ label: w.label, text: w.text, extra: { kind: CompletionItemKind.Snippet, detail: w.detail, sortText: `000${i}` } });
  if (isBodyItem(element)) return bodyItems(dc, col).map(snippet);
  if (isAppendix(element)) return [snippet(appendixItem(dc, col), 0)];
  const one = wholeItem(dc, element, col);
  return one ? [one] : [];
}

/** A whole new list item (task, duty, legal basis, report path), its keys at column `col`. */
function wholeItem(dc: DocContext, element: Schema, col: number): { label: string; text: string; extra: Partial<CompletionItem> } | undefined {
    const en = dc.locale === 'en';
  const lines = (first: string, ...rest: string[]): string => [first, ...rest.map((l) => pad(col) + l)].join('\n');
  const year = dc.analysis.year ?? new Date().getFullYear();
  const extra = (detail: string): Partial<CompletionItem> => ({ kind: CompletionItemKind.Snippet, detail, sortText: '0000' });
  if (sameSchema(element, taskSchema)) {
    const n = dc.analysis.tasks().length + 1;
    const report = dc.analysis.plan?.reporting?.length ? [] : ['report:', `  to: \${5:Cơ quan nhận báo cáo}`, `  due: \${6:Trước ngày 15/12/${year}}`];
    return {
      label: en ? 'New task' : 'Nhiệm vụ mới',
      text: lines(`id: \${1:nhiem-vu-${n}}`, 'title: ${2:Tên nhiệm vụ}', 'lead: ${3:Cơ quan chủ trì}', 'timeframe: ${4:Thường xuyên trong năm}', ...report) + '$0',
      extra: extra(en ? 'id, title, lead, timeframe, report path' : 'mã, tên, cơ quan chủ trì, thời gian, báo cáo'),
    };
  }
  if (sameSchema(element, dutySchema)) {
    return {
      label: en ? 'New duty section' : 'Trách nhiệm của cơ quan',
      text: lines('agency: ${1:Cơ quan}', 'tasks:', `  - id: \${2:nhiem-vu}`, '    title: ${3:Nội dung nhiệm vụ}') + '$0',
      extra: extra(en ? 'agency and its tasks' : 'cơ quan và các nhiệm vụ'),
    };
  }
  if (sameSchema(element, legalBasisSchema)) {
    return {
      label: en ? 'New legal basis' : 'Văn bản căn cứ',
      text: lines('verb: ${1|can-cu,thuc-hien|}', 'type: ${2:Kế hoạch}', 'ref: ${3:07/KH-UBND}', `date: \${4:17/01/${year}}`, 'issuer: ${5:UBND tỉnh}') + '$0',
      extra: extra(en ? 'type, number, date, issuer' : 'loại, số, ngày, cơ quan ban hành'),
    };
  }
  if (sameSchema(element, reportPathSchema)) {
    return {
      label: en ? 'New report path' : 'Đường báo cáo',
      text: lines('to: ${1:Cơ quan nhận báo cáo}', 'via: ${2:Cơ quan tổng hợp}', `due: \${3:Trước ngày 25/11/${year}}`) + '$0',
      extra: extra(en ? 'to, via, due' : 'cho ai, qua ai, hạn'),
    };
  }
  return undefined;
}
