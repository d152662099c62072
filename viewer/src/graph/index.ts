// The loaded graph: the data as read, never changed to show anything (positions are the
// layout's), with what every view needs computed once per load.
import type { KgGraph } from '../../../src/model/contract.js';
import { atom } from '../core/store.js';
import { degrees } from './utils.js';

export interface LoadedGraph {
  graph: KgGraph;
  /** Where it came from: a URL or a file name. */
  source: string;
  degree: Map<string, number>;
}

export const graphAtom = atom<LoadedGraph | undefined>(undefined);

export function loadGraph(graph: KgGraph, source: string): void {
  graphAtom.set({ graph, source, degree: degrees(graph) });
}

/** The loaded graph; the views run only once one is loaded. */
export function current(): LoadedGraph {
  const g = graphAtom.get();
  if (!g) throw new Error('viewer: no graph loaded');
  return g;
}
