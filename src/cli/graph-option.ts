// Where commands find the graph when -g/--graph is not given: ./graph-data/graph.json in the
// working directory when there is one, else the sample graph shipped with kg.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_GRAPH = fileURLToPath(new URL('../../graph-data/graph.json', import.meta.url));

export function resolveGraphPath(option?: string): string {
  if (option) return option;
  const local = resolve('graph-data/graph.json');
  return existsSync(local) ? local : SAMPLE_GRAPH;
}

export const GRAPH_OPTION_HELP = 'graph file (default: ./graph-data/graph.json, else the sample graph)';
