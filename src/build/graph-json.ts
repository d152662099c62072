// The graph contract as JSON: creating, checking and serialising graphs. No Node APIs, so the
// viewer uses the same checks as the CLI.
import { MultiDirectedGraph } from 'graphology';
import { SCHEMA_VERSION, isKind, type KgGraph, type SerializedKgGraph } from '../model/contract.js';
import { InputError } from '../model/errors.js';

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

/** The graph as JSON text, nodes and edges in insertion order, attribute keys sorted. */
export function serializeGraph(graph: KgGraph): string {
  return JSON.stringify(sortKeys(graph.export()), null, 1) + '\n';
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
