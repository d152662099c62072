// A saved layout: ForceAtlas2 positions computed at build time, so the viewer opens a big graph
// at once. Deterministic: nodes start on a circle in key order, and FA2 itself is deterministic.
import fa2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings, ForceAtlas2SynchronousLayoutParameters } from 'graphology-layout-forceatlas2';
import type { KgGraph } from '../model/contract.js';

// The package is CommonJS: under Node's ESM its default import is the layout function itself.
const forceAtlas2 = fa2 as unknown as {
  assign(graph: KgGraph, params: ForceAtlas2SynchronousLayoutParameters): void;
  inferSettings(graph: KgGraph): ForceAtlas2Settings;
};

export function layoutGraph(graph: KgGraph, iterations?: number): void {
  const n = graph.order;
  if (!n) return;
  const keys = graph.nodes().sort();
  keys.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / n;
    graph.mergeNodeAttributes(key, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 1000 };
  // fewer iterations for big graphs: the viewer can refine them further
  forceAtlas2.assign(graph, { iterations: iterations ?? (n > 20000 ? 30 : n > 2000 ? 100 : 300), settings });
  graph.forEachNode((key, a) => {
    graph.mergeNodeAttributes(key, { x: round(a.x ?? 0), y: round(a.y ?? 0) });
  });
}

const round = (x: number): number => Math.round(x * 100) / 100;
