import { zipFiles } from '@kehoach/render';
import type { Table } from './tables.js';

/**
 * Tables as an Office Open XML workbook (.xlsx), written by hand: one sheet per table,
 * the header row bold and frozen, an autofilter over it, column widths, text in a shared
 * string table (a province repeats its task titles thousands of times: each is written
 * once). The smallest package LibreOffice and Excel open (ECMA-376 Part 1: content
 * types, relationships, workbook, sheets, shared strings, styles, document properties).
 */
export function toXlsx(tables: readonly Table[], meta: { title: string; creator?: string; date?: string }): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const utf8 = new TextEncoder();
  const put = (name: string, xml: string): void => {
    files[name] = utf8.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  };
  const names = sheetNames(tables.map((t) => t.sheet));
  const strings = new SharedStrings();
  const sheets = tables.map((t) => sheetXml(t, strings));
  put(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${tables
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
  );
  put(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  put(
    'docProps/core.xml',
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(meta.title)}</dc:title><dc:creator>${esc(meta.creator ?? 'kehoach')}</dc:creator>${
      meta.date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${esc(meta.date)}T00:00:00Z</dcterms:created>` : ''
    }</cp:coreProperties>`,
  );
  put('docProps/app.xml', `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kehoach</Application></Properties>`);
  put(
    'xl/workbook.xml',
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names
      .map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets><definedNames>${tables
      .map((t, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(quoteSheet(names[i] as string))}!$A$1:$${col(t.head.length - 1)}$${t.rows.length + 1}</definedName>`)
      .join('')}</definedNames></workbook>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tables
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rId${tables.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${tables.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  // Style 0: body text, wrapped, top-aligned; 1: header, bold, on grey.
  put(
    'xl/styles.xml',
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New Roman"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  sheets.forEach((xml, i) => put(`xl/worksheets/sheet${i + 1}.xml`, xml));
  put('xl/sharedStrings.xml', strings.xml());
  // Packed at the fastest level by the runtime's zlib: a province's workbook is megabytes
  // of XML, eight times smaller packed, in about the time fflate took to check it stored.
  return zipFiles(files, { level: 1, mtime: new Date('2020-01-01T00:00:00Z') });
}

function sheetXml(t: Table, strings: SharedStrings): string {
  const letters = t.head.map((_, c) => col(c));
  const rows = [t.head, ...t.rows].map((row, r) => {
    let cells = '';
    for (let c = 0; c < row.length; c++) cells += cell(row[c] as string | number, `${letters[c] ?? col(c)}${r + 1}`, r === 0 ? 1 : 0, strings);
    return `<row r="${r + 1}">${cells}</row>`;
  });
  const cols = t.head.map((_, c) => `<col min="${c + 1}" max="${c + 1}" width="${t.widths[c] ?? 14}" customWidth="1"/>`).join('');
  const last = `${col(Math.max(0, t.head.length - 1))}${t.rows.length + 1}`;
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData><autoFilter ref="A1:${last}"/></worksheet>`;
}

function cell(v: string | number, ref: string, style: number, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
  const text = String(v);
  if (text === '') return style ? `<c r="${ref}"${s}/>` : '';
  return `<c r="${ref}"${s} t="s"><v>${strings.index(text)}</v></c>`;
}

/** The workbook's shared strings: each text once, cells refer to it by its index. */
class SharedStrings {
  private readonly byText = new Map<string, number>();
  private count = 0;

  index(text: string): number {
    this.count++;
    let i = this.byText.get(text);
    if (i === undefined) this.byText.set(text, (i = this.byText.size));
    return i;
  }

  xml(): string {
    let items = '';
    for (const text of this.byText.keys()) items += `<si><t xml:space="preserve">${esc(text)}</t></si>`;
    return `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.byText.size}">${items}</sst>`;
  }
}

/** Column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function col(n: number): string {
  let s = '';
  for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Sheet names: at most 31 characters, none of []:*?/\, each once. */
function sheetNames(wanted: string[]): string[] {
  const seen = new Set<string>();
  return wanted.map((w) => {
    const base = w.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet';
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** XML text: the five entities, and no character XML 1.0 forbids. */
function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
