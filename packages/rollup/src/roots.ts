import { readFileSync } from 'node:fs';
import { REPORT_FILE_PATTERN, detectDocumentKind, dirname, resolvePath } from '@kehoach/core';
import { summarize } from './summarize.js';
import { numberKey } from './workspace.js';

/** What a plan says of its place: its number and its parent, read from its top-level lines. */
interface Head {
  path: string;
  number?: string;
  parent?: { ref?: string; path?: string };
}

const TOP = (key: string): RegExp => new RegExp(`^${key}:[ \\t]*(.*)$`, 'm');
const SCALAR = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^#{[\s][^#]*?))\s*(?:#.*)?$/;

function scalar(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = SCALAR.exec(text.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3];
}

/**
 * The number and parent of a plan from its lines, without parsing the file: a folder of
 * a country has thousands of plans and only their heads are needed to find which have
 * no parent there. A head written in a way these lines do not read (a flow map with
 * quotes inside, anchors...) is read by the parser instead.
 */
export function planHead(path: string, text: string): Head | undefined {
  const head: Head = { path };
  const number = TOP('number').exec(text);
  if (number) {
    const n = scalar(number[1]);
    if (n) head.number = n;
  }
  const parent = TOP('parent').exec(text);
  if (!parent) return head;
  const inline = (parent[1] ?? '').trim();
  const field = (block: string, key: string): string | undefined => scalar(new RegExp(`(?:^|[,{\\n])\\s*${key}:[ \\t]*([^,}\\n]*)`).exec(block)?.[1]);
  let block: string;
  if (inline.startsWith('{')) {
    if (!inline.endsWith('}') || /["']/.test(inline)) return undefined;
    block = inline;
  } else if (inline === '' || inline.startsWith('#')) {
    const after = text.slice((parent.index ?? 0) + parent[0].length);
    block = /^(?:\r?\n(?:[ \t]+.*|[ \t]*))*/.exec(after)?.[0] ?? '';
  } else return undefined;
  const ref = field(block, 'ref');
  const p = field(block, 'path');
  if (ref === undefined && p === undefined) return undefined;
  head.parent = { ...(ref !== undefined ? { ref } : {}), ...(p !== undefined ? { path: resolvePath(dirname(path), p) } : {}) };
  return head;
}

/**
 * The plans among `files` without a parent among them: what a folder is rolled up by
 * (a country folder: its provinces). Reports are left out by name; other YAML files are
 * plans when they say so.
 */
export function findRoots(files: readonly string[]): string[] {
  const heads: Head[] = [];
  for (const path of files) {
    if (REPORT_FILE_PATTERN.test(path)) continue;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    if (detectDocumentKind(path, text) !== 'plan') continue;
    const head = planHead(path, text);
    if (head) {
      heads.push(head);
      continue;
    }
    const s = summarize(path, text);
    if (s?.kind === 'plan') heads.push({ path, ...(s.number ? { number: s.number } : {}), ...(s.parent ? { parent: s.parent } : {}) });
  }
  const paths = new Set(heads.map((h) => h.path));
  const numbers = new Set(heads.flatMap((h) => (h.number ? [numberKey(h.number)] : [])));
  return heads
    .filter((h) => {
      const p = h.parent;
      if (!p) return true;
      if (p.path !== undefined) return !paths.has(p.path);
      return !(p.ref !== undefined && numbers.has(numberKey(p.ref)));
    })
    .map((h) => h.path);
}
