import type { Position } from 'vscode-languageserver';

/** What positions are clamped against: an open document's lines (TextDocument has both, indexed). */
export interface DocumentLines {
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

/** A line or character as sent: any number at all, or none. */
function whole(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** The nearest position inside the document: a line past the end is its end, a character past a line's end is that end. */
export function clampPosition(doc: DocumentLines, p: Position): Position {
  return doc.positionAt(doc.offsetAt({ line: whole(p?.line), character: whole(p?.character) }));
}

function isPosition(v: unknown): v is Position {
  return typeof v === 'object' && v !== null && 'line' in v && 'character' in v;
}

/**
 * A request's `position` and `range` clamped to its open document, before any work: a
 * position far past the end of a line (line 1e8, character 2^31) otherwise costs time in
 * proportion to the distance, while every other request waits (issue 18, item 6). The
 * LSP says a character past a line's end means its end; a line past the document's end
 * is taken as the document's end. Params of a document that is not open pass unchanged.
 */
export function clampParams<P>(params: P, documentOf: (uri: string) => DocumentLines | undefined): P {
  if (typeof params !== 'object' || params === null) return params;
  const p = params as { textDocument?: { uri?: unknown }; position?: unknown; range?: unknown };
  const uri = p.textDocument?.uri;
  const doc = typeof uri === 'string' ? documentOf(uri) : undefined;
  if (!doc) return params;
  const out: Record<string, unknown> = { ...p };
  if (isPosition(p.position)) out.position = clampPosition(doc, p.position);
  const range = p.range as { start?: unknown; end?: unknown } | undefined;
  if (range && isPosition(range.start) && isPosition(range.end)) {
    const start = clampPosition(doc, range.start);
    const end = clampPosition(doc, range.end);
    out.range = doc.offsetAt(end) < doc.offsetAt(start) ? { start: end, end: start } : { start, end };
  }
  return out as P;
}
