// Worker thread of `RollupWorkers`: runs each job it is given, one after another, and
// sends back its results.
import { parentPort } from 'node:worker_threads';
import { runRollupJob, type RollupJob } from './job.js';

parentPort?.on('message', async (job: RollupJob) => {
  try {
    parentPort?.postMessage(await runRollupJob(job));
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
