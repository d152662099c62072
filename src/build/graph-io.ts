// Reading and writing graph files on disk (graph-json.ts has the parts a browser can use too).
// Writing is atomic (temp file, then rename) so a failed or interrupted run never leaves a
// half-written graph, and deterministic (stable key order): the same input, the same bytes.
import { readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { KgGraph } from '../model/contract.js';
import { InputError, NotFoundError, UsageError } from '../model/errors.js';
import { graphFromJson, serializeGraph } from './graph-json.js';

export { createGraph, graphFromJson, serializeGraph } from './graph-json.js';

/** Reads a graph file, with a clear error for a missing file, bad JSON or a non-kg graph. */
export function readGraph(path: string): KgGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`${path}: no such graph file`);
    if (code === 'EISDIR') throw new UsageError(`${path}: is a directory, not a graph file`);
    throw new InputError(`${path}: cannot read (${code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${path}: not JSON`);
  }
  return graphFromJson(data, path);
}

/** Writes text to a file through a temp file in the same folder, then renames it into place. */
export function writeFileAtomic(path: string, text: string | Buffer): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    try { rmSync(tmp, { force: true }); } catch { /* the folder itself is not there */ }
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot write (${code ?? (err as Error).message})`);
  }
}

export function writeGraph(graph: KgGraph, path: string): void {
  writeFileAtomic(path, serializeGraph(graph));
}
