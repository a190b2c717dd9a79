import { readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient, tempWorkspace } from './client.js';

/** The rule id of a diagnostic links to its docs page: where the client says, else the server's own. */
describe('rule docs links', () => {
  let client: LspClient | undefined;
  let dir: string | undefined;

  function stop(): void {
    if (client && client.process.exitCode === null) client.process.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
    client = undefined;
    dir = undefined;
  }
  afterEach(stop);

  /** The href of the task-lead-required diagnostic of a commune plan whose lead was taken out. */
  async function hrefWith(initializationOptions: unknown): Promise<string | undefined> {
    const ws = tempWorkspace();
    dir = ws.dir;
    client = LspClient.start();
    await client.initialize(ws.dir, initializationOptions);
    const uri = ws.uri('xa.kehoach.yaml');
    const text = readFileSync(ws.path('xa.kehoach.yaml'), 'utf8').replace('    lead: ubnd-xa\n', '');
    const mark = client.published.length;
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1 && x.diagnostics.some((d) => d.code === 'task-lead-required'), mark);
    return p.diagnostics.find((d) => d.code === 'task-lead-required')?.codeDescription?.href;
  }

  it('point into the folder the client names in initializationOptions.docsBase (a web extension serves its docs there)', async () => {
    expect(await hrefWith({ docsBase: 'https://docs.example.vn/kehoach/rules' })).toBe('https://docs.example.vn/kehoach/rules/task-lead-required.md');
  });

  it('are the server\'s own files when the client names none, or names no URL', async () => {
    expect(await hrefWith(undefined)).toMatch(/^file:\/\/.*\/docs\/rules\/task-lead-required\.md$/);
    stop();
    expect(await hrefWith({ docsBase: 'javascript:alert(1)' })).toMatch(/^file:\/\/.*\/docs\/rules\/task-lead-required\.md$/);
  });
});
