import { z } from 'zod';
import { doc } from './doc.js';
import {
  agencyListSchema,
  numberSchema,
  numberingSchema,
  paragraphItemSchema,
  quantitySchema,
  reportPathSchema,
  taskIdSchema,
  timeframeSchema,
  type NumberingStyle,
  type ParagraphItem,
  type Quantity,
  type ReportPath,
  type TimeframeValue,
} from './common.js';
import { taskSchema, type Task } from './task.js';

/**
 * The body of a plan as the document writes it (docs/plan-format.md): a list of items,
 * each a paragraph, a heading with items under it, a task (a group when it has items),
 * a second showing of a task, a target, a report path or a table. Which kind an item is
 * follows from its keys, so every object option below is strict and has a key no other
 * option has (`heading`, `id`, `task`, `target`, `reporting`, `table`; else `text`).
 */

export interface HeadingItem {
  heading: string;
  id?: string;
  number?: string;
  numbering?: NumberingStyle;
  items?: Item[];
}

export interface TaskRefItem {
  task: string;
  title?: string;
  number?: string;
}

export interface TargetItem extends Quantity {
  target: string;
  id?: string;
  lead?: string | string[];
  timeframe?: TimeframeValue;
  number?: string;
}

export interface ReportingItem {
  reporting: ReportPath;
}

export interface TableCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}
export type Cell = string | TableCell;

export type TableField =
  | 'order'
  | 'title'
  | 'content'
  | 'lead'
  | 'request'
  | 'coordinators'
  | 'timeframe'
  | 'outputs'
  | 'funding'
  | 'note'
  | 'target'
  | 'value'
  | 'unit';

export interface TableColumn {
  field?: TableField;
  header?: string;
}

export interface Table {
  id?: string;
  caption?: string;
  columns: (string | TableColumn)[];
  head?: Cell[][];
  rows: (Item | Cell[])[];
  numbering?: 'continuous' | 'per-group' | 'outline';
  landscape?: boolean;
}

export interface TableItem {
  table: Table;
}

export type ParagraphObject = Exclude<ParagraphItem, string>;

export type Item = ParagraphItem | HeadingItem | Task | TaskRefItem | TargetItem | ReportingItem | TableItem;

export const TABLE_FIELDS = [
  'order',
  'title',
  'content',
  'lead',
  'request',
  'coordinators',
  'timeframe',
  'outputs',
  'funding',
  'note',
  'target',
  'value',
  'unit',
] as const satisfies readonly TableField[];

const items = (vi: string, en: string) =>
  doc(z.array(z.lazy((): z.ZodType<Item> => itemSchema)).optional(), 'Các ý', vi, 'Items', en);

export const headingItemSchema = z
  .strictObject({
    heading: doc(
      z.string().min(1),
      'Tiêu đề mục',
      'Tiêu đề của mục như văn bản ghi, không gồm số thứ tự: "MỤC ĐÍCH, YÊU CẦU", "Mục đích".',
      'Heading',
      'The heading as the document words it, without its number: "MỤC ĐÍCH, YÊU CẦU", "Mục đích".',
    ),
    id: doc(taskIdSchema.optional(), 'Mã mục', 'Mã ổn định của mục (không bắt buộc).', 'Section id', 'Stable id of the section (optional).'),
    number: numberSchema.optional(),
    numbering: numberingSchema.optional(),
    items: items('Nội dung của mục: đoạn văn, mục con, nhiệm vụ, chỉ tiêu, bảng...', 'What the section holds: paragraphs, subsections, tasks, targets, tables...'),
  })
  .meta({ id: 'heading', title: 'Mục', 'x-title-en': 'Section' });

export const taskRefItemSchema = z
  .strictObject({
    task: doc(
      taskIdSchema,
      'Nhiệm vụ đã ghi',
      'Mã của một nhiệm vụ ghi ở chỗ khác trong kế hoạch (thường là trong bảng phụ lục): cùng một nhiệm vụ, hiện thêm ở đây.',
      'Task shown again',
      'Id of a task stated elsewhere in the plan (often in an appendix table): the same task, shown here too.',
    ),
    title: doc(
      z.string().optional(),
      'Cách ghi ở đây',
      'Lời văn của nhiệm vụ ở chỗ này khi khác chỗ chính.',
      'Wording here',
      'The wording of the task at this place, when it differs from its main place.',
    ),
    number: numberSchema.optional(),
  })
  .meta({ id: 'taskReference', title: 'Nhắc lại nhiệm vụ', 'x-title-en': 'Task reference' });

