import type { Message, MessageData } from './i18n/message.js';
import type { OffsetRange, Range } from './text/positions.js';

export type Severity = 'error' | 'warning' | 'info';

/** A replacement of `range` (offsets in the file's text) by `newText`. */
export interface TextEdit {
  range: OffsetRange;
  newText: string;
}

export interface Fix {
  title: Message;
  /** Edits by file; the diagnostic's own file when `uri` is absent. */
  edits: TextEdit[];
  uri?: string;
}

export interface RelatedLocation {
  uri: string;
  range: Range;
  offsets: OffsetRange;
  message: Message;
}

/** Where the checked value came from once templates are in play. */
export type Origin = 'template' | 'fork' | 'plan' | 'config' | 'registry';

export interface Diagnostic {
  uri: string;
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  message: Message;
  range: Range;
  offsets: OffsetRange;
  /** A fix safe to apply without review (`kehoach validate --fix`). */
  fix?: Fix;
  /** Fixes offered to a person in the editor. */
  suggestions?: Fix[];
  related?: RelatedLocation[];
  origin?: Origin;
}

export interface SuppressedDiagnostic extends Diagnostic {
  suppression: { reason: string; range: Range };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.offsets.start - b.offsets.start ||
    a.offsets.end - b.offsets.end ||
    ORDER[a.severity] - ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
