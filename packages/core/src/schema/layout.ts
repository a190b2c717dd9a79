import { z } from 'zod';
import { doc } from './doc.js';

const heading = (vi: string, en: string, example: string) =>
  doc(z.string().min(1).optional(), vi, `Tiêu đề của mục ${vi.toLowerCase()} như văn bản ghi, ví dụ "${example}".`, en, `The heading as the document words it, e.g. "${example}".`);

/**
 * How the issued document words its headings and marks its points. Plans of the same
 * kind differ only here ("III. HÌNH THỨC TUYÊN TRUYỀN" or "III. NHIỆM VỤ CỤ THỂ"), so
 * rendering reads it and the rules ignore it.
 */
export const layoutSchema = z.strictObject({
  headings: doc(
    z
      .strictObject({
        purpose: heading('Mục đích, yêu cầu', 'Purpose section', 'MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG'),
        objectives: heading('Mục đích', 'Objectives', 'Mục tiêu'),
        requirements: heading('Yêu cầu', 'Requirements', 'Yêu cầu'),
        audiences: heading('Đối tượng', 'Audiences', 'Đối tượng'),
        targets: heading('Chỉ tiêu', 'Targets', 'Chỉ tiêu'),
        contentSection: heading('Nội dung (phần)', 'Content section', 'NỘI DUNG, HÌNH THỨC THÔNG TIN, TUYÊN TRUYỀN'),
        content: heading('Nội dung', 'Content', 'Nội dung thông tin, tuyên truyền'),
        forms: heading('Hình thức', 'Forms', 'Hình thức tuyên truyền'),
        tasks: heading('Nhiệm vụ', 'Tasks', 'HÌNH THỨC TUYÊN TRUYỀN'),
        budget: heading('Kinh phí', 'Budget', 'KINH PHÍ THỰC HIỆN'),
        timeframe: heading('Thời gian thực hiện', 'Timeframe', 'THỜI GIAN THỰC HIỆN'),
        duties: heading('Tổ chức thực hiện', 'Duties', 'TỔ CHỨC THỰC HIỆN'),
      })
      .optional(),
    'Tiêu đề các mục',
    'Tiêu đề các mục khi văn bản ghi khác tiêu đề mặc định.',
    'Section headings',
    'Section headings where the document words them differently from the defaults.',
  ),
  points: doc(
    z.enum(['letters', 'dashes']).optional(),
    'Cách đánh dấu ý',
    'Các ý liệt kê được đánh dấu bằng chữ cái a), b) (`letters`) hay gạch đầu dòng (`dashes`).',
    'Point markers',
    'Whether listed points are marked a), b) (`letters`) or with dashes (`dashes`).',
  ),
  leadLabel: doc(
    z.string().min(1).optional(),
    'Nhãn cơ quan chủ trì',
    'Nhãn dòng cơ quan chủ trì của nhiệm vụ, ví dụ "Cơ quan thực hiện" (mặc định "Cơ quan chủ trì").',
    'Lead label',
    'Label of the lead agency line of a task, e.g. "Cơ quan thực hiện" (default "Cơ quan chủ trì").',
  ),
});

export type Layout = z.infer<typeof layoutSchema>;
