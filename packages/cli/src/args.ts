import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLocale, type Locale } from '@kehoach/core';
import { CliError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with its English TypeErrors turned into our localised usage
 * errors (exit 2), so a typo never prints a stack.
 */
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>>;

export function parseCommand<O extends Options>(command: string, argv: string[], options: O, allowPositionals: boolean): Parsed<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError('unknownOption', { option: quoted, command });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError('missingValue', { option: quoted.split(' ')[0] ?? quoted });
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new CliError('unexpectedArgument', { value: quoted });
    throw error;
  }
}

export function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new CliError('badChoice', { option, value, choices: choices.join(', ') });
}

export function localeOption(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (isLocale(value)) return value;
  throw new CliError('badChoice', { option: '--locale', value, choices: 'vi, en' });
}

/**
 * The locale asked for on the command line, found before parsing so that even a usage
 * error about another option is printed in it. Unknown values fall back to Vietnamese.
 */
export function earlyLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice('--locale='.length) : undefined;
    if (isLocale(value)) return value;
  }
  return 'vi';
}
