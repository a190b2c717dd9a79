import type { TextEdit } from '../diagnostics.js';
import { detectEol } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';

/**
 * Edits are computed against the text, never by re-serialising the document: the
 * author's comments, quoting and key order stay exactly as they were.
 */

/** Insert `key: <valueText>` as the last entry of the block map that produced `obj`. */
export function insertKeyEdit(source: YamlSource, obj: object, key: string, valueText: string): TextEdit | undefined {
  const node = source.nodeOf(obj);
  if (!node || node.kind !== 'map' || node.items.length === 0) return undefined;
  const text = source.text;
  if (node.flow) {
    const end = node.range?.[1];
    if (end === undefined) return undefined;
    const close = text.lastIndexOf('}', end);
    return { range: { start: close, end: close }, newText: `, ${key}: ${valueText.trim()}` };
  }
  const first = node.items[0];
  const firstKeyStart = first?.key?.range[0];
  if (firstKeyStart === undefined) return undefined;
  const indent = source.lines.positionAt(firstKeyStart).character;
  const last = node.items[node.items.length - 1];
  const lastRange = last?.value?.range ?? last?.key?.range;
  if (!lastRange) return undefined;
  let end = lastRange[1];
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  const line = source.lines.positionAt(Math.max(0, end - 1)).line;
  const at = source.lines.lineEnd(line);
  const eol = detectEol(text);
  const pad = ' '.repeat(indent);
  const body = valueText.startsWith('\n')
    ? valueText.replace(/\n/g, `${eol}${pad}`)
    : ` ${valueText}`;
  return { range: { start: at, end: at }, newText: `${eol}${pad}${key}:${body}` };
}

/** Replace a scalar's text, keeping its quoting style when it was quoted. */
export function replaceScalarEdit(source: YamlSource, range: { start: number; end: number }, value: string): TextEdit {
  const original = source.text.slice(range.start, range.end);
  const q = original.charAt(0);
  let newText: string;
  if (q === '"') newText = JSON.stringify(value);
  else if (q === "'") newText = `'${value.replace(/'/g, "''")}'`;
  else newText = plainOrQuoted(value);
  return { range, newText };
}

/** A YAML scalar for `value`: plain when that reads back as the same string, else double-quoted. */
export function plainOrQuoted(value: string): string {
  const risky =
    value === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
    /[:#]\s|\s#|:$|\s$/.test(value) ||
    /^(true|false|null|~|yes|no|on|off)$/i.test(value) ||
    /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) ||
    /[\n\r\t]/.test(value);
  return risky ? JSON.stringify(value) : value;
}
