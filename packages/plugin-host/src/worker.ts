import { parentPort, workerData } from 'node:worker_threads';
import { isPluginNotFound, PluginNotFoundError, Project, type IsolatedCheck, type ProjectHost, type SyntaxProblem } from '@kehoach/core';
import { describePlugin } from './describe-plugin.js';
import { guardProcess } from './guard-process.js';
import { importPlugin } from './import-plugin.js';
import type { FromWorker, ToWorker, WorkerData } from './protocol.js';

/**
 * Runs plugin rules for the main thread, and is the only place plugin modules are
 * imported. It reads files through the main thread (so an editor's unsaved buffers are
 * what it sees), builds the same analysis with its own Project, and runs only the
 * plugin rules it is asked for, without suppressions: the main thread merges the
 * results and applies suppression comments once.
 */
const port = parentPort;
if (!port) throw new Error('@kehoach/plugin-host worker must run in a worker thread');
const { root } = workerData as WorkerData;
// Before any plugin code: exit and kill would reach the whole process.
guardProcess();

const post = (message: FromWorker): void => {
  try {
    port.postMessage(message);
  } catch {
    // A rule put something uncloneable in a diagnostic's data: send what JSON keeps.
    port.postMessage(JSON.parse(JSON.stringify(message)) as FromWorker);
  }
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

let nextRead = 0;
const reads = new Map<number, (value: { text: string | undefined; problems: readonly SyntaxProblem[] | undefined }) => void>();
const problems = new Map<string, readonly SyntaxProblem[]>();
const reals = new Map<number, (real: string) => void>();

const host: ProjectHost = {
  root,
  readFile(path) {
    const rid = nextRead++;
    return new Promise((resolve) => {
      reads.set(rid, (r) => {
        if (r.problems?.length) problems.set(path, r.problems);
        else problems.delete(path);
        resolve(r.text);
      });
      post({ type: 'read', rid, path });
    });
  },
  problemsOf: (path) => problems.get(path),
  // The worker's Project applies core's containment policy too: links are followed by the main thread.
  realpath(path) {
    const rid = nextRead++;
    return new Promise((resolve) => {
      reals.set(rid, resolve);
      post({ type: 'realpath', rid, path });
    });
  },
};

const key = (specifier: string, base: string): string => `${base}\0${specifier}`;
/** The plugins the current check may import: those the main thread loaded. */
let allowed: ReadonlySet<string> | undefined;

const project = new Project(host, {
  plugins: {
    async import(specifier, base) {
      // A plugin that failed to load for the main thread (it hung, threw, exited) is never
      // imported again here. "Not found" is not remembered, so it is asked again next time.
      if (allowed && !allowed.has(key(specifier, base))) throw new PluginNotFoundError(specifier);
      post({ type: 'loading', specifier, base });
      try {
        return await importPlugin(specifier, base);
      } finally {
        post({ type: 'loaded' });
      }
    },
  },
});

function check(request: IsolatedCheck): void {
  const { path, text, hostSettings, rules } = request;
  allowed = request.plugins ? new Set(request.plugins.map((p) => key(p.specifier, p.base))) : undefined;
  project
    .check(path, text, hostSettings, { only: new Set(rules), raw: true, onRule: (ruleId) => post({ type: 'rule', ruleId }) })
    .then(
      (result) => post({ type: 'done', diagnostics: result?.diagnostics ?? [] }),
      (error: unknown) => post({ type: 'failed', error: errorText(error) }),
    );
}

function load(specifier: string, base: string): void {
  importPlugin(specifier, base).then(
    (mod) => {
      try {
        const described = describePlugin(mod);
        post(described.ok ? { type: 'described', plugin: described.plugin } : { type: 'described', problem: described.problem });
      } catch (error) {
        post({ type: 'described', error: errorText(error) });
      }
    },
    (error: unknown) => post({ type: 'described', error: errorText(error), notFound: isPluginNotFound(error) }),
  );
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'read-result') {
    reads.get(message.rid)?.(message);
    reads.delete(message.rid);
  } else if (message.type === 'realpath-result') {
    reals.get(message.rid)?.(message.real);
    reals.delete(message.rid);
  } else if (message.type === 'invalidate') {
    project.invalidate(message.path);
  } else if (message.type === 'load') {
    load(message.specifier, message.base);
  } else {
    check(message.request);
  }
});

post({ type: 'ready' });
