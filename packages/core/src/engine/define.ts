import type { z } from 'zod';
import type { Fix, Origin, RelatedLocation } from '../diagnostics.js';
import type { Message, MessageData } from '../i18n/message.js';
import type { SeveritySetting } from '../schema/rule-settings.js';
import type { OffsetRange } from '../text/positions.js';
import type { Path } from '../yaml/source.js';
import type { RuleContextApi } from './context-api.js';
import type { DocumentKind } from '../model/document-kind.js';

export type RuleCategory = 'core' | 'agencies' | 'timeframe' | 'legal' | 'text' | 'structure' | 'hierarchy' | 'report';

export interface RuleMeta<M extends string, O> {
  /** kebab-case; plugin rules are namespaced `plugin/rule`. */
  id: string;
  category: RuleCategory;
  severity: SeveritySetting;
  description: Message;
  /** Why the rule exists, for its docs page and hover. */
  rationale: Message;
  messages: Record<M, Message>;
  /** Address of the rule's docs page, for rules outside this repository (plugins). */
  docs?: string;
  /** 'safe': `--fix` applies it; 'suggestion': offered in the editor only. */
  fixable?: 'safe' | 'suggestion';
  /** Options schema; parsed once per run, defaults filled in by zod. */
  options?: z.ZodType<O>;
  /** Needs other files (parent plan): run by the project, not on a lone text. */
  scope?: 'file' | 'project';
  /** Kinds of file the rule checks; plans only when absent. */
  appliesTo?: readonly DocumentKind[];
  /**
   * YAML examples for the docs page. The docs test checks that each `invalid` example
   * yields exactly one diagnostic of this rule and each `valid` one none.
   */
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

/** A YAML example; rules that read other files give them (absolute paths under /work). */
export type RuleExample = string | { code: string; files?: Record<string, string>; path?: string };

export function exampleCode(e: RuleExample): string {
  return typeof e === 'string' ? e : e.code;
}

/** Where a report points: an object or array of the plan (optionally one of its keys or items), a path, or offsets. */
export type Locator =
  | { node: object; key?: string; index?: number; part?: 'key' | 'value' | 'head' }
  | { path: Path; part?: 'key' | 'value' }
  | { range: OffsetRange };

export interface FixInput {
  title: Message;
  edits: Fix['edits'];
  uri?: string;
}

export interface ReportInput<M extends string> {
  messageId: M;
  data?: MessageData;
  at: Locator;
  fix?: FixInput;
  suggestions?: FixInput[];
  related?: RelatedLocation[];
  origin?: Origin;
}

export interface Rule<M extends string = string, O = unknown> {
  meta: RuleMeta<M, O>;
  check(ctx: RuleContextApi<M, O>): void;
}

/** Identity with inference, so message ids are checked by the compiler. */
export function defineRule<M extends string, O = undefined>(rule: Rule<M, O>): Rule<M, O> {
  return rule;
}

// Rules of different message and option types live together in registries.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<string, any>;
