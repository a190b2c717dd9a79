import { z } from 'zod';
import { doc } from './doc.js';
import {
  agencyListSchema,
  agencyRefSchema,
  dateSchema,
  paragraphsSchema,
  quantitySchema,
  reportPathSchema,
  timeframeSchema,
} from './common.js';
import { agencyEntrySchema, LEVELS } from './registry.js';
import { dutySchema, taskSchema } from './task.js';
import { ruleSettingsSchema } from './rule-settings.js';
import { layoutSchema } from './layout.js';
import { appendixSchema, footnoteSchema, itemSchema } from './body.js';
import { planLabelsSchema } from './labels.js';

export const LEGAL_VERBS = ['can-cu', 'thuc-hien', 'trien-khai', 'theo-de-nghi', 'xet-de-nghi'] as const;
export type LegalVerb = (typeof LEGAL_VERBS)[number];

export const legalBasisObjectSchema = z.strictObject({
  ref: doc(
    z.string().optional(),
    'Số, ký hiệu',
    'Số và ký hiệu văn bản: "84/KH-UBND", "61/2018/NĐ-CP", "186-KH/HU".',
    'Number',
    'Document number and code: "84/KH-UBND", "61/2018/NĐ-CP", "186-KH/HU".',
  ),
  type: doc(
    z.string().optional(),
    'Loại văn bản',
    'Tên loại văn bản: Quyết định, Kế hoạch, Nghị quyết, Chỉ thị...',
    'Document type',
    'Type of document: Quyết định, Kế hoạch, Nghị quyết, Chỉ thị...',
  ),
  date: doc(dateSchema.optional(), 'Ngày ban hành', 'Ngày ban hành văn bản.', 'Date', 'Date the document was issued.'),
  issuer: doc(
    z.string().optional(),
    'Cơ quan ban hành',
    'Cơ quan ban hành, ví dụ "UBND tỉnh Quảng Ngãi".',
    'Issuer',
    'Issuing body, e.g. "UBND tỉnh Quảng Ngãi".',
  ),
  summary: doc(
    z.string().optional(),
    'Trích yếu',
    'Trích yếu nội dung văn bản.',
    'Summary',
    'What the document is about.',
  ),
  verb: doc(
    z.enum(LEGAL_VERBS).optional(),
    'Cách dẫn',
    '`can-cu` cho "Căn cứ", `thuc-hien` cho "Thực hiện", `trien-khai` cho "Triển khai", `theo-de-nghi` cho "Theo đề nghị của ... tại Tờ trình số ...", `xet-de-nghi` cho "Xét đề nghị của ...".',
    'Citation verb',
    '`can-cu` for "Căn cứ" (pursuant to), `thuc-hien` for "Thực hiện" (implementing), `trien-khai` for "Triển khai", `theo-de-nghi` for "Theo đề nghị của ... tại Tờ trình số ...", `xet-de-nghi` for "Xét đề nghị của ...".',
  ),
  proposer: doc(
    z.string().optional(),
    'Cơ quan đề nghị',
    'Với "Theo đề nghị của ...": cơ quan (hoặc người) đề nghị, ví dụ "Giám đốc Sở Tài chính".',
    'Proposed by',
    'For "Theo đề nghị của ...": who proposed, e.g. "Giám đốc Sở Tài chính".',
  ),
  text: doc(
    z.string().optional(),
    'Cách ghi',
    'Căn cứ ghi bằng lời khi văn bản không có số (ví dụ "Kế hoạch chuyển đổi số huyện Bình Sơn năm 2024").',
    'Wording',
    'A basis written in words when the document has no number.',
  ),
});

/**
 * A legal basis: the citation as written ("Căn cứ Luật ... ngày 16 tháng 6 năm 2025;"),
 * whose numbers and dates the rules read out of it, or the same facts as fields.
 */
export const legalBasisSchema = z.union([z.string().min(1), legalBasisObjectSchema]);

