import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { readFileSync } from 'node:fs';
import { lintText, matchKey } from '@kehoach/core';
import { renderPlan } from '@kehoach/render';
import { describe, expect, it } from 'vitest';
import { docxToText, importPlan, importText, readRegistry } from '../src/index.js';
import { bodyTasks } from './helpers.js';
import { expectedOf, measure, percent, seedText } from './measure.js';

/** A source line as a Word paragraph: "**...**" bold, "### " dropped (Word has styles, not hashes). */
function paragraph(line: string): Paragraph {
  const text = line.trim().replace(/^#+\s*/, '');
  const bold = /^\*\*.*\*\*$/.test(text);
  return new Paragraph({ children: [new TextRun({ text: text.replace(/\*\*/g, ''), bold })] });
}

const cell = (lines: string[]): TableCell =>
  new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(l)] })) });

// The two-column header of Nghị định 30/2020/NĐ-CP, as offices lay it out in Word (a table).
// The seed text has no header; this one is written in its words, with an example number.
const HEADER = new Table({
  rows: [
    new TableRow({
      children: [
        cell(['UBND TỈNH QUẢNG NGÃI', 'ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH SƠN', 'Số: 84/KH-UBND']),
        cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bình Sơn, ngày 29 tháng 01 năm 2024']),
      ],
    }),
  ],
});

async function districtDocx(): Promise<Uint8Array> {
  const lines = seedText('district-binh-son-2024').split('\n').filter((l) => l.trim() !== '');
  const duties = lines.findIndex((l) => /TỔ CHỨC THỰC HIỆN/.test(l));
  const closing = lines.findIndex((l) => l.startsWith('Yêu cầu Thủ trưởng'));
  const children: (Paragraph | Table)[] = [HEADER];
  lines.forEach((line, i) => {
    // Section V with Word's automatic numbering: the "1." and "-" markers are not in the text.
    if (i > duties && i < closing) {
      const text = line.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim();
      const numbered = /^\d+\.\s+/.exec(text);
      if (numbered) {
        children.push(new Paragraph({ numbering: { reference: 'to-chuc', level: 0 }, children: [new TextRun({ text: text.slice(numbered[0].length), bold: true })] }));
        return;
      }
      if (text.startsWith('- ')) {
        children.push(new Paragraph({ numbering: { reference: 'to-chuc', level: 1 }, children: [new TextRun(text.slice(2))] }));
        return;
      }
    }
    children.push(paragraph(line));
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'to-chuc',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('DOCX input', async () => {
  const bytes = await districtDocx();
  const result = await importPlan({ docx: bytes }, { fileName: 'binh-son.docx' });
  const plan = result.plan as Record<string, any>;

  it('reads the header table: issuer, its parent, number, place and date', () => {
    expect(plan.issuer).toEqual({ name: 'Ủy ban nhân dân huyện Bình Sơn', parent: 'UBND tỉnh Quảng Ngãi', level: 'district', code: 'UBND' });
    expect(plan.number).toBe('84/KH-UBND');
    expect(plan.place).toBe('Bình Sơn');
    expect(plan.date).toBe('29/01/2024');
  });

  it('recovers the same tasks, leads and timeframes as from the text', () => {
    const f = measure(result, expectedOf('district-binh-son-2024'));
    expect(f.tasks).toEqual({ hit: 25, total: 25 });
    expect(percent(f.leadAndTimeframe)).toBe(100);
    expect(bodyTasks(result)).toEqual(bodyTasks(importText(seedText('district-binh-son-2024'))));
  });

  it('writes out the markers of Word numbering, so numbered duty sections stay sections', async () => {
    const { text } = await docxToText(bytes);
    expect(text).toContain('\n**1. Phòng Văn hóa và Thông tin**\n- Làm đầu mối theo dõi');
    expect(text).toContain('\n**7. Các cơ quan, đơn vị, UBND các xã, thị trấn**\n');
  });

  it('cites paragraphs ("đoạn N"), and paragraph N holds the value', async () => {
    const { text } = await docxToText(bytes);
    const paragraphs = text.split('\n');
    expect(result.report.source.format).toBe('docx');
    expect(result.yaml).toContain('# nguồn: đoạn');
    const task = result.report.tasks.find((t) => t.timeframe === 'Trong quý II, III năm 2024');
    const tf = result.report.found.find((f) => f.field === `${task?.field}.timeframe`);
    expect(paragraphs[(tf?.lines[0] ?? 0) - 1]).toBe('- Thời gian thực hiện: Trong quý II, III năm 2024.');
  });
});

describe('DOCX with the tasks in a table (PHỤ LỤC: BẢNG PHÂN CÔNG NHIỆM VỤ)', async () => {
  const expected = expectedOf('district-binh-son-2024');
  const row = (cells: string[], bold = false): TableRow =>
    new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold })] })] })) });
  // The Bình Sơn tasks as offices also lay them out: one row per task, a group row first.
  const table = new Table({
    rows: [
      row(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm'], true),
      row(['I', 'HÌNH THỨC TUYÊN TRUYỀN', '', '', '', ''], true),
      ...expected.tasks.map((t, i) => row([String(i + 1), t.title, t.lead.join('; '), t.coordinators.join('; '), t.timeframe, ''])),
    ],
  });
  const lines = seedText('district-binh-son-2024').split('\n').filter((l) => l.trim() !== '');
  const formsAt = lines.findIndex((l) => l.includes('III. HÌNH THỨC TUYÊN TRUYỀN'));
  const budgetAt = lines.findIndex((l) => l.includes('IV. KINH PHÍ'));
  // Section III points to the appendix instead of listing the tasks.
  const body = [...lines.slice(0, formsAt + 1), 'Theo Phụ lục kèm theo Kế hoạch này.', ...lines.slice(budgetAt)];
  const doc = new Document({
    sections: [{ children: [...body.map(paragraph), new Paragraph({ children: [new TextRun({ text: 'PHỤ LỤC', bold: true })] }), new Paragraph('BẢNG PHÂN CÔNG NHIỆM VỤ'), table] }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  const result = await importPlan({ docx: bytes });
  const plan = result.plan as Record<string, any>;

  it('reads each row as a task with its lead, coordinators and timeframe, in a table of the appendix', () => {
    const f = measure(result, { ...expected, duties: [], reporting: [] });
    expect(f.tasks).toEqual({ hit: 10, total: 10 });
    expect(f.leadAndTimeframe).toEqual({ hit: 10, total: 10 });
    expect(f.coordinators).toEqual({ hit: 10, total: 10 });
    expect(result.report.counts.appendixRows).toBe(10);
    const table = plan.appendices[0].items[0].table;
    expect(table.columns.map((c: any) => c.field)).toEqual(['order', 'title', 'lead', 'coordinators', 'timeframe', 'outputs']);
    expect(plan.appendices[0]).toMatchObject({ label: 'PHỤ LỤC', title: 'BẢNG PHÂN CÔNG NHIỆM VỤ' });
    expect(plan.signature).toMatchObject({ capacity: 'Chủ tịch', name: 'Nguyễn Tường Duy' });
  });

  it('keeps the group row as a heading row over its tasks, and the pointer sentence in its section', () => {
    const rows = plan.appendices[0].items[0].table.rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ heading: 'HÌNH THỨC TUYÊN TRUYỀN', number: 'I' });
    expect(rows[0].items).toHaveLength(10);
    const forms = plan.sections.find((s: any) => /HÌNH THỨC/u.test(s.heading));
    expect(forms.items).toEqual(['Theo Phụ lục kèm theo Kế hoạch này.']);
    expect(result.report.unplaced).toEqual([]);
  });
});

