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
import { describe, expect, it } from 'vitest';
import { docxToText, importPlan, importText } from '../src/index.js';
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
    const f = measure(plan, expectedOf('district-binh-son-2024'));
    expect(f.tasks).toEqual({ hit: 25, total: 25 });
    expect(percent(f.leadAndTimeframe)).toBe(100);
    const fromText = importText(seedText('district-binh-son-2024')).plan as Record<string, any>;
    expect(plan.tasks).toEqual(fromText.tasks);
    expect(plan.duties.map((d: any) => d.tasks.length)).toEqual(fromText.duties.map((d: any) => d.tasks.length));
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
    const tf = result.report.found.find((f) => f.field === 'tasks[3].timeframe');
    expect(tf?.value).toBe('Trong quý II, III năm 2024');
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

  it('reads each row as a task with its lead, coordinators and timeframe', () => {
    const f = measure(plan, { ...expected, duties: [], reporting: [] });
    expect(f.tasks).toEqual({ hit: 10, total: 10 });
    expect(f.leadAndTimeframe).toEqual({ hit: 10, total: 10 });
    expect(f.coordinators).toEqual({ hit: 10, total: 10 });
    expect(plan.signature).toMatchObject({ capacity: 'Chủ tịch', name: 'Nguyễn Tường Duy' });
  });

  it('keeps the group row as a leftover and the pointer sentence as the section text', () => {
    expect(result.report.unplaced.map((u) => u.text)).toEqual(['I. HÌNH THỨC TUYÊN TRUYỀN']);
    expect(plan.forms).toEqual(['Theo Phụ lục kèm theo Kế hoạch này.']);
  });
});