export type LegalBasisObject = z.infer<typeof legalBasisObjectSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const issuerSchema = z.strictObject({
  name: doc(
    z.string().min(1),
    'Tên cơ quan ban hành',
    'Tên đầy đủ của cơ quan ban hành, ví dụ "Ủy ban nhân dân huyện Bình Sơn".',
    'Issuer name',
    'Full name of the issuing body, e.g. "Ủy ban nhân dân huyện Bình Sơn".',
  ),
  agency: doc(
    agencyRefSchema.optional(),
    'Mã trong danh mục',
    'Cơ quan ban hành trong danh mục cơ quan (để nhận biết "UBND huyện" trong nhiệm vụ và báo cáo).',
    'Registry entry',
    'The issuer in the agency registry (so "UBND huyện" in tasks and reports resolves to it).',
  ),
  level: doc(
    z.enum(LEVELS),
    'Cấp',
    'Cấp hành chính: province (tỉnh), district (huyện, trước 01/7/2025), commune (xã, phường, đặc khu), central.',
    'Level',
    'Government level: province, district (before 1 July 2025), commune, central.',
  ),
  parent: doc(
    z.string().optional(),
    'Cơ quan chủ quản',
    'Cơ quan cấp trên trực tiếp, ghi ở dòng đầu của phần tiêu đề (ví dụ "UBND tỉnh Quảng Ngãi").',
    'Governing body',
    'The direct superior body, the first header line (e.g. "UBND tỉnh Quảng Ngãi").',
  ),
  code: doc(
    z.string().optional(),
    'Ký hiệu cơ quan',
    'Chữ viết tắt của cơ quan trong ký hiệu văn bản, ví dụ "UBND" trong "84/KH-UBND".',
    'Issuer code',
    'The issuer abbreviation used in document numbers, e.g. "UBND" in "84/KH-UBND".',
  ),
});

export const AUTHORITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const capacityLineSchema = z.strictObject({
  authority: doc(
    z.enum(AUTHORITIES),
    'Thẩm quyền ký',
    'TM. (thay mặt tập thể), KT. (ký thay người đứng đầu), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền).',
    'Signing authority',
    'TM. (on behalf of the collective), KT. (signing for the head), Q. (acting), TL., TUQ.',
  ),
  for: doc(z.string().min(1), 'Thay mặt / ký thay cho', 'Phần sau TM./KT.: "Ủy ban nhân dân", "Chủ tịch".', 'On behalf of', 'What follows TM./KT.: "Ủy ban nhân dân", "Chủ tịch".'),
});

export const signatureSchema = z.strictObject({
  chain: doc(
    z.array(capacityLineSchema).min(1).optional(),
    'Các dòng thẩm quyền',
    'Các dòng thẩm quyền ký từ trên xuống theo Nghị định 30: ví dụ TM. Ủy ban nhân dân, rồi KT. Chủ tịch. Bỏ trống khi người đứng đầu ký trực tiếp.',
    'Capacity lines',
    'The signing-authority lines, top to bottom, per Decree 30: e.g. TM. Ủy ban nhân dân, then KT. Chủ tịch. Empty when the head signs directly.',
  ),
  authority: doc(
    z.enum(AUTHORITIES).optional(),
    'Thẩm quyền ký',
    'TM. (thay mặt tập thể), KT. (ký thay người đứng đầu), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền); bỏ trống khi người đứng đầu ký.',
    'Signing authority',
    'TM. (on behalf of the collective), KT. (signing for the head), Q. (acting), TL., TUQ.; empty when the head signs.',
  ),
  for: doc(
    z.string().optional(),
    'Thay mặt / ký thay cho',
    'Dòng sau TM./KT.: "Ủy ban nhân dân", "Chủ tịch".',
    'On behalf of',
    'The line after TM./KT.: "Ủy ban nhân dân", "Chủ tịch".',
  ),
  capacity: doc(
    z.string().optional(),
    'Chức vụ',
    'Chức vụ người ký: "Chủ tịch", "Phó Chủ tịch".',
    'Capacity',
    "Signer's title: \"Chủ tịch\", \"Phó Chủ tịch\".",
  ),
  name: doc(z.string().optional(), 'Họ tên', 'Họ và tên người ký.', 'Name', "Signer's full name."),
});

export const recipientSchema = z.union([
  z.string(),
  z.strictObject({
    name: doc(z.string(), 'Nơi nhận', 'Tên nơi nhận như văn bản ghi.', 'Recipient', 'Recipient as written.'),
    agency: doc(agencyRefSchema.optional(), 'Mã cơ quan', 'Cơ quan trong danh mục.', 'Agency', 'Registry agency.'),
    purpose: doc(
      z.string().optional(),
      'Để',
      'Mục đích gửi, ví dụ "b/c" (để báo cáo), "t/h" (để thực hiện).',
      'Purpose',
      'Why it is sent, e.g. "b/c" (for report), "t/h" (to implement).',
    ),
  }),
]);

