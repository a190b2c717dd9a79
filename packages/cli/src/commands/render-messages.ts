import { CliError } from '../errors.js';
import { fill, type Locale, type MessageData } from '@kehoach/core';

/** The words of `kehoach render` and `kehoach calendar`, Vietnamese first. */
const MESSAGES = {
  renderHelp: {
    vi: `Cách dùng: kehoach render <kế hoạch|thư mục|glob...> [tùy chọn]

Kết xuất kế hoạch thành văn bản theo Nghị định 30/2020/NĐ-CP: DOCX để in, ký và ban hành,
PDF/A-2b để lưu trữ và gửi (DOCX chuyển qua LibreOffice, phải cài gói libreoffice-writer),
HTML để xem trước và in, Markdown để rà soát, văn bản thuần (txt) để so chữ. Thư mục được duyệt đệ quy (bỏ qua các mẫu
"ignore:" của kehoach.config.yaml); chỉ tệp kế hoạch (kind: plan) được kết xuất.

Tùy chọn:
  -f, --format docx|pdf|html|md|txt
                              Định dạng (mặc định: theo đuôi của -o, nếu không: docx)
  -o, --output TỆP            Tệp kết quả (một kế hoạch); "-" để in HTML/Markdown/txt ra màn hình
  --out-dir THƯ-MỤC           Ghi vào thư mục này, giữ cấu trúc thư mục con
                              (mặc định: cạnh tệp kế hoạch, cùng tên, đổi đuôi)
  --no-appendix               Không kèm các phụ lục của kế hoạch
  --locale vi|en              Ngôn ngữ thông báo
  --root THƯ-MỤC              Gốc dự án (mặc định: từ thư mục được chỉ định đi lên, kehoach.config.yaml có root: true, nếu không thì thư mục có .git, nếu không thì chính thư mục đó)
  -h, --help                  Trợ giúp

Giới hạn: kế hoạch đến 8 MiB ký tự (8.388.608, như kehoach validate; khoảng 32.000 nhiệm vụ),
văn bản kết xuất đến 150.000 đoạn (mỗi ô bảng tính một đoạn). Kế hoạch lớn hơn không được
kết xuất (mã thoát 2), các kế hoạch khác vẫn được kết xuất: hãy tách kế hoạch thành nhiều tệp.

Mã thoát: 0 đã kết xuất mọi kế hoạch, 1 có kế hoạch không kết xuất được (lỗi cú pháp YAML),
2 sai cách dùng, lỗi đọc/ghi tệp hoặc kế hoạch quá giới hạn.
`,
    en: `Usage: kehoach render <plan|folder|glob...> [options]

Renders plans as the official document of Nghị định 30/2020/NĐ-CP: DOCX to print, sign
and issue, PDF/A-2b to archive and send (the DOCX converted by LibreOffice, whose
libreoffice-writer package must be installed), HTML to preview and print, Markdown for
review, plain text (txt) to compare words. Folders are searched
recursively (skipping the "ignore:" patterns of kehoach.config.yaml); only plan files
(kind: plan) are rendered.

Options:
  -f, --format docx|pdf|html|md|txt
                              Format (default: from the -o extension, else docx)
  -o, --output FILE           Output file (one plan); "-" prints HTML/Markdown/txt to the terminal
  --out-dir FOLDER            Write into this folder, keeping the sub-folders
                              (default: next to the plan, same name, new extension)
  --no-appendix               Leave out the plan's appendices
  --locale vi|en              Message language
  --root FOLDER               Project root (default: from the folder given upwards, a kehoach.config.yaml with root: true, else the folder holding .git, else that folder)
  -h, --help                  Help

Limits: plans up to 8 MiB characters (8,388,608, as for kehoach validate; about 32,000
tasks), documents up to 150,000 paragraphs (each table cell counts as one). A larger
plan is not rendered (exit code 2), the other plans still are: split it into several files.

Exit codes: 0 every plan rendered, 1 a plan could not be rendered (YAML syntax error),
2 usage or file I/O error, or a plan over the limits.
`,
  },
  calendarHelp: {
    vi: `Cách dùng: kehoach calendar <kế hoạch|thư mục|glob...> [tùy chọn]

Xuất lịch hạn (iCalendar .ics, mở được bằng Google Calendar, Outlook, Lịch của điện thoại):
một sự kiện cả ngày cho mỗi hạn của nhiệm vụ và mỗi hạn báo cáo, ghi cơ quan chủ trì.

Tùy chọn:
  -o, --output TỆP      Tệp .ics (một kế hoạch); "-" để in ra màn hình
  --out-dir THƯ-MỤC     Ghi vào thư mục này, giữ cấu trúc thư mục con
                        (mặc định: cạnh tệp kế hoạch, cùng tên, đuôi .ics)
  --locale vi|en        Ngôn ngữ thông báo
  --root THƯ-MỤC        Gốc dự án (mặc định: từ thư mục được chỉ định đi lên, kehoach.config.yaml có root: true, nếu không thì thư mục có .git, nếu không thì chính thư mục đó)
  -h, --help            Trợ giúp

Mã thoát: 0 đã xuất lịch của mọi kế hoạch, 1 có kế hoạch không đọc được (lỗi cú pháp YAML),
2 sai cách dùng hoặc lỗi đọc/ghi tệp.
`,
    en: `Usage: kehoach calendar <plan|folder|glob...> [options]

Exports the deadlines as iCalendar (.ics, for Google Calendar, Outlook, phone calendars):
one all-day event per task deadline and per report due date, with the lead agency.

Options:
  -o, --output FILE     The .ics file (one plan); "-" prints it to the terminal
  --out-dir FOLDER      Write into this folder, keeping the sub-folders
                        (default: next to the plan, same name, .ics extension)
  --locale vi|en        Message language
  --root FOLDER         Project root (default: from the folder given upwards, a kehoach.config.yaml with root: true, else the folder holding .git, else that folder)
  -h, --help            Help

Exit codes: 0 every plan exported, 1 a plan could not be read (YAML syntax error),
2 usage or file I/O error.
`,
  },
  missingPlan: {
    vi: 'Hãy nêu tệp kế hoạch hoặc thư mục, ví dụ: kehoach {command} examples/2024 (xem kehoach {command} --help).',
    en: 'Name a plan file or a folder, e.g. kehoach {command} examples/2024 (see kehoach {command} --help).',
  },
  outputAndOutDir: {
    vi: 'Chỉ dùng một trong hai: -o/--output hoặc --out-dir.',
    en: 'Use either -o/--output or --out-dir, not both.',
  },
  outputNeedsOnePlan: {
    vi: '-o/--output ghi một tệp nhưng có {count} kế hoạch; dùng --out-dir THƯ-MỤC.',
    en: '-o/--output writes one file but there are {count} plans; use --out-dir FOLDER.',
  },
  binaryToTerminal: {
    vi: 'Không in được {format} ra màn hình; hãy nêu tệp: -o {example}.',
    en: '{format} cannot be printed to the terminal; name a file: -o {example}.',
  },
  noPlans: { vi: 'Không tìm thấy tệp kế hoạch (kind: plan) nào trong: {paths}', en: 'No plan files (kind: plan) found in: {paths}' },
  notAPlan: {
    vi: '{path} không phải là tệp kế hoạch (kind: plan); không có gì để kết xuất.',
    en: '{path} is not a plan file (kind: plan); nothing to render.',
  },
  syntaxError: { vi: '{where}: lỗi: {message} ({rule})', en: '{where}: error: {message} ({rule})' },
  notRendered: {
    vi: 'Không kết xuất {path}: hãy sửa lỗi cú pháp YAML trước.',
    en: 'Not rendering {path}: fix the YAML syntax first.',
  },
  hasErrors: {
    vi: 'Lưu ý: {path} còn {count} lỗi; văn bản vẫn được kết xuất, chỗ thiếu để trống (xem kehoach validate {path}).',
    en: 'Note: {path} has {count} error(s); rendered anyway, with blanks where it is incomplete (see kehoach validate {path}).',
  },
  hasErrorsCalendar: {
    vi: 'Lưu ý: {path} còn {count} lỗi; lịch chỉ có các hạn đọc được (xem kehoach validate {path}).',
    en: 'Note: {path} has {count} error(s); the calendar holds only the deadlines that could be read (see kehoach validate {path}).',
  },
  tooLongPlan: {
    vi: 'Không kết xuất {path}: kế hoạch dài {count} ký tự, quá giới hạn {limit} ký tự kehoach đọc được; hãy tách kế hoạch thành nhiều tệp (ví dụ: các phụ lục).',
    en: 'Not rendering {path}: the plan is {count} characters long, over the limit of {limit} kehoach reads; split it into several files (its appendices, say).',
  },
  tooLargeDocument: {
    vi: 'Không kết xuất {path}: văn bản sẽ có {count} đoạn (mỗi ô bảng tính một đoạn), quá giới hạn {limit} đoạn của kehoach render; hãy tách kế hoạch thành nhiều tệp (ví dụ: các phụ lục).',
    en: 'Not rendering {path}: the document would have {count} paragraphs (each table cell counts as one), over kehoach render\'s limit of {limit}; split the plan into several files (its appendices, say).',
  },
  wrote: { vi: '{from} → {to}', en: '{from} → {to}' },
  renderedSummary: {
    vi: 'Đã kết xuất {count} kế hoạch ({format}).',
    en: 'Rendered {count} plan(s) ({format}).',
  },
  calendarSummary: {
    vi: 'Đã xuất lịch hạn của {count} kế hoạch ({events} sự kiện).',
    en: 'Exported the deadlines of {count} plan(s) ({events} events).',
  },
  failedSummary: {
    vi: '{count} kế hoạch không kết xuất được.',
    en: '{count} plan(s) could not be rendered.',
  },
} as const;

export type RenderMessageId = keyof typeof MESSAGES;

export function rt(locale: Locale, id: RenderMessageId, data?: MessageData): string {
  const m = MESSAGES[id];
  return fill(locale === 'en' ? m.en : m.vi, data);
}

/** A usage problem of render/calendar: one localised line, exit 2, like every CliError. */
export class RenderUsageError extends CliError {
  constructor(id: RenderMessageId, data: MessageData = {}) {
    super(MESSAGES[id], data);
  }
}
