import { stripMarks, type TableField } from '@kehoach/core';
import type { Block, CellSource, RowSource } from '../clean/block.js';
import { splitAgencies } from '../extract/agencies.js';
import { markerOf } from '../outline.js';
import { newId, type Ctx } from './context.js';
import { trimValue } from './labels.js';
import { node, setField, type Node } from './node.js';
import { hasVerb, leadingSubject } from './phrases.js';

/** What a header cell names: "STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Thời gian hoàn thành"... */
export function columnOf(header: string): TableField | undefined {
  const k = stripMarks(header).toLowerCase().replace(/\*\*/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  const has = (words: string): boolean => new RegExp(`(?:^| )(?:${words})(?: |$)`).test(k);
  if (/^(?:stt|tt|so tt|so thu tu)$/.test(k)) return 'order';
  // "Thời gian thực hiện" before "thực hiện": the time column names the action too.
  if (has('thoi gian|thoi han|tien do|thoi diem')) return 'timeframe';
  if (has('phoi hop')) return 'coordinators';
  if (has('chu tri|thuc hien|phu trach|dau moi')) return 'lead';
  if (has('san pham|ket qua')) return 'outputs';
  if (has('kinh phi|nguon von|du toan')) return 'funding';
  if (has('ghi chu')) return 'note';
  if (has('noi dung|nhiem vu|hoat dong|cong viec|giai phap|chi tieu|ten nhiem vu|ten hoat dong')) return 'title';
  return undefined;
}

const text = (c: CellSource | undefined): string => (c?.text ?? '').replace(/\*\*/g, '').trim();

/** "| (1) | (2) | (3)": the columns' numbers, not a row. */
function isColumnNumbers(row: RowSource): boolean {
  const cells = row.cells.map(text).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => /^\(?\d{1,2}\)?$/u.test(c));
}

/** The header row again (a table broken across pages, or a header for each part): every cell names a column. */
function repeatsHeader(row: RowSource, headers: readonly string[]): boolean {
  const keys = new Set(headers.map((h) => stripMarks(h).toLowerCase()));
  const cells = row.cells.map(text).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => keys.has(stripMarks(c).toLowerCase()) || (c.length < 40 && columnOf(c) !== undefined));
}

/** A group row: an order that is a letter or roman numeral, or a row of one cell. */
function groupOf(row: RowSource, fields: readonly (TableField | undefined)[]): { marker: string; heading: string; level: number } | undefined {
  const cells = row.cells.map(text);
  const filled = cells.filter(Boolean);
  const orderAt = fields.indexOf('order');
  if (filled.length === 1) {
    const m = markerOf(filled[0] as string);
    const level = m.kind === 'roman' ? 2 : /^[A-Z][.)]?\s/u.test(filled[0] as string) ? 1 : 3;
    return { marker: m.marker, heading: m.kind === 'none' ? (filled[0] as string) : m.text, level };
  }
  const order = orderAt >= 0 ? (cells[orderAt] ?? '') : '';
  const rest = cells.filter((c, i) => i !== orderAt && c);
  if (rest.length !== 1) return undefined;
  if (/^[IVXL]+\.?$/u.test(order)) return { marker: order.replace(/\.$/u, ''), heading: rest[0] as string, level: 2 };
  if (/^[A-Z]\.?$/u.test(order)) return { marker: order.replace(/\.$/u, ''), heading: rest[0] as string, level: 1 };
  return undefined;
}

/** "Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện": the bodies each clause names. */
function splitList(cell: string): string[] {
  return cell.split(/\s*;\s*/u).flatMap((clause) => {
    const subject = hasVerb(clause) ? leadingSubject(clause) : undefined;
    return subject ? subject.names : splitAgencies(clause);
  });
}

/** A task row: its title, lead, coordinators, timeframe, outputs... as the cells write them. */
function taskRow(row: RowSource, fields: readonly (TableField | undefined)[], ctx: Ctx): Node {
  const cells = row.cells.map(text);
  const get = (f: TableField): string => {
    const i = fields.indexOf(f);
    return i >= 0 ? (cells[i] ?? '') : '';
  };
  const order = get('order');
  const n = node('task', 'number', order, row.lines, { id: newId(ctx, get('title') || get('content') || order) });
  const lines = row.lines;
  fields.forEach((f, i) => {
    const value = cells[i] ?? '';
    if (!f || f === 'order' || value === '') return;
    if (f === 'lead' || f === 'coordinators' || f === 'request') {
      const names = splitList(value);
      if (names.length) setField(n, f, names, lines, names[0]);
    } else if (f === 'outputs') {
      setField(n, f, value.split(/\s*;\s*/u).map(trimValue).filter(Boolean), lines, value);
    } else if (f === 'timeframe') setField(n, f, trimValue(value), lines);
    else setField(n, f, value, lines);
  });
  return n;
}

/**
 * A table: a task table when its header names the work and who does it (rows become tasks,
 * letter and roman rows their groups), else a data table whose rows keep their cells.
 */
