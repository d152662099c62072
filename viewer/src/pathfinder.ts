// The path finder: the same search as `kg path`, under the current filters, highlighted on the graph.
import type { KgGraph } from '../../src/model/contract.js';
import { RELATIONS, KINDS } from '../../src/model/contract.js';
import { shortestPath } from '../../src/query/paths.js';
import { resolveEntity } from '../../src/query/names.js';
import { $, el } from './dom.js';
import { showPath, clearPanel } from './panel.js';
import type { Store } from './state.js';

export function setupPathFinder(getGraph: () => KgGraph, store: Store): { refreshNames(): void } {
  const from = $('path-from') as HTMLInputElement;
  const to = $('path-to') as HTMLInputElement;
  const directed = $('path-directed') as HTMLInputElement;
  $('path-find').addEventListener('click', () => {
    const graph = getGraph();
    let a: string;
    let b: string;
    try {
      a = resolveEntity(graph, from.value, 'path');
      b = resolveEntity(graph, to.value, 'path');
    } catch (err) {
      store.update({ path: undefined });
      showPath(graph, undefined, (err as Error).message);
      return;
    }
    const s = store.state;
    const path = shortestPath(graph, a, b, {
      directed: directed.checked,
      via: RELATIONS.filter((r) => !s.hiddenRelations.has(r)),
      through: KINDS.filter((k) => !s.hiddenKinds.has(k)),
      minConfidence: s.minConfidence,
      throughHubs: true,
    });
    if (!path) {
      store.update({ path: undefined });
      showPath(graph, undefined, `No path between ${graph.getNodeAttribute(a, 'label')} and ${graph.getNodeAttribute(b, 'label')} with the current filters.`);
      return;
    }
    store.update({ path: { nodes: new Set(path.nodes), edges: new Set(path.hops.map((h) => h.edge)) }, selected: undefined });
    showPath(graph, path.hops.map((h) => ({
      from: h.from, to: h.to, forward: h.forward,
      relation: graph.getEdgeAttribute(h.edge, 'relation'),
      evidence: graph.getEdgeAttribute(h.edge, 'evidence'),
    })));
  });
  $('path-clear').addEventListener('click', () => { store.update({ path: undefined }); clearPanel(); });
  return {
    refreshNames() {
      const graph = getGraph();
      $('entity-names').replaceChildren(...graph.filterNodes((_, a) => a.kind !== 'event').map((n) => el('option', { value: graph.getNodeAttribute(n, 'label') })));
    },
  };
}

/** Lets a click on the graph fill the path finder's empty field. */
export function fillPathEnd(label: string): boolean {
  const from = $('path-from') as HTMLInputElement;
  const to = $('path-to') as HTMLInputElement;
  if (document.activeElement === from || document.activeElement === to) {
    (document.activeElement as HTMLInputElement).value = label;
    return true;
  }
  return false;
}
