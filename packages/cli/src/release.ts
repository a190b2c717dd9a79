import type { Project } from '@kehoach/core';
import type { NodeHost } from './node-host.js';

/**
 * Forget a checked file that nothing else has read (a commune plan, the leaf of the
 * hierarchy), so a run over thousands of plans keeps only what later files may need:
 * parents, registries, templates and configs stay cached. Dropping a file that a later
 * one does read only costs one more parse of it, never a different result.
 */
export function release(project: Project, host: NodeHost, path: string): void {
  if (/(^|\/)kehoach\.config\.ya?ml$/.test(path)) return;
  if (project.dependentsOf(path).length > 0) return;
  project.forget(path);
  // The host's copy of the text too: kept to the end, the texts of the whole country
  // were most of what the collector copied and marked.
  host.release(path);
}
