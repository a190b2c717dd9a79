import type { SourceHistory } from './source.js';

/**
 * Remembers, for each file (by lineage, see YamlSource.history), the last version whose
 * whole text passed a test that looks at lines one by one. The next version then only
 * has the lines of its change tested: a rule that scans the text of a 3 MB plan at
 * each keystroke scans a line instead. One instance per test.
 */
export class CleanVersions {
  private readonly versions = new WeakMap<object, number>();

  /**
   * Whether `text` passes `test`. `test` must hold for a text exactly when it holds for
   * each of its lines: what it looks for never reaches across a line break.
   */
  clean(history: SourceHistory, text: string, test: (span: string) => boolean): boolean {
    const { lineage, version, change } = history;
    let span = text;
    if (change && this.versions.get(lineage) === version - 1) {
      const from = text.lastIndexOf('\n', change.start - 1) + 1;
      const next = text.indexOf('\n', change.newEnd);
      span = text.slice(from, next < 0 ? text.length : next);
    }
    const clean = test(span);
    if (clean) this.versions.set(lineage, version);
    else this.versions.delete(lineage);
    return clean;
  }
}
