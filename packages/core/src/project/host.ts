import type { SyntaxProblem } from '../yaml/source.js';

/** What a host (CLI, language server, browser) gives core: a way to read files. */
export interface ProjectHost {
  /** Absolute workspace root (forward slashes). Files outside it are never followed. */
  readonly root: string;
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  /** Problems found while decoding the file's bytes (see `decodeUtf8`). */
  problemsOf?(path: string): readonly SyntaxProblem[] | undefined;
  /**
   * Where a path really leads: every symbolic link in it followed, whether or not the
   * file at the end exists (see `canonicalPath`). Hosts over a disk give it, so that
   * the containment policy (containment.ts) sees through links; without it the path
   * as written is taken as the real one.
   */
  realpath?(path: string): Promise<string>;
}

/** A host over an in-memory map of files: for tests, the browser and examples. */
export class MemoryHost implements ProjectHost {
  readonly files: Map<string, string>;
  constructor(
    files: Record<string, string> | Map<string, string>,
    readonly root = '/',
  ) {
    this.files = files instanceof Map ? files : new Map(Object.entries(files));
  }
  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }
}
