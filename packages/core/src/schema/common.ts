import { z } from 'zod';
import { doc } from './doc.js';

/** Stable ids of tasks, sections and tables: lowercase ASCII, digits, dashes. */
export const taskIdSchema = z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/);

/** A date as authors write it: "17/01/2024" or "2024-01-17" (checked by the date-valid rule). */
export const dateSchema = z.string().meta({
  title: 'Ngày',
  description: 'Ngày theo dạng dd/mm/yyyy (ví dụ 17/01/2024) hoặc yyyy-mm-dd.',
  'x-title-en': 'Date',
  'x-description-en': 'A date as dd/mm/yyyy (e.g. 17/01/2024) or yyyy-mm-dd.',
});

/** An agency named by registry id or by any of its names; resolved by the agency-known rule. */
export const agencyRefSchema = z.string().min(1).meta({
  title: 'Cơ quan',
  description:
    'Mã cơ quan trong danh mục (ví dụ `phong-vhtt`) hoặc tên cơ quan như văn bản viết (ví dụ "Phòng Văn hóa và Thông tin").',
  'x-title-en': 'Agency',
  'x-description-en':
    'An agency id from the registry (e.g. `phong-vhtt`) or its name as documents write it (e.g. "Phòng Văn hóa và Thông tin").',
});

export const agencyListSchema = z.union([agencyRefSchema, z.array(agencyRefSchema)]);

/** Free text that may carry nested points: "a) ..." with "- ..." under it. */
export interface Paragraph {
  text?: string;
  items?: ParagraphItem[];
  numbering?: NumberingStyle;
}
export type ParagraphItem = string | Paragraph;

export const paragraphItemSchema: z.ZodType<ParagraphItem> = z.lazy(() =>
  z.union([
    z.string(),
    z
      .strictObject({
        text: doc(z.string().optional(), 'Nội dung', 'Đoạn văn.', 'Text', 'The paragraph text.'),
        items: doc(
          z.array(paragraphItemSchema).optional(),
          'Các ý',
          'Các ý con của đoạn (gạch đầu dòng hoặc a), b)).',
          'Points',
          'Sub-points of the paragraph (dashes or a), b)).',
        ),
        numbering: z.lazy(() => numberingSchema).optional(),
      })
      .meta({ title: 'Đoạn văn', 'x-title-en': 'Paragraph' }),
  ]),
);

export const paragraphsSchema = z.array(paragraphItemSchema);

/** How the items of a list are marked (see docs/plan-format.md, "Numbering"). */
export const NUMBERING_STYLES = ['roman', 'decimal', 'outline', 'letter', 'dash', 'plus', 'none'] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

export const numberingSchema = doc(
  z.enum(NUMBERING_STYLES),
  'Cách đánh số các ý',
  'Cách đánh số các mục con: roman (I., II.), decimal (1., 2.), outline (1.1., 1.2.), letter (a), b), đ)), dash (-), plus (+), none (không đánh số).',
  'Item numbering',
  'How the items below are marked: roman (I.), decimal (1.), outline (1.1.), letter (a), b), đ)), dash (-), plus (+), none.',
);

export const numberSchema = doc(
  z.string().min(1),
  'Số thứ tự như văn bản ghi',
  'Số của mục khi văn bản đánh số khác thứ tự (ví dụ mục đầu tiên ghi "II"); các mục sau đếm tiếp từ số này.',
  'Number as written',
  'The number of this item when the document numbers it out of order (e.g. the first part is "II"); the following items count on from it.',
);

export const timeframeObjectSchema = z.strictObject({
  text: doc(
    z.string().optional(),
    'Cách ghi',
    'Cụm từ thời gian như văn bản ghi, ví dụ "Trong quý II, III năm 2024".',
    'Wording',
    'The timeframe as the document words it, e.g. "Trong quý II, III năm 2024".',
  ),
  from: doc(dateSchema.optional(), 'Từ ngày', 'Ngày bắt đầu.', 'From', 'Start date.'),
  to: doc(dateSchema.optional(), 'Đến ngày', 'Ngày kết thúc.', 'To', 'End date.'),
  deadline: doc(
    dateSchema.optional(),
    'Hạn chót',
    'Ngày phải hoàn thành (chậm nhất).',
    'Deadline',
    'Date by which the work must be done.',
  ),
});

