import { z } from 'zod';
import { doc } from './doc.js';
import { agencyListSchema, agencyRefSchema, dateSchema, paragraphsSchema, taskIdSchema, timeframeSchema } from './common.js';
import { LEVELS, agencyEntrySchema } from './registry.js';
import { recipientSchema, signatureSchema } from './plan.js';

/**
 * A progress report on a plan (`kind: report`, `*.baocao.yaml`): who reports, on which
 * plan, for which period, and per task what was done. Keys are English, content is
 * Vietnamese, as in plans (docs/report-format.md).
 */

/** The statuses a task can be reported in, as officials write them. */
export const REPORT_STATUSES = ['chưa triển khai', 'đang thực hiện', 'hoàn thành', 'hoàn thành quá hạn', 'không thực hiện'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Stable English names of the statuses, for data files (JSON, CSV) and code. */
export const STATUS_CODES: Readonly<Record<ReportStatus, string>> = {
  'chưa triển khai': 'not-started',
  'đang thực hiện': 'in-progress',
  'hoàn thành': 'done',
  'hoàn thành quá hạn': 'done-late',
  'không thực hiện': 'not-done',
};

const paragraphsOrText = z.union([z.string(), paragraphsSchema]);

export const reporterSchema = z.strictObject({
  name: doc(
    z.string().min(1),
    'Tên cơ quan báo cáo',
    'Tên đầy đủ của cơ quan báo cáo, ví dụ "Ủy ban nhân dân xã An Hòa".',
    'Reporter name',
    'Full name of the reporting body, e.g. "Ủy ban nhân dân xã An Hòa".',
  ),
  agency: doc(
    agencyRefSchema.optional(),
    'Mã trong danh mục',
    'Cơ quan báo cáo trong danh mục cơ quan (để biết nhiệm vụ nào của kế hoạch là của cơ quan này).',
    'Registry entry',
    'The reporter in the agency registry (to know which tasks of the plan are its own).',
  ),
  level: doc(
    z.enum(LEVELS).optional(),
    'Cấp',
    'Cấp hành chính của cơ quan báo cáo: province, district, commune; nhiệm vụ giao cho "UBND các xã, phường" là của mọi xã.',
    'Level',
    'Government level of the reporter; tasks given to "UBND các xã, phường" are every commune\'s.',
  ),
  parent: doc(
    z.string().optional(),
    'Cơ quan chủ quản',
    'Cơ quan cấp trên trực tiếp, dòng đầu của phần tiêu đề (ví dụ "UBND tỉnh Bình Minh").',
    'Governing body',
    'The direct superior body, the first header line.',
  ),
  code: doc(
    z.string().optional(),
    'Ký hiệu cơ quan',
    'Chữ viết tắt của cơ quan trong số báo cáo, ví dụ "UBND" trong "15/BC-UBND".',
    'Issuer code',
    'The reporter abbreviation in the report number, e.g. "UBND" in "15/BC-UBND".',
  ),
});

export const reportPlanRefSchema = z.strictObject({
  ref: doc(
    z.string().optional(),
    'Số kế hoạch',
    'Số, ký hiệu của kế hoạch được báo cáo, ví dụ "45/KH-UBND".',
    'Plan number',
    'Number of the plan reported on, e.g. "45/KH-UBND".',
  ),
  path: doc(
    z.string().optional(),
    'Tệp kế hoạch',
    'Đường dẫn tương đối tới tệp YAML của kế hoạch (trong cùng không gian làm việc).',
    'Plan file',
    'Relative path to the plan YAML file (inside the workspace).',
  ),
});

const datesSchema = z.strictObject({
  from: doc(dateSchema, 'Từ ngày', 'Ngày đầu.', 'From', 'First day.'),
  to: doc(dateSchema, 'Đến ngày', 'Ngày cuối.', 'To', 'Last day.'),
  text: doc(z.string().optional(), 'Cách ghi', 'Như văn bản ghi.', 'Wording', 'As written.'),
});

export const reportPeriodSchema = doc(
  z.union([z.string().min(1), datesSchema]),
  'Kỳ báo cáo',
  'Kỳ báo cáo: "Tháng 3/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", hoặc các ngày của một báo cáo đột xuất ({ from, to }).',
  'Reporting period',
  'The period reported on: a month, a quarter, a half-year or a year as written ("Quý I/2026"), or the dates of an ad hoc report ({ from, to }).',
);

export const figureSchema = z.strictObject({
  value: doc(z.number(), 'Số liệu', 'Con số đạt được trong kỳ (hoặc lũy kế, nếu ghi rõ).', 'Value', 'The figure reached.'),
  unit: doc(
    z.string().optional(),
    'Đơn vị tính',
    'Đơn vị tính, phải trùng đơn vị của chỉ tiêu: "%", "điểm", "tin/bài"...',
    'Unit',
    'Unit of measure, the same as the target\'s: "%", "điểm", "tin/bài"...',
  ),
  of: doc(
    z.string().optional(),
    'Đếm cái gì',
    'Cái được đếm, ví dụ "hồ sơ được nộp trực tuyến".',
    'Counts',
    'What is counted, e.g. "applications filed online".',
  ),
  target: doc(
    z.string().optional(),
    'Chỉ tiêu',
    'Mã chỉ tiêu của kế hoạch mà số liệu này đo (khi khác chỉ tiêu của nhiệm vụ).',
    'Target',
    'Id of the plan target this figure measures (when not the task\'s own).',
  ),
  cumulative: doc(
    z.boolean().optional(),
    'Lũy kế',
    'true: số liệu lũy kế từ đầu năm (hoặc đầu kỳ kế hoạch), không chỉ trong kỳ báo cáo.',
    'Cumulative',
    'true: the figure counts from the start of the year (or plan period), not only this period.',
  ),
  note: doc(z.string().optional(), 'Ghi chú', 'Ghi chú về cách tính.', 'Note', 'How it was counted.'),
});

export const evidenceSchema = z.strictObject({
  ref: doc(
    z.string().optional(),
    'Số, ký hiệu văn bản',
    'Số, ký hiệu của văn bản chứng minh, ví dụ "12/QĐ-UBND".',
    'Document number',
    'Number of the supporting document, e.g. "12/QĐ-UBND".',
  ),
  type: doc(z.string().optional(), 'Loại văn bản', 'Quyết định, Kế hoạch, Công văn...', 'Document type', 'Quyết định, Kế hoạch, Công văn...'),
  date: doc(dateSchema.optional(), 'Ngày', 'Ngày của văn bản.', 'Date', 'Date of the document.'),
  title: doc(z.string().optional(), 'Trích yếu', 'Trích yếu hoặc mô tả.', 'Title', 'What it is.'),
  url: doc(z.string().optional(), 'Đường dẫn', 'Địa chỉ trên mạng (Cổng thông tin, hệ thống quản lý văn bản).', 'Link', 'Where it can be read online.'),
});

export const reportResultSchema = z.strictObject({
  task: doc(
    taskIdSchema.optional(),
    'Nhiệm vụ',
    'Mã nhiệm vụ (hoặc nhóm nhiệm vụ) của kế hoạch được báo cáo.',
    'Task',
    'Id of the task (or task group) of the plan reported on.',
  ),
  target: doc(
    z.string().optional(),
    'Chỉ tiêu',
    'Mã chỉ tiêu của kế hoạch, khi báo cáo theo chỉ tiêu thay vì nhiệm vụ.',
    'Target',
    'Id of a plan target, when reporting on a target rather than a task.',
  ),
  status: doc(
    z.enum(REPORT_STATUSES).optional(),
    'Tình trạng',
    'Một trong: "chưa triển khai", "đang thực hiện", "hoàn thành", "hoàn thành quá hạn", "không thực hiện" (kèm lý do).',
    'Status',
    'One of: "chưa triển khai" (not started), "đang thực hiện" (in progress), "hoàn thành" (done), "hoàn thành quá hạn" (done late), "không thực hiện" (not done, with a reason).',
  ),
  completed: doc(dateSchema.optional(), 'Ngày hoàn thành', 'Ngày hoàn thành nhiệm vụ.', 'Completed on', 'The day the task was completed.'),
  reason: doc(
    z.string().optional(),
    'Lý do',
    'Lý do không thực hiện, hoặc lý do chưa xong khi đã quá hạn.',
    'Reason',
    'Why the task is not done, or still open past its deadline.',
  ),
  done: doc(paragraphsOrText.optional(), 'Kết quả thực hiện', 'Những việc đã làm trong kỳ.', 'What was done', 'What was done in the period.'),
  figures: doc(z.array(figureSchema).optional(), 'Số liệu', 'Số liệu đạt được so với chỉ tiêu.', 'Figures', 'Figures reached against the targets.'),
  evidence: doc(
    z.array(evidenceSchema).optional(),
    'Minh chứng',
    'Văn bản, đường dẫn chứng minh kết quả.',
    'Evidence',
    'Documents and links that show the result.',
  ),
  difficulties: doc(paragraphsOrText.optional(), 'Khó khăn, vướng mắc', 'Khó khăn, vướng mắc của nhiệm vụ.', 'Difficulties', 'Problems met.'),
  proposals: doc(paragraphsOrText.optional(), 'Đề xuất, kiến nghị', 'Đề xuất, kiến nghị về nhiệm vụ.', 'Proposals', 'What is proposed.'),
});

const DOC = {
  kind: ['Loại tệp', 'Luôn là `report` với tệp báo cáo.', 'File kind', 'Always `report` for a report file.'],
} as const;

export const reportShape = {
  kind: doc(z.literal('report'), ...DOC.kind),
  registry: doc(
    z.union([z.string(), z.array(z.string())]).optional(),
    'Danh mục cơ quan',
    'Đường dẫn (tương đối) tới tệp danh mục cơ quan dùng cho báo cáo.',
    'Agency registry',
    'Relative path(s) to the agency registry file(s) this report uses.',
  ),
  agencies: doc(z.array(agencyEntrySchema).optional(), 'Cơ quan bổ sung', 'Cơ quan riêng của báo cáo.', 'Local agencies', 'Agencies specific to this report.'),
  reporter: doc(reporterSchema, 'Cơ quan báo cáo', 'Cơ quan (hoặc UBND cấp dưới) gửi báo cáo.', 'Reporter', 'The body (or lower committee) sending the report.'),
  plan: doc(
    reportPlanRefSchema,
    'Kế hoạch được báo cáo',
    'Kế hoạch mà báo cáo này báo cáo kết quả thực hiện: số (ref) và/hoặc tệp (path).',
    'Plan',
    'The plan this report reports on: its number (ref) and/or file (path).',
  ),
  number: doc(z.string().optional(), 'Số, ký hiệu', 'Số, ký hiệu của báo cáo, ví dụ "15/BC-UBND".', 'Number', 'Report number, e.g. "15/BC-UBND".'),
  place: doc(z.string().optional(), 'Địa danh', 'Địa danh ghi trước ngày tháng.', 'Place', 'Place name before the date.'),
  date: doc(dateSchema.optional(), 'Ngày báo cáo', 'Ngày ký báo cáo.', 'Date', 'Date the report is signed.'),
  sent: doc(
    dateSchema.optional(),
    'Ngày gửi',
    'Ngày báo cáo được gửi đi (khi khác ngày ký); hạn báo cáo được so với ngày này.',
    'Sent on',
    'The day the report was sent (when not the day it was signed); the deadline is checked against it.',
  ),
  period: reportPeriodSchema,
  cutoff: doc(
    datesSchema.optional(),
    'Thời gian chốt số liệu',
    'Thời gian chốt số liệu; bỏ trống thì theo Điều 12 Nghị định 09/2019/NĐ-CP (quý I: từ 15/12 năm trước đến 14/3).',
    'Cut-off',
    'The data cut-off dates; by default those of Article 12 of Decree 09/2019/NĐ-CP (Q1: 15 December of the year before to 14 March).',
  ),
  deadline: doc(
    timeframeSchema.optional(),
    'Hạn gửi báo cáo',
    'Hạn gửi báo cáo; bỏ trống thì lấy hạn của đường báo cáo trong kế hoạch.',
    'Deadline',
    "The report's deadline; by default the one the plan's report path sets.",
  ),
  to: doc(agencyListSchema.optional(), 'Gửi', 'Cơ quan nhận báo cáo.', 'To', 'Who the report goes to.'),
  via: doc(agencyRefSchema.optional(), 'Qua', 'Cơ quan đầu mối tổng hợp mà báo cáo gửi qua.', 'Via', 'The body that compiles the reports.'),
  title: doc(z.string().optional(), 'Trích yếu', 'Trích yếu của báo cáo, ví dụ "Kết quả thực hiện Kế hoạch số 45/KH-UBND quý I năm 2026".', 'Title', 'The report title.'),
  summary: doc(paragraphsSchema.optional(), 'Tình hình chung', 'Đánh giá chung về việc thực hiện trong kỳ.', 'Summary', 'General assessment of the period.'),
  results: doc(
    z.array(reportResultSchema).optional(),
    'Kết quả thực hiện',
    'Kết quả theo từng nhiệm vụ (hoặc nhóm nhiệm vụ, chỉ tiêu) của kế hoạch: tình trạng, việc đã làm, số liệu, minh chứng.',
    'Results',
    'Results per task (or group, or target) of the plan: status, what was done, figures, evidence.',
  ),
  difficulties: doc(paragraphsSchema.optional(), 'Khó khăn, vướng mắc', 'Khó khăn, vướng mắc chung.', 'Difficulties', 'Problems met overall.'),
  proposals: doc(paragraphsSchema.optional(), 'Đề xuất, kiến nghị', 'Đề xuất, kiến nghị chung.', 'Proposals', 'Proposals overall.'),
  signature: doc(signatureSchema.optional(), 'Chữ ký', 'Khối chữ ký.', 'Signature', 'The signature block.'),
  recipients: doc(z.array(recipientSchema).optional(), 'Nơi nhận', 'Nơi nhận (không gồm "Lưu").', 'Recipients', 'Recipients (without "Lưu").'),
  archive: doc(z.array(z.string()).optional(), 'Lưu', 'Nơi lưu văn bản.', 'Filed at', 'Where copies are filed.'),
};

export const reportSchema = z.strictObject(reportShape).meta({
  title: 'Báo cáo',
  description: 'Báo cáo kết quả thực hiện kế hoạch (kehoach).',
  'x-title-en': 'Report',
  'x-description-en': 'A progress report on a plan (kehoach).',
});

/** Top level relaxed, like the plan model: rules still run on a report that misses its period. */
export const reportModelSchema = z.strictObject(reportShape).partial();

export type Report = z.infer<typeof reportSchema>;
export type ReportResult = z.infer<typeof reportResultSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Reporter = z.infer<typeof reporterSchema>;
