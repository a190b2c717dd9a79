import type { Locator } from '../engine/define.js';

/** A reference from one file to another (`registry:`, `extends:`, `parent.path`) and how it went. */
export interface FileLink {
  kind: 'registry' | 'extends' | 'parent';
  /** As written. */
  target: string;
  /** Absolute path it resolves to. */
  resolved?: string;
  status: 'ok' | 'not-found' | 'outside-workspace' | 'wrong-kind' | 'cycle' | 'ref-mismatch';
  /** Where it is written in the file being checked. */
  at: Locator;
  /** Extra facts for the message (the number found in the parent file...). */
  data?: Record<string, string>;
}
