import type { Context } from '../context.js';
import { explainCommand } from './explain.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
// <command-imports> (one line per command; keep sorted)
import { initCommand } from './init.js';
import { calendarCommand } from './calendar.js';
import { renderCommand } from './render.js';
import { forkCommand } from './fork.js';
import { migrateCommand } from './migrate.js';
import { newCommand } from './new.js';
import { resolveCommand } from './resolve.js';
import { rollupCommand } from './rollup.js';
// </command-imports>

/** A `kehoach <name>` command: parses its own argv, returns the exit code, throws CliError for usage/I-O problems. */
export interface Command {
  run: (ctx: Context, argv: string[]) => Promise<number>;
  /** One line for `kehoach --help`, Vietnamese first. */
  summary: { vi: string; en: string };
  /** Usage column for `kehoach --help`, e.g. `validate [paths...]`. */
  usage: string;
}

/** Every command, in the order `kehoach --help` lists them. */
export const COMMANDS: Record<string, Command> = {
  validate: {
    run: validateCommand,
    usage: 'validate [đường dẫn|glob...]',
    summary: { vi: 'Kiểm tra kế hoạch, danh mục cơ quan và cấu hình (mặc định: .)', en: 'Check plans, agency registries and configs (default: .)' },
  },
  schema: {
    run: schemaCommand,
    usage: 'schema [--kind plan|registry|config|report]',
    summary: { vi: 'In JSON Schema (cho trình soạn thảo)', en: 'Print the JSON Schema (for editors)' },
  },
  explain: {
    run: explainCommand,
    usage: 'explain <quy-tắc> | --list',
    summary: { vi: 'Giải thích một quy tắc, hoặc liệt kê mọi quy tắc', en: 'Explain a rule, or list every rule' },
  },
  // <commands> (one entry per command, added by each feature)
  init: {
    run: initCommand,
    usage: 'init [thư-mục] --level <cấp> --name <tên>',
    summary: { vi: 'Dựng dự án kế hoạch cho một cơ quan: cấu hình, danh mục cơ quan, kế hoạch đầu tiên, VS Code, CI', en: 'Set up an office\'s plan project: config, agency registry, first plan, VS Code, CI' },
  },
  import: {
    // Loaded when run: the DOCX reader it brings (mammoth, JSZip) is a tenth of a second
    // of every other command's start, a roll-up's or a check's.
    run: async (ctx, argv) => (await import('./import.js')).importCommand(ctx, argv),
    usage: 'import <tệp.txt|tệp.docx> [-o tệp.yaml]',
    summary: { vi: 'Nhập kế hoạch có sẵn (văn bản, DOCX) thành bản nháp YAML', en: 'Import an existing plan (text, DOCX) as a YAML draft' },
  },
  render: {
    run: renderCommand,
    usage: 'render <kế hoạch|thư mục...> [-f docx|pdf|html|md|txt]',
    summary: { vi: 'Kết xuất văn bản theo Nghị định 30/2020/NĐ-CP (DOCX, PDF/A, HTML, Markdown)', en: 'Render the official document of Nghị định 30/2020/NĐ-CP (DOCX, PDF/A, HTML, Markdown)' },
  },
  rollup: {
    run: rollupCommand,
    usage: 'rollup <kế hoạch|thư mục> [--period ...]',
    summary: { vi: 'Tổng hợp kế hoạch cấp dưới và báo cáo: bảng điều khiển, CSV, XLSX, báo cáo tổng hợp', en: 'Roll up lower plans and reports: dashboard, CSV, XLSX, synthesised report' },
  },
  calendar: {
    run: calendarCommand,
    usage: 'calendar <kế hoạch|thư mục...>',
    summary: { vi: 'Xuất lịch hạn nhiệm vụ và báo cáo (iCalendar .ics)', en: 'Export task and report deadlines (iCalendar .ics)' },
  },
  new: {
    run: newCommand,
    usage: 'new --template <gói-mẫu> [tệp]',
    summary: { vi: 'Tạo kế hoạch mới kế thừa một gói mẫu', en: 'Create a plan extending a template package' },
  },
  fork: {
    run: forkCommand,
    usage: 'fork <gói-mẫu> --name <gói-mới>',
    summary: { vi: 'Tạo gói mẫu kế thừa một gói mẫu (tỉnh kế thừa mẫu chuẩn)', en: 'Create a template package extending another (a province fork)' },
  },
  resolve: {
    run: resolveCommand,
    usage: 'resolve <kế-hoạch>',
    summary: { vi: 'In kế hoạch sau khi hợp nhất mẫu, kèm nguồn của từng giá trị', en: 'Print the plan merged with its templates, with where each value came from' },
  },
  migrate: {
    run: migrateCommand,
    usage: 'migrate <kế-hoạch> [--to <gói-mẫu>]',
    summary: { vi: 'Chuyển kế hoạch mẫu 2024 (ba cấp) sang mẫu 2025 (hai cấp)', en: 'Move a 2024 three-level plan onto the 2025 templates' },
  },
  // </commands>
};