export const timeframeSchema = doc(
  z.union([z.string(), timeframeObjectSchema]),
  'Thời gian thực hiện',
  'Thời gian thực hiện: một cụm từ ("Thường xuyên trong năm", "Quý I/2024", "Chậm nhất ngày 20/04/2024") hoặc các ngày cụ thể (from, to, deadline).',
  'Timeframe',
  'When the work happens: a Vietnamese phrase ("Thường xuyên trong năm", "Quý I/2024", "Chậm nhất ngày 20/04/2024") or explicit dates (from, to, deadline).',
);

export const quantitySchema = z.strictObject({
  text: doc(
    z.string().optional(),
    'Cách ghi',
    'Chỉ tiêu như văn bản ghi, ví dụ "tối thiểu 12 tin/bài trong năm".',
    'Wording',
    'The target as written, e.g. "tối thiểu 12 tin/bài trong năm".',
  ),
  value: doc(z.number().optional(), 'Giá trị', 'Con số của chỉ tiêu (12, 100...).', 'Value', 'The number (12, 100...).'),
  unit: doc(
    z.string().optional(),
    'Đơn vị tính',
    'Đơn vị tính: "tin/bài", "%", "lần", "chương trình"...',
    'Unit',
    'Unit of measure: "tin/bài", "%", "lần", "chương trình"...',
  ),
  comparator: doc(
    z.enum(['min', 'exact', 'max']).optional(),
    'So sánh',
    '`min` cho "tối thiểu", "ít nhất"; `max` cho "tối đa"; `exact` khi không ghi.',
    'Comparator',
    '`min` for "at least", `max` for "at most", `exact` otherwise.',
  ),
  per: doc(
    z.string().optional(),
    'Mỗi kỳ',
    'Kỳ tính chỉ tiêu: "năm", "quý", "tháng" hoặc cụm từ ("Hàng quý").',
    'Per',
    'Period the value counts over: "năm", "quý", "tháng" or a phrase ("Hàng quý").',
  ),
  of: doc(
    z.string().optional(),
    'Đối tượng đo',
    'Cái được đếm, ví dụ "TTHC được niêm yết".',
    'Of',
    'What is counted, e.g. "TTHC được niêm yết".',
  ),
});

export const reportPathSchema = z.strictObject({
  from: doc(
    agencyListSchema.optional(),
    'Cơ quan báo cáo',
    'Ai báo cáo; bỏ trống là mọi cơ quan được giao nhiệm vụ.',
    'Reporting agencies',
    'Who reports; empty means every agency with a task.',
  ),
  to: doc(
    agencyListSchema.optional(),
    'Báo cáo cho',
    'Cơ quan nhận báo cáo, ví dụ "UBND huyện"; một danh sách khi cùng một báo cáo gửi nhiều nơi.',
    'Report to',
    'Who receives the report; a list when one report goes to several recipients.',
  ),
  via: doc(
    agencyRefSchema.optional(),
    'Qua',
    'Cơ quan đầu mối tổng hợp, ví dụ "(qua Phòng Văn hóa và Thông tin)".',
    'Via',
    'The agency that compiles the reports, e.g. "(qua Phòng Văn hóa và Thông tin)".',
  ),
  due: doc(
    z.union([z.string(), timeframeObjectSchema, z.array(z.union([z.string(), timeframeObjectSchema]))]).optional(),
    'Hạn báo cáo',
    'Hạn gửi báo cáo, ví dụ "trước ngày 25/11/2024"; một danh sách khi có nhiều hạn ("trước ngày 15/6", "trước ngày 15/12").',
    'Due',
    'When the report is due, e.g. "trước ngày 25/11/2024"; a list for several deadlines.',
  ),
  cadence: doc(
    z.string().optional(),
    'Định kỳ',
    'Chế độ báo cáo định kỳ, ví dụ "Hàng quý", "định kỳ 06 tháng, năm".',
    'Cadence',
    'How often reports are due, e.g. "Hàng quý".',
  ),
  what: doc(z.string().optional(), 'Nội dung báo cáo', 'Báo cáo về việc gì.', 'Subject', 'What the report is about.'),
  condition: doc(
    z.string().optional(),
    'Khi nào',
    'Điều kiện báo cáo, ví dụ "nếu có phát sinh vướng mắc".',
    'Condition',
    'When the report is made, e.g. "if problems arise".',
  ),
  text: doc(z.string().optional(), 'Cách ghi', 'Câu văn gốc về báo cáo.', 'Wording', 'The sentence as written.'),
});

export type ReportPath = z.infer<typeof reportPathSchema>;
export type TimeframeValue = z.infer<typeof timeframeSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
