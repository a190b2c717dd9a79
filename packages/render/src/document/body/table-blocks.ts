import {
  asList,
  isGroupRow,
  itemKind,
  tableOrder,
  timeframeText,
  type Cell,
  type HeadingItem,
  type ParagraphItem,
  type ReportingItem,
  type Table,
  type TableField,
  type TargetItem,
  type Task,
  type TaskRefItem,
} from '@kehoach/core';
import type { BuildContext } from '../context.js';
import { asItems } from '../lists.js';
import type { TableBlock, TableCell, TableRow } from '../model.js';
import { reportSentence } from '../report.js';
import { quantities } from '../tasks.js';
import { expandGrid, fitGrid, gridWidth } from '../table-grid.js';
import { clean } from '../text.js';
import { taskTitle } from './task-blocks.js';

interface Column {
  field: TableField | undefined;
  header: string;
}

/** Headers of a task table's columns when the plan gives none: the wording of Phụ lục tables. */
const FIELD_HEADERS: Record<TableField, string> = {
  order: 'STT',
  title: 'Nhiệm vụ',
  content: 'Nội dung',
  lead: 'Cơ quan chủ trì',
  request: 'Đề nghị',
  coordinators: 'Cơ quan phối hợp',
  timeframe: 'Thời gian thực hiện',
  outputs: 'Sản phẩm',
  funding: 'Kinh phí',
  note: 'Ghi chú',
  target: 'Chỉ tiêu',
  value: 'Giá trị',
  unit: 'Đơn vị tính',
};

/** Relative widths of task-table columns. */
const FIELD_WIDTHS: Record<TableField, number> = {
  order: 5,
  title: 33,
  content: 30,
  lead: 15,
  request: 15,
  coordinators: 18,
  timeframe: 12,
  outputs: 16,
  funding: 12,
  note: 10,
  target: 33,
  value: 8,
  unit: 8,
};

/** Tables this wide print on landscape pages unless the plan says otherwise. */
const WIDE = 6;

/**
 * A table as the plan states it: a task table (columns with a `field`; rows are tasks,
 * task references, targets and group rows, numbered continuous, per group or outline)
 * or a data table (rows of cells, a header of one or several rows with merged cells).
 */
export function tableBlock(ctx: BuildContext, table: Table | undefined): TableBlock | undefined {
  if (!table || !Array.isArray(table.columns) || table.columns.length === 0) return undefined;
  const columns: Column[] = table.columns.map((c) =>
    typeof c === 'string' ? { field: undefined, header: clean(c) } : { field: c.field, header: clean(c.header) || (c.field ? FIELD_HEADERS[c.field] : '') },
  );
  const built = new RowWriter(ctx, columns, tableOrder(table)).write(Array.isArray(table.rows) ? table.rows : []);
  // A data table whose rows hold more cells than its columns say grows: no cell is dropped.
  if (columns.every((c) => !c.field)) {
    const need = gridWidth(built.map((r) => r.cells));
    while (columns.length < need) columns.push({ field: undefined, header: '' });
  }
  const n = columns.length;
  const written = Array.isArray(table.head) && table.head.length
    ? table.head.map((row) => (Array.isArray(row) ? row.map((c) => ({ ...cellOf(c), bold: true, center: true })) : []))
    : columns.some((c) => c.header)
      ? [columns.map((c): TableCell => ({ text: c.header, bold: true, center: true }))]
      : [];
  const head = fitGrid(written, n);
  const fitted = fitGrid(built.map((r) => r.cells), n);
  const rows = built.map((r, i): TableRow => ({ ...r, cells: fitted[i] ?? [] }));
  const caption = clean(table.caption);
  return {
    kind: 'table',
    ...(caption ? { caption } : {}),
    landscape: table.landscape ?? n >= WIDE,
    widths: widths(columns, head, rows),
    head,
    rows,
  };
}

