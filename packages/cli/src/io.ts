import type { AnyRule } from '@kehoach/core';
import type { ImportLimits } from '@kehoach/import';
import type { RenderLimits } from '@kehoach/render';

/** What `main` may touch of the outside world, so tests can run it in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Absolute working directory (any slash style; converted before use). */
  cwd: string;
  /** Whether each stream is a terminal: colours follow stdout, the progress line stderr; questions need stdin. */
  isTTY: { stdout: boolean; stderr: boolean; stdin?: boolean };
  env: Record<string, string | undefined>;
  /**
   * Ask the user one question on the terminal and read one line (undefined when they
   * end the input or press Ctrl+C). Only given when stdin is a terminal (`kehoach init`).
   */
  prompt?: (question: string) => Promise<string | undefined>;
}

/**
 * Hooks for tests only: the bin never passes them. `rules` replaces the built-in rule
 * set, so the fix loop can be exercised with a rule that has a safe fix; `limits` lowers
 * the size limits of import and render, so a refusal is tested on a small input.
 */
export interface MainOptions {
  rules?: ReadonlyMap<string, AnyRule>;
  limits?: { import?: Partial<ImportLimits>; render?: Partial<RenderLimits & { characters: number }> };
}
