// The path finder's state: the last path asked for, highlighted on the graph and listed in the panel.
import { atom } from '../core/store.js';
import { current } from '../graph/index.js';
import { visibleAtom } from '../filters/index.js';
import { shortestPath, type Hop, type PathOptions } from './utils.js';

export interface PathState {
  from: string;
  to: string;
  /** undefined: no path under the current filters */
  hops?: Hop[];
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const pathAtom = atom<PathState | undefined>(undefined);

export function findPath(from: string, to: string, options: PathOptions): PathState {
  const hops = shortestPath(current().graph, visibleAtom.get(), from, to, options);
  const state: PathState = {
    from, to, hops,
    nodes: new Set(hops ? [from, ...hops.map((h) => h.to)] : []),
    edges: new Set(hops?.map((h) => h.edge) ?? []),
  };
  pathAtom.set(state);
  return state;
}

export function clearPath(): void {
  if (pathAtom.get()) pathAtom.set(undefined);
}
