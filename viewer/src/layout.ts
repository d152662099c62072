// ForceAtlas2 in a web worker, with a start/stop control; saved positions are used when present.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KgGraph } from '../../src/model/contract.js';
import { $ } from './dom.js';

let layout: FA2Layout | undefined;

/** Gives every node a position: its saved one, else a deterministic spot on a circle. Returns whether any was missing. */
export function ensurePositions(graph: KgGraph): boolean {
  let missing = 0;
  const n = graph.order;
  let i = 0;
  graph.forEachNode((node, a) => {
    i++;
    if (typeof a.x === 'number' && typeof a.y === 'number') return;
    missing++;
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    const r = 10 + (i % 7);
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  return missing > 0;
}

export function setupLayout(getGraph: () => KgGraph): { start(): void; stop(): void } {
  const button = $('layout') as HTMLButtonElement;
  const render = () => { button.textContent = layout?.isRunning() ? 'Stop layout' : 'Start layout'; };
  const control = {
    start() {
      layout?.kill();
      const graph = getGraph();
      layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 } });
      layout.start();
      // a big graph settles within seconds; stop then so the page rests
      setTimeout(() => { layout?.stop(); render(); }, Math.min(20000, 3000 + graph.order));
      render();
    },
    stop() { layout?.stop(); render(); },
  };
  button.addEventListener('click', () => (layout?.isRunning() ? control.stop() : control.start()));
  return control;
}

export function killLayout(): void {
  layout?.kill();
  layout = undefined;
}
