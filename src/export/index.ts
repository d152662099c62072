// `kg export`: one graph, the formats analysts' tools read. Every exporter returns text; the CLI
// writes it (src/cli/run-export.ts), the viewer offers it as a download.
import type { KgGraph } from '../model/contract.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toCsv } from './csv.js';
import { toCypher } from './cypher.js';
import { toNeo4jCsv } from './neo4j-csv.js';

export const FORMATS = ['gexf', 'graphml', 'csv', 'cypher', 'neo4j-csv'] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

/** A single file's text, or the files of a folder (csv, neo4j-csv), by name. */
export type Exported = { file: string } | { files: Record<string, string> };

export function exportGraph(graph: KgGraph, format: Format): Exported {
  switch (format) {
    case 'gexf': return { file: toGexf(graph) };
    case 'graphml': return { file: toGraphml(graph) };
    case 'cypher': return { file: toCypher(graph) };
    case 'csv': return { files: toCsv(graph) };
    case 'neo4j-csv': return { files: toNeo4jCsv(graph) };
  }
}

const EXTENSIONS: Record<string, Format> = { '.gexf': 'gexf', '.graphml': 'graphml', '.cypher': 'cypher', '.cql': 'cypher' };

/** The format a file name implies (`graph.gexf` -> gexf), for `kg export -o graph.gexf` without --format. */
export function formatOfPath(path: string): Format | undefined {
  const m = /\.[a-z]+$/i.exec(path);
  return m ? EXTENSIONS[m[0].toLowerCase()] : undefined;
}

export { toGexf, toGraphml, toCsv, toCypher, toNeo4jCsv };
