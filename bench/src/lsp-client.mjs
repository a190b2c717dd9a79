// A minimal LSP client over stdio for the benchmarks: spawn a server, speak JSON-RPC
// with vscode-jsonrpc, answer the requests servers make (configuration, capability
// registration, progress), and timestamp every publishDiagnostics on arrival.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export class LspClient {
  /**
   * @param {string[]} command node arguments (script and flags)
   * @param {{ root: string, settings?: unknown }} options
   */
  constructor(command, { root, settings = {} }) {
    this.root = root;
    this.settings = settings;
    // KEHOACH_BENCH_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
    const flags = (process.env.KEHOACH_BENCH_NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
    this.child = spawn(process.execPath, [...flags, ...command], { stdio: ['pipe', 'pipe', 'pipe'], cwd: root });
    this.stderr = '';
    this.child.stderr.on('data', (d) => {
      this.stderr += d;
    });
    // Writes after the server exited (answers to its last requests) fail on a closed pipe.
    this.child.stdin.on('error', () => {});
    this.conn = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    /** @type {{ uri: string, version?: number, diagnostics: any[], at: number }[]} */
    this.publishes = [];
    this.waiters = [];
    this.conn.onNotification('textDocument/publishDiagnostics', (params) => {
      const p = { ...params, at: performance.now() };
      this.publishes.push(p);
      this.waiters = this.waiters.filter((w) => !w(p));
    });
    this.conn.onRequest('workspace/configuration', (params) =>
      params.items.map((item) => (item.section ? lookup(this.settings, item.section) : this.settings) ?? null),
    );
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('client/unregisterCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(root).href, name: 'bench' }]);
    this.conn.onNotification(() => {});
    this.conn.listen();
  }

  async initialize(initializationOptions) {
    const rootUri = pathToFileURL(this.root).href;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: this.settings });
  }

  open(path, languageId = 'yaml') {
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, 'utf8');
    const at = performance.now();
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return { uri, text, at };
  }

  /** A single incremental change; returns the send time. */
  change(uri, version, range, text) {
    const at = performance.now();
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return at;
  }

  /** The first publish (already received or future) after `since` that satisfies `test`. */
  waitFor(test, since, timeoutMs) {
    const hit = this.publishes.find((p) => p.at >= since && test(p));
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, timeoutMs);
      const waiter = (p) => {
        if (p.at < since || !test(p)) return false;
        clearTimeout(timer);
        resolve(p);
        return true;
      };
      this.waiters.push(waiter);
    });
  }

  /** Peak resident set size of the server process so far, in MiB (Linux /proc). */
  peakRssMiB() {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return kb / 1024;
    } catch {
      return NaN;
    }
  }

  async close() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      // The server may already be gone (a busy machine lets the shutdown wait run out):
      // a write to its closed stdin rejects, and is no failure of the measurement.
      await this.conn.sendNotification('exit').catch(() => {});
    } catch {
      // already gone
    }
    const gone = this.child.exitCode !== null || this.child.signalCode !== null ? Promise.resolve() : new Promise((r) => this.child.once('exit', r));
    setTimeout(() => this.child.kill('SIGKILL'), 1000).unref();
    this.conn.dispose();
    // The next measurement starts when this server no longer uses the CPU.
    await Promise.race([gone, new Promise((r) => setTimeout(r, 3000).unref())]);
  }
}

function lookup(settings, section) {
  let v = settings;
  for (const part of section.split('.')) v = v?.[part];
  return v;
}
