import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { Editor } from './suite.js';
import { removeTemp, stopGroup } from './cleanup.js';
import { CHROMIUM, CHROMIUM_ARGS, codeServerTools, freePort, vsixPath } from './tools.js';

/**
 * A real VS Code (code-server 4.139, VS Code 1.139) on 127.0.0.1 with the .vsix installed,
 * every folder in a temp dir, the marketplace pointed at a closed loopback port, and a
 * headless Chromium on it. `files` are written into the workspace it opens.
 */
export async function startCodeServer(files: Record<string, string>, settings: Record<string, unknown> = {}): Promise<Editor> {
  const { node, entry } = codeServerTools();
  const tmp = mkdtempSync(join(tmpdir(), 'kehoach-code-server-'));
  const workspace = join(tmp, 'ws');
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(workspace, name, '..'), { recursive: true });
    writeFileSync(join(workspace, name), text);
  }
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(join(tmp, 't'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'telemetry.telemetryLevel': 'off',
      'chat.disableAIFeatures': true,
      'editor.quickSuggestions': { other: false, comments: false, strings: false },
      'files.autoSave': 'off',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.commandCenter.enabled': false,
      ...settings,
    }),
  );
  const closedPort = await freePort();
  const env = {
    ...process.env,
    HOME: tmp,
    XDG_CONFIG_HOME: join(tmp, 'config'),
    XDG_DATA_HOME: join(tmp, 'data'),
    XDG_CACHE_HOME: join(tmp, 'cache'),
    // Its sockets (vscode-ipc-*, vscode-git-*) go with the temp dir, not into /tmp.
    TMPDIR: join(tmp, 't'),
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: `http://127.0.0.1:${closedPort}/`, itemUrl: `http://127.0.0.1:${closedPort}/` }),
  };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check'];
  const install = spawnSync(node, [entry, ...common, '--install-extension', vsixPath()], { env, encoding: 'utf8', timeout: 540_000 });
  if (install.status !== 0) throw new Error(`code-server --install-extension failed (${install.status}):\n${install.stdout}\n${install.stderr}`);

  const port = await freePort();
  let output = '';
  const server: ChildProcess = spawn(
    node,
    [entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-workspace-trust', '--disable-getting-started-override', '--config', join(tmp, 'config.yaml'), workspace],
    // Its own process group, so closing stops the extension hosts it starts too.
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('HTTP server listening')) done();
      else if (server.exitCode !== null) done(new Error(`code-server exited (${server.exitCode}):\n${output}`));
    }, 100);
    const timer = setTimeout(() => done(new Error(`code-server did not start:\n${output}`)), 540_000);
    function done(e?: Error): void {
      clearInterval(check);
      clearTimeout(timer);
      if (e) reject(e);
      else resolve();
    }
  });

  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(tmp, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
      locale: 'vi-VN',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // CI runs every package's tests at once on two cores: be patient, never timed.
    page.setDefaultTimeout(300_000);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 300_000 });
    return {
      page,
      readFile: (name) => readFileSync(join(workspace, name), 'utf8'),
      log: () => output,
      async close() {
        await context?.close().catch(() => undefined);
        await stopGroup(server);
        removeTemp(tmp);
      },
    };
  } catch (e) {
    await context?.close().catch(() => undefined);
    await stopGroup(server, 0);
    throw e;
  }
}
