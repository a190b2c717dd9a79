import type { Message } from '../i18n/message.js';

/** Messages about plugins themselves (loading, shape, configuration), not about plans. */
export const PLUGIN_MESSAGES = {
  notFound: {
    vi: 'Không tìm thấy plugin "{plugin}": hãy cài gói (npm install {plugin}) hoặc sửa đường dẫn. Các quy tắc có sẵn vẫn chạy.',
    en: 'Plugin "{plugin}" was not found: install the package (npm install {plugin}) or fix the path. Built-in rules still run.',
  },
  loadFailed: {
    vi: 'Không nạp được plugin "{plugin}": {error}. Các quy tắc có sẵn vẫn chạy.',
    en: 'Plugin "{plugin}" failed to load: {error}. Built-in rules still run.',
  },
  loadTimedOut: {
    vi: 'Plugin "{plugin}" nạp quá {ms} ms và đã bị dừng. Các quy tắc có sẵn vẫn chạy.',
    en: 'Plugin "{plugin}" took longer than {ms} ms to load and was stopped. Built-in rules still run.',
  },
  badShape: {
    vi: 'Plugin "{plugin}" không đúng dạng: {problem}. Plugin phải xuất mặc định definePlugin({ name, rules, configs }).',
    en: 'Plugin "{plugin}" has the wrong shape: {problem}. A plugin must export definePlugin({ name, rules, configs }) as its default export.',
  },
  nameClash: {
    vi: 'Plugin "{plugin}" dùng tên "{name}" trùng với plugin "{other}": bỏ qua các quy tắc của "{plugin}".',
    en: 'Plugin "{plugin}" uses the name "{name}", which plugin "{other}" already uses: the rules of "{plugin}" are ignored.',
  },
  badOptions: {
    vi: 'Tùy chọn của quy tắc "{rule}" (plugin "{plugin}") không hợp lệ: {error}. Quy tắc chạy với tùy chọn mặc định.',
    en: 'Options of rule "{rule}" (plugin "{plugin}") are invalid: {error}. The rule runs with its default options.',
  },
  unknownConfig: {
    vi: 'Không có cấu hình dùng chung "{ref}": plugin "{name}" chỉ có {available}.',
    en: 'No shared configuration "{ref}": plugin "{name}" only has {available}.',
  },
  pluginNotListed: {
    vi: 'Cấu hình "{ref}" thuộc plugin "{name}", nhưng không plugin nào tên "{name}" được khai báo trong `plugins:`.',
    en: 'Configuration "{ref}" belongs to plugin "{name}", but no plugin named "{name}" is listed in `plugins:`.',
  },
  ruleCrashed: {
    vi: 'Quy tắc "{rule}" của plugin "{plugin}" gặp lỗi và đã bị bỏ qua cho tệp này: {error}',
    en: 'Rule "{rule}" of plugin "{plugin}" failed and was skipped for this file: {error}',
  },
  ruleTimedOut: {
    vi: 'Quy tắc "{rule}" của plugin "{plugin}" chạy quá {ms} ms và đã bị dừng cho tệp này.',
    en: 'Rule "{rule}" of plugin "{plugin}" ran longer than {ms} ms and was stopped for this file.',
  },
  templatePlugin: {
    vi: 'Mẫu "{template}" khai báo plugin "{plugin}", nhưng mẫu chỉ là dữ liệu: plugin do mẫu khai báo không bao giờ được nạp. Muốn dùng plugin này, hãy ghi nó trong `plugins:` của tệp kehoach.config.yaml.',
    en: 'Template "{template}" lists plugin "{plugin}", but templates are data: a plugin a template lists is never loaded. To use this plugin, list it under `plugins:` in kehoach.config.yaml.',
  },
  untrusted: {
    vi: 'Không gian làm việc chưa được tin cậy nên chỉ chạy các quy tắc có sẵn; plugin chưa được nạp: {plugins}.',
    en: 'The workspace is not trusted, so only built-in rules run; plugins not loaded: {plugins}.',
  },
} satisfies Record<string, Message>;

export type PluginMessageId = keyof typeof PLUGIN_MESSAGES;
