import { fill, type Locale, type MessageData } from '@kehoach/core';
import { CliError } from '../errors.js';

/** The words of `kehoach init`, Vietnamese first. Kept apart so other commands never clash with it. */
const MESSAGES = {
  help: {
    vi: `Cách dùng: kehoach init [thư-mục] --level province|commune --name "Ủy ban nhân dân xã ..." [--year 2026] [--template <gói-mẫu>]

Dựng dự án kế hoạch cho một cơ quan trong thư mục hiện tại (hoặc thư mục được nêu; tạo nếu
chưa có). Không ghi đè tệp nào đã có: tệp đã có được giữ nguyên và được liệt kê. Tạo:

  kehoach.config.yaml                 cấu hình: root: true (gốc dự án), registry: ./agencies.yaml
  agencies.yaml                       danh mục cơ quan riêng của cơ quan (các cơ quan của mẫu đến qua
                                      "extends:", được liệt kê trong chú thích để tra mã)
  ke-hoach-<năm>.kehoach.yaml         kế hoạch đầu tiên, kế thừa gói mẫu của cấp (như kehoach new)
  .vscode/extensions.json             đề nghị VS Code cài tiện ích kehoach
  .github/workflows/kehoach.yml       CI: kehoach validate --format sarif, tải kết quả lên GitHub

Gói mẫu phải được cài trước (npm install @kehoach/template-commune hoặc -province, từ
registry của tỉnh). Thiếu --level hoặc --name thì hỏi khi chạy trong cửa sổ lệnh; không
thì báo lỗi cách dùng.

Tùy chọn:
  --level province|commune    Cấp: province (UBND tỉnh), commune (UBND xã, phường, đặc khu)
  --name TÊN                  Tên cơ quan ban hành, ví dụ "Ủy ban nhân dân xã An Hòa"
  --year NĂM                  Năm kế hoạch (mặc định: năm nay)
  --template GÓI              Gói mẫu (mặc định: @kehoach/template-<cấp>; ví dụ bản của tỉnh
                              @quang-ngai/template-commune)
  --locale vi|en              Ngôn ngữ thông báo
  -h, --help                  Trợ giúp

Mã thoát: 0 đã dựng xong (kể cả khi giữ tệp đã có), 2 sai cách dùng, thiếu gói mẫu hoặc lỗi ghi tệp.
`,
    en: `Usage: kehoach init [folder] --level province|commune --name "Ủy ban nhân dân xã ..." [--year 2026] [--template <package>]

Sets up a plan project for an office in the current folder (or the folder given, created if
missing). Never overwrites a file: existing files are kept and listed. It writes:

  kehoach.config.yaml                 config: root: true (the project root), registry: ./agencies.yaml
  agencies.yaml                       the office's own agency registry (the template's agencies come
                                      through "extends:" and are listed in its comments, for their ids)
  ke-hoach-<year>.kehoach.yaml        a first plan extending the level's template (as kehoach new does)
  .vscode/extensions.json             VS Code recommends the kehoach extension
  .github/workflows/kehoach.yml       CI: kehoach validate --format sarif, uploaded to GitHub code scanning

The template package must be installed first (npm install @kehoach/template-commune or
-province, from the province's registry). Without --level or --name it asks for them in a
terminal; otherwise it is a usage error.

Options:
  --level province|commune    Level: province (provincial committee), commune (commune, ward, special zone)
  --name NAME                 The issuing office, e.g. "Ủy ban nhân dân xã An Hòa"
  --year YEAR                 The plan's year (default: this year)
  --template PACKAGE          Template package (default: @kehoach/template-<level>; e.g. a province's
                              fork @quang-ngai/template-commune)
  --locale vi|en              Message language
  -h, --help                  Help

Exit codes: 0 set up (existing files kept included), 2 usage error, missing template package or write error.
`,
  },
  missing: {
    vi: 'Thiếu {flags}. Ví dụ: kehoach init --level commune --name "Ủy ban nhân dân xã An Hòa" --year {year} (xem kehoach init --help).',
    en: 'Missing {flags}. For example: kehoach init --level commune --name "Ủy ban nhân dân xã An Hòa" --year {year} (see kehoach init --help).',
  },
  badName: {
    vi: '--name phải là tên cơ quan ban hành trên một dòng, không có ký tự điều khiển, ví dụ "Ủy ban nhân dân xã An Hòa".',
    en: '--name must be the issuing office\'s name on one line, without control characters, e.g. "Ủy ban nhân dân xã An Hòa".',
  },
  levelMismatch: {
    vi: 'Gói mẫu {template} dành cho cấp "{templateLevel}", không phải "{level}" (--level).',
    en: 'Template package {template} is for level "{templateLevel}", not "{level}" (--level).',
  },
  levelUnknown: {
    vi: 'Gói mẫu {template} không ghi cấp (package.json "kehoach.level"); hãy nêu --level province|commune.',
    en: 'Template package {template} states no level (package.json "kehoach.level"); give --level province|commune.',
  },
  notAFolder: { vi: '{path} không phải thư mục.', en: '{path} is not a folder.' },
  cancelled: { vi: 'Đã dừng; chưa tạo tệp nào.', en: 'Stopped; no file was written.' },
  askLevel: {
    vi: 'Cấp của cơ quan: province (UBND tỉnh) hay commune (UBND xã, phường, đặc khu)? ',
    en: 'Level of the office: province (provincial committee) or commune (commune, ward, special zone)? ',
  },
  askName: { vi: 'Tên cơ quan ban hành, ví dụ "Ủy ban nhân dân xã An Hòa": ', en: 'The issuing office, e.g. "Ủy ban nhân dân xã An Hòa": ' },
  askYear: { vi: 'Năm kế hoạch [{year}]: ', en: 'Year of the plan [{year}]: ' },
  badYear: { vi: 'Năm phải là một số như {year}.', en: 'The year must be a number such as {year}.' },
  heading: { vi: 'Đã dựng dự án kế hoạch của {name} trong {dir} (mẫu {upstream}):', en: 'Set up the plan project of {name} in {dir} (template {upstream}):' },
  created: { vi: '  đã tạo   {path}', en: '  created  {path}' },
  kept: { vi: '  giữ nguyên {path} (đã có, không ghi đè)', en: '  kept     {path} (already there, not overwritten)' },
  keptExtensions: {
    vi: '    .vscode/extensions.json đã có và chưa đề nghị tiện ích kehoach: thêm "{id}" vào "recommendations".',
    en: '    .vscode/extensions.json was there and does not recommend the kehoach extension: add "{id}" to "recommendations".',
  },
  keptConfig: {
    vi: '    kehoach.config.yaml đã có: agencies.yaml chỉ được dùng khi cấu hình ghi "registry: ./agencies.yaml".',
    en: '    kehoach.config.yaml was there: agencies.yaml is used only once the config says "registry: ./agencies.yaml".',
  },
  nestedRepo: {
    vi: '    Thư mục này nằm trong kho git {repo}: GitHub chỉ chạy quy trình ở .github/workflows của gốc kho; hãy dùng thư mục dự án làm gốc kho, hoặc chuyển quy trình lên đó và chạy kehoach trong thư mục dự án.',
    en: '    This folder lies inside the git repository {repo}: GitHub runs workflows from the repository root\'s .github/workflows only; make the project folder the repository root, or move the workflow there and run kehoach in the project folder.',
  },
  next: { vi: 'Bước tiếp theo:', en: 'Next steps:' },
  nextFill: {
    vi: '  1. Điền {count} chỗ trống <...> của {plan} (danh sách ở đầu tệp; kehoach validate chỉ ra từng chỗ).',
    en: '  1. Fill the {count} <...> blanks of {plan} (listed at the top of the file; kehoach validate points at each).',
  },
  nextFillKept: {
    vi: '  1. Viết tiếp {plan}; kehoach validate chỉ ra chỗ còn thiếu.',
    en: '  1. Go on writing {plan}; kehoach validate points at what is missing.',
  },
  nextAgencies: {
    vi: '  2. Thêm cơ quan, đơn vị riêng của địa phương vào agencies.yaml (các cơ quan của mẫu đã có sẵn, mã ở phần chú thích).',
    en: '  2. Add the local agencies and units to agencies.yaml (the template\'s agencies are already there; their ids are in its comments).',
  },
  nextEditor: {
    vi: '  3. Mở thư mục bằng VS Code và cài tiện ích được đề nghị ({id}) để được kiểm tra ngay khi gõ.',
    en: '  3. Open the folder in VS Code and install the recommended extension ({id}) to be checked as you type.',
  },
  nextCheck: {
    vi: '  4. Kiểm tra: kehoach validate{dir} (hoặc kehoach validate{dir} --watch khi đang soạn); kết xuất: kehoach render {plan} (-f pdf cho PDF/A).',
    en: '  4. Check: kehoach validate{dir} (or kehoach validate{dir} --watch while writing); render: kehoach render {plan} (-f pdf for PDF/A).',
  },
  nextCi: {
    vi: '  5. Đưa thư mục lên GitHub: mỗi lần đẩy, .github/workflows/kehoach.yml kiểm tra mọi kế hoạch và hiện lỗi ở mục Security > Code scanning (đặt biến KEHOACH_REGISTRY của kho là địa chỉ registry của tỉnh mà máy CI tới được).',
    en: '  5. Push the folder to GitHub: on each push .github/workflows/kehoach.yml checks every plan and shows the problems under Security > Code scanning (set the repository variable KEHOACH_REGISTRY to a province registry address the CI runner can reach).',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type InitMessageId = keyof typeof MESSAGES;

export function im(locale: Locale, id: InitMessageId, data: MessageData = {}): string {
  return fill(MESSAGES[id][locale], data);
}

/** A usage or I/O problem of `kehoach init`: one localised line, exit 2. */
export class InitCliError extends CliError {
  constructor(id: InitMessageId, data: MessageData = {}) {
    super(MESSAGES[id], data);
  }
}
