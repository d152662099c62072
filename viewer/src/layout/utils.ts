// Starting positions for graphs saved without a layout: a sunflower spiral (golden angle), so
// ForceAtlas2 starts from a spread, deterministic, asymmetric arrangement.
import type { KgGraph } from '../../../src/model/contract.js';

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Whether every node has a saved position. */
export function hasPositions(graph: KgGraph): boolean {
  return graph.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

/** Positions for the nodes that have none. Returns how many were placed. */
export function placeMissing(graph: KgGraph): number {
  let i = 0;
  let placed = 0;
  graph.forEachNode((node, a) => {
    i++;
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) return;
    placed++;
    const r = 10 * Math.sqrt(i);
    graph.mergeNodeAttributes(node, { x: r * Math.cos(i * GOLDEN), y: r * Math.sin(i * GOLDEN) });
  });
  return placed;
}
