import { fill, type Locale, type MessageData } from '@kehoach/core';

/**
 * Every text the CLI itself prints, Vietnamese first (the default), English second.
 * Rule messages come from core; these are only the command's own words.
 */
const MESSAGES = {
  unknownCommand: {
    vi: 'Lệnh không hợp lệ: "{command}". Các lệnh: {commands} (xem kehoach --help).',
    en: 'Unknown command: "{command}". Commands: {commands} (see kehoach --help).',
  },
  unknownOption: {
    vi: 'Tùy chọn không hợp lệ: {option} (xem kehoach {command} --help).',
    en: 'Unknown option: {option} (see kehoach {command} --help).',
  },
  missingValue: { vi: 'Tùy chọn {option} cần một giá trị.', en: 'Option {option} needs a value.' },
  unexpectedArgument: { vi: 'Đối số thừa: "{value}".', en: 'Unexpected argument: "{value}".' },
  badChoice: {
    vi: '{option} phải là một trong: {choices} (nhận được "{value}").',
    en: '{option} must be one of: {choices} (got "{value}").',
  },
  badMaxWarnings: {
    vi: '--max-warnings phải là một số nguyên không âm (nhận được "{value}").',
    en: '--max-warnings must be a non-negative integer (got "{value}").',
  },
  badJobs: {
    vi: '--jobs phải là một số nguyên dương (nhận được "{value}").',
    en: '--jobs must be a positive whole number (got "{value}").',
  },
  badRoot: { vi: '--root: không có thư mục {path}.', en: '--root: no such folder {path}.' },
  pathNotFound: { vi: 'Không tìm thấy đường dẫn: {path}', en: 'No such file or folder: {path}' },
  noFiles: {
    vi: 'Không tìm thấy tệp kế hoạch, danh mục cơ quan hay cấu hình nào trong: {paths}',
    en: 'No plan, registry or config files found in: {paths}',
  },
  unreadable: { vi: 'Không đọc được tệp {path}: {reason}', en: 'Cannot read {path}: {reason}' },
  unwritable: { vi: 'Không ghi được tệp {path}: {reason}', en: 'Cannot write {path}: {reason}' },
  unexpected: {
    vi: 'Lỗi không mong đợi{where}: {reason}',
    en: 'Unexpected error{where}: {reason}',
  },
  progress: { vi: 'Đang kiểm tra {done}/{total} tệp…', en: 'Checking {done}/{total} files…' },
  fixesApplied: {
    vi: 'Đã áp dụng {count} bản sửa trong {files} tệp.',
    en: 'Applied {count} fix(es) in {files} file(s).',
  },
  fixesNone: {
    vi: 'Không có chỗ nào sửa tự động được.',
    en: 'Nothing could be fixed automatically.',
  },
  fixesLeft: {
    vi: ' Còn {left} chỗ chỉ có gợi ý, cần người viết chọn (xem gợi ý trong trình soạn thảo, hoặc kehoach validate).',
    en: ' {left} problem(s) only have suggestions for the author to choose from (see them in the editor, or kehoach validate).',
  },
  fixSkippedEncoding: {
    vi: 'Bỏ qua sửa tự động cho {path}: tệp không phải UTF-8 hợp lệ hoặc quá lớn.',
    en: 'Not fixing {path}: the file is not valid UTF-8 or is too large.',
  },
  explainMissing: {
    vi: 'Hãy nêu mã quy tắc, ví dụ: kehoach explain task-lead-required (hoặc kehoach explain --list).',
    en: 'Name a rule, e.g. kehoach explain task-lead-required (or kehoach explain --list).',
  },
  unknownRule: { vi: 'Không có quy tắc "{id}".', en: 'There is no rule "{id}".' },
  didYouMean: { vi: 'Có phải ý bạn là: {list}?', en: 'Did you mean: {list}?' },
  // Reasons for I/O errors, by Node error code.
  ENOENT: { vi: 'không tồn tại', en: 'it does not exist' },
  EACCES: { vi: 'không có quyền truy cập', en: 'permission denied' },
  EPERM: { vi: 'không có quyền truy cập', en: 'permission denied' },
  EISDIR: { vi: 'đây là một thư mục', en: 'it is a folder' },
  ENOTDIR: { vi: 'đường dẫn đi qua một tệp, không phải thư mục', en: 'a part of the path is not a folder' },
  ENOSPC: { vi: 'hết dung lượng đĩa', en: 'no space left on the disk' },
  EROFS: { vi: 'ổ đĩa chỉ đọc', en: 'read-only file system' },
  // Report words.
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'thông tin', en: 'info' },
  summaryProblems: { vi: '{count} vấn đề ({parts})', en: '{count} {problemWord} ({parts})' },
  summaryErrors: { vi: '{count} lỗi', en: '{count} {errorWord}' },
  summaryWarnings: { vi: '{count} cảnh báo', en: '{count} {warningWord}' },
  summaryInfos: { vi: '{count} thông tin', en: '{count} info' },
  summaryClean: { vi: '{files} tệp, không có vấn đề', en: '{files} {fileWord}, no problems' },
  summarySuppressed: { vi: '{count} đã tắt bằng chú thích', en: '{count} suppressed by comments' },
  summaryFixable: {
    vi: '{count} có thể sửa tự động bằng --fix',
    en: '{count} fixable with --fix',
  },
  tooManyWarnings: {
    vi: 'Số cảnh báo ({count}) vượt quá --max-warnings {max}.',
    en: 'Too many warnings ({count}); --max-warnings is {max}.',
  },
  // explain
  labelSeverity: { vi: 'Mức mặc định', en: 'Default severity' },
  labelCategory: { vi: 'Nhóm', en: 'Category' },
  labelDescription: { vi: 'Mô tả', en: 'Description' },
  labelRationale: { vi: 'Vì sao', en: 'Why' },
  labelFixable: { vi: 'Sửa tự động', en: 'Fixable' },
  labelScope: { vi: 'Phạm vi', en: 'Scope' },
  labelInvalid: { vi: 'Ví dụ sai', en: 'Incorrect' },
  labelValid: { vi: 'Ví dụ đúng', en: 'Correct' },
  labelDocs: { vi: 'Tài liệu', en: 'Docs' },
  fixSafe: { vi: 'có (kehoach validate --fix)', en: 'yes (kehoach validate --fix)' },
  fixSuggestion: { vi: 'gợi ý trong trình soạn thảo', en: 'suggestion in the editor' },
  fixNone: { vi: 'không', en: 'no' },
  scopeProject: { vi: 'nhiều tệp', en: 'several files' },
  scopeFile: { vi: 'một tệp', en: 'one file' },
  severity_error: { vi: 'lỗi (error)', en: 'error' },
  severity_warn: { vi: 'cảnh báo (warn)', en: 'warning (warn)' },
  severity_info: { vi: 'thông tin (info)', en: 'info' },
  severity_off: { vi: 'tắt (off)', en: 'off' },
} as const;

export type MessageId = keyof typeof MESSAGES;

export function t(locale: Locale, id: MessageId, data?: MessageData): string {
  const m = MESSAGES[id];
  return fill(locale === 'en' ? m.en : m.vi, data);
}

/** English plural for the few counted words of the summary. */
export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** A one-line reason for a Node I/O error, in the locale, never a stack. */
export function ioReason(locale: Locale, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in MESSAGES) return t(locale, code as MessageId);
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
}
