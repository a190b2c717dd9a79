import { fill, type Locale, type MessageData } from '@kehoach/core';
import { CliError } from './errors.js';

/**
 * The words of the template commands (new, fork, resolve, migrate), Vietnamese first.
 * Kept apart from messages.ts so these commands never clash with edits to the others.
 */
const MESSAGES = {
  templateMissing: {
    vi: 'Hãy nêu gói mẫu, ví dụ: kehoach {command} @kehoach/template-commune',
    en: 'Name a template package, e.g. kehoach {command} @kehoach/template-commune',
  },
  badPackage: {
    vi: '"{spec}" không phải tên gói npm (ví dụ "@kehoach/template-province" hoặc "@kehoach/template-province@^1.0.0").',
    en: '"{spec}" is not an npm package name (e.g. "@kehoach/template-province" or "@kehoach/template-province@^1.0.0").',
  },
  notInstalled: {
    vi: 'Chưa cài gói mẫu "{name}" trong {dir}. Cài từ registry có gói này (gói @kehoach chưa có trên registry npm công khai; registry của tỉnh dựng bằng "pnpm release:local", xem README "Một registry cho tỉnh"): {install}',
    en: 'Template package "{name}" is not installed in {dir}. Install it from a registry that has it (@kehoach packages are not on the public npm registry; a province registry is started with "pnpm release:local", see the README, "a registry for your province"): {install}',
  },
  outsideProject: {
    vi: 'Gói "{name}" trỏ tới tệp mẫu {file} nằm ngoài thư mục dự án và ngoài gói npm nên không được đọc (package.json "kehoach.template").',
    en: 'Package "{name}" names template file {file}, which lies outside the project and outside any npm package, so it is not read (package.json "kehoach.template").',
  },
  notATemplatePackage: {
    vi: 'Gói "{name}" không có tệp mẫu {file} (package.json "kehoach.template").',
    en: 'Package "{name}" has no template file {file} (package.json "kehoach.template").',
  },
  nameMissing: {
    vi: 'Hãy nêu tên gói mới: kehoach fork {upstream} --name @tinh-cua-ban/template-xa',
    en: 'Name the new package: kehoach fork {upstream} --name @your-province/template-commune',
  },
  targetExists: {
    vi: '{path} đã có; không ghi đè. Chọn tên hoặc thư mục khác (--dir, -o).',
    en: '{path} already exists; not overwriting it. Choose another name or folder (--dir, -o).',
  },
  forked: {
    vi: 'Đã tạo gói mẫu {name} trong {dir}, kế thừa {upstream}. Sửa {dir}/template.yaml (patch, remove, thêm mục theo mã), rồi phát hành từ thư mục gốc của dự án (package.json có "workspaces" chứa {dir}): {first}{changeset} publish. Mỗi lần sửa sau đó: {changeset} (ghi thay đổi), {changeset} version, {changeset} publish.',
    en: 'Created template package {name} in {dir}, extending {upstream}. Edit {dir}/template.yaml (patch, remove, add items by id), then publish from the project root (whose package.json "workspaces" includes {dir}): {first}{changeset} publish. After each later change: {changeset} (record it), {changeset} version, {changeset} publish.',
  },
  created: {
    vi: 'Đã tạo {path} theo mẫu {upstream}; còn {count} chỗ trống <...> phải điền (kehoach validate {path} chỉ ra từng chỗ).',
    en: 'Created {path} from {upstream}; {count} <...> placeholder(s) left to fill (kehoach validate {path} points at each).',
  },
  badYear: { vi: '--year phải là một năm, ví dụ 2026 (nhận được "{value}").', en: '--year must be a year, e.g. 2026 (got "{value}").' },
  planMissing: {
    vi: 'Hãy nêu tệp kế hoạch, ví dụ: kehoach {command} ke-hoach.kehoach.yaml',
    en: 'Name a plan file, e.g. kehoach {command} ke-hoach.kehoach.yaml',
  },
  notFound: { vi: 'Không tìm thấy tệp {path}.', en: 'No such file {path}.' },
  notAPlan: { vi: '{path} không phải kế hoạch hay mẫu (cần "kind: plan" hoặc "kind: template").', en: '{path} is not a plan or template ("kind: plan" or "kind: template" expected).' },
  noExtends: {
    vi: '{path} không kế thừa mẫu nào (không có "extends:"); kế hoạch đã là bản đầy đủ.',
    en: '{path} extends no template (no "extends:"); the plan is already whole.',
  },
  resolveProblems: {
    vi: 'Không hợp nhất được trọn vẹn: {count} lỗi kế thừa (xem trên).',
    en: 'Could not resolve cleanly: {count} inheritance error(s) (see above).',
  },
  toMissing: {
    vi: 'Hãy nêu mẫu đích: kehoach migrate {path} --to @kehoach/template-commune (gói mẫu hiện tại không ghi "kehoach.supersededBy").',
    en: 'Name the target template: kehoach migrate {path} --to @kehoach/template-commune (the current template names no "kehoach.supersededBy").',
  },
  migrateHeader: {
    vi: 'Chuyển {path}: {from} -> {to}',
    en: 'Migrating {path}: {from} -> {to}',
  },
  migrateMapped: { vi: '  {at}: "{old}" -> "{new}"', en: '  {at}: "{old}" -> "{new}"' },
  migrateUnmapped: {
    vi: '  {at}: "{old}" chưa chuyển được: {why}',
    en: '  {at}: "{old}" not mapped: {why}',
  },
  whyNoSuccessor: {
    vi: '{id} không còn từ {validTo} và mẫu không ghi cơ quan kế thừa; hãy chọn cơ quan trong {to}',
    en: '{id} ended on {validTo} and the template names no successor; choose an agency of {to}',
  },
  whyMissing: {
    vi: 'mẫu {to} không có cơ quan "{id}"',
    en: 'template {to} has no agency "{id}"',
  },
  whyUnknown: {
    vi: 'không có trong danh mục cơ quan của mẫu cũ',
    en: 'not in the old template\'s agency registry',
  },
  whyLevel: {
    vi: 'cấp "{old}" không còn sau 01/7/2025; đổi sang "{new}"',
    en: 'level "{old}" no longer exists after 1 July 2025; changed to "{new}"',
  },
  migrateSummary: {
    vi: '{mapped} chỗ đã chuyển, {unmapped} chỗ chưa chuyển được{written}.',
    en: '{mapped} reference(s) mapped, {unmapped} not mapped{written}.',
  },
  migrateWritten: { vi: '; đã ghi {path}', en: '; wrote {path}' },
  migrateDryRun: { vi: ' (chạy thử, chưa ghi tệp)', en: ' (dry run, nothing written)' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type TemplateMessageId = keyof typeof MESSAGES;

export function tm(locale: Locale, id: TemplateMessageId, data: MessageData = {}): string {
  return fill(MESSAGES[id][locale], data);
}

/** A usage or I/O problem of a template command: one localised line, exit 2. */
export class TemplateCliError extends CliError {
  constructor(id: TemplateMessageId, data: MessageData = {}) {
    super(MESSAGES[id], data);
  }
}
