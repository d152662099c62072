// Turning parsed JSON into a kg graph, with the contract's checks: a file that is not a kg graph
// is refused with one message naming the file and what is wrong.
import { MultiDirectedGraph } from 'graphology';
import { KINDS, SCHEMA_VERSION, type KgGraph, type SerializedKgGraph } from '../../../src/model/contract.js';

export class GraphFileError extends Error {
  override name = 'GraphFileError';
}

const kinds: readonly string[] = KINDS;

export function parseGraph(data: unknown, source: string): KgGraph {
  const json = data as Partial<SerializedKgGraph> | null;
  if (!json || typeof json !== 'object' || !Array.isArray(json.nodes) || !Array.isArray(json.edges)) {
    throw new GraphFileError(`${source}: not a kg graph (expected graphology JSON with nodes and edges)`);
  }
  const version = json.attributes?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new GraphFileError(`${source}: not a kg graph of schema version ${SCHEMA_VERSION} (schemaVersion is ${version === undefined ? 'missing' : JSON.stringify(version)})`);
  }
  for (const node of json.nodes) {
    const a = node?.attributes;
    if (!a || typeof a.kind !== 'string' || !kinds.includes(a.kind)) {
      throw new GraphFileError(`${source}: node ${JSON.stringify(node?.key)} has no valid kind (got ${JSON.stringify(a?.kind)})`);
    }
  }
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  try {
    graph.import(json as SerializedKgGraph);
  } catch (err) {
    throw new GraphFileError(`${source}: not a kg graph (${(err as Error).message})`);
  }
  // Fields a hand-made or converted graph may lack, so the views need no guards.
  graph.updateEachNodeAttributes((key, a) => ({ ...a, label: typeof a.label === 'string' ? a.label : key, aliases: a.aliases ?? [], mentions: a.mentions ?? [] }));
  graph.updateEachEdgeAttributes((_, a) => ({ ...a, label: a.label ?? a.relation, evidence: a.evidence ?? [], confidence: typeof a.confidence === 'number' ? a.confidence : 1 }));
  return graph;
}

/** Every node's degree, counted once: graphology counts a multigraph's degree by walking its edges. */
export function degrees(graph: KgGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((n) => out.set(n, 0));
  graph.forEachEdge((_, __, s, t) => {
    out.set(s, out.get(s)! + 1);
    out.set(t, out.get(t)! + 1);
  });
  return out;
}

/** The title or path of a document id, for "from <document>" lines. */
export function documentName(graph: KgGraph, doc: string): string {
  const d = (graph.getAttribute('documents') ?? []).find((x) => x.id === doc);
  return d?.title || d?.path || doc;
}
