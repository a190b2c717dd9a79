import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, Lexer, type Node } from 'yaml';
import { YamlSource, type LineIndex } from '@kehoach/core';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ServiceContext } from './context.js';

const INDENT = 2;
/** Core does not parse more than this (8 MiB); neither does the formatter. */
const MAX_LENGTH = 8 * 1024 * 1024;

/**
 * Indentation to 2 spaces per level and no trailing whitespace; nothing else moves:
 * comments, key order, quoting, blank lines and the text of every value stay as they
 * are. The result is parsed again and must give the same data and the same comments,
 * or the document is left untouched.
 */
export async function formatDocument(ctx: ServiceContext, uri: string): Promise<TextEdit[]> {
  const doc = ctx.ws.document(uri);
  if (!doc?.kind || doc.text.length > MAX_LENGTH) return [];
  // Formatting works on yaml's Document: read the text with yaml only, once.
  const source = new YamlSource(doc.path, doc.text, { reader: 'yaml' });
  if (!source.doc || source.problems.some((p) => p.severity === 'error')) return [];
  const lines = source.lines;
  const next = formatLines(source);
  if (!next) return [];
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const formatted = next.join(eol);
  if (formatted === doc.text || !sameMeaning(source, formatted)) return [];
  const edits: TextEdit[] = [];
  next.forEach((text, line) => {
    if (text === lines.lineText(line)) return;
    edits.push({ range: { start: { line, character: 0 }, end: { line, character: lines.lineText(line).length } }, newText: text });
  });
  return edits;
}

interface Continuation {
  owner: number;
  block: boolean;
}

/** Lines that continue a value started on an earlier line (multi-line text, flow collections). */
function continuations(source: YamlSource): Map<number, Continuation> | undefined {
  const lines = source.lines;
  const out = new Map<number, Continuation>();
  let bail = false;
  const endLine = (end: number): number => lines.positionAt(source.text.charAt(end - 1) === '\n' ? end - 1 : end).line;
  const mark = (node: Node, block: boolean): void => {
    const r = node.range;
    if (!r) return;
    const first = lines.positionAt(r[0]).line;
    const last = endLine(r[1]);
    for (let l = first + 1; l <= last; l++) if (!out.has(l)) out.set(l, { owner: first, block });
  };
  const walk = (node: Node | null): void => {
    if (!node || isAlias(node)) return;
    if (isScalar(node)) {
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      // An explicit indentation indicator ("|2") ties the text to absolute columns.
      if (block && /^[|>][-+]?\d|^[|>]\d/.test(source.text.slice(node.range?.[0] ?? 0, (node.range?.[0] ?? 0) + 3))) bail = true;
      mark(node, block);
      return;
    }
    if (isCollection(node) && node.flow) {
      mark(node, false);
      return;
    }
    if (isMap(node)) {
      for (const p of node.items) {
        if (!isPair(p)) continue;
        walk(p.key as Node | null);
        walk(p.value as Node | null);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item as Node | null);
  };
  walk(source.doc?.contents as Node | null);
  return bail ? undefined : out;
}

function formatLines(source: YamlSource): string[] | undefined {
  const lines: LineIndex = source.lines;
  const cont = continuations(source);
  if (!cont) return undefined;
  const count = lines.lineCount;
  const out: string[] = new Array<string>(count);
  const delta = new Map<number, number>();
  const stack: { old: number; now: number }[] = [{ old: -1, now: -INDENT }];
  const estimate = (old: number): number => {
    let i = stack.length - 1;
    while (i > 0 && (stack[i] as { old: number }).old > old) i--;
    const top = stack[i] as { old: number; now: number };
    return top.old === old ? top.now : top.now + INDENT;
  };
  const comments: { line: number; old: number; guess: number }[] = [];
  for (let l = 0; l < count; l++) {
    const text = lines.lineText(l);
    const c = cont.get(l);
    if (c) {
      const d = delta.get(c.owner) ?? 0;
      if (c.block) out[l] = text.trim() === '' ? text : shift(text, d);
      else out[l] = text.trim() === '' ? '' : shift(text, d).replace(/[ \t]+$/, '');
      continue;
    }
    const old = /^ */.exec(text)?.[0].length ?? 0;
    const rest = text.slice(old).replace(/[ \t]+$/, '');
    if (rest === '') {
      out[l] = '';
      continue;
    }
    if (rest.startsWith('#')) {
      comments.push({ line: l, old, guess: estimate(old) });
      out[l] = rest;
      continue;
    }
    if (/^(---|\.\.\.)(\s|$)|^%/.test(rest) && old === 0) {
      stack.length = 1;
      out[l] = rest;
      continue;
    }
    while (stack.length > 1 && (stack[stack.length - 1] as { old: number }).old > old) stack.pop();
    const top = stack[stack.length - 1] as { old: number; now: number };
    const now = top.old === old ? top.now : top.now + INDENT;
    if (top.old !== old) stack.push({ old, now });
    // "-   key" -> "- key": the spaces after a dash are indentation too.
    let body = rest;
    let col = old;
    let newCol = now;
    let prefix = '';
    for (let m = /^-( +)(?=\S)/.exec(body); m; m = /^-( +)(?=\S)/.exec(body)) {
      col += 1 + (m[1] as string).length;
      newCol += INDENT;
      prefix += '- ';
      body = body.slice(m[0].length);
      stack.push({ old: col, now: newCol });
    }
    delta.set(l, now - old);
    out[l] = ' '.repeat(now) + prefix + body;
  }
  for (const c of comments) {
    let target = c.guess;
    for (let l = c.line + 1; l < count; l++) {
      const t = lines.lineText(l);
      if (cont.has(l) || t.trim() === '' || t.trim().startsWith('#')) continue;
      const old = /^ */.exec(t)?.[0].length ?? 0;
      if (old === c.old) target = old + (delta.get(l) ?? 0);
      break;
    }
    out[c.line] = ' '.repeat(Math.max(0, target)) + (out[c.line] as string);
  }
  return out;
}

function shift(text: string, d: number): string {
  if (d === 0) return text;
  if (d > 0) return ' '.repeat(d) + text;
  const lead = /^ */.exec(text)?.[0].length ?? 0;
  return text.slice(Math.min(lead, -d));
}

function commentsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) out.push(token.trimEnd());
  return out;
}

function sameMeaning(before: YamlSource, after: string): boolean {
  const again = new YamlSource(before.uri, after);
  if (again.problems.some((p) => p.severity === 'error')) return false;
  if (JSON.stringify(again.value) !== JSON.stringify(before.value)) return false;
  const a = commentsOf(before.text);
  const b = commentsOf(after);
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
