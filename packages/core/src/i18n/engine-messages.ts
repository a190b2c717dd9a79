import type { Message } from './message.js';

/** Messages of the engine itself (not of one rule). */
export const ENGINE_MESSAGES = {
  ruleCrashed: {
    vi: 'Quy tắc "{rule}" gặp lỗi nội bộ và đã bị bỏ qua cho tệp này: {error}',
    en: 'Rule "{rule}" failed internally and was skipped for this file: {error}',
  },
  ruleTimedOut: {
    vi: 'Quy tắc "{rule}" chạy quá {ms} ms và đã bị dừng cho tệp này.',
    en: 'Rule "{rule}" ran longer than {ms} ms and was stopped for this file.',
  },
} satisfies Record<string, Message>;
