// ForceAtlas2 in a web worker (the page stays responsive while it runs), started for graphs saved
// without positions and by the Start/Stop button. Positions are the layout's to write.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KgGraph } from '../../../src/model/contract.js';
import { atom } from '../core/store.js';

export const layoutAtom = atom<{ running: boolean }>({ running: false });

let worker: FA2Layout | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

export function startLayout(graph: KgGraph): void {
  stopLayout();
  worker?.kill();
  worker = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 } });
  worker.start();
  layoutAtom.set({ running: true });
  // a graph settles within seconds; stop then so the page and the fan rest
  timer = setTimeout(stopLayout, Math.min(20000, 3000 + graph.order));
}

export function stopLayout(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  worker?.stop();
  if (layoutAtom.get().running) layoutAtom.set({ running: false });
}

/** Drops the worker, when another graph is loaded. */
export function killLayout(): void {
  stopLayout();
  worker?.kill();
  worker = undefined;
}
