import { z } from 'zod';
import { doc } from './doc.js';
import { ruleSettingsSchema } from './rule-settings.js';

export const CONFIG_FILE_NAMES = ['kehoach.config.yaml', 'kehoach.config.yml'] as const;

export const configSchema = z
  .strictObject({
    root: doc(
      z.boolean().optional(),
      'Gốc',
      'true: không tìm thêm cấu hình ở các thư mục cha.',
      'Root',
      'true: stop looking for configuration in parent folders.',
    ),
    extends: doc(
      z.union([z.string(), z.array(z.string())]).optional(),
      'Kế thừa',
      'Cấu hình được kế thừa: đường dẫn tương đối tới một tệp cấu hình khác, hoặc cấu hình dùng chung của plugin ("plugin:quang-ngai/recommended"); có thể là danh sách.',
      'Extends',
      'Configuration to inherit: a relative path to another config file, or a plugin\'s shared config ("plugin:quang-ngai/recommended"); or a list.',
    ),
    plugins: doc(
      z.array(z.string()).optional(),
      'Plugin quy tắc',
      'Các gói plugin bổ sung quy tắc: tên gói npm (ví dụ "@quang-ngai/kehoach-plugin") hoặc đường dẫn tương đối. Chỉ được nạp khi không gian làm việc được tin cậy.',
      'Rule plugins',
      'Plugin packages that add rules: npm package names (e.g. "@quang-ngai/kehoach-plugin") or relative paths. Loaded only in a trusted workspace.',
    ),
    locale: doc(
      z.enum(['vi', 'en']).optional(),
      'Ngôn ngữ',
      'Ngôn ngữ của thông báo: vi (mặc định) hoặc en.',
      'Locale',
      'Language of messages: vi (default) or en.',
    ),
    registry: doc(
      z.union([z.string(), z.array(z.string())]).optional(),
      'Danh mục cơ quan',
      'Tệp danh mục cơ quan mặc định cho các kế hoạch trong thư mục này (đường dẫn tương đối tới tệp cấu hình).',
      'Agency registry',
      'Default agency registry file(s) for plans in this folder (relative to the config file).',
    ),
    rules: doc(
      ruleSettingsSchema.optional(),
      'Quy tắc',
      'Mức độ và tùy chọn của quy tắc: "tên-quy-tắc: off | info | warn | error" hoặc "[warn, { tùy chọn }]".',
      'Rules',
      'Rule severities and options: "rule-id: off | info | warn | error" or "[warn, { options }]".',
    ),
    ignore: doc(
      z.array(z.string()).optional(),
      'Bỏ qua',
      'Các mẫu đường dẫn (glob) mà lệnh kiểm tra bỏ qua.',
      'Ignore',
      'Path patterns (globs) the validate command skips.',
    ),
  })
  .meta({ title: 'Cấu hình kehoach', 'x-title-en': 'kehoach configuration' });

export type Config = z.infer<typeof configSchema>;