export const targetItemSchema = quantitySchema
  .omit({ text: true })
  .extend({
    target: doc(
      z.string().min(1),
      'Chỉ tiêu',
      'Chỉ tiêu như văn bản ghi, ví dụ "Đến hết năm 2030, 60% doanh nghiệp ứng dụng công nghệ số".',
      'Target',
      'The target as the document words it.',
    ),
    id: doc(z.string().optional(), 'Mã chỉ tiêu', 'Mã ổn định của chỉ tiêu.', 'Target id', 'Stable target id.'),
    lead: doc(agencyListSchema.optional(), 'Cơ quan chủ trì', 'Cơ quan chịu trách nhiệm chỉ tiêu.', 'Lead agency', 'The agency answerable for the target.'),
    timeframe: timeframeSchema.optional(),
    number: numberSchema.optional(),
  })
  .meta({ id: 'target', title: 'Chỉ tiêu', 'x-title-en': 'Target' });

export const reportingItemSchema = z
  .strictObject({
    reporting: doc(
      reportPathSchema,
      'Báo cáo',
      'Một đường báo cáo ghi trong thân văn bản (ví dụ ở mục "Chế độ báo cáo"): áp dụng cho nhiệm vụ của các cơ quan ở "from", hoặc mọi nhiệm vụ khi bỏ trống "from".',
      'Report path',
      'A report path stated in the body (e.g. a "Chế độ báo cáo" section): applies to the tasks of the agencies in "from", or to every task when "from" is empty.',
    ),
  })
  .meta({ id: 'reportingItem', title: 'Đường báo cáo', 'x-title-en': 'Report path' });

const spanSchema = z.number().int().min(1).max(100);

export const cellSchema = z.union([
  z.string(),
  z.strictObject({
    text: doc(z.string(), 'Nội dung ô', 'Chữ trong ô.', 'Cell text', 'The text of the cell.'),
    colspan: doc(spanSchema.optional(), 'Gộp cột', 'Số cột ô này chiếm.', 'Column span', 'How many columns the cell spans.'),
    rowspan: doc(spanSchema.optional(), 'Gộp dòng', 'Số dòng ô này chiếm.', 'Row span', 'How many rows the cell spans.'),
  }),
]);

export const tableColumnSchema = z.union([
  z.string(),
  z.strictObject({
    field: doc(
      z.enum(TABLE_FIELDS).optional(),
      'Trường',
      'Cột này hiện trường nào của nhiệm vụ hay chỉ tiêu: order (STT), title, content, lead, request, coordinators, timeframe, outputs, funding, note, target, value, unit.',
      'Field',
      'Which field of the task or target this column shows.',
    ),
    header: doc(z.string().optional(), 'Tiêu đề cột', 'Tiêu đề cột như văn bản ghi, ví dụ "Cơ quan chủ trì".', 'Header', 'The column header as written.'),
  }),
]);

export const tableSchema = z.strictObject({
  id: doc(taskIdSchema.optional(), 'Mã bảng', 'Mã ổn định của bảng (không bắt buộc).', 'Table id', 'Stable id of the table (optional).'),
  caption: doc(z.string().optional(), 'Tên bảng', 'Tên bảng như văn bản ghi.', 'Caption', 'The table caption as written.'),
  columns: doc(
    z.array(tableColumnSchema).min(1),
    'Các cột',
    'Các cột của bảng, trái sang phải: `{ field, header }` với bảng nhiệm vụ hay chỉ tiêu, hoặc chỉ tiêu đề cột (chuỗi) với bảng số liệu.',
    'Columns',
    'The columns, left to right: `{ field, header }` for a table of tasks or targets, or plain headers (strings) for a data table.',
  ),
  head: doc(
    z.array(z.array(cellSchema)).optional(),
    'Dòng tiêu đề',
    'Dòng tiêu đề nhiều tầng của bảng số liệu, với ô gộp (colspan, rowspan).',
    'Header rows',
    'Multi-row header of a data table, with merged cells (colspan, rowspan).',
  ),
  rows: doc(
    z.array(z.union([z.array(cellSchema), z.lazy((): z.ZodType<Item> => itemSchema)])),
    'Các dòng',
    'Bảng nhiệm vụ: mỗi dòng là một nhiệm vụ, chỉ tiêu, hoặc một dòng nhóm (heading + items). Bảng số liệu: mỗi dòng là danh sách ô.',
    'Rows',
    'A task table: each row is a task, a target, or a group row (heading + items). A data table: each row is a list of cells.',
  ),
  numbering: doc(
    z.enum(['continuous', 'per-group', 'outline']).optional(),
    'Đánh số thứ tự',
    'Cột STT: continuous (1, 2, 3 liên tục qua các nhóm, mặc định), per-group (đánh lại từ 1 trong mỗi nhóm), outline (1, 1.1, 1.2).',
    'Order numbering',
    'The order column: continuous (1, 2, 3 across groups, the default), per-group (restart in each group), outline (1, 1.1, 1.2).',
  ),
  landscape: doc(z.boolean().optional(), 'Trang ngang', 'In bảng trên trang ngang.', 'Landscape', 'Print the table on a landscape page.'),
});