function cellOf(cell: Cell): TableCell {
  if (typeof cell === 'string') return { text: cellText(cell) };
  if (cell === null || typeof cell !== 'object') return { text: '' };
  return {
    text: cellText(cell.text),
    ...(typeof cell.colspan === 'number' && cell.colspan > 1 ? { colSpan: cell.colspan } : {}),
    ...(typeof cell.rowspan === 'number' && cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
  };
}

/** Cell text keeps its line breaks; each line is cleaned. */
function cellText(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  return value.split(/\r?\n/).map(clean).filter(Boolean).join('\n');
}

class RowWriter {
  private readonly rows: TableRow[] = [];
  private readonly hasRequest: boolean;

  constructor(
    private readonly ctx: BuildContext,
    private readonly columns: Column[],
    /** The order column of every row that has one (core's tableOrder, which the editor shows too). */
    private readonly order: Map<object, string>,
  ) {
    this.hasRequest = columns.some((c) => c.field === 'request');
  }

  write(rows: unknown[]): TableRow[] {
    this.walk(rows);
    return this.rows;
  }

  private walk(rows: unknown[]): void {
    for (const row of rows) {
      const kind = itemKind(row);
      const label = row !== null && typeof row === 'object' ? (this.order.get(row) ?? '') : '';
      if (kind === 'cells') {
        this.rows.push({ cells: (row as Cell[]).map(cellOf) });
      } else if (isGroupRow(row)) {
        const text = kind === 'heading' ? clean((row as HeadingItem).heading) : taskTitle(this.ctx, row as Task);
        this.rows.push(this.groupRow(label, text));
        const items = kind === 'heading' ? (row as HeadingItem).items : (row as Task).items;
        this.walk(Array.isArray(items) ? items : []);
      } else if (kind === 'task' || kind === 'task-ref' || kind === 'target') {
        this.rows.push({ cells: this.columns.map((c) => this.cell(c, row, kind, label)) });
      } else if (kind === 'reporting') {
        this.rows.push(this.groupRow('', reportSentence(this.ctx, (row as ReportingItem).reporting), false));
      } else if (kind === 'paragraph') {
        const text = typeof row === 'string' ? clean(row) : clean((row as Exclude<ParagraphItem, string>).text);
        if (text) this.rows.push(this.groupRow('', text, false));
      }
    }
  }

  /** A row across the table: its label under the order column, its text across the others. */
  private groupRow(label: string, text: string, bold = true): TableRow {
    const n = this.columns.length;
    const orderFirst = this.columns[0]?.field === 'order' && n > 1;
    const cells: TableCell[] = orderFirst
      ? [{ text: label, bold, center: true }, { text, bold, ...(n > 2 ? { colSpan: n - 1 } : {}) }]
      : [{ text: [label, text].filter(Boolean).join(' '), bold, ...(n > 1 ? { colSpan: n } : {}) }];
    return { cells, group: bold };
  }

  private cell(column: Column, row: unknown, kind: string, order: string): TableCell {
    if (column.field === 'order') return { text: order, center: true };
    if (kind === 'target') return { text: this.targetField(column.field, row as TargetItem) };
    if (kind === 'task-ref') {
      const ref = row as TaskRefItem;
      const task = typeof ref.task === 'string' ? this.ctx.taskById(ref.task) : undefined;
      if (!task) return { text: column.field === 'title' ? clean(ref.title) : '' };
      return { text: this.taskField(column.field, task, clean(ref.title)) };
    }
    return { text: this.taskField(column.field, row as Task, '') };
  }

  /** A field of a task as its cell shows it: with what the task inherits from its groups, never a default. */
  private taskField(field: TableField | undefined, task: Task, title: string): string {
    const ctx = this.ctx;
    const view = ctx.viewOf(task);
    const request = view ? view.request : task.lead === undefined && task.request !== undefined;
    const leads = view ? view.leads : asList(request ? task.request : task.lead);
    switch (field) {
      case 'title':
        return title || taskTitle(ctx, task);
      case 'content':
        return asItems(task.content).map((p) => (typeof p === 'string' ? clean(p) : clean(p.text))).filter(Boolean).join('\n');
      case 'lead':
        return request && this.hasRequest ? '' : ctx.agencies(leads);
      case 'request':
        return request ? ctx.agencies(leads) : '';
      case 'coordinators':
        return ctx.agencies(view ? view.coordinators : task.coordinators);
      case 'timeframe': {
        const tf = view?.timeframe && view.timeframe.source !== 'plan-year' ? view.timeframe.value : task.timeframe;
        return tf === undefined ? '' : clean(timeframeText(tf));
      }
      case 'outputs':
        return asList(task.outputs).map(clean).filter(Boolean).join('\n');
      case 'funding':
        return clean(task.funding);
      case 'note':
        return clean(task.note);
      case 'target':
        return quantities(task.quantity).join('\n');
      case 'value': {
        const q = asList(task.quantity);
        return q.length === 1 && typeof q[0]?.value === 'number' ? String(q[0].value) : '';
      }
      case 'unit': {
        const q = asList(task.quantity);
        return q.length === 1 ? clean(q[0]?.unit) : '';
      }
      default:
        return '';
    }
  }

  private targetField(field: TableField | undefined, target: TargetItem): string {
    switch (field) {
      case 'title':
      case 'target':
      case 'content':
        return clean(target.target);
      case 'value':
        return typeof target.value === 'number' ? String(target.value) : '';
      case 'unit':
        return clean(target.unit);
      case 'lead':
        return this.ctx.agencies(target.lead);
      case 'timeframe':
        return target.timeframe === undefined ? '' : clean(timeframeText(target.timeframe));
      default:
        return '';
    }
  }
}

/** A task row with task items under it is a group row; its items are the rows. */

/** Column widths: by field for a task table, by the length of what the column holds for a data table. */
function widths(columns: Column[], head: TableCell[][], rows: TableRow[]): number[] {
  if (columns.every((c) => c.field)) return columns.map((c) => FIELD_WIDTHS[c.field as TableField]);
  const longest = columns.map((c) => c.header.length);
  const n = columns.length;
  const spans = (cells: TableCell[][]): TableCell[][] => cells.map((row) => row.map((c) => (c.colSpan ? { ...c, text: '' } : c)));
  for (const row of expandGrid(spans([...head, ...rows.map((r) => r.cells)]), n)) {
    row.forEach((text, i) => {
      const len = Math.max(0, ...text.split('\n').map((l) => l.length));
      longest[i] = Math.max(longest[i] ?? 0, len);
    });
  }
  return columns.map((c, i) => (c.field ? FIELD_WIDTHS[c.field] : Math.min(40, Math.max(4, longest[i] ?? 4))));
}
