// Runs document jobs on worker threads and hands results back in input order, so the merged
// graph does not depend on scheduling. At most two jobs per worker are in flight: documents are
// read by the workers as they go, never all at once.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { InputSource } from './inputs.js';
import type { JobResult } from './document-job.js';

/** The compiled worker: beside this module in dist/, or in dist/ when this module runs from src/ (tests). */
function workerScript(): URL {
  const here = new URL('./worker.js', import.meta.url);
  return existsSync(here) ? here : new URL('../../dist/build/worker.js', import.meta.url);
}

export async function* runInPool(sources: readonly InputSource[], known: ReadonlySet<string>, workers: number): AsyncGenerator<JobResult> {
  // the contents the graph already has go to each worker once, not with every document
  const pool = Array.from({ length: workers }, () => new Worker(workerScript(), { workerData: { known: [...known] } }));
  const pending = new Map<number, JobResult>();
  const waiters = new Map<number, (r: JobResult) => void>();
  let next = 0;
  let consumed = 0;
  const window = workers * 4;
  const idle: Worker[] = [];
  const failures: Error[] = [];
  let fail: ((err: Error) => void) | undefined;
  const dispatch = (w: Worker) => {
    if (next >= sources.length || next >= consumed + window) { idle.push(w); return; }
    const id = next++;
    w.postMessage({ id, source: sources[id] });
  };
  for (const w of pool) {
    w.on('message', ({ id, result }: { id: number; result: JobResult }) => {
      const wait = waiters.get(id);
      if (wait) { waiters.delete(id); wait(result); } else pending.set(id, result);
      dispatch(w);
    });
    w.on('error', (err) => { failures.push(err); fail?.(err); });
  }
  try {
    // two jobs per worker keep both cores busy while results are merged
    for (const w of pool) { dispatch(w); dispatch(w); }
    for (let i = 0; i < sources.length; i++) {
      if (failures.length) throw failures[0];
      consumed = i;
      while (idle.length && next < sources.length && next < consumed + window) dispatch(idle.shift()!);
      const ready = pending.get(i);
      if (ready) { pending.delete(i); yield ready; continue; }
      yield await new Promise<JobResult>((resolve, reject) => {
        waiters.set(i, resolve);
        fail = reject;
      });
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