export const tableItemSchema = z
  .strictObject({
    table: doc(tableSchema, 'Bảng', 'Một bảng: bảng nhiệm vụ, bảng chỉ tiêu hoặc bảng số liệu.', 'Table', 'A table of tasks, targets or data.'),
  })
  .meta({ id: 'table', title: 'Bảng', 'x-title-en': 'Table' });

/**
 * A paragraph of the body with points under it. Its `text` is required here (unlike in
 * the earlier shape's lists), so that every object option of the item union needs a key
 * of its own: zod then reports a broken item under the option it was meant as.
 */
export const paragraphObjectItemSchema = z
  .strictObject({
    text: doc(z.string(), 'Nội dung', 'Đoạn văn.', 'Text', 'The paragraph text.'),
    items: doc(
      z.array(paragraphItemSchema).optional(),
      'Các ý',
      'Các ý con của đoạn (gạch đầu dòng hoặc a), b)).',
      'Points',
      'Sub-points of the paragraph (dashes or a), b)).',
    ),
    numbering: numberingSchema.optional(),
  })
  .meta({ id: 'paragraph', title: 'Đoạn văn', 'x-title-en': 'Paragraph' });

/** One item of a body list (sections, a heading's items, a group's items, table rows). */
export const itemSchema: z.ZodType<Item> = z
  .lazy(() =>
    z.union([z.string(), headingItemSchema, taskSchema, taskRefItemSchema, targetItemSchema, reportingItemSchema, tableItemSchema, paragraphObjectItemSchema]),
  )
  .meta({ id: 'item', title: 'Ý của thân văn bản', 'x-title-en': 'Body item' });

export const appendixSchema = z.strictObject({
  id: doc(taskIdSchema.optional(), 'Mã phụ lục', 'Mã ổn định của phụ lục (không bắt buộc).', 'Appendix id', 'Stable id of the appendix (optional).'),
  label: doc(
    z.string().optional(),
    'Nhãn',
    'Nhãn phụ lục như văn bản ghi: "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 02".',
    'Label',
    'The appendix label as written: "PHỤ LỤC", "PHỤ LỤC I".',
  ),
  title: doc(z.string().optional(), 'Tên phụ lục', 'Tên phụ lục, ví dụ "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM".', 'Title', 'The appendix title.'),
  caption: doc(
    z.string().optional(),
    'Dòng kèm theo',
    'Dòng "(Kèm theo Kế hoạch số ... ngày ... của ...)" như văn bản ghi; bỏ trống thì được viết từ số, ngày và cơ quan ban hành.',
    'Caption',
    'The "(Kèm theo Kế hoạch số ...)" line as written; when absent it is written from the plan\'s number, date and issuer.',
  ),
  landscape: doc(z.boolean().optional(), 'Trang ngang', 'In phụ lục trên trang ngang.', 'Landscape', 'Print the appendix on landscape pages.'),
  items: items('Nội dung phụ lục: bảng, đoạn văn, mục.', 'What the appendix holds: tables, paragraphs, sections.'),
});

export type Appendix = z.infer<typeof appendixSchema>;

export const footnoteSchema = z.strictObject({
  mark: doc(z.string().min(1), 'Ký hiệu', 'Ký hiệu chú thích, ví dụ "1"; trong văn bản ghi là [^1].', 'Mark', 'The footnote mark, e.g. "1"; the text refers to it as [^1].'),
  text: doc(z.string().min(1), 'Nội dung', 'Nội dung chú thích.', 'Text', 'The footnote text.'),
});

export type Footnote = z.infer<typeof footnoteSchema>;