export const decisionSchema = z.strictObject({
  number: doc(z.string().optional(), 'Số, ký hiệu', 'Số, ký hiệu của Quyết định, ví dụ "2853/QĐ-UBND".', 'Number', 'Decision number, e.g. "2853/QĐ-UBND".'),
  date: doc(dateSchema.optional(), 'Ngày ban hành', 'Ngày ký Quyết định.', 'Date', 'Date the decision is signed.'),
  place: doc(z.string().optional(), 'Địa danh', 'Địa danh ghi trước ngày tháng.', 'Place', 'Place name before the date.'),
  title: doc(z.string().optional(), 'Trích yếu', 'Trích yếu của Quyết định, ví dụ "Ban hành Kế hoạch ...".', 'Title', 'The decision title.'),
  authority: doc(
    z.string().optional(),
    'Thẩm quyền ban hành',
    'Dòng thẩm quyền trên phần căn cứ, ví dụ "ỦY BAN NHÂN DÂN TỈNH ..." hoặc "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...".',
    'Issuing authority',
    'The authority line above the bases, e.g. "ỦY BAN NHÂN DÂN TỈNH ..." or "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...".',
  ),
  legalBases: doc(z.array(legalBasisSchema).optional(), 'Căn cứ', 'Căn cứ của Quyết định.', 'Legal bases', 'The decision\'s legal bases.'),
  articles: doc(
    paragraphsSchema.optional(),
    'Các điều',
    'Các điều của Quyết định theo thứ tự ("Điều 1.", "Điều 2." được đánh số theo vị trí).',
    'Articles',
    'The articles in order ("Điều 1.", "Điều 2." are numbered by position).',
  ),
  signature: doc(signatureSchema.optional(), 'Chữ ký', 'Khối chữ ký của Quyết định.', 'Signature', 'The decision\'s signature block.'),
  recipients: doc(z.array(recipientSchema).optional(), 'Nơi nhận', 'Nơi nhận của Quyết định (không gồm "Lưu").', 'Recipients', 'Recipients of the decision (without "Lưu").'),
  archive: doc(z.array(z.string()).optional(), 'Lưu', 'Nơi lưu Quyết định.', 'Filed at', 'Where copies of the decision are filed.'),
});

export type Decision = z.infer<typeof decisionSchema>;

const yearOrDate = z.union([z.number().int().min(1945).max(2200), dateSchema]);

export const periodSchema = z.strictObject({
  from: doc(yearOrDate, 'Từ', 'Năm (2026) hoặc ngày (15/11/2025) bắt đầu.', 'From', 'First year (2026) or first day (15/11/2025).'),
  to: doc(yearOrDate, 'Đến', 'Năm (2030) hoặc ngày (31/12/2025) kết thúc.', 'To', 'Last year (2030) or last day (31/12/2025).'),
  text: doc(z.string().optional(), 'Cách ghi', 'Kỳ như văn bản ghi, ví dụ "giai đoạn 2026 - 2030".', 'Wording', 'The period as written, e.g. "giai đoạn 2026 - 2030".'),
});

export type Period = z.infer<typeof periodSchema>;

const PLAN_KEYS_DOC = {
  kind: ['Loại tệp', 'Luôn là `plan` với tệp kế hoạch.', 'File kind', 'Always `plan` for a plan file.'],
} as const;

export const targetSchema = quantitySchema.extend({
  id: doc(z.string().optional(), 'Mã chỉ tiêu', 'Mã ổn định của chỉ tiêu.', 'Target id', 'Stable target id.'),
  lead: doc(agencyListSchema.optional(), 'Cơ quan chủ trì', 'Cơ quan chịu trách nhiệm chỉ tiêu.', 'Lead agency', 'The agency answerable for the target.'),
  timeframe: timeframeSchema.optional(),
});

const idList = z.array(z.string());

export const patchSchema = z.strictObject({
  tasks: doc(z.record(z.string(), taskSchema.partial()).optional(), 'Sửa nhiệm vụ', 'Sửa các trường của nhiệm vụ kế thừa, theo mã.', 'Patch tasks', 'Change fields of inherited tasks, by id.'),
  duties: doc(z.record(z.string(), dutySchema.partial()).optional(), 'Sửa mục tổ chức thực hiện', 'Sửa các mục "Tổ chức thực hiện" kế thừa, theo mã.', 'Patch duties', 'Change inherited duty sections, by id.'),
  agencies: doc(z.record(z.string(), agencyEntrySchema.partial()).optional(), 'Sửa cơ quan', 'Sửa cơ quan kế thừa (ví dụ đổi tên; tên cũ vẫn được nhận), theo mã.', 'Patch agencies', 'Change inherited agencies (e.g. rename; the old name keeps resolving), by id.'),
  targets: doc(z.record(z.string(), targetSchema.partial()).optional(), 'Sửa chỉ tiêu', 'Sửa chỉ tiêu kế thừa, theo mã.', 'Patch targets', 'Change inherited targets, by id.'),
});

