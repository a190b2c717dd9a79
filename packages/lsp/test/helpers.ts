import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Position } from 'vscode-languageserver-types';
import { LanguageService, type LanguageServiceOptions } from '../src/service/language-service.js';
import { pathToUri } from '../src/service/uri.js';

export const ROOT = '/ws';
const fixture = (folder: string): string => fileURLToPath(new URL(`./fixtures/${folder}/`, import.meta.url));

/**
 * A fixture workspace as files under /ws: `workspace` (registry, config, province and
 * commune plans of 2024, in the earlier shape) or `document` (plans written as the
 * document: sections, task groups, requests, appendix tables, a template and a plan over it).
 */
export function fixtureFiles(folder: 'workspace' | 'document' = 'workspace'): Map<string, string> {
  const files = new Map<string, string>();
  const dir = fixture(folder);
  for (const name of readdirSync(dir)) files.set(`${ROOT}/${name}`, readFileSync(`${dir}${name}`, 'utf8'));
  return files;
}

/** A folder of the repository's examples (`examples/<folder>`) as files under /ws, sub-folders kept. */
export function exampleFiles(folder: string): Map<string, string> {
  const base = fileURLToPath(new URL(`../../../examples/${folder}/`, import.meta.url));
  const files = new Map<string, string>();
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir)) {
      const full = `${dir}${name}`;
      if (statSync(full).isDirectory()) walk(`${full}/`, `${rel}${name}/`);
      else files.set(`${ROOT}/${rel}${name}`, readFileSync(full, 'utf8'));
    }
  };
  walk(base, '');
  return files;
}

export function fixtureText(name: string, folder: 'workspace' | 'document' = 'workspace'): string {
  return readFileSync(`${fixture(folder)}${name}`, 'utf8');
}

export interface TestWorkspace {
  service: LanguageService;
  files: Map<string, string>;
  uri(name: string): string;
  /** Open a document; a `|` in the text marks the cursor and is removed. */
  open(name: string, text: string, version?: number): { uri: string; position: Position; text: string };
  /** Open a document as is (YAML block scalars use `|` too). */
  openRaw(name: string, text: string, version?: number): string;
}

export async function workspace(options: Partial<LanguageServiceOptions> & { files?: Map<string, string> } = {}): Promise<TestWorkspace> {
  const files = options.files ?? fixtureFiles();
  const service = new LanguageService({
    root: ROOT,
    fs: { readFile: async (p) => files.get(p) },
    docsUrl: (id) => `file:///docs/rules/${id}.md`,
    ...options,
  });
  await service.setWorkspaceFiles([...files.keys()].filter((p) => /\.ya?ml$/.test(p)));
  const uri = (name: string): string => pathToUri(`${ROOT}/${name}`);
  return {
    service,
    files,
    uri,
    open(name, withCursor, version = 1) {
      const { text, position } = cursor(withCursor);
      service.openDocument(uri(name), version, text);
      return { uri: uri(name), position, text };
    },
    openRaw(name, text, version = 1) {
      service.openDocument(uri(name), version, text);
      return uri(name);
    },
  };
}

/** Split "lead: Phòng V|" into the text and the cursor position (UTF-16, as LSP counts). */
export function cursor(withCursor: string): { text: string; position: Position; offset: number } {
  const at = withCursor.indexOf('|');
  if (at < 0) return { text: withCursor, position: { line: 0, character: 0 }, offset: 0 };
  if (withCursor.indexOf('|', at + 1) >= 0) throw new Error('more than one cursor marker');
  const text = withCursor.slice(0, at) + withCursor.slice(at + 1);
  const before = text.slice(0, at).split('\n');
  return { text, position: { line: before.length - 1, character: (before[before.length - 1] as string).length }, offset: at };
}

/** Apply LSP text edits (of one document) to a text. */
export function applyLspEdits(text: string, edits: { range: { start: Position; end: Position }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const off = (p: Position): number => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

/** The province plan with one task's line changed, for tests that need a broken plan. */
export const COMMUNE = 'xa.kehoach.yaml';
export const PROVINCE = 'tinh.kehoach.yaml';
