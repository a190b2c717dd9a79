import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusError, FACTS_DIR, measureCorpus } from './corpus.js';
import { formatJson, formatMarkdown, formatText } from './format.js';

/** The repository root (this file is in packages/corpus/src or packages/corpus/dist). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `../shared/corpus` relative to the repository root. */
export const DEFAULT_CORPUS = resolve(REPO_ROOT, '..', 'shared', 'corpus');

export const README_START = '<!-- corpus:start -->';
export const README_END = '<!-- corpus:end -->';

export const HELP = `Usage: pnpm corpus [folder] [options]

Imports every plan (*.txt) of the folder (default ../shared/corpus next to the
repository), validates and renders each draft, and measures it: tasks, requests,
leads, coordinators and timeframes read, unplaced paragraphs, invented values,
schema errors, similarity of the rendered text to the source, and, for plans with
hand-written facts (packages/corpus/facts), the share of tasks found with the right
lead, timeframes as written and requests recognised. Targets are printed with ✓/✗.

Options:
  --json             everything as JSON (per plan: invented values, misses...)
  --markdown         the table the README shows
  --details          after the table: invented values, schema errors, facts not met
  --update-readme    write the Markdown table into README.md between
                     ${README_START} and ${README_END}
  --facts DIR        facts folder (default packages/corpus/facts)
  -o, --out FILE     write the output to FILE instead of stdout
  --strict           exit 1 when a target is not met
  -h, --help         this help

Exit codes: 0 every plan measured (targets met or not, unless --strict);
1 a plan could not be measured (its import, validation or rendering threw), or
--strict and a target is not met; 2 a usage or input problem (no such folder,
a facts file that does not follow packages/corpus/facts/README.md).
`;

export interface MainIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Where relative paths given by the user are resolved (pnpm's INIT_CWD: the caller's folder). */
  cwd: string;
}

interface Args {
  folder?: string;
  format: 'text' | 'json' | 'markdown';
  details: boolean;
  updateReadme: boolean;
  facts?: string;
  out?: string;
  strict: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { format: 'text', details: false, updateReadme: false, strict: false, help: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('-')) throw new CorpusError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    switch (arg) {
      case '--json':
        a.format = 'json';
        break;
      case '--markdown':
        a.format = 'markdown';
        break;
      case '--details':
        a.details = true;
        break;
      case '--update-readme':
        a.updateReadme = true;
        break;
      case '--strict':
        a.strict = true;
        break;
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '--facts':
        a.facts = value(i++, arg);
        break;
      case '-o':
      case '--out':
        a.out = value(i++, arg);
        break;
      case '--':
        break;
      default:
        if (arg.startsWith('-')) throw new CorpusError(`unknown option ${arg} (see --help)`);
        if (a.folder !== undefined) throw new CorpusError(`one folder only (got ${a.folder} and ${arg})`);
        a.folder = arg;
    }
  }
  return a;
}

/** Puts the table between the README's markers. */
export function replaceBetweenMarkers(readme: string, table: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new CorpusError(`README.md has no ${README_START} ... ${README_END} block`);
  return `${readme.slice(0, start + README_START.length)}\n${table}${readme.slice(end)}`;
}

function write(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new CorpusError(`cannot write ${path}: ${(e as Error).message}`);
  }
}

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[], io: MainIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`kehoach corpus: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  const at = (p: string): string => (isAbsolute(p) ? p : join(io.cwd, p));
  const folder = args.folder !== undefined ? at(args.folder) : DEFAULT_CORPUS;
  try {
    if (!existsSync(folder)) {
      const hint = args.folder === undefined ? ' (the default ../shared/corpus; pass a folder: pnpm corpus <folder>)' : '';
      throw new CorpusError(`corpus folder not found: ${folder}${hint}`);
    }
    const run = await measureCorpus(folder, args.facts !== undefined ? at(args.facts) : FACTS_DIR);
    const text = args.format === 'json' ? formatJson(run) : args.format === 'markdown' ? formatMarkdown(run) : formatText(run, { details: args.details });
    if (args.out !== undefined) write(at(args.out), text);
    else io.stdout(text);
    if (args.updateReadme) {
      const path = join(REPO_ROOT, 'README.md');
      write(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), formatMarkdown(run)));
      io.stderr(`kehoach corpus: table written to ${path}\n`);
    }
    if (run.totals.errors > 0) {
      io.stderr(`kehoach corpus: ${run.totals.errors} plan(s) could not be measured: ${run.plans.filter((p) => p.error).map((p) => `${p.file} (${p.error?.stage}: ${p.error?.message})`).join('; ')}\n`);
      return 1;
    }
    return args.strict && run.targets.some((t) => !t.met) ? 1 : 0;
  } catch (e) {
    if (e instanceof CorpusError) {
      io.stderr(`kehoach corpus: ${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr(`kehoach corpus: internal error: ${err?.message ?? String(e)}\n${process.env.KEHOACH_DEBUG ? `${err?.stack ?? ''}\n` : 'Set KEHOACH_DEBUG=1 for the stack.\n'}`);
    return 1;
  }
}