export const removeSchema = z.strictObject({
  tasks: doc(idList.optional(), 'Bỏ nhiệm vụ', 'Mã các nhiệm vụ kế thừa cần bỏ.', 'Remove tasks', 'Ids of inherited tasks to drop.'),
  duties: doc(idList.optional(), 'Bỏ mục', 'Mã các mục "Tổ chức thực hiện" kế thừa cần bỏ.', 'Remove duties', 'Ids of inherited duty sections to drop.'),
  agencies: doc(idList.optional(), 'Bỏ cơ quan', 'Mã các cơ quan kế thừa cần bỏ.', 'Remove agencies', 'Ids of inherited agencies to drop.'),
  targets: doc(idList.optional(), 'Bỏ chỉ tiêu', 'Mã các chỉ tiêu kế thừa cần bỏ.', 'Remove targets', 'Ids of inherited targets to drop.'),
});

/** Keys that make a file a layer over a template. */
export const overlayShape = {
  extends: doc(
    z.string().optional(),
    'Kế thừa mẫu',
    'Mẫu kế hoạch được kế thừa: tên gói npm kèm phiên bản ("@kehoach/template-commune@^1.0.0") hoặc đường dẫn tương đối tới tệp mẫu.',
    'Extends',
    'The template this file builds on: an npm package with a version range ("@kehoach/template-commune@^1.0.0") or a relative path to a template file.',
  ),
  patch: doc(
    patchSchema.optional(),
    'Sửa mục kế thừa',
    'Sửa các mục kế thừa từ mẫu, theo mã: nhiệm vụ, mục tổ chức thực hiện, cơ quan, chỉ tiêu.',
    'Patch',
    'Changes to inherited items, by id: tasks, duty sections, agencies, targets.',
  ),
  remove: doc(
    removeSchema.optional(),
    'Bỏ mục kế thừa',
    'Các mục kế thừa từ mẫu cần bỏ, theo mã.',
    'Remove',
    'Inherited items to drop, by id.',
  ),
};

