// Worker thread of `runRollupJobs`: runs the jobs it is given one after another, sends back their results.
import { parentPort, workerData } from 'node:worker_threads';
import { runRollupJob, type JobResult, type RollupJob } from './job.js';

const jobs = workerData as RollupJob[];
const results: JobResult[][] = [];
try {
  for (const job of jobs) results.push(await runRollupJob(job));
  parentPort?.postMessage(results);
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
