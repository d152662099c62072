// Applying the filters: one pass over nodes, one over edges. An edge shows when it passes the
// edge filters and both its ends show.
import type { EdgeAttributes, NodeAttributes } from '../../../src/model/contract.js';
import type { LoadedGraph } from '../graph/index.js';
import { inRange } from '../time/utils.js';
import type { Filter, Visible } from './types.js';

function keepsNode(f: Filter, a: NodeAttributes, degree: number): boolean {
  switch (f.type) {
    case 'kinds': return !f.hidden.has(a.kind);
    case 'minDegree': return degree >= f.value;
    case 'time': return a.kind !== 'event' || !a.date || inRange(a.date, f.from, f.to);
    case 'relations':
    case 'minConfidence': return true;
  }
}

function keepsEdge(f: Filter, a: EdgeAttributes): boolean {
  switch (f.type) {
    case 'relations': return !f.hidden.has(a.relation);
    case 'minConfidence': return a.confidence >= f.value;
    case 'kinds':
    case 'minDegree':
    case 'time': return true;
  }
}

export function applyFilters({ graph, degree }: LoadedGraph, filters: readonly Filter[]): Visible {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((n, a) => { if (filters.every((f) => keepsNode(f, a, degree.get(n) ?? 0))) nodes.add(n); });
  graph.forEachEdge((e, a, s, t) => { if (nodes.has(s) && nodes.has(t) && filters.every((f) => keepsEdge(f, a))) edges.add(e); });
  return { nodes, edges };
}
