import { parentPort } from 'node:worker_threads';
import { PlanCatalog, Project } from '@kehoach/core';
import { NodeHost } from './node-host.js';
import { release } from './release.js';
import { cliPlugins } from './plugins.js';
import { claim, type CheckedFile, type WorkerJob, type WorkerMessage } from './parallel.js';

/**
 * A worker of a parallel `kehoach validate`: started early, it waits for its job, then
 * claims chunks of the file list (the main thread claims them too) and checks them with
 * its own host and Project (the parents and registries its files need are read here
 * too). Each chunk's results go back as plain data, in one message.
 */
async function work(job: WorkerJob): Promise<void> {
  const host = new NodeHost(job.root);
  for (const [dir, names] of job.listings) host.noteListing(dir, names);
  const project = new Project(host, { plugins: cliPlugins(host, process.env), catalog: PlanCatalog.from(job.catalog) });
  const post = (m: WorkerMessage): void => parentPort?.postMessage(m);
  for (let chunk; (chunk = claim(job.next, job.chunks)) !== undefined; ) {
    const start = job.chunks[chunk] as number;
    const end = job.chunks[chunk + 1] ?? job.files.length;
    const results: (CheckedFile | undefined)[] = [];
    for (let i = start; i < end; i++) {
      const path = job.files[i] as string;
      let result: CheckedFile | undefined;
      try {
        const check = await project.check(path);
        if (check) {
          // The text only travels back when the report needs its lines.
          const text = check.diagnostics.length || check.suppressed.length ? check.analysis.source.text : '';
          result = { path, kind: check.kind, text, diagnostics: check.diagnostics, suppressed: check.suppressed };
        }
      } catch (error) {
        post({ type: 'error', index: i, message: error instanceof Error ? error.message : String(error) });
        return;
      }
      results.push(result);
      release(project, host, path);
    }
    post({ type: 'chunk', chunk, results });
  }
  post({ type: 'done' });
}

parentPort?.once('message', (job: WorkerJob) => void work(job));
