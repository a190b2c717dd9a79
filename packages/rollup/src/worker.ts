// Worker thread of `collect`: reads and summarises the files it is given and sends the
// summaries back in batches, so that neither side holds a large message at once.
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeFile } from './collect.js';

const BATCH = 200;
const paths = workerData as string[];
let batch = [];
for (const path of paths) {
  batch.push(summarizeFile(path));
  if (batch.length === BATCH) {
    parentPort?.postMessage(batch);
    batch = [];
  }
}
parentPort?.postMessage(batch);
parentPort?.postMessage('done');
