import { parentPort, workerData } from 'node:worker_threads';
import { PlanCatalog, Project } from '@kehoach/core';
import { NodeHost } from './node-host.js';
import { release } from './release.js';
import { cliPlugins } from './plugins.js';
import type { CheckedFile, WorkerInput } from './parallel.js';

/**
 * One shard of a parallel `kehoach validate`: its own host and Project (parents and
 * registries its files need are read here too), results posted back as plain data.
 */
async function work(input: WorkerInput): Promise<void> {
  const host = new NodeHost(input.root);
  const project = new Project(host, { plugins: cliPlugins(host, process.env), catalog: PlanCatalog.from(input.catalog) });
  for (const [i, path] of input.files.entries()) {
    let result: CheckedFile | undefined;
    try {
      const check = await project.check(path);
      if (check) {
        // The text only travels back when the report needs its lines.
        const text = check.diagnostics.length || check.suppressed.length ? check.analysis.source.text : '';
        result = { path, kind: check.kind, text, diagnostics: check.diagnostics, suppressed: check.suppressed };
      }
    } catch (error) {
      parentPort?.postMessage({ type: 'error', index: input.offset + i, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    parentPort?.postMessage({ type: 'file', index: input.offset + i, result });
    release(project, path);
  }
  parentPort?.postMessage({ type: 'done' });
}

void work(workerData as WorkerInput);