export const planShape = {
  kind: doc(z.literal('plan'), ...PLAN_KEYS_DOC.kind),
  ...overlayShape,
  registry: doc(
    z.union([z.string(), z.array(z.string())]).optional(),
    'Danh mục cơ quan',
    'Đường dẫn (tương đối) tới tệp danh mục cơ quan dùng cho kế hoạch.',
    'Agency registry',
    'Relative path(s) to the agency registry file(s) this plan uses.',
  ),
  agencies: doc(
    z.array(agencyEntrySchema).optional(),
    'Cơ quan bổ sung',
    'Cơ quan riêng của kế hoạch, bổ sung vào danh mục.',
    'Local agencies',
    'Agencies specific to this plan, added to the registry.',
  ),
  rules: doc(
    ruleSettingsSchema.optional(),
    'Quy tắc',
    'Mức độ của các quy tắc kiểm tra cho riêng kế hoạch này (off, info, warn, error).',
    'Rules',
    'Rule severities for this plan only (off, info, warn, error).',
  ),
  issuer: doc(issuerSchema, 'Cơ quan ban hành', 'Cơ quan ban hành kế hoạch.', 'Issuer', 'The body issuing the plan.'),
  number: doc(
    z.string().optional(),
    'Số, ký hiệu',
    'Số, ký hiệu của kế hoạch, ví dụ "84/KH-UBND"; để trống trước khi ban hành.',
    'Number',
    'Plan number, e.g. "84/KH-UBND"; empty before issuance.',
  ),
  place: doc(z.string().optional(), 'Địa danh', 'Địa danh ghi trước ngày tháng, ví dụ "Bình Sơn".', 'Place', 'Place name before the date.'),
  date: doc(dateSchema.optional(), 'Ngày ban hành', 'Ngày ký ban hành kế hoạch.', 'Date', 'Date the plan is signed.'),
  year: doc(
    z.number().int().min(1945).max(2200).optional(),
    'Năm kế hoạch',
    'Năm của kế hoạch; thời gian các nhiệm vụ phải nằm trong năm này. Kế hoạch nhiều năm ghi `period`.',
    'Plan year',
    'The year the plan covers; task timeframes must fall inside it. A plan over several years states `period`.',
  ),
  period: doc(
    periodSchema.optional(),
    'Kỳ kế hoạch',
    'Kỳ của kế hoạch khi không trọn một năm: nhiều năm ({ from: 2026, to: 2030 }) hoặc một phần năm ({ from: 15/11/2025, to: 31/12/2025 }).',
    'Plan period',
    'The period the plan covers when it is not one calendar year: several years ({ from: 2026, to: 2030 }) or part of a year.',
  ),
  title: doc(
    z.string().min(1),
    'Trích yếu',
    'Tên (trích yếu) của kế hoạch, ví dụ "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn".',
    'Title',
    'Plan title (summary line).',
  ),
  legalBases: doc(
    z.array(legalBasisSchema).optional(),
    'Căn cứ',
    'Các văn bản làm căn cứ ("Căn cứ...", "Thực hiện...").',
    'Legal bases',
    'Documents the plan is based on ("Căn cứ...", "Thực hiện...").',
  ),
  parent: doc(
    z
      .strictObject({
        ref: doc(z.string(), 'Số kế hoạch cấp trên', 'Số, ký hiệu kế hoạch cấp trên, ví dụ "07/KH-UBND".', 'Parent number', 'Number of the parent plan.'),
        issuer: doc(z.string().optional(), 'Cơ quan ban hành', 'Cơ quan ban hành kế hoạch cấp trên.', 'Issuer', 'Issuer of the parent plan.'),
        path: doc(
          z.string().optional(),
          'Tệp kế hoạch cấp trên',
          'Đường dẫn tương đối tới tệp YAML của kế hoạch cấp trên (trong cùng không gian làm việc).',
          'Parent file',
          'Relative path to the parent plan YAML file (inside the workspace).',
        ),
      })
      .optional(),
    'Kế hoạch cấp trên',
    'Kế hoạch cấp trên mà kế hoạch này thực hiện.',
    'Parent plan',
    'The higher-level plan this plan implements.',
  ),
  preamble: doc(
    z.string().optional(),
    'Lời mở đầu',
    'Câu dẫn sau phần căn cứ, ví dụ "Ủy ban nhân dân tỉnh xây dựng Kế hoạch ... như sau:".',
    'Preamble',
    'The sentence after the legal bases.',
  ),
  objectives: doc(paragraphsSchema.optional(), 'Mục đích', 'Mục đích của kế hoạch.', 'Objectives', 'Purposes of the plan.'),
  requirements: doc(paragraphsSchema.optional(), 'Yêu cầu', 'Yêu cầu đối với việc thực hiện.', 'Requirements', 'Requirements for implementation.'),
  audiences: doc(paragraphsSchema.optional(), 'Đối tượng', 'Đối tượng của kế hoạch.', 'Audiences', 'Who the plan addresses.'),
  targets: doc(
    z.array(targetSchema).optional(),
    'Chỉ tiêu',
    'Các chỉ tiêu đo được, ví dụ "100% TTHC được niêm yết".',
    'Targets',
    'Measurable targets, e.g. "100% of procedures published".',
  ),
  content: doc(paragraphsSchema.optional(), 'Nội dung', 'Các nội dung (chủ đề) của kế hoạch.', 'Content', 'Content topics.'),
  forms: doc(
    paragraphsSchema.optional(),
    'Hình thức',
    'Hình thức thực hiện viết bằng lời (khi không chia thành nhiệm vụ).',
    'Forms',
    'Forms of delivery written as prose (when not split into tasks).',
  ),
  tasks: doc(
    z.array(taskSchema).optional(),
    'Nhiệm vụ',
    'Các nhiệm vụ cụ thể, mỗi nhiệm vụ có cơ quan chủ trì, thời gian và đường báo cáo.',
    'Tasks',
    'Concrete tasks, each with a lead agency, a timeframe and a report path.',
  ),
  budget: doc(
    z.union([z.string(), paragraphsSchema]).optional(),
    'Kinh phí',
    'Nguồn kinh phí thực hiện.',
    'Budget',
    'How the plan is funded.',
  ),
  timeframe: timeframeSchema.optional(),
  duties: doc(
    z.array(dutySchema).optional(),
    'Tổ chức thực hiện',
    'Trách nhiệm của từng cơ quan (mục "Tổ chức thực hiện").',
    'Duties',
    'Responsibilities per agency (the "Tổ chức thực hiện" section).',
  ),
  reporting: doc(
    z.array(reportPathSchema).optional(),
    'Chế độ báo cáo',
    'Ai báo cáo, cho ai, qua ai, hạn hoặc định kỳ; áp dụng cho các nhiệm vụ không ghi báo cáo riêng.',
    'Reporting',
    'Who reports to whom, via whom, by when or how often; applies to tasks without their own report path.',
  ),
  sections: doc(
    z.array(itemSchema).optional(),
    'Các phần của kế hoạch',
    'Thân văn bản theo đúng thứ tự văn bản ghi: các mục (heading + items), đoạn văn, nhiệm vụ và nhóm nhiệm vụ, chỉ tiêu, báo cáo, bảng (xem docs/plan-format.md). Thay cho objectives, requirements, content, tasks, duties...',
    'Sections',
    'The body in the order the document gives it: headings with their items, paragraphs, tasks and task groups, targets, report paths, tables (see docs/plan-format.md). Instead of objectives, requirements, content, tasks, duties...',
  ),
  labels: planLabelsSchema,
  appendices: doc(
    z.array(appendixSchema).optional(),
    'Phụ lục',
    'Các phụ lục kèm theo kế hoạch: bảng nhiệm vụ (mỗi dòng là một nhiệm vụ), bảng chỉ tiêu, bảng số liệu.',
    'Appendices',
    'Appendices: task tables (each row a task), target tables, data tables.',
  ),
  footnotes: doc(
    z.array(footnoteSchema).optional(),
    'Chú thích',
    'Chú thích cuối trang; văn bản gọi chú thích "1" bằng [^1].',
    'Footnotes',
    'Footnotes; the text refers to footnote "1" as [^1].',
  ),
  decision: doc(
    decisionSchema.optional(),
    'Quyết định ban hành',
    'Khi kế hoạch được ban hành kèm theo một Quyết định: số, ngày, trích yếu, căn cứ, các điều, chữ ký và nơi nhận của Quyết định.',
    'Issuing decision',
    'When the plan is issued by a decision ("Quyết định ... ban hành kèm theo Kế hoạch"): its number, date, title, bases, articles, signature and recipients.',
  ),
  closing: doc(
    z.string().optional(),
    'Đoạn kết',
    'Đoạn kết ("Trên đây là Kế hoạch... ./.").',
    'Closing',
    'The closing paragraph.',
  ),
  recipients: doc(
    z.array(recipientSchema).optional(),
    'Nơi nhận',
    'Danh sách nơi nhận (không gồm dòng "Lưu").',
    'Recipients',
    'Recipients (without the "Lưu" line).',
  ),
  archive: doc(
    z.array(z.string()).optional(),
    'Lưu',
    'Nơi lưu văn bản: "VT", và đơn vị soạn thảo.',
    'Filed at',
    'Where copies are filed: "VT" (records office) and the drafting unit.',
  ),
  signature: doc(signatureSchema.optional(), 'Chữ ký', 'Khối chữ ký.', 'Signature', 'The signature block.'),
  layout: doc(
    layoutSchema.optional(),
    'Trình bày',
    'Cách văn bản ban hành ghi tiêu đề các mục và đánh dấu các ý (chỉ dùng khi kết xuất văn bản).',
    'Layout',
    'How the issued document words its headings and marks its points (used only when rendering).',
  ),
};

export const planSchema = z.strictObject(planShape).meta({
  title: 'Kế hoạch',
  description: 'Kế hoạch của cơ quan nhà nước (kehoach).',
  'x-title-en': 'Plan',
  'x-description-en': 'A Vietnamese government action plan (kehoach).',
});

export type Plan = z.infer<typeof planSchema>;
export type Issuer = z.infer<typeof issuerSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Target = z.infer<typeof targetSchema>;
export type CapacityLine = z.infer<typeof capacityLineSchema>;

/**
 * What one layer of an `extends` chain may say: like a plan, but the parameter
 * objects (issuer, signature, parent) may be partial; the merged plan must be whole.
 */
export const layerShape = {
  ...planShape,
  issuer: issuerSchema.partial().optional(),
  signature: signatureSchema.partial().optional(),
  parent: planShape.parent,
  decision: decisionSchema.partial().optional(),
};

export const layerSchema = z.strictObject(layerShape).partial();
