import { CONFIG_FILE_NAMES } from '../schema/config.js';

export type DocumentKind = 'plan' | 'registry' | 'config' | 'template' | 'report';

/** `*.kehoach.yaml` is a plan whatever it says; so is any YAML whose top says `kind: plan`. */
export const PLAN_FILE_PATTERN = /\.kehoach\.ya?ml$/i;

/** `*.baocao.yaml` is a progress report on a plan (báo cáo); so is any YAML whose top says `kind: report`. */
export const REPORT_FILE_PATTERN = /\.baocao\.ya?ml$/i;

export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

/**
 * What a YAML file is, from its name and its top-level `kind:` (read without parsing
 * the whole file, so that scanning a folder stays cheap). Undefined: not ours.
 */
export function detectDocumentKind(path: string, text: string): DocumentKind | undefined {
  const name = baseName(path).toLowerCase();
  if ((CONFIG_FILE_NAMES as readonly string[]).includes(name)) return 'config';
  if (PLAN_FILE_PATTERN.test(name)) return 'plan';
  if (REPORT_FILE_PATTERN.test(name)) return 'report';
  const m = /^kind:[ \t]*["']?(plan|registry|template|report)["']?[ \t]*(?:#.*)?$/m.exec(text);
  if (m) return m[1] as DocumentKind;
  return undefined;
}
