import { applyEdits, detectEol, editDistance, matchKey, stripMarks, type Diagnostic, type FileCheck, type Fix, type Project, type TextEdit } from '@kehoach/core';
import type { NodeHost } from './node-host.js';

/** Passes before giving up: fixes that keep producing new fixes must not loop forever. */
export const MAX_FIX_PASSES = 10;

/**
 * The fix `--fix` applies for a diagnostic: its safe fix, or, for an agency name the
 * registry does not know, the one name suggested when it is unambiguous: the only
 * candidate, and the same name but for tone marks or a slip of at most two letters
 * ("Phòng Tư phap" -> "Phòng Tư pháp"). Two candidates, or a name further off, stay
 * suggestions for the author to choose.
 */
export function autoFix(d: Diagnostic): Fix | undefined {
  if (d.fix) return d.fix;
  if (d.ruleId !== 'agency-known' || d.messageId !== 'didYouMean' || d.suggestions?.length !== 1) return undefined;
  const written = matchKey(String(d.data.name ?? ''));
  const meant = matchKey(String(d.data.suggestion ?? ''));
  if (!written || !meant) return undefined;
  const close = stripMarks(written) === stripMarks(meant) || editDistance(written, meant, 3) <= 2;
  return close ? d.suggestions[0] : undefined;
}

/** A problem `--fix` leaves to the author: it offers suggestions but no fix `--fix` may apply. */
export function onlySuggested(d: Diagnostic): boolean {
  return autoFix(d) === undefined && (d.suggestions?.length ?? 0) > 0;
}

export interface FixOutcome {
  check: FileCheck;
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
}

/**
 * Apply the fixes of a file's diagnostics (autoFix), re-check, and repeat while new fixes
 * appear (one fix may reveal or enable another). The text is only rewritten in memory;
 * the caller writes it once, atomically.
 */
export async function fixFile(project: Project, host: NodeHost, first: FileCheck, text: string): Promise<FixOutcome> {
  const path = first.uri;
  let check = first;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = check.diagnostics.map(autoFix).filter((f): f is Fix => f !== undefined && (f.uri === undefined || f.uri === path));
    const { edits, count } = nonOverlapping(fixes, detectEol(text));
    if (count === 0) break;
    const next = applyEdits(text, edits).text;
    if (next === text) break;
    text = next;
    applied += count;
    project.invalidate(path);
    host.setText(path, text);
    const again = await project.check(path);
    if (!again) break;
    check = again;
  }
  return { check, text, applied };
}

/**
 * Keep whole fixes whose edits touch no bytes another kept fix touches (a fix applied
 * by halves would corrupt the file); the rest wait for the next pass. Line breaks in
 * inserted text follow the file's, so CRLF files stay CRLF.
 */
function nonOverlapping(fixes: readonly Fix[], eol: '\n' | '\r\n'): { edits: TextEdit[]; count: number } {
  const taken: TextEdit[] = [];
  let count = 0;
  const sorted = [...fixes].sort((a, b) => start(a) - start(b));
  for (const fix of sorted) {
    const clash = fix.edits.some((e) => taken.some((t) => e.range.start < t.range.end && t.range.start < e.range.end || (e.range.start === t.range.start && e.range.end === t.range.end)));
    if (clash || fix.edits.length === 0) continue;
    for (const e of fix.edits) taken.push({ range: e.range, newText: eol === '\r\n' ? e.newText.replace(/\r?\n/g, '\r\n') : e.newText });
    count++;
  }
  return { edits: taken, count };
}

function start(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.range.start));
}
