// Reading and writing graph files. Writing is atomic (temp file, then rename) so a failed or
// interrupted run never leaves a half-written graph, and deterministic (stable key order) so
// the same input gives byte-identical output.
import { readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import {
  SCHEMA_VERSION, isKind, type KgGraph, type SerializedKgGraph,
} from '../model/contract.js';
import { InputError, NotFoundError, UsageError } from '../model/errors.js';

/** A new empty graph with the contract's options and attributes. */
export function createGraph(version = '0.0.0'): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, documents: [], builtWith: { name: 'kg', version } });
  return graph;
}

/** Checks that parsed JSON is a kg graph and turns it into a graphology graph. */
export function graphFromJson(data: unknown, source = 'graph'): KgGraph {
  const json = data as Partial<SerializedKgGraph> | null;
  if (!json || typeof json !== 'object' || !Array.isArray(json.nodes) || !Array.isArray(json.edges)) {
    throw new InputError(`${source}: not a kg graph (expected graphology JSON with nodes and edges)`);
  }
  const version = json.attributes?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new InputError(
      `${source}: not a kg graph of schema version ${SCHEMA_VERSION} (schemaVersion is ${version === undefined ? 'missing' : JSON.stringify(version)})`,
    );
  }
  for (const node of json.nodes) {
    const kind = node?.attributes?.kind;
    if (typeof kind !== 'string' || !isKind(kind)) {
      throw new InputError(`${source}: node ${JSON.stringify(node?.key)} has no valid kind (got ${JSON.stringify(kind)})`);
    }
  }
  const graph = createGraph();
  graph.import(json as SerializedKgGraph);
  return graph;
}

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

/** The graph as JSON text, nodes and edges in insertion order, attribute keys sorted. */
export function serializeGraph(graph: KgGraph): string {
  return JSON.stringify(sortKeys(graph.export()), null, 1) + '\n';
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

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
