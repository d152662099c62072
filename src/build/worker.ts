// A worker thread that extracts documents for the build's pool.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './document-job.js';
import type { InputSource } from './inputs.js';

const known = new Set<string>((workerData as { known: string[] }).known);

parentPort!.on('message', (msg: { id: number; source: InputSource }) => {
  parentPort!.postMessage({ id: msg.id, result: runJob(msg.source, known) });
});
