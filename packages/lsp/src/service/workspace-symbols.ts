import { asList, looseKey, ownString } from '@kehoach/core';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { ServiceContext } from './context.js';
import { shortPath } from './describe.js';
import { indexOf } from './symbols-index.js';

const LIMIT = 500;

/** Tasks and agencies of every known file; the query matches ignoring diacritics and case. */
export async function workspaceSymbols(ctx: ServiceContext, query: string): Promise<SymbolInformation[]> {
  const words = looseKey(query).split(/\s+/).filter(Boolean);
  const matches = (...texts: (string | undefined)[]): boolean => {
    if (words.length === 0) return true;
    const hay = looseKey(texts.filter(Boolean).join(' '));
    return words.every((w) => hay.includes(w));
  };
  const out: SymbolInformation[] = [];
  // In path order, a few files at a time, until enough are found.
  await ctx.ws.eachLoaded((loaded) => {
    const analysis = loaded.analysis;
    const lines = analysis.source.lines;
    const uri = ctx.ws.uriOf(analysis.uri);
    const container = analysis.plan?.title ?? shortPath(analysis.uri, ctx.ws.root);
    const index = indexOf(analysis);
    for (const t of index.tasks) {
      const lead = t.task.lead ?? t.task.request;
      const title = t.task.title ?? (lead === undefined ? undefined : asList(lead).join(', '));
      if (!matches(t.id, title)) continue;
      // Copies: the answer must not keep the texts of the files it was read from.
      const name = ownString(title ? `${t.id}: ${title}` : t.id);
      out.push({ name, kind: t.group ? SymbolKind.Struct : SymbolKind.Event, location: { uri, range: lines.range(t.range) }, containerName: ownString(container) });
    }
    for (const a of index.agencies) {
      const e = a.entry;
      if (!matches(e.id, e.name, e.short, ...(e.aliases ?? []))) continue;
      out.push({ name: ownString(e.name), kind: SymbolKind.Constant, location: { uri, range: lines.range(a.range) }, containerName: ownString(`${e.id} · ${shortPath(analysis.uri, ctx.ws.root)}`) });
    }
    return out.length >= LIMIT;
  });
  return out.slice(0, LIMIT);
}
