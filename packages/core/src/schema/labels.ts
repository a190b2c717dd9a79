import { z } from 'zod';
import { doc } from './doc.js';

const label = (vi: string, en: string, example: string) =>
  doc(
    z.string().min(1).optional(),
    `Nhãn dòng ${vi}`,
    `Nhãn của dòng ${vi} như văn bản ghi, ví dụ "${example}".`,
    `${en} label`,
    `Label of the ${en.toLowerCase()} line as the document words it, e.g. "${example}".`,
  );

/**
 * How a plan words the lines of its tasks ("Đơn vị chủ trì thực hiện: ...", "Thời hạn
 * hoàn thành: ..."): the same facts, labelled as the document labels them. Printing
 * reads it, the rules ignore it. Without it the lines read "Cơ quan chủ trì", "Cơ quan
 * phối hợp", "Thời gian thực hiện", ... and the content has no label.
 */
export const lineLabelsSchema = z.strictObject({
  content: label('nội dung', 'Content', 'Nội dung'),
  lead: label('cơ quan chủ trì', 'Lead', 'Đơn vị chủ trì thực hiện'),
  request: label('đề nghị', 'Request', 'Đề nghị'),
  coordinators: label('cơ quan phối hợp', 'Coordinators', 'Đơn vị phối hợp'),
  timeframe: label('thời gian', 'Timeframe', 'Thời hạn hoàn thành'),
  frequency: label('tần suất', 'Frequency', 'Tần suất'),
  outputs: label('sản phẩm', 'Outputs', 'Sản phẩm đầu ra'),
  funding: label('kinh phí', 'Funding', 'Nguồn kinh phí'),
  note: label('ghi chú', 'Note', 'Ghi chú'),
});

export type LineLabels = z.infer<typeof lineLabelsSchema>;

export const planLabelsSchema = doc(
  lineLabelsSchema.optional(),
  'Nhãn các dòng của nhiệm vụ',
  'Cách văn bản ghi nhãn các dòng của nhiệm vụ ("Đơn vị chủ trì thực hiện:", "Thời hạn hoàn thành:"), cho mọi nhiệm vụ không ghi nhãn riêng (`labels` của nhiệm vụ). Chỉ ảnh hưởng cách in, không ảnh hưởng kiểm tra.',
  'Task line labels',
  'How the document labels the lines of its tasks ("Đơn vị chủ trì thực hiện:", "Thời hạn hoàn thành:"), for every task that states none of its own (a task\'s `labels`). Printing only; the rules ignore it.',
);

export const taskLabelsSchema = doc(
  lineLabelsSchema.optional(),
  'Nhãn các dòng',
  'Nhãn các dòng của nhiệm vụ này khi văn bản ghi khác nhãn chung của kế hoạch (`labels` ở đầu tệp), ví dụ { lead: Đơn vị chủ trì tham mưu thực hiện }; `content` ghi nhãn của dòng nội dung ("Nội dung:", "Nhiệm vụ:").',
  'Line labels',
  'Labels of this task\'s lines where the document words them unlike the plan\'s (`labels` at the top), e.g. { lead: Đơn vị chủ trì tham mưu thực hiện }; `content` labels its content line ("Nội dung:", "Nhiệm vụ:").',
);
