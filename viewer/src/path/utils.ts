// The shortest path between two nodes over what the filters leave, as `kg path` finds it:
// fewest hops, walking edges backwards too unless `directed`, only the allowed relations.
// Breadth-first from both ends would be faster; one end is plenty at 50,000 edges.
import type { KgGraph, Relation } from '../../../src/model/contract.js';
import type { Visible } from '../filters/types.js';

export interface Hop { edge: string; from: string; to: string; /** the edge is walked as written */ forward: boolean }
export interface PathOptions { directed?: boolean; relations?: ReadonlySet<Relation> }

export function shortestPath(graph: KgGraph, visible: Visible, from: string, to: string, options: PathOptions = {}): Hop[] | undefined {
  if (!visible.nodes.has(from) || !visible.nodes.has(to)) return undefined;
  if (from === to) return [];
  const via = new Map<string, Hop>([[from, { edge: '', from, to: from, forward: true }]]);
  let frontier = [from];
  while (frontier.length && !via.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      const step = (edge: string, other: string, forward: boolean) => {
        if (via.has(other) || !visible.edges.has(edge)) return;
        if (options.relations && !options.relations.has(graph.getEdgeAttribute(edge, 'relation'))) return;
        via.set(other, { edge, from: node, to: other, forward });
        next.push(other);
      };
      graph.forEachOutEdge(node, (edge, _, __, target) => step(edge, target, true));
      if (!options.directed) graph.forEachInEdge(node, (edge, _, source) => step(edge, source, false));
    }
    frontier = next;
  }
  if (!via.has(to)) return undefined;
  const hops: Hop[] = [];
  for (let at = to; at !== from; at = via.get(at)!.from) hops.push(via.get(at)!);
  return hops.reverse();
}
