import type { Locale } from '@kehoach/core';
import { earlyLocale, localeOption } from './args.js';
import { COMMANDS } from './commands/index.js';
import { makeContext, type Context } from './context.js';
import { CliError } from './errors.js';
import type { Io, MainOptions } from './io.js';
import { t } from './messages.js';
import { cliVersion } from './version.js';

/**
 * The whole CLI as a function: argv (without node and the script) in, exit code out.
 * Usage and I/O problems are one localised line on stderr and exit 2; anything
 * unexpected is one line too (the stack only with KEHOACH_DEBUG=1), never a crash.
 */
export async function main(argv: readonly string[], io: Io, options: MainOptions = {}): Promise<number> {
  const ctx: Context = makeContext(io, options, earlyLocale(argv));
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      ctx.io.stdout(mainHelp(ctx.locale));
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      ctx.io.stdout(`${cliVersion()}\n`);
      return 0;
    }
    if (name === '--locale' || name.startsWith('--locale=')) return await localeFirst(argv, io, options);
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new CliError('unknownCommand', { command: name, commands: Object.keys(COMMANDS).join(', ') });
    return await command.run(ctx, rest);
  } catch (error) {
    if (error instanceof CliError) {
      ctx.io.stderr(`kehoach: ${error.text(ctx.locale)}\n`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    ctx.io.stderr(`kehoach: ${t(ctx.locale, 'unexpected', { where: name ? ` (${name})` : '', reason })}\n`);
    if (io.env.KEHOACH_DEBUG && error instanceof Error && error.stack) ctx.io.stderr(`${error.stack}\n`);
    return 2;
  }
}

/**
 * `kehoach --locale en --help`, `kehoach --locale=en validate ...`: the one option common to
 * every command, written before the command, is handed on to it. An unknown language is
 * a usage error (CliError, one line).
 */
async function localeFirst(argv: readonly string[], io: Io, options: MainOptions): Promise<number> {
  const args = [...argv];
  const moved: string[] = [];
  while (args[0] === '--locale' || args[0]?.startsWith('--locale=')) moved.push(...args.splice(0, args[0] === '--locale' ? 2 : 1));
  const locale = localeOption(moved[0] === '--locale' ? (moved[1] ?? '') : (moved[0] ?? '').slice('--locale='.length)) as Locale;
  const [command, ...rest] = args;
  if (command === undefined) {
    io.stdout(mainHelp(locale));
    return 2;
  }
  return main([command, ...moved, ...rest], io, options);
}

/** `kehoach --help`: the command list comes from the command table, so it never goes stale. */
export function mainHelp(locale: Locale): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length)) + 3;
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}${locale === 'en' ? c.summary.en : c.summary.vi}`);
  if (locale === 'en') {
    return `kehoach: check, render and import Vietnamese government plans written as YAML.

Usage: kehoach <command> [options]

Commands:
${lines.join('\n')}

Common options:
  --locale vi|en   Message language (default: the locale of kehoach.config.yaml, else vi)
  -h, --help       Help (kehoach <command> --help for each command)
  --version        Version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or file I/O error.
`;
  }
  return `kehoach: kiểm tra, kết xuất và nhập kế hoạch của cơ quan nhà nước viết bằng YAML.

Cách dùng: kehoach <lệnh> [tùy chọn]

Lệnh:
${lines.join('\n')}

Tùy chọn chung:
  --locale vi|en   Ngôn ngữ thông báo (mặc định: locale của kehoach.config.yaml, nếu không: vi)
  -h, --help       Trợ giúp (kehoach <lệnh> --help cho từng lệnh)
  --version        Phiên bản

Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc quá nhiều cảnh báo), 2 sai cách dùng hoặc lỗi đọc/ghi tệp.
`;
}
