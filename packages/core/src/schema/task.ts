import { z } from 'zod';
import { doc } from './doc.js';
import {
  agencyListSchema,
  taskIdSchema,
  numberSchema,
  numberingSchema,
  paragraphItemSchema,
  quantitySchema,
  reportPathSchema,
  timeframeSchema,
} from './common.js';
import { itemSchema, type Item } from './body.js';
import { taskLabelsSchema, type LineLabels } from './labels.js';
import type { NumberingStyle, ParagraphItem, Quantity, ReportPath, TimeframeValue } from './common.js';

export { taskIdSchema };

/** Where an item added over a template goes: after or before an inherited id. */
export function positionShape() {
  return {
    after: doc(
      z.string().optional(),
      'Đặt sau',
      'Khi kế thừa mẫu: thêm mục này ngay sau mục có mã này của mẫu.',
      'After',
      'When extending a template: insert this item right after the inherited item with this id.',
    ),
    before: doc(
      z.string().optional(),
      'Đặt trước',
      'Khi kế thừa mẫu: thêm mục này ngay trước mục có mã này của mẫu.',
      'Before',
      'When extending a template: insert this item right before the inherited item with this id.',
    ),
  };
}

export const taskSchema = z.strictObject({
  id: doc(
    taskIdSchema,
    'Mã nhiệm vụ',
    'Mã ổn định của nhiệm vụ (chữ thường, số, gạch ngang), để kế hoạch cấp dưới và mẫu tham chiếu, ví dụ `tap-huan-cchc`.',
    'Task id',
    'Stable task id (lowercase, digits, dashes) that child plans and templates refer to, e.g. `tap-huan-cchc`.',
  ),
  title: doc(
    z.string().optional(),
    'Tên nhiệm vụ',
    'Tên nhiệm vụ, như dòng in đậm của mục đánh số.',
    'Title',
    'Task title, as the bold line of a numbered item.',
  ),
  content: doc(
    z.union([z.string(), z.array(paragraphItemSchema)]).optional(),
    'Nội dung',
    'Nội dung công việc cụ thể.',
    'Content',
    'What the work consists of.',
  ),
  lead: doc(
    agencyListSchema.optional(),
    'Cơ quan chủ trì',
    'Cơ quan chủ trì / thực hiện: một cơ quan (hoặc danh sách nếu văn bản giao nhiều cơ quan). Với nhóm nhiệm vụ: cơ quan chủ trì của mọi ý trong nhóm.',
    'Lead agency',
    'Lead (implementing) agency: one, or a list when the document names several. On a group: the lead of every item in it.',
  ),
  request: doc(
    agencyListSchema.optional(),
    'Đề nghị',
    'Cơ quan ngoài thẩm quyền của cơ quan ban hành mà kế hoạch đề nghị (Mặt trận Tổ quốc, đoàn thể, tòa án, viện kiểm sát, doanh nghiệp...), thay cho "lead": đây là lời đề nghị, không phải giao nhiệm vụ.',
    'Requested of',
    'Bodies outside the issuer\'s authority the plan asks (Fatherland Front, unions, courts, procuracies, enterprises...), instead of "lead": a request, not an assignment.',
  ),
  coordinators: doc(
    agencyListSchema.optional(),
    'Cơ quan phối hợp',
    'Các cơ quan phối hợp thực hiện.',
    'Coordinating agencies',
    'Agencies that coordinate with the lead.',
  ),
  timeframe: timeframeSchema.optional(),
  frequency: doc(
    z.string().optional(),
    'Tần suất',
    'Tần suất thực hiện, ví dụ "Mỗi tháng 01 chương trình (10 - 15 phút)".',
    'Frequency',
    'How often, e.g. "Mỗi tháng 01 chương trình (10 - 15 phút)".',
  ),
  outputs: doc(
    z.array(z.string()).optional(),
    'Sản phẩm',
    'Sản phẩm, kết quả đầu ra của nhiệm vụ.',
    'Outputs',
    'Products or deliverables of the task.',
  ),
  quantity: doc(
    z.union([quantitySchema, z.array(quantitySchema)]).optional(),
    'Chỉ tiêu số lượng',
    'Chỉ tiêu đo được của nhiệm vụ, ví dụ tối thiểu 12 tin/bài trong năm.',
    'Quantity target',
    'Measurable target of the task, e.g. at least 12 news items a year.',
  ),
  implements: doc(
    z.union([z.string(), z.array(z.string())]).optional(),
    'Thực hiện nhiệm vụ cấp trên',
    'Mã nhiệm vụ trong kế hoạch cấp trên mà nhiệm vụ này thực hiện.',
    'Implements',
    'Id of the parent plan task this task carries out.',
  ),
  report: doc(
    reportPathSchema.optional(),
    'Báo cáo',
    'Đường báo cáo riêng của nhiệm vụ; bỏ trống thì theo mục báo cáo chung của kế hoạch.',
    'Report path',
    "The task's own report path; when absent the plan's reporting section applies.",
  ),
  funding: doc(
    z.string().optional(),
    'Kinh phí',
    'Kinh phí hoặc nguồn kinh phí của nhiệm vụ, như văn bản ghi.',
    'Funding',
    'Funding or its source, as the document states it.',
  ),
  note: doc(z.string().optional(), 'Ghi chú', 'Ghi chú thêm.', 'Note', 'Additional note.'),
  labels: taskLabelsSchema,
  items: doc(
    z.array(z.lazy((): z.ZodType<Item> => itemSchema)).optional(),
    'Các ý của nhóm',
    'Các nhiệm vụ (và đoạn văn) thuộc nhóm nhiệm vụ này; chúng kế thừa cơ quan chủ trì, phối hợp, thời gian và báo cáo của nhóm khi không tự ghi.',
    'Group items',
    'The tasks (and paragraphs) of this group; they inherit its lead, coordinators, timeframe and report path unless they state their own.',
  ),
  numbering: numberingSchema.optional(),
  number: numberSchema.optional(),
  ...positionShape(),
}).meta({ id: 'task', title: 'Nhiệm vụ', 'x-title-en': 'Task' });

