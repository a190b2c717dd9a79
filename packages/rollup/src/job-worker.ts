// Worker thread of `RollupWorkers`: waits for the jobs it is given, runs them one after
// another, sends back their results.
import { parentPort } from 'node:worker_threads';
import { runRollupJob, type JobResult, type RollupJob } from './job.js';

parentPort?.once('message', async (jobs: RollupJob[]) => {
  const results: JobResult[][] = [];
  try {
    for (const job of jobs) results.push(await runRollupJob(job));
    parentPort?.postMessage(results);
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
