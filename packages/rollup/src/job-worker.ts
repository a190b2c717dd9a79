// Worker thread of `runRollupJobs`: runs each job it is sent, sends back the results.
import { parentPort } from 'node:worker_threads';
import { runRollupJob, type RollupJob } from './job.js';

parentPort?.on('message', (job: RollupJob) => {
  runRollupJob(job).then(
    (results) => parentPort?.postMessage(results),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
