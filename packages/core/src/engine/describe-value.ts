import type { Message } from '../i18n/message.js';

const KIND_NAMES: Record<string, Message> = {
  string: { vi: 'một chuỗi chữ', en: 'a text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'đúng/sai (true/false)', en: 'true/false' },
  array: { vi: 'một danh sách (các dòng "- ...")', en: 'a list ("- ..." lines)' },
  object: { vi: 'một bảng "khóa: giá trị"', en: 'a "key: value" mapping' },
  null: { vi: 'để trống', en: 'empty' },
  enum: { vi: 'một giá trị trong danh sách cho phép', en: 'one of the allowed values' },
  literal: { vi: 'một giá trị cố định', en: 'a fixed value' },
  tuple: { vi: 'một danh sách', en: 'a list' },
  record: { vi: 'một bảng "khóa: giá trị"', en: 'a "key: value" mapping' },
};

export function kindName(kind: string): Message {
  return KIND_NAMES[kind] ?? { vi: kind, en: kind };
}

export function kindOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'number';
  return typeof value;
}

/** "một chuỗi chữ hoặc một danh sách" */
export function joinKinds(kinds: string[]): Message {
  const names = kinds.map(kindName);
  return {
    vi: names.map((n) => n.vi).join(' hoặc '),
    en: names.map((n) => n.en).join(' or '),
  };
}