/** A task (with `items`, a group). Written out because items and tasks refer to each other. */
export interface Task {
  id: string;
  title?: string;
  content?: string | ParagraphItem[];
  lead?: string | string[];
  request?: string | string[];
  coordinators?: string | string[];
  timeframe?: TimeframeValue;
  frequency?: string;
  outputs?: string[];
  quantity?: Quantity | Quantity[];
  implements?: string | string[];
  report?: ReportPath;
  funding?: string;
  note?: string;
  labels?: LineLabels;
  items?: Item[];
  numbering?: NumberingStyle;
  number?: string;
  after?: string;
  before?: string;
}

// The schema and the interface must say the same: a key added to one and not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const taskTypeCheck: Same<z.infer<typeof taskSchema>, Task> = true;
void taskTypeCheck;

export const dutySchema = z.strictObject({
  id: doc(
    taskIdSchema.optional(),
    'Mã mục',
    'Mã ổn định của mục (để mẫu và bản kế thừa sửa hoặc bỏ mục này).',
    'Section id',
    'Stable id of the section (so templates and forks can patch or remove it).',
  ),
  agency: doc(
    agencyListSchema,
    'Cơ quan',
    'Cơ quan được giao trách nhiệm (một hoặc nhiều).',
    'Agency',
    'The agency (or agencies) the duties are assigned to.',
  ),
  heading: doc(
    z.string().optional(),
    'Tiêu đề',
    'Tiêu đề mục như văn bản ghi, khi khác tên cơ quan (ví dụ "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh...").',
    'Heading',
    'The heading as written when it differs from the agency name.',
  ),
  text: doc(z.string().optional(), 'Đoạn mở đầu', 'Đoạn văn chung của mục.', 'Text', 'Introductory text of the section.'),
  tasks: doc(
    z.array(taskSchema),
    'Nhiệm vụ',
    'Các nhiệm vụ của cơ quan; cơ quan chủ trì mặc định là cơ quan của mục.',
    'Tasks',
    "The agency's tasks; their lead defaults to the section's agency.",
  ),
  report: doc(
    reportPathSchema.optional(),
    'Báo cáo',
    'Đường báo cáo chung cho các nhiệm vụ của mục.',
    'Report path',
    'Report path shared by the tasks of this section.',
  ),
  timeframe: timeframeSchema.optional(),
  ...positionShape(),
});

export type Duty = z.infer<typeof dutySchema>;
