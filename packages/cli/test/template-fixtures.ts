import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Install the repository's real template packages into a test workspace, the way npm
 * lays them out (node_modules/@kehoach/template-<id>), without a registry.
 */
export function installTemplates(root: string, ...ids: string[]): void {
  for (const id of ids) {
    cpSync(join(TEMPLATES, id), join(root, 'node_modules/@kehoach', `template-${id}`), {
      recursive: true,
      filter: (src) => !/node_modules|\.reports/.test(src),
    });
  }
}
