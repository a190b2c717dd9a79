import { ConfigResolver, type Locale } from '@kehoach/core';
import type { Io, MainOptions } from './io.js';
import { NodeHost } from './node-host.js';
import { projectRoot } from './project-root.js';
import { toPosix } from './paths.js';

/** What every command gets; `locale` is updated once known, for the final error line. */
export interface Context {
  io: Io;
  options: MainOptions;
  locale: Locale;
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
