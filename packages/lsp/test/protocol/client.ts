import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
/** The `kehoach-lsp` binary as package.json declares it (dist/server.js, built by test/global-setup.ts). */
export const SERVER = join(PACKAGE, (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['kehoach-lsp'] as string);
/** A fresh copy of a fixture workspace: `workspace` (registry, config, province and commune plans) or `document`. */
export function tempWorkspace(folder: 'workspace' | 'document' = 'workspace'): { dir: string; uri(name: string): string; path(name: string): string } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-lsp-')));
  cpSync(fileURLToPath(new URL(`../fixtures/${folder}`, import.meta.url)), dir, { recursive: true });
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href, path: (name) => join(dir, name) };
}

/** A fresh copy of a folder of the repository's examples (`examples/<folder>`, e.g. `2026/tinh-binh-minh`). */
export function tempExample(folder: string): { dir: string; uri(name: string): string; path(name: string): string } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-lsp-')));
  cpSync(fileURLToPath(new URL(`../../../../examples/${folder}`, import.meta.url)), dir, { recursive: true });
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href, path: (name) => join(dir, name) };
}

/**
 * The built server over stdio, driven by a real JSON-RPC client. Answers the
 * server's own requests (configuration, registrations) like an editor would.
 */
export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  /** window/showMessage notifications, in order. */
  readonly messages: { type: number; message: string }[] = [];
  /** window/logMessage notifications (the server's log: a request that failed is logged there), in order. */
  readonly logs: { type: number; message: string }[] = [];
  settings: Record<string, unknown> = {};
  readonly stderr: string[] = [];
  private listeners: (() => void)[] = [];

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {}

  static start(): LspClient {
    if (!existsSync(SERVER)) {
      throw new Error(`${SERVER} is missing: build first (pnpm turbo run build --filter=@kehoach/lsp...)`);
    }
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    child.stderr.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.published.push(p);
      for (const l of client.listeners) l();
    });
    connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      client.messages.push(m);
    });
    connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
      client.logs.push(m);
    });
    connection.onNotification(() => undefined);
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.settings));
    connection.onRequest(() => null);
    connection.listen();
    return client;
  }

  async initialize(rootDir: string, initializationOptions?: unknown): Promise<Record<string, unknown>> {
    const rootUri = pathToFileURL(rootDir).href;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      ...(initializationOptions === undefined ? {} : { initializationOptions }),
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: { versionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result as Record<string, unknown>;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /**
   * A request and its `$/cancelRequest` written in one piece, so the server reads the
   * cancellation before it can answer: the reply is read from the raw stream.
   */
  requestCancelledAtOnce(method: string, params: unknown, timeoutMs = 300_000): Promise<{ id: string; result?: unknown; error?: { code: number; message: string } }> {
    const id = `huy-${++LspClient.rawIds}`;
    const frame = (m: unknown): Buffer => {
      const body = Buffer.from(JSON.stringify(m), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    };
    return new Promise((resolve, reject) => {
      let pending = Buffer.alloc(0);
      const done = (): void => {
        clearTimeout(timer);
        this.process.stdout.off('data', onData);
      };
      const onData = (chunk: Buffer): void => {
        pending = Buffer.concat([pending, chunk]);
        for (;;) {
          const head = pending.indexOf('\r\n\r\n');
          if (head < 0) return;
          const length = Number(/Content-Length: (\d+)/i.exec(pending.subarray(0, head).toString('ascii'))?.[1]);
          if (pending.length < head + 4 + length) return;
          const message = JSON.parse(pending.subarray(head + 4, head + 4 + length).toString('utf8')) as { id?: unknown };
          pending = pending.subarray(head + 4 + length);
          if (message.id === id) {
            done();
            resolve(message as { id: string });
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no reply to ${method} ${id} in ${timeoutMs} ms`));
      }, timeoutMs);
      this.process.stdout.on('data', onData);
      this.process.stdin.write(
        Buffer.concat([frame({ jsonrpc: '2.0', id, method, params }), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })]),
      );
    });
  }

  private static rawIds = 0;

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The first publication for `uri` after index `from` that satisfies `accept`. */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0, timeoutMs = 300_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const hit = this.published.slice(from).find((p) => p.uri === uri && accept(p));
        if (hit) {
          this.listeners = this.listeners.filter((l) => l !== listener);
          clearTimeout(timer);
          resolve(hit);
          return true;
        }
        return false;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms; got ${JSON.stringify(this.published.slice(from).map((p) => [p.uri, p.version, p.diagnostics.length]))}\n${this.stderr.join('')}`));
      }, timeoutMs);
      if (!check()) this.listeners.push(listener);
    });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    if (this.process.exitCode !== null) return this.process.exitCode;
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 300_000))]);
    if (code === 'timeout') {
      this.process.kill();
      throw new Error('server did not exit after shutdown/exit');
    }
    this.connection.dispose();
    return code;
  }
}
