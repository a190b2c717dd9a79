import { matchKey } from '../text/normalize.js';
import { ownString } from '../text/own.js';

/**
 * The project's plans by number, for a `parent.ref` written without a path: the plan
 * "07/KH-UBND" is looked for among the plan files of the project — the files a
 * `kehoach validate` run checks, the files of the editor's workspace — and not among
 * whatever happened to be read before (which made the answer depend on the order files
 * were checked in, on how a run was split between worker threads, and in the editor on
 * which files were open). Hosts add each project file's text once; the number is read
 * from its top-level `number:` line without parsing the file.
 */
export class PlanCatalog {
  private readonly numbers = new Map<string, string>();

  /** Add or update a project file; a file without a number is forgotten. */
  set(path: string, text: string): void {
    this.setNumber(path, planNumberOf(text));
  }

  /**
   * Add or update a project file by the number its text states (`planNumberOf`), for a
   * host that read the number and let the text go; undefined forgets the file.
   */
  setNumber(path: string, number: string | undefined): void {
    if (number === undefined) this.numbers.delete(path);
    else this.numbers.set(path, ownString(numberKey(number)));
  }

  delete(path: string): void {
    this.numbers.delete(path);
  }

  /** The project's files that state the number `ref`, in path order. */
  plansNumbered(ref: string): string[] {
    const key = numberKey(ref);
    const out: string[] = [];
    for (const [path, n] of this.numbers) if (n === key) out.push(path);
    return out.sort();
  }

  /** Every entry, for a host that hands the catalog to worker threads. */
  entries(): [string, string][] {
    return [...this.numbers];
  }

  static from(entries: Iterable<[string, string]>): PlanCatalog {
    const c = new PlanCatalog();
    for (const [path, key] of entries) c.numbers.set(path, key);
    return c;
  }
}

/** The top-level `number:` of a plan's text ("07/KH-UBND"), quotes and comment removed. */
export function planNumberOf(text: string): string | undefined {
  const m = /^number:[ \t]*(.*)$/m.exec(text);
  if (!m) return undefined;
  let value = (m[1] as string).trim();
  if (value.startsWith('"')) value = /^"((?:[^"\\]|\\.)*)"/.exec(value)?.[1] ?? '';
  else if (value.startsWith("'")) value = /^'((?:[^']|'')*)'/.exec(value)?.[1]?.replace(/''/g, "'") ?? '';
  else value = value.replace(/[ \t]+#.*$/, '').trim();
  return value === '' ? undefined : value;
}

/** How plan numbers compare: case, diacritics and spaces aside ("07/KH-UBND" = "07/kh-ubnd"). */
export function numberKey(ref: string): string {
  return matchKey(ref).replace(/\s+/g, '');
}