export function tableNode(block: Block, ctx: Ctx): Node {
  const rows = block.table?.rows ?? [];
  const header = rows[0] as RowSource;
  const headers = header.cells.map(text);
  const fields = headers.map(columnOf);
  const isTaskTable = fields.includes('title') && (fields.includes('lead') || fields.includes('timeframe'));
  const all = rows.flatMap((r) => r.lines);
  const n = node('table', 'none', '', all);
  if (!isTaskTable) {
    n.fields.table = { columns: headers.map((h) => h || ' ') };
    n.items = rows.slice(1).map((r) => {
      const cells = r.cells.filter((c) => !c.covered).map((c) => (c.colspan || c.rowspan ? { text: c.text, ...(c.colspan && c.colspan > 1 ? { colspan: c.colspan } : {}), ...(c.rowspan && c.rowspan > 1 ? { rowspan: c.rowspan } : {}) } : c.text));
      const cellsNode = node('cells', 'none', '', r.lines, { cells });
      return cellsNode;
    });
    return n;
  }
  n.fields.table = { columns: headers.map((h, i) => (fields[i] ? { field: fields[i], header: h } : { header: h })) };
  const stack: { level: number; node: Node }[] = [];
  const top: Node[] = [];
  const push = (child: Node): void => {
    (stack.length ? (stack[stack.length - 1] as { node: Node }).node.items : top).push(child);
  };
  let above: string[] | undefined;
  let pendingOrder: RowSource | undefined;
  for (const row of rows.slice(1)) {
    if (isColumnNumbers(row) || repeatsHeader(row, headers)) {
      ctx.draft.dropped.push({ line: row.lines[0] as number, text: row.text, reason: isColumnNumbers(row) ? 'số thứ tự cột của bảng' : 'dòng tiêu đề bảng lặp lại' });
      continue;
    }
    // "5.1" then "Thương mại" on the next line: one group row broken in two.
    const single = row.cells.map(text).filter(Boolean);
    if (single.length === 1 && /^\d+(?:\.\d+)*\.?$/u.test(single[0] as string)) {
      pendingOrder = row;
      continue;
    }
    // A row broken at a page end goes on in a row with no order and no lead of its own: one row.
    const previous = lastTask(stack.length ? (stack[stack.length - 1] as { node: Node }).node.items : top);
    if (previous && continues(row, fields)) {
      continueRow(previous, row, fields);
      continue;
    }
    const group = groupOf(row, fields);
    if (group) {
      const marker = pendingOrder ? text(pendingOrder.cells[0]).replace(/\.$/u, '') : group.marker;
      const level = pendingOrder ? 3 : group.level;
      const g = node('heading', pendingOrder ? 'subnumber' : group.level === 2 ? 'roman' : 'none', marker, [...(pendingOrder?.lines ?? []), ...row.lines], { heading: group.heading });
      g.sources.heading = { lines: row.lines, value: group.heading };
      if (marker) g.number = marker;
      pendingOrder = undefined;
      while (stack.length && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
      push(g);
      stack.push({ level, node: g });
      continue;
    }
    pendingOrder = undefined;
    const t = taskRow(row, fields, ctx);
    // A merged cell (DOCX) states the lead of the rows under it once.
    const leadAt = fields.indexOf('lead');
    if (leadAt >= 0 && row.cells[leadAt]?.covered && above) t.fields.lead = above;
    above = (t.fields.lead as string[] | undefined) ?? above;
    push(t);
  }
  numberRows(top);
  n.items = top;
  return n;
}

/** A row with text but no order and no lead of its own, that is not a group row ("II. ...", "NỘI DUNG"). */
function continues(row: RowSource, fields: readonly (TableField | undefined)[]): boolean {
  const own = (f: TableField): string => {
    const i = fields.indexOf(f);
    return i >= 0 && !row.cells[i]?.covered ? text(row.cells[i]) : '';
  };
  if (fields.indexOf('order') < 0 || own('order') !== '' || own('lead') !== '') return false;
  const filled = row.cells.map(text).filter(Boolean);
  if (filled.length === 0 || row.cells.length < 2) return false;
  const first = filled[0] as string;
  return markerOf(first).kind === 'none' && !/^[\p{Lu}\d\s,.;:–-]+$/u.test(first);
}

function lastTask(items: readonly Node[]): Node | undefined {
  const last = items[items.length - 1];
  return last?.kind === 'task' ? last : undefined;
}

/** The rest of a row continued on the next page: each cell's text goes on from the row's. */
function continueRow(n: Node, row: RowSource, fields: readonly (TableField | undefined)[]): void {
  fields.forEach((f, i) => {
    const value = text(row.cells[i]);
    if (!f || f === 'order' || value === '') return;
    const prev = n.fields[f];
    if (typeof prev === 'string') n.fields[f] = `${prev} ${value}`;
    else if (Array.isArray(prev)) n.fields[f] = [...prev, ...(f === 'coordinators' || f === 'lead' ? splitAgencies(value) : [value])];
    else n.fields[f] = f === 'coordinators' ? splitAgencies(value) : f === 'outputs' ? [value] : value;
    n.sources[f] = { lines: [...(n.sources[f]?.lines ?? []), ...row.lines] };
  });
  n.lines.push(...row.lines);
}

/** `number` on a row when its order is not the one a continuous count gives it. */
function numberRows(items: Node[]): void {
  let count = 0;
  const walk = (list: Node[]): void => {
    for (const item of list) {
      if (item.kind === 'heading') walk(item.items);
      else if (item.kind === 'task') {
        count++;
        if (item.marker && item.marker !== String(count)) item.number = item.marker;
      }
    }
  };
  walk(items);
}
