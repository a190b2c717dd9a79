import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionList } from 'vscode-languageserver-protocol';
import { LspClient, tempWorkspace } from './client.js';

/**
 * Issue 18, item 6: a position far past the end of a line (line 1e8: 16-29 s; character
 * 2^31: over 6 minutes) froze the server, and every other request waited. Every position
 * and range is now clamped to the document before any work: the answers are those of the
 * nearest position inside it. (The test's time limit is a hang guard, nothing more.)
 */
const ws = tempWorkspace();
const COMMUNE = ws.uri('xa.kehoach.yaml');
const text = readFileSync(ws.path('xa.kehoach.yaml'), 'utf8');
const lines = text.split('\n');
const lastLine = lines.length - 1;
const endOfDocument = { line: lastLine, character: (lines[lastLine] as string).length };
/** The line of the plan's `lead:` of its first task, where completion offers agencies. */
const LEAD = lines.findIndex((l) => /^\s+lead: /.test(l));
const leadEnd = { line: LEAD, character: (lines[LEAD] as string).length };
const FAR = 2 ** 31;

let client: LspClient;
beforeAll(async () => {
  client = LspClient.start();
  await client.initialize(ws.dir);
  await client.notify('textDocument/didOpen', { textDocument: { uri: COMMUNE, languageId: 'yaml', version: 1, text } });
  await client.waitForDiagnostics(COMMUNE, (p) => p.version === 1);
});
afterAll(async () => {
  await client.stop();
});

const labels = (l: CompletionList | null): string[] => (l?.items ?? []).map((i) => i.label);
const at = (position: { line: number; character: number }) => ({ textDocument: { uri: COMMUNE }, position });

describe('positions past the end of a line or of the document', () => {
  it('completion at character 2^31 of a line answers as at the line’s end', async () => {
    const far = await client.request<CompletionList>('textDocument/completion', at({ line: LEAD, character: FAR }));
    const near = await client.request<CompletionList>('textDocument/completion', at(leadEnd));
    expect(labels(near).length).toBeGreaterThan(0);
    expect(labels(far)).toEqual(labels(near));
  });

  it('completion at line 1e8 and at line 2^31 answers as at the end of the document', async () => {
    const near = labels(await client.request<CompletionList>('textDocument/completion', at(endOfDocument)));
    expect(labels(await client.request<CompletionList>('textDocument/completion', at({ line: 1e8, character: 0 })))).toEqual(near);
    expect(labels(await client.request<CompletionList>('textDocument/completion', at({ line: FAR, character: FAR })))).toEqual(near);
  });

  it('hover, definition, references, prepareRename, code actions and inlay hints far away answer as near, and the next request is served', async () => {
    const far = { line: LEAD, character: FAR };
    expect(await client.request('textDocument/hover', at(far))).toEqual(await client.request('textDocument/hover', at(leadEnd)));
    expect(await client.request('textDocument/definition', at(far))).toEqual(await client.request('textDocument/definition', at(leadEnd)));
    const refs = { context: { includeDeclaration: true } };
    expect(await client.request('textDocument/references', { ...at(far), ...refs })).toEqual(await client.request('textDocument/references', { ...at(leadEnd), ...refs }));
    await client.request('textDocument/prepareRename', at({ line: FAR, character: FAR })).catch(() => undefined);
    const whole = { start: { line: 0, character: 0 }, end: endOfDocument };
    const huge = { start: { line: 0, character: 0 }, end: { line: FAR, character: FAR } };
    expect(await client.request('textDocument/inlayHint', { textDocument: { uri: COMMUNE }, range: huge })).toEqual(
      await client.request('textDocument/inlayHint', { textDocument: { uri: COMMUNE }, range: whole }),
    );
    const context = { diagnostics: [] };
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: COMMUNE }, range: huge, context })).toEqual(
      await client.request('textDocument/codeAction', { textDocument: { uri: COMMUNE }, range: whole, context }),
    );
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: COMMUNE } });
    expect(symbols.length).toBeGreaterThan(0);
  });

  it('a negative, fractional or missing position is the start of the document or of the line', async () => {
    const start = labels(await client.request<CompletionList>('textDocument/completion', at({ line: 0, character: 0 })));
    expect(labels(await client.request<CompletionList>('textDocument/completion', at({ line: -5, character: -1 })))).toEqual(start);
    expect(labels(await client.request<CompletionList>('textDocument/completion', at({ line: Number.NaN, character: 0.5 } as never)))).toEqual(start);
  });
});
