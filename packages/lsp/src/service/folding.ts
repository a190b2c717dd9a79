import type { YNode } from '@kehoach/core/internal';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { docContext, type ServiceContext } from './context.js';

/** Folds for maps, sequences, multi-line text and runs of comment lines. */
export async function foldingRanges(ctx: ServiceContext, uri: string): Promise<FoldingRange[]> {
  const dc = await docContext(ctx, uri);
  const source = dc?.analysis.source;
  if (!dc || !source || source.tooLarge) return [];
  const lines = source.lines;
  const byStart = new Map<number, FoldingRange>();
  const scalarLines: [number, number][] = [];
  const lastLine = (end: number): number => {
    let e = end;
    while (e > 0 && /\s/.test(source.text.charAt(e - 1))) e--;
    return lines.positionAt(e).line;
  };
  const add = (startOffset: number, endOffset: number, kind?: FoldingRangeKind): void => {
    const startLine = lines.positionAt(startOffset).line;
    const endLine = lastLine(endOffset);
    if (endLine <= startLine) return;
    const prev = byStart.get(startLine);
    if (!prev || prev.endLine < endLine) byStart.set(startLine, { startLine, endLine, ...(kind ? { kind } : {}) });
  };
  const walk = (node: YNode | null, from?: number): void => {
    if (!node || node.kind === 'alias') return;
    const [start, end] = node.range;
    if (node.kind === 'scalar') {
      if (from !== undefined) add(from, end);
      const a = lines.positionAt(start).line;
      const b = lastLine(end);
      if (b > a) scalarLines.push([a, b]);
      return;
    }
    add(from ?? start, end);
    if (node.kind === 'map') {
      for (const p of node.items) walk(p.value, p.key?.range[0]);
    } else {
      for (const item of node.items) walk(item);
    }
  };
  walk(source.root);
  // Runs of two or more comment lines, outside multi-line text.
  let runStart = -1;
  const inScalar = (l: number): boolean => scalarLines.some(([a, b]) => l > a && l <= b);
  for (let l = 0; l <= lines.lineCount; l++) {
    const isComment = l < lines.lineCount && /^\s*#/.test(lines.lineText(l)) && !inScalar(l);
    if (isComment && runStart < 0) runStart = l;
    if (!isComment && runStart >= 0) {
      if (l - 1 > runStart) byStart.set(runStart, { startLine: runStart, endLine: l - 1, kind: FoldingRangeKind.Comment });
      runStart = -1;
    }
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
