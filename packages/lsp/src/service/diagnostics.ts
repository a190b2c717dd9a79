import { pick, type Diagnostic, type Fix, type Locale, type Origin, type YamlSource } from '@kehoach/core';
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type DiagnosticRelatedInformation,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver-types';

/** What a published diagnostic carries for code actions and other clients. */
export interface DiagnosticData {
  ruleId: string;
  messageId: string;
  /** The document version the diagnostic (and its edits) were computed for. */
  version: number | null;
  origin?: Origin;
  /** The safe fix and the suggestions, as LSP edits of this document. */
  fix?: { title: string; edits: LspTextEdit[] };
  suggestions?: { title: string; edits: LspTextEdit[] }[];
}

export interface ConvertOptions {
  locale: Locale;
  version: number | undefined;
  source: YamlSource;
  uriOf(path: string): string;
  docsUrl?(ruleId: string): string | undefined;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toLspEdits(fix: Fix, source: YamlSource): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: source.lines.range(e.range), newText: e.newText }));
}

/**
 * Core's diagnostic as the editor shows it: the very message `kehoach validate` prints
 * (where a value came from — a template, a fork — is its related location and
 * `data.origin`, as the CLI prints it under the message).
 */
export function toLspDiagnostic(d: Diagnostic, o: ConvertOptions): LspDiagnostic {
  const out: LspDiagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: 'kehoach',
    message: pick(d.message, o.locale),
  };
  const href = o.docsUrl?.(d.ruleId);
  if (href) out.codeDescription = { href };
  if (d.related?.length) {
    out.relatedInformation = d.related.map(
      (r): DiagnosticRelatedInformation => ({
        location: { uri: o.uriOf(r.uri), range: r.range },
        message: pick(r.message, o.locale),
      }),
    );
  }
  const data: DiagnosticData = { ruleId: d.ruleId, messageId: d.messageId, version: o.version ?? null };
  if (d.origin) data.origin = d.origin;
  const own = (f: Fix): boolean => f.uri === undefined || f.uri === d.uri;
  if (d.fix && own(d.fix)) data.fix = { title: pick(d.fix.title, o.locale), edits: toLspEdits(d.fix, o.source) };
  const suggestions = (d.suggestions ?? []).filter(own);
  if (suggestions.length) {
    data.suggestions = suggestions.map((s) => ({ title: pick(s.title, o.locale), edits: toLspEdits(s, o.source) }));
  }
  out.data = data;
  return out;
}
