// `kg export`: one graph, the formats analysts' tools read.
import type { KgGraph } from '../model/contract.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toCsv } from './csv.js';
import { toCypher, toNeo4jCsv } from './cypher.js';

export const FORMATS = ['gexf', 'graphml', 'csv', 'cypher', 'neo4j-csv'] as const;
export type Format = (typeof FORMATS)[number];

/** A single file's text, or the files of a folder (csv, neo4j-csv). */
export type Exported = { file: string } | { files: Record<string, string> };

export function exportGraph(graph: KgGraph, format: Format): Exported {
  switch (format) {
    case 'gexf': return { file: toGexf(graph) };
    case 'graphml': return { file: toGraphml(graph) };
    case 'cypher': return { file: toCypher(graph) };
    case 'csv': { const c = toCsv(graph); return { files: { 'nodes.csv': c.nodes, 'edges.csv': c.edges } }; }
    case 'neo4j-csv': { const c = toNeo4jCsv(graph); return { files: { 'nodes.csv': c.nodes, 'relationships.csv': c.edges } }; }
  }
}
