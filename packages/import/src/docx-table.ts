import { stripMarks } from '@kehoach/core';

/** A table as mammoth gives it: rows of cells, each cell its paragraphs (already as lines). */
export type TableRows = string[][][];

type Column = 'stt' | 'content' | 'lead' | 'coordinators' | 'timeframe' | 'outputs' | 'note';

const LABELS: Record<Exclude<Column, 'stt' | 'content' | 'note'>, string> = {
  lead: 'Cơ quan chủ trì',
  coordinators: 'Cơ quan phối hợp',
  timeframe: 'Thời gian thực hiện',
  outputs: 'Sản phẩm',
};

function columnOf(header: string): Column | undefined {
  const k = stripMarks(header).toLowerCase().replace(/\*\*/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  if (/^(?:stt|tt|so tt|so thu tu)$/.test(k)) return 'stt';
  // "Thời gian thực hiện" before "thực hiện": the time column names the action too.
  if (/thoi gian|thoi han|tien do/.test(k)) return 'timeframe';
  if (/phoi hop/.test(k)) return 'coordinators';
  if (/chu tri|thuc hien|phu trach/.test(k)) return 'lead';
  if (/san pham|ket qua/.test(k)) return 'outputs';
  if (/ghi chu/.test(k)) return 'note';
  if (/noi dung|nhiem vu|hoat dong|cong viec|giai phap/.test(k)) return 'content';
  return undefined;
}

const plain = (cell: string[] | undefined): string => (cell ?? []).map((l) => l.replace(/\*\*/g, '').trim()).join(' ').trim();

/**
 * A task-assignment table (STT | Nội dung | Cơ quan chủ trì | Phối hợp | Thời gian | Sản
 * phẩm) written as the labelled list the seeds use, so the same reader takes it: each
 * row "N. nội dung" with "- Cơ quan chủ trì: ..." lines. Any other table (the two-column
 * header, a signature table) comes out cell by cell, row by row.
 */
export function tableLines(rows: TableRows): string[] {
  const header = rows[0] ?? [];
  const columns = header.map((cell) => columnOf(plain(cell)));
  const isTaskTable = columns.includes('content') && (columns.includes('lead') || columns.includes('timeframe'));
  if (!isTaskTable) return rows.flatMap((row) => row.flat());
  const out: string[] = [];
  let n = 0;
  for (const row of rows.slice(1)) {
    const cells = new Map<Column, string>();
    row.forEach((cell, i) => {
      const col = columns[i];
      const text = plain(cell);
      if (col && text) cells.set(col, text);
    });
    const content = cells.get('content');
    const assigned = cells.has('lead') || cells.has('timeframe') || cells.has('coordinators');
    if (!content || !assigned) {
      // A group row ("I | Nhiệm vụ chung") or a note: kept as its text.
      const text = row.map(plain).filter(Boolean).join(' ');
      if (text) out.push(/^[IVXL]+\s/u.test(text) ? text.replace(/^([IVXL]+)\s+/u, '$1. ') : text);
      continue;
    }
    n++;
    const stt = /^\d{1,3}$/.test(cells.get('stt') ?? '') ? cells.get('stt') : String(n);
    out.push(`${stt}. ${content}`);
    for (const col of ['lead', 'coordinators', 'timeframe', 'outputs'] as const) {
      const value = cells.get(col);
      if (value) out.push(`- ${LABELS[col]}: ${value}`);
    }
    const note = cells.get('note');
    if (note) out.push(`- ${note}`);
  }
  return out;
}
