import type { AnyRule, FileCheck, Locale, PlanAnalysis } from '@kehoach/core';
import { LineIndex } from '@kehoach/core';
import type { Position, Range } from 'vscode-languageserver-types';
import type { Settings } from './settings.js';
import type { Loaded, OpenDocument, Workspace } from './workspace.js';

/** What every feature gets: the workspace, the settings and a few shared helpers. */
export interface ServiceContext {
  ws: Workspace;
  settings: Settings;
  rules: ReadonlyMap<string, AnyRule>;
  docsUrl?(ruleId: string): string | undefined;
  /** Whether the client understands snippets in completion items and edits. */
  snippets: boolean;
  snippetEdits: boolean;
}

/** An open document with its analysis, as most requests need it. */
export interface DocContext {
  doc: OpenDocument;
  loaded: Loaded;
  analysis: PlanAnalysis;
  locale: Locale;
  offsetAt(p: Position): number;
  rangeOf(r: { start: number; end: number }): Range;
}

export function localeOf(ctx: ServiceContext, loaded: Loaded | FileCheck | undefined): Locale {
  return ctx.settings.locale ?? loaded?.config.locale ?? 'vi';
}

/** The analysis of an open plan/registry/config, or undefined for anything else. */
export async function docContext(ctx: ServiceContext, uri: string): Promise<DocContext | undefined> {
  const doc = ctx.ws.document(uri);
  if (!doc?.kind) return undefined;
  const loaded = await ctx.ws.analyze(doc.path);
  if (!loaded) return undefined;
  const lines = loaded.analysis.source.lines ?? new LineIndex(doc.text);
  return {
    doc,
    loaded,
    analysis: loaded.analysis,
    locale: localeOf(ctx, loaded),
    offsetAt: (p) => lines.offsetAt(p),
    rangeOf: (r) => lines.range(r),
  };
}
