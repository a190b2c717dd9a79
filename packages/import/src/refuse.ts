import { findLegalRefs, type Message } from '@kehoach/core';

export type RefusalKind = 'empty' | 'binary' | 'html' | 'not-a-plan';

/**
 * The input is not a plan: a binary file, random bytes, a web page, or text without the
 * marks of an administrative plan. `message` says so in Vietnamese and English.
 */
export class NotAPlanError extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly reason: Message,
  ) {
    super(reason.en);
    this.name = 'NotAPlanError';
  }
}

const MESSAGES: Record<RefusalKind, Message> = {
  empty: { vi: 'tệp không có chữ nào.', en: 'the file has no text.' },
  binary: {
    vi: 'tệp không phải văn bản (dữ liệu nhị phân hoặc mã hóa không đọc được); hãy nhập tệp .txt (UTF-8) hoặc .docx.',
    en: 'the file is not text (binary data or an unreadable encoding); import a .txt (UTF-8) or .docx file.',
  },
  html: {
    vi: 'tệp là một trang web (HTML), không phải kế hoạch; hãy lưu văn bản kế hoạch thành .txt hoặc .docx rồi nhập lại.',
    en: 'the file is a web page (HTML), not a plan; save the plan as .txt or .docx and import that.',
  },
  'not-a-plan': {
    vi: 'văn bản không có dấu hiệu của một kế hoạch (dòng "KẾ HOẠCH", căn cứ, các mục I, II, ..., "Tổ chức thực hiện", "Nơi nhận", chữ ký).',
    en: 'the text has none of the marks of a plan (a "KẾ HOẠCH" line, legal bases, sections I, II, ..., "Tổ chức thực hiện", "Nơi nhận", a signature).',
  },
};

function fail(kind: RefusalKind): never {
  throw new NotAPlanError(kind, MESSAGES[kind]);
}

/** Throws `NotAPlanError` unless the text reads as a plan (or the decision that issues one). */
export function assertPlanText(text: string): void {
  const sample = text.slice(0, 200_000).normalize('NFC').replace(/\u00D0/gu, 'Đ');
  if (sample.trim() === '') fail('empty');
  // Random bytes decode to replacement characters and control codes.
  let odd = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) as number;
    if (c === 0xfffd || c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) odd++;
  }
  if (sample.includes('\u0000') || odd / sample.length > 0.01) fail('binary');
  const tags = sample.match(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/giu)?.length ?? 0;
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)/iu.test(sample) || tags > 20) fail('html');
  let score = 0;
  const lines = sample.split(/\r\n|\r|\n/u).map((l) => l.replace(/[*#_\\]/gu, '').trim());
  const has = (re: RegExp): boolean => lines.some((l) => re.test(l));
  const kind = has(/^KẾ\s*HOẠCH(?:\s|$)/u) || has(/^QUYẾT\s+ĐỊNH\s*$/u);
  if (kind) score += 2;
  if (has(/^(?:căn cứ|thực hiện|triển khai|theo đề nghị)\s/iu) && findLegalRefs(sample).length) score++;
  if (lines.filter((l) => /^[IVX]{1,4}[.)]\s+\p{Lu}/u.test(l)).length >= 2) score++;
  if (has(/^n[oơ]i\s+nh/iu)) score++;
  if (has(/tổ chức thực hiện|mục đích|nhiệm vụ|giải pháp/iu)) score++;
  if (has(/^(?:TM|KT)\s*\.\s*\S/u) || has(/^Số\s*:?\s*\d*\s*\/\s*(?:KH|QĐ)-/u)) score++;
  if (!/kế\s*hoạch/iu.test(sample) || score < 2) fail('not-a-plan');
}
