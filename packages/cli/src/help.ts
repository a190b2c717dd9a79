import type { Locale } from '@kehoach/core';

export type HelpTopic = 'main' | 'validate' | 'schema' | 'explain';

const HELP: Record<HelpTopic, { vi: string; en: string }> = {
  main: {
    vi: `kehoach: kiểm tra kế hoạch của cơ quan nhà nước viết bằng YAML.

Cách dùng: kehoach <lệnh> [tùy chọn]

Lệnh:
  validate [đường dẫn|thư mục|glob...]   Kiểm tra kế hoạch, danh mục cơ quan và cấu hình (mặc định: .)
  schema [--kind plan|registry|config]   In JSON Schema (cho trình soạn thảo)
  explain <quy-tắc> | --list             Giải thích một quy tắc, hoặc liệt kê mọi quy tắc

Tùy chọn chung:
  --locale vi|en   Ngôn ngữ thông báo (mặc định: locale của kehoach.config.yaml, nếu không: vi)
  -h, --help       Trợ giúp (kehoach <lệnh> --help cho từng lệnh)
  --version        Phiên bản

Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc quá nhiều cảnh báo), 2 sai cách dùng hoặc lỗi đọc/ghi tệp.
`,
    en: `kehoach: check Vietnamese government plans written as YAML.

Usage: kehoach <command> [options]

Commands:
  validate [paths|folders|globs...]      Check plans, agency registries and configs (default: .)
  schema [--kind plan|registry|config]   Print the JSON Schema (for editors)
  explain <rule> | --list                Explain a rule, or list every rule

Common options:
  --locale vi|en   Message language (default: the locale of kehoach.config.yaml, else vi)
  -h, --help       Help (kehoach <command> --help for each command)
  --version        Version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or file I/O error.
`,
  },
  validate: {
    vi: `Cách dùng: kehoach validate [đường dẫn|thư mục|glob...] [tùy chọn]

Tìm các tệp YAML (thư mục được duyệt đệ quy, bỏ qua node_modules, .git, dist và các mẫu
"ignore:" của kehoach.config.yaml) rồi kiểm tra chúng cùng nhau, kể cả liên kết kế hoạch cấp trên.

Tùy chọn:
  -f, --format stylish|json|sarif|html
                                    Định dạng báo cáo (mặc định: stylish). sarif: cho GitHub code
                                    scanning và CI; html: một trang xem bằng trình duyệt (tóm tắt,
                                    từng lỗi với dòng:cột, quy tắc, dòng nguồn), không cần mạng
  -o, --output TỆP                  Ghi báo cáo vào tệp thay vì màn hình
  -w, --watch                       Theo dõi: kiểm tra lại mỗi khi kế hoạch, danh mục cơ quan, mẫu
                                    hay cấu hình thay đổi (chỉ tệp đổi và tệp phụ thuộc), in báo cáo
                                    mới kèm giờ; Ctrl+C để dừng (mã thoát 0)
  --locale vi|en                    Ngôn ngữ thông báo
  --max-warnings N                  Thoát với mã 1 khi số cảnh báo vượt quá N
  --quiet                           Chỉ báo lỗi
  --fix                             Áp dụng các bản sửa an toàn (ghi tệp an toàn, giữ BOM và CRLF)
  --root THƯ-MỤC                    Gốc dự án (mặc định: từ thư mục được chỉ định đi lên, kehoach.config.yaml có root: true, nếu không thì thư mục có .git, nếu không thì chính thư mục đó)
  -j, --jobs N                      Số luồng kiểm tra song song, kể cả luồng chính (mặc định: mỗi nhân CPU một luồng, khi có nhiều tệp)
  -h, --help                        Trợ giúp
`,
    en: `Usage: kehoach validate [paths|folders|globs...] [options]

Finds YAML files (folders recursively, skipping node_modules, .git, dist and the "ignore:"
patterns of kehoach.config.yaml) and checks them together, parent-plan links included.

Options:
  -f, --format stylish|json|sarif|html
                                    Report format (default: stylish). sarif: for GitHub code
                                    scanning and CI; html: one page for a browser (a summary, each
                                    problem with line:column, rule and source line), no network needed
  -o, --output FILE                 Write the report to a file instead of the terminal
  -w, --watch                       Watch: check again whenever a plan, registry, template or
                                    config changes (only what changed and what depends on it),
                                    printing a new report with the time; Ctrl+C stops (exit code 0)
  --locale vi|en                    Message language
  --max-warnings N                  Exit with code 1 when there are more than N warnings
  --quiet                           Report errors only
  --fix                             Apply safe fixes (atomic writes, BOM and CRLF kept)
  --root FOLDER                     Project root (default: from the folder given upwards, a kehoach.config.yaml with root: true, else the folder holding .git, else that folder)
  -j, --jobs N                      Threads checking in parallel, the main one included (default: one per CPU core, for large runs)
  -h, --help                        Help
`,
  },
  schema: {
    vi: `Cách dùng: kehoach schema [--kind plan|registry|config|report]

In JSON Schema của tệp kế hoạch (mặc định), danh mục cơ quan, cấu hình hoặc báo cáo
(*.baocao.yaml), để trình soạn thảo không có kehoach vẫn gợi ý khóa và mô tả tiếng Việt.
`,
    en: `Usage: kehoach schema [--kind plan|registry|config|report]

Prints the JSON Schema of plan files (default), agency registries, configs or progress
reports (*.baocao.yaml), so editors without kehoach still complete keys and show their
Vietnamese descriptions.
`,
  },
  explain: {
    vi: `Cách dùng: kehoach explain <quy-tắc> [--locale vi|en]
           kehoach explain --list

In mô tả, lý do, mức mặc định và ví dụ đúng/sai của một quy tắc; --list liệt kê mọi quy tắc.
`,
    en: `Usage: kehoach explain <rule> [--locale vi|en]
       kehoach explain --list

Prints a rule's description, rationale, default severity and correct/incorrect examples;
--list lists every rule.
`,
  },
};

export function helpText(topic: HelpTopic, locale: Locale): string {
  return locale === 'en' ? HELP[topic].en : HELP[topic].vi;
}
