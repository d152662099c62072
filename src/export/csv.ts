// CSV for spreadsheets, pandas and R: nodes.csv and edges.csv, one row per node and edge,
// quoted as RFC 4180 says (CRLF line ends, quotes doubled). No Node APIs.
import type { KgGraph } from '../model/contract.js';
import { edgeColumns, nodeColumns } from './columns.js';
import { wellFormed } from './xml-text.js';

/** One RFC 4180 field: quoted when it holds a comma, a quote, a line break or another control character. */
export function csvField(value: unknown): string {
  const s = value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value)) ? '' : wellFormed(String(value));
  // eslint-disable-next-line no-control-regex
  return /[",\u0000-\u001f\u007f]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (values: unknown[]): string => values.map(csvField).join(',') + '\r\n';

export const NODE_HEADER = ['key', 'label', 'kind', 'aliases', 'mentions', 'documents', 'eventType', 'date', 'summary', 'x', 'y', 'size', 'color'] as const;
export const EDGE_HEADER = ['key', 'source', 'target', 'relation', 'label', 'confidence', 'evidence'] as const;

export function toCsv(graph: KgGraph): { 'nodes.csv': string; 'edges.csv': string } {
  const nodes = [csvRow([...NODE_HEADER])];
  graph.forEachNode((key, a) => {
    const c = { key, ...nodeColumns(graph, key, a) };
    nodes.push(csvRow(NODE_HEADER.map((h) => c[h])));
  });
  const edges = [csvRow([...EDGE_HEADER])];
  graph.forEachEdge((key, a, source, target) => {
    const c = { key, source, target, ...edgeColumns(a) };
    edges.push(csvRow(EDGE_HEADER.map((h) => c[h])));
  });
  return { 'nodes.csv': nodes.join(''), 'edges.csv': edges.join('') };
}
