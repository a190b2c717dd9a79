// Worker thread of `collect`: reads and summarises the files it is given, sends back the summaries.
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeFile } from './collect.js';

const paths = workerData as string[];
const out = [];
for (const path of paths) out.push(await summarizeFile(path));
parentPort?.postMessage(out);
