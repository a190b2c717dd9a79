import { z } from 'zod';
import { doc } from './doc.js';
import { layerShape } from './plan.js';
import { LEVELS } from './registry.js';

/**
 * A template is a partial plan (the skeleton every plan of a level shares) plus its
 * own identity. Forks are templates that `extends:` another one.
 */
export const templateShape = {
  ...Object.fromEntries(Object.entries(layerShape).map(([k, s]) => [k, s.optional()])),
  kind: doc(z.literal('template'), 'Loại tệp', 'Luôn là `template` với tệp mẫu kế hoạch.', 'File kind', 'Always `template` for a plan template.'),
  id: doc(z.string().optional(), 'Mã mẫu', 'Tên ngắn của mẫu, ví dụ `province`.', 'Template id', 'Short name of the template, e.g. `province`.'),
  level: doc(z.enum(LEVELS).optional(), 'Cấp', 'Cấp hành chính của các kế hoạch dùng mẫu này.', 'Level', 'Government level of the plans using this template.'),
  description: doc(z.string().optional(), 'Mô tả', 'Mẫu này dùng cho việc gì.', 'Description', 'What this template is for.'),
  plugins: doc(
    z.array(z.string()).optional(),
    'Plugin quy tắc',
    'Plugin mà các quy tắc trong `rules:` của mẫu cần, chỉ để ghi chú: mẫu là dữ liệu nên plugin mẫu khai báo không bao giờ được nạp; kế hoạch dùng mẫu được cảnh báo và người dùng ghi plugin đó trong `plugins:` của kehoach.config.yaml.',
    'Rule plugins',
    'Plugins the rules in this template\'s `rules:` need, as a note only: a template is data, so a plugin it lists is never loaded; plans built on it get a warning, and the user lists the plugin under `plugins:` in kehoach.config.yaml.',
  ),
};

export const templateSchema = z.strictObject(templateShape).meta({
  title: 'Mẫu kế hoạch',
  'x-title-en': 'Plan template',
});

export type TemplateFile = z.infer<typeof templateSchema>;
