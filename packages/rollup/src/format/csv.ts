import type { Table } from './tables.js';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function field(v: string | number): string {
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A table as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads the
 * Vietnamese letters), CRLF line ends, numbers with a dot as LibreOffice and Excel
 * read them by default.
 */
export function toCsv(table: Table): string {
  const lines = [table.head, ...table.rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
