import { z } from 'zod';
import { doc } from './doc.js';

/** What kind of body an agency is; drives rules (collectives) and rendering. */
export const AGENCY_KINDS = [
  'people-committee',
  'people-council',
  'office',
  'department',
  'unit',
  'press',
  'mass-organisation',
  'party',
  'central',
  'official',
  'collective',
  'judicial',
  'enterprise',
  'association',
] as const;

/** Kinds of bodies outside a People's Committee's authority: it asks them ("Đề nghị"), it does not assign. */
export const EXTERNAL_KINDS: readonly AgencyKind[] = ['people-council', 'mass-organisation', 'party', 'central', 'judicial', 'enterprise', 'association'];
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type Level = (typeof LEVELS)[number];

export const agencyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-./][a-z0-9]+)*$/, 'agency-id');

export const agencyEntrySchema = z
  .object({
    id: doc(
      agencyIdSchema,
      'Mã cơ quan',
      'Mã định danh ổn định của cơ quan (chữ thường, không dấu, nối bằng gạch ngang), ví dụ `phong-vhtt`.',
      'Agency id',
      'Stable agency identifier (lowercase ASCII, dash-separated), e.g. `phong-vhtt`.',
    ),
    name: doc(
      z.string().min(1),
      'Tên chính thức',
      'Tên chính thức của cơ quan, đơn vị, ví dụ "Phòng Văn hóa và Thông tin".',
      'Official name',
      'Official name of the agency, e.g. "Phòng Văn hóa và Thông tin".',
    ),
    short: doc(
      z.string().min(1).optional(),
      'Tên viết tắt',
      'Tên ngắn dùng trong văn bản, ví dụ "Phòng VH&TT".',
      'Short name',
      'Short name used in documents, e.g. "Phòng VH&TT".',
    ),
    aliases: doc(
      z.array(z.string().min(1)).optional(),
      'Tên gọi khác',
      'Các cách viết khác của tên cơ quan mà văn bản thực tế dùng.',
      'Aliases',
      'Other spellings of the name that real documents use.',
    ),
    kind: doc(
      z.enum(AGENCY_KINDS),
      'Loại cơ quan',
      'Loại: people-committee (UBND), people-council (HĐND), office (văn phòng), department (sở, phòng), unit (đơn vị sự nghiệp), press (báo, đài), mass-organisation (Mặt trận, đoàn thể), party (cơ quan Đảng), central (cơ quan Trung ương), official (chức danh công chức), collective (nhóm như "UBND các xã, thị trấn"), judicial (tòa án, viện kiểm sát), enterprise (doanh nghiệp), association (hội, hiệp hội).',
      'Kind',
      'Kind: people-committee, people-council, office, department, unit, press, mass-organisation, party, central, official, collective (a group such as "UBND các xã, thị trấn"), judicial (courts, procuracies), enterprise, association.',
    ),
    level: doc(
      z.enum(LEVELS).optional(),
      'Cấp',
      'Cấp hành chính của cơ quan (với nhóm: cấp của các thành viên), dùng để biết nhiệm vụ nào giao cho cấp dưới.',
      'Level',
      'Administrative level of the agency (for a collective: of its members); tells which tasks are assigned to a lower level.',
    ),
    validFrom: doc(
      z.string().optional(),
      'Hiệu lực từ',
      'Ngày cơ quan bắt đầu tồn tại với tên này (dd/mm/yyyy hoặc yyyy-mm-dd).',
      'Valid from',
      'Date from which the agency exists under this name.',
    ),
    validTo: doc(
      z.string().optional(),
      'Hiệu lực đến',
      'Ngày cuối cùng cơ quan tồn tại với tên này (ví dụ trước khi hợp nhất).',
      'Valid to',
      'Last day the agency exists under this name (e.g. before a merger).',
    ),
    external: doc(
      z.boolean().optional(),
      'Ngoài thẩm quyền',
      'Cơ quan không thuộc quyền chỉ đạo của cơ quan ban hành (Mặt trận, đoàn thể, tòa án, viện kiểm sát, cơ quan Đảng, doanh nghiệp): kế hoạch "đề nghị" chứ không "giao". Bỏ trống thì suy từ loại cơ quan.',
      'Outside the authority',
      'A body the issuer cannot direct (Fatherland Front, unions, courts, procuracies, party bodies, enterprises): plans ask it ("Đề nghị"), they do not assign. When absent, follows from the kind.',
    ),
    members: doc(
      z.array(agencyIdSchema).optional(),
      'Thành viên',
      'Với nhóm cơ quan (kind: collective): mã các cơ quan thuộc nhóm. Báo cáo hay nhiệm vụ ghi cho nhóm là ghi cho mọi thành viên.',
      'Members',
      'For a group of agencies (kind: collective): ids of its members. A report path or duty stated for the group covers every member.',
    ),
    memberKinds: doc(
      z.array(z.enum(AGENCY_KINDS)).optional(),
      'Loại thành viên',
      'Với nhóm cơ quan: mọi cơ quan thuộc các loại này (và cùng cấp `level` nếu có) là thành viên, ví dụ "Các sở, ban, ngành tỉnh" = [department].',
      'Member kinds',
      'For a group of agencies: every agency of these kinds (and of its `level`, when set) is a member, e.g. "Các sở, ban, ngành tỉnh" = [department].',
    ),
    successor: doc(
      agencyIdSchema.optional(),
      'Cơ quan kế thừa',
      'Mã của cơ quan tiếp nhận chức năng sau khi cơ quan này giải thể hoặc hợp nhất.',
      'Successor',
      'Id of the agency that took over after this one was merged or dissolved.',
    ),
  })
  .strict();

export type AgencyEntry = z.infer<typeof agencyEntrySchema>;

export const registrySchema = z
  .object({
    kind: doc(
      z.literal('registry'),
      'Loại tệp',
      'Luôn là `registry` với tệp danh mục cơ quan.',
      'File kind',
      'Always `registry` for an agency registry file.',
    ),
    id: doc(
      z.string().optional(),
      'Mã danh mục',
      'Tên của danh mục cơ quan.',
      'Registry id',
      'Name of this agency registry.',
    ),
    agencies: doc(
      z.array(agencyEntrySchema),
      'Danh mục cơ quan',
      'Danh sách cơ quan, đơn vị mà kế hoạch có thể giao nhiệm vụ.',
      'Agencies',
      'The agencies plans may assign tasks to.',
    ),
  })
  .strict();

export type RegistryFile = z.infer<typeof registrySchema>;
