import { looseKey, taskSchema, dutySchema, legalBasisSchema, reportPathSchema, unwrap } from '@kehoach/core';
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { sitesAt, type Site } from './completion-site.js';
import { valueItems } from './completion-values.js';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { docOf, elementOf, enumValues, keyDocMarkdown, keyTitle, keysOf, schemaAt, shapeOf, type Schema } from './value-kinds.js';
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
function plain(snippet: string): string {
  return snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
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
  const schema = schemaAt(kind, site.path);
  const out: CompletionItem[] = [];
  keysOf(schema).forEach((key, i) => {
    if (site.siblings.has(key)) return;
    const child = schemaAt(kind, [...site.path, key]);
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
  const element = elementOf(schemaAt(kind, site.path.slice(0, -1)));
  if (site.dashTyped && site.prefix.trim() === '' && element) {
    const body = wholeItem(dc, element, site.col);
    if (body) out.push(snippetItem(ctx, dc, { start: site.start, end: site.end }, body.label, body.text, body.extra));
  }
  return out;
}

function itemSnippets(ctx: ServiceContext, dc: DocContext, site: ItemSite): CompletionItem[] {
  const element = elementOf(schemaAt(dc.doc.kind ?? 'plan', site.path));
  if (!element) return [];
  const body = wholeItem(dc, element, site.col + 2);
  if (!body) return [];
  return [snippetItem(ctx, dc, { start: site.start, end: site.end }, body.label, `- ${body.text}`, body.extra)];
}

/** A whole new list item (task, duty, legal basis, report path), its keys at column `col`. */
function wholeItem(dc: DocContext, element: Schema, col: number): { label: string; text: string; extra: Partial<CompletionItem> } | undefined {
  const el = unwrap(element);
  const en = dc.locale === 'en';
  const lines = (first: string, ...rest: string[]): string => [first, ...rest.map((l) => pad(col) + l)].join('\n');
  const year = dc.analysis.year ?? new Date().getFullYear();
  const extra = (detail: string): Partial<CompletionItem> => ({ kind: CompletionItemKind.Snippet, detail, sortText: '0000' });
  if (el === unwrap(taskSchema)) {
    const n = dc.analysis.tasks().length + 1;
    const report = dc.analysis.plan?.reporting?.length ? [] : ['report:', `  to: \${5:Cơ quan nhận báo cáo}`, `  due: \${6:Trước ngày 15/12/${year}}`];
    return {
      label: en ? 'New task' : 'Nhiệm vụ mới',
      text: lines(`id: \${1:nhiem-vu-${n}}`, 'title: ${2:Tên nhiệm vụ}', 'lead: ${3:Cơ quan chủ trì}', 'timeframe: ${4:Thường xuyên trong năm}', ...report) + '$0',
      extra: extra(en ? 'id, title, lead, timeframe, report path' : 'mã, tên, cơ quan chủ trì, thời gian, báo cáo'),
    };
  }
  if (el === unwrap(dutySchema)) {
    return {
      label: en ? 'New duty section' : 'Trách nhiệm của cơ quan',
      text: lines('agency: ${1:Cơ quan}', 'tasks:', `  - id: \${2:nhiem-vu}`, '    title: ${3:Nội dung nhiệm vụ}') + '$0',
      extra: extra(en ? 'agency and its tasks' : 'cơ quan và các nhiệm vụ'),
    };
  }
  if (el === unwrap(legalBasisSchema)) {
    return {
      label: en ? 'New legal basis' : 'Văn bản căn cứ',
      text: lines('verb: ${1|can-cu,thuc-hien|}', 'type: ${2:Kế hoạch}', 'ref: ${3:07/KH-UBND}', `date: \${4:17/01/${year}}`, 'issuer: ${5:UBND tỉnh}') + '$0',
      extra: extra(en ? 'type, number, date, issuer' : 'loại, số, ngày, cơ quan ban hành'),
    };
  }
  if (el === unwrap(reportPathSchema)) {
    return {
      label: en ? 'New report path' : 'Đường báo cáo',
      text: lines('to: ${1:Cơ quan nhận báo cáo}', 'via: ${2:Cơ quan tổng hợp}', `due: \${3:Trước ngày 25/11/${year}}`) + '$0',
      extra: extra(en ? 'to, via, due' : 'cho ai, qua ai, hạn'),
    };
  }
  return undefined;
}