describe('DOCX tables with merged cells and a header repeated on the next page', async () => {
  const cellOf = (text: string, extra: Record<string, unknown> = {}): TableCell => new TableCell({ children: [new Paragraph(text)], ...extra });
  const header = (): TableRow => new TableRow({ tableHeader: true, children: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'].map((t) => cellOf(t)) });
  const table = new Table({
    rows: [
      header(),
      new TableRow({ children: [cellOf('I. NHIỆM VỤ CHUNG', { columnSpan: 4 })] }),
      new TableRow({ children: [cellOf('1'), cellOf('Rà soát danh mục dữ liệu dùng chung'), cellOf('Sở Khoa học và Công nghệ', { rowSpan: 2 }), cellOf('Quý I/2026')] }),
      new TableRow({ children: [cellOf('2'), cellOf('Công bố danh mục dữ liệu mở'), cellOf('Quý II/2026')] }),
    ],
  });
  // The same table continued on the next page, its header repeated, the last row going on.
  const next = new Table({
    rows: [
      header(),
      new TableRow({ children: [cellOf(''), cellOf('trên Cổng dữ liệu của tỉnh'), cellOf(''), cellOf('')] }),
      new TableRow({ children: [cellOf('3'), cellOf('Tổng kết, đánh giá'), cellOf('Sở Nội vụ'), cellOf('Tháng 12/2026')] }),
    ],
  });
  const lines = ['KẾ HOẠCH', 'Phát triển dữ liệu số năm 2026', 'Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh;', 'I. NHIỆM VỤ', 'Theo Phụ lục kèm theo.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'CHỦ TỊCH', 'Trần Văn Minh'];
  const doc = new Document({ sections: [{ children: [...lines.map((l) => new Paragraph(l)), new Paragraph('PHỤ LỤC'), table, new Paragraph(''), next] }] });
  const result = await importPlan({ docx: new Uint8Array(await Packer.toBuffer(doc)) });

  it('gives a merged lead to each row it spans, reads a full-width row as a group row, drops the repeated header, and joins a row continued on the next page', () => {
    expect(bodyTasks(result, 'appendix')).toEqual([
      ['Rà soát danh mục dữ liệu dùng chung', ['Sở Khoa học và Công nghệ'], [], 'Quý I/2026'],
      ['Công bố danh mục dữ liệu mở trên Cổng dữ liệu của tỉnh', ['Sở Khoa học và Công nghệ'], [], 'Quý II/2026'],
      ['Tổng kết, đánh giá', ['Sở Nội vụ'], [], 'Tháng 12/2026'],
    ]);
    const rows = (result.plan as any).appendices[0].items[0].table.rows;
    expect(rows[0]).toMatchObject({ heading: 'NHIỆM VỤ CHUNG', number: 'I' });
    expect(result.report.cleaning.dropped.map((d) => d.reason)).toEqual(['dòng tiêu đề bảng lặp lại']);
  });
});

/** Every `{ task: id }` reference of a plan, by where it stands. */
function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => references(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.task === 'string' && !('id' in o)) out.push(o.task);
    Object.values(o).forEach((v) => references(v, out));
  }
  return out;
}

describe.each([
  ['a plan in sections with groups, requests, an appendix table and a footnote', 'ke-hoach-dich-vu-cong-2026-2030.kehoach.yaml'],
  ['a plan issued by a decision', 'quyet-dinh-ra-soat-tthc-2026.kehoach.yaml'],
])('a DOCX that kehoach rendered: %s', async (_name, file) => {
  const dir = new URL('../../../examples/2026/tinh-quang-ngai/', import.meta.url);
  const registry = readRegistry(readFileSync(new URL('agencies.yaml', dir), 'utf8'));
  const agencies = registry.ok ? registry.agencies : [];
  const before = lintText(readFileSync(new URL(file, dir), 'utf8'), { agencies, uri: file });
  const result = await importPlan({ docx: await renderPlan(before.analysis, { format: 'docx' }) }, { agencies, fileName: file });
  const after = lintText(result.yaml, { agencies, uri: `lai-${file}` });
  const source = before.analysis.plan as Record<string, any>;
  const draft = after.analysis.plan as Record<string, any>;
  const key = (s: unknown): string => matchKey(String(s ?? '').replace(/[\s.]+$/u, ''));
  /** Each task as the rules see it: its wording, lead (or the bodies it asks), timeframe. */
  const tasks = (lint: typeof before): string[][] =>
    lint.analysis.tasks().map((v) => [key(v.task.title ?? v.task.content), v.request ? 'đề nghị' : 'giao', ...v.leads.map(key).sort(), key(v.timeframe?.value && typeof v.timeframe.value === 'object' ? v.timeframe.value.text : v.timeframe?.value)]);

  it('imports back to the same tasks, each stated once, with the same leads, requests and timeframes', () => {
    expect(tasks(after)).toEqual(tasks(before));
    expect(result.report.tasks.filter((t) => !t.ref).length).toBe(before.analysis.tasks().length);
  });

  it('keeps how the lines of each task are worded (`labels`)', () => {
    const labelled = (lint: typeof before): [string, unknown][] =>
      lint.analysis.tasks().map((v) => [key(v.task.title), { ...(lint.analysis.plan as any).labels, ...v.task.labels }]);
    expect(labelled(after)).toEqual(labelled(before));
  });

  it('reads the appendix rows that repeat body tasks back as references to them', () => {
    expect(references(draft.appendices).length).toBe(references(source.appendices).length);
    for (const id of references(draft.appendices)) expect(result.report.tasks.some((t) => t.id === id && t.where === 'body'), id).toBe(true);
  });

  it('keeps the footnotes, the signature chain and the recipients', () => {
    expect(draft.footnotes).toEqual(source.footnotes);
    expect(draft.signature).toEqual(source.signature);
    expect(draft.decision?.signature).toEqual(source.decision?.signature);
    expect(draft.recipients?.length).toBe(source.recipients?.length);
    expect(draft.archive).toEqual(source.archive);
  });

  it('states its body once (no earlier fixed key beside sections), and the checks find nothing the example does not have', () => {
    for (const k of ['reporting', 'tasks', 'duties', 'objectives', 'layout']) expect(draft[k], k).toBeUndefined();
    const errors = (lint: typeof before): string[] => [...new Set(lint.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))];
    expect(errors(after).filter((r) => !errors(before).includes(r))).toEqual([]);
  });
});
