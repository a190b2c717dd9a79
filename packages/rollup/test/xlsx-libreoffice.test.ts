import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rollupTables } from '../src/format/tables.js';
import { toXlsx } from '../src/format/xlsx.js';
import { relativeTo } from '../src/format/paths.js';
import { EXAMPLE_DIR, EXAMPLE_PLAN, rollupOf } from './helpers.js';
import { convert } from '../../render/test/helpers/office.js';

const work = mkdtempSync(join(tmpdir(), 'kehoach-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the XLSX opens in LibreOffice', () => {
  it('every sheet converts to CSV with the rows and Vietnamese text the roll-up holds', async () => {
    const r = relativeTo(await rollupOf(EXAMPLE_PLAN, EXAMPLE_DIR), EXAMPLE_DIR);
    const tables = rollupTables(r);
    writeFileSync(join(work, 'tong-hop.xlsx'), toXlsx(tables, { title: r.plan.title }));
    // Token 12 = -1: every sheet, each to its own file (LibreOffice 7.2 and later).
    convert([join(work, 'tong-hop.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', work, 'libreoffice-calc');
    const csvs = readdirSync(work).filter((f) => f.endsWith('.csv')).sort();
    expect(csvs).toHaveLength(tables.length);
    const read = (sheet: string): string[][] => {
      const file = csvs.find((f) => f === `tong-hop-${sheet}.csv`);
      expect(file, `${sheet} in ${csvs.join(', ')}`).toBeDefined();
      return parseCsv(readFileSync(join(work, file as string), 'utf8'));
    };
    const reports = read('Báo cáo');
    expect(reports[0]).toEqual(tables[2]?.head);
    expect(reports.slice(1).map((row) => [row[0], row[2], row[7]])).toEqual(
      expect.arrayContaining([
        ['Ủy ban nhân dân xã Tân Thành', 'Muộn', '6'],
        ['Ủy ban nhân dân xã Hòa Bình', 'Chưa báo cáo', '0'],
      ]),
    );
    const figures = read('Số liệu');
    expect(figures.find((row) => row[0]?.startsWith('Mở điểm hỗ trợ') && row[2] === 'Tổng cộng')?.slice(3, 5)).toEqual(['4', 'điểm']);
    expect(read('Chi tiết').length - 1).toBe(tables[1]?.rows.length);
  });
});

/** Enough of RFC 4180 for LibreOffice's output: quoted fields, doubled quotes, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
