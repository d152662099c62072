// Counts over the graph: nodes by kind, edges by relation, documents, components, hubs.
import { connectedComponents } from 'graphology-components';
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
}

export function stats(graph: KgGraph, top = 10): Stats {
  const kinds: Record<string, number> = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const relations: Record<string, number> = Object.fromEntries(RELATIONS.map((r) => [r, 0]));
  graph.forEachNode((_, a) => { kinds[a.kind]!++; });
  graph.forEachEdge((_, a) => { relations[a.relation]!++; });
  const components = connectedComponents(graph);
  const mostConnected = graph.filterNodes((_, a) => a.kind !== 'event')
    .map((k) => ({ ...nodeRef(graph, k), degree: graph.degree(k) }))
    .sort((a, b) => b.degree - a.degree || (a.label < b.label ? -1 : 1))
    .slice(0, top);
  return {
    documents: graph.getAttribute('documents').length,
    nodes: graph.order,
    edges: graph.size,
    kinds,
    relations: Object.fromEntries(Object.entries(relations).filter(([, n]) => n > 0)),
    components: components.length,
    largestComponent: Math.max(0, ...components.map((c) => c.length)),
    mostConnected,
  };
}
