import type { Context } from '../context.js';
import { explainCommand } from './explain.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
// <command-imports> (one line per command; keep sorted)
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
    usage: 'schema [--kind plan|registry|config]',
    summary: { vi: 'In JSON Schema (cho trình soạn thảo)', en: 'Print the JSON Schema (for editors)' },
  },
  explain: {
    run: explainCommand,
    usage: 'explain <quy-tắc> | --list',
    summary: { vi: 'Giải thích một quy tắc, hoặc liệt kê mọi quy tắc', en: 'Explain a rule, or list every rule' },
  },
  // <commands> (one entry per command, added by each feature)
  // </commands>
};
