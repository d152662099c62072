// A worker thread that extracts documents for the build's pool.
import { parentPort } from 'node:worker_threads';
import { runJob } from './document-job.js';
import type { InputSource } from './inputs.js';

parentPort!.on('message', (msg: { id: number; source: InputSource; known: string[] }) => {
  parentPort!.postMessage({ id: msg.id, result: runJob(msg.source, new Set(msg.known)) });
});
