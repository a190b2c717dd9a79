import { pathToFileURL } from 'node:url';
import { isInside, pick, relativePath, type AnyRule, type Diagnostic, type Fix, type LineIndex, type Range, type SuppressedDiagnostic } from '@kehoach/core';
import type { FileReport, Report } from './report.js';

export const INFORMATION_URI = 'https://github.com/kehoach/kehoach';
/** Where each rule's page is (packages/core/docs/rules/<rule-id>.md). */
export const RULE_DOCS = 'https://github.com/kehoach/kehoach/blob/main/packages/core/docs/rules';
const SRCROOT = '%SRCROOT%';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const DEFAULT_LEVEL = { error: 'error', warn: 'warning', info: 'note', off: 'none' } as const;

/**
 * SARIF 2.1.0 for code-scanning services: one run, the rules that fired, results with
 * UTF-16 columns (what core counts), safe fixes as replacements, and suppression
 * comments as in-source suppressions with their reason.
 */
export function formatSarif(report: Report): string {
  const fired = new Map<string, number>();
  const descriptors: object[] = [];
  const indexOf = (ruleId: string): number => {
    let i = fired.get(ruleId);
    if (i === undefined) {
      i = descriptors.length;
      fired.set(ruleId, i);
      descriptors.push(descriptor(ruleId, report.rules.get(ruleId), report));
    }
    return i;
  };
  const results: object[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) results.push(result(d, file, report, indexOf(d.ruleId)));
    for (const d of file.suppressed) results.push(result(d, file, report, indexOf(d.ruleId)));
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'kehoach', version: report.version, semanticVersion: report.version, informationUri: INFORMATION_URI, rules: descriptors },
        },
        invocations: [
          {
            executionSuccessful: report.failures.length === 0,
            toolExecutionNotifications: report.failures.map((f) => ({
              level: 'error',
              message: { text: f.message },
              locations: [{ physicalLocation: { artifactLocation: artifact(f.path, report.root) } }],
            })),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(report.root.endsWith('/') ? report.root : `${report.root}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(ruleId: string, rule: AnyRule | undefined, report: Report): object {
  if (!rule) return { id: ruleId, helpUri: `${RULE_DOCS}/${ruleId}.md` };
  const m = rule.meta;
  return {
    id: m.id,
    shortDescription: { text: pick(m.description, report.locale) },
    fullDescription: { text: pick(m.rationale, report.locale) },
    helpUri: `${RULE_DOCS}/${m.id}.md`,
    defaultConfiguration: { level: DEFAULT_LEVEL[m.severity], enabled: m.severity !== 'off' },
    properties: { category: m.category, ...(m.fixable ? { fixable: m.fixable } : {}) },
  };
}

function result(d: Diagnostic | SuppressedDiagnostic, file: FileReport, report: Report, ruleIndex: number): object {
  const where = artifact(file.path, report.root);
  const out: Record<string, unknown> = {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: pick(d.message, report.locale) },
    locations: [{ physicalLocation: { artifactLocation: where, region: region(d.range) } }],
    properties: { messageId: d.messageId, ...(d.origin ? { origin: d.origin } : {}) },
  };
  if (d.related?.length) {
    out.relatedLocations = d.related.map((r, id) => ({
      id,
      message: { text: pick(r.message, report.locale) },
      physicalLocation: { artifactLocation: artifact(r.uri, report.root), region: region(r.range) },
    }));
  }
  if (d.fix) out.fixes = [sarifFix(d.fix, file, report)];
  if ('suppression' in d) {
    out.suppressions = [
      {
        kind: 'inSource',
        justification: d.suppression.reason,
        location: { physicalLocation: { artifactLocation: where, region: region(d.suppression.range) } },
      },
    ];
  }
  return out;
}

function sarifFix(fix: Fix, file: FileReport, report: Report): object {
  const own = fix.uri === undefined || fix.uri === file.path;
  return {
    description: { text: pick(fix.title, report.locale) },
    artifactChanges: [
      {
        artifactLocation: artifact(fix.uri ?? file.path, report.root),
        replacements: fix.edits.map((e) => ({
          // Another file's lines are not at hand: its edits are given as offsets.
          deletedRegion: own ? region(positions(file.lines, e.range)) : { charOffset: e.range.start, charLength: e.range.end - e.range.start },
          insertedContent: { text: e.newText },
        })),
      },
    ],
  };
}

function positions(lines: LineIndex, r: { start: number; end: number }): Range {
  return lines.range(r);
}

/** 1-based lines and columns; SARIF's endColumn is the column just past the range. */
function region(r: Range): object {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** Relative to the root (the scanning service knows where that is), else a file URI. */
function artifact(path: string, root: string): { uri: string; uriBaseId?: string } {
  if (isInside(root, path) && path !== root) {
    return { uri: relativePath(root, path).split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(path).href };
}
