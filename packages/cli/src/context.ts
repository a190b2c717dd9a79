import { ConfigResolver, type Locale } from '@kehoach/core';
import { terminalText } from './format/terminal-text.js';
import type { Io, MainOptions } from './io.js';
import { NodeHost } from './node-host.js';
import { projectRoot } from './project-root.js';
import { toPosix } from './paths.js';

/** What every command gets; `locale` is updated once known, for the final error line. */
export interface Context {
  /** The caller's streams, with control and bidi characters escaped (format/terminal-text.ts). */
  io: Io;
  options: MainOptions;
  locale: Locale;
  /** A report the CLI formatted itself (values escaped, colours its own): written to stdout with its colours. */
  styled: (text: string) => void;
  /**
   * Data for another program (YAML, a rendered document) on stdout: as is into a file or
   * a pipe, with control and bidi characters escaped when stdout is a terminal.
   */
  data: (text: string) => void;
  /** The progress line on stderr: its carriage returns redraw it. */
  progress: (text: string) => void;
  /** Clear the terminal (stdout) before a new report (`validate --watch`); nothing on a pipe or a file. */
  clear: () => void;
}

/** The context of one run over the caller's streams: every write but data to a pipe is terminal-safe. */
export function makeContext(io: Io, options: MainOptions, locale: Locale): Context {
  const safe: Io = { ...io, stdout: (text) => io.stdout(terminalText(text)), stderr: (text) => io.stderr(terminalText(text)) };
  return {
    io: safe,
    options,
    locale,
    styled: (text) => io.stdout(terminalText(text, true)),
    data: (text) => io.stdout(io.isTTY.stdout ? terminalText(text) : text),
    progress: (text) => io.stderr(text),
    clear: () => {
      if (io.isTTY.stdout) io.stdout('\x1b[2J\x1b[3J\x1b[H');
    },
  };
}

/** The locale asked for, else the one of the config in effect for the working directory, else Vietnamese. */
export async function resolveLocale(ctx: Context, flag: Locale | undefined, configs?: ConfigResolver): Promise<Locale> {
  if (flag) return flag;
  const cwd = toPosix(ctx.io.cwd);
  const resolver = configs ?? new ConfigResolver(new NodeHost(await projectRoot(ctx.io.cwd)));
  try {
    return (await resolver.forDirectory(cwd)).locale ?? 'vi';
  } catch {
    // A broken config must not stop `explain` from speaking: validate reports it.
    return 'vi';
  }
}
