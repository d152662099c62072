// Who and what is linked to an entity, within some hops, grouped by relation and direction.
import type { KgGraph, Kind, Relation } from '../model/contract.js';
import { nodeRef, type NodeRef } from './describe.js';

export interface NeighborOptions {
  depth?: number;
  relation?: readonly Relation[];
  kind?: readonly Kind[];
  minConfidence?: number;
}

export interface NeighborGroup {
  relation: Relation;
  direction: 'out' | 'in';
  /** The node the edges start from or end at (the entity itself at depth 1). */
  via: NodeRef;
  nodes: (NodeRef & { depth: number; confidence: number })[];
}

export function neighbors(graph: KgGraph, key: string, options: NeighborOptions = {}): NeighborGroup[] {
  const depthLimit = options.depth ?? 1;
  const relations = options.relation ? new Set(options.relation) : undefined;
  const kinds = options.kind ? new Set(options.kind) : undefined;
  const seen = new Map<string, number>([[key, 0]]);
  const groups = new Map<string, NeighborGroup>();
  let frontier = [key];
  for (let depth = 1; depth <= depthLimit && frontier.length; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, a, source, target) => {
        if (relations && !relations.has(a.relation)) return;
        if (options.minConfidence !== undefined && a.confidence < options.minConfidence) return;
        const other = source === node ? target : source;
        // each node is listed at the ring where it is first reached, not again further out
        if ((seen.get(other) ?? depth) < depth) return;
        const direction = source === node ? 'out' : 'in';
        if (kinds && !kinds.has(graph.getNodeAttribute(other, 'kind'))) return;
        const id = `${node}|${a.relation}|${direction}`;
        let group = groups.get(id);
        if (!group) { group = { relation: a.relation, direction, via: nodeRef(graph, node), nodes: [] }; groups.set(id, group); }
        if (!group.nodes.some((n) => n.key === other)) group.nodes.push({ ...nodeRef(graph, other), depth, confidence: a.confidence });
        if (!seen.has(other)) { seen.set(other, depth); next.push(other); }
      });
    }
    frontier = next;
  }
  const out = [...groups.values()];
  for (const g of out) g.nodes.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return out.sort((a, b) => (a.via.key === key ? 0 : 1) - (b.via.key === key ? 0 : 1)
    || (a.via.label < b.via.label ? -1 : a.via.label > b.via.label ? 1 : 0)
    || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0) || (a.direction < b.direction ? 1 : -1));
}
