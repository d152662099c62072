// Counts over the graph: nodes by kind, edges by relation, documents, components, hubs.
import { KINDS, RELATIONS, type KgGraph } from '../model/contract.js';
import { nodeRef, type NodeRef } from './describe.js';

export interface Stats {
  documents: number;
  nodes: number;
  edges: number;
  kinds: Record<string, number>;
  relations: Record<string, number>;
  components: number;
  largestComponent: number;
  mostConnected: (NodeRef & { degree: number })[];
  /** With minConfidence: how many weaker edges were left out of every count. */
  hiddenEdges?: number;
}

export interface StatsOptions {
  /** How many of the most connected entities to list (default 10). */
  top?: number;
  /** Count only edges at least this confident (components and degrees too). */
  minConfidence?: number;
}

export function stats(graph: KgGraph, options: StatsOptions | number = {}): Stats {
  const { top = 10, minConfidence } = typeof options === 'number' ? { top: options } : options;
  const kinds: Record<string, number> = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const relations: Record<string, number> = Object.fromEntries(RELATIONS.map((r) => [r, 0]));
  graph.forEachNode((_, a) => { kinds[a.kind]!++; });

  // union-find over the edges kept: components without materialising a filtered graph
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root)) root = parent.get(root)!;
    while (x !== root) { const next = parent.get(x)!; parent.set(x, root); x = next; }
    return root;
  };
  const degree = new Map<string, number>();
  let edges = 0;
  graph.forEachEdge((_, a, source, target) => {
    if (minConfidence !== undefined && a.confidence < minConfidence) return;
    edges++;
    relations[a.relation]!++;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    const [rs, rt] = [find(source), find(target)];
    if (rs !== rt) parent.set(rs, rt);
  });
  const sizes = new Map<string, number>();
  graph.forEachNode((n) => { const r = find(n); sizes.set(r, (sizes.get(r) ?? 0) + 1); });

  const mostConnected = graph.filterNodes((_, a) => a.kind !== 'event')
    .map((k) => ({ ...nodeRef(graph, k), degree: degree.get(k) ?? 0 }))
    .filter((n) => n.degree > 0)
    .sort((a, b) => b.degree - a.degree || (a.label < b.label ? -1 : a.label > b.label ? 1 : a.key < b.key ? -1 : 1))
    .slice(0, top);
  return {
    documents: graph.getAttribute('documents').length,
    nodes: graph.order,
    edges,
    kinds,
    relations: Object.fromEntries(Object.entries(relations).filter(([, n]) => n > 0)),
    components: sizes.size,
    largestComponent: [...sizes.values()].reduce((m, n) => Math.max(m, n), 0),
    mostConnected,
    ...(minConfidence !== undefined ? { hiddenEdges: graph.size - edges } : {}),
  };
}
