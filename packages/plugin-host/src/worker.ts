import { parentPort, workerData } from 'node:worker_threads';
import { isPluginNotFound, Project, type ProjectHost, type SyntaxProblem } from '@kehoach/core';
import { importPlugin } from './import-plugin.js';
import type { FromWorker, ToWorker, WorkerData } from './protocol.js';

/**
 * Runs plugin rules for the main thread. It reads files through the main thread (so
 * an editor's unsaved buffers are what it sees), builds the same analysis with its own
 * Project, and runs only the plugin rules it is asked for, without suppressions: the
 * main thread merges the results and applies suppression comments once.
 */
const port = parentPort;
if (!port) throw new Error('@kehoach/plugin-host worker must run in a worker thread');
const { root } = workerData as WorkerData;

const post = (message: FromWorker): void => {
  try {
    port.postMessage(message);
  } catch {
    // A rule put something uncloneable in a diagnostic's data: send what JSON keeps.
    port.postMessage(JSON.parse(JSON.stringify(message)) as FromWorker);
  }
};

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

const project = new Project(host, { plugins: { import: importPlugin } });

port.on('message', (message: ToWorker) => {
  if (message.type === 'read-result') {
    reads.get(message.rid)?.(message);
    reads.delete(message.rid);
  } else if (message.type === 'realpath-result') {
    reals.get(message.rid)?.(message.real);
    reals.delete(message.rid);
  } else if (message.type === 'invalidate') {
    project.invalidate(message.path);
  } else if (message.type === 'probe') {
    importPlugin(message.specifier, message.base).then(
      () => post({ type: 'probed' }),
      (error: unknown) => post({ type: 'probed', error: error instanceof Error ? error.message : String(error), notFound: isPluginNotFound(error) }),
    );
  } else {
    const { path, text, hostSettings, rules } = message.request;
    project
      .check(path, text, hostSettings, { only: new Set(rules), raw: true, onRule: (ruleId) => post({ type: 'rule', ruleId }) })
      .then(
        (result) => post({ type: 'done', diagnostics: result?.diagnostics ?? [] }),
        (error: unknown) => post({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
  }
});

post({ type: 'ready' });
