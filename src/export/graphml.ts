// GraphML for yEd, Cytoscape, NetworkX and igraph, with typed keys. graphology-graphml only
// reads GraphML, so kg writes it; every string goes through xmlEscape, every id through xmlIds.
import type { KgGraph } from '../model/contract.js';
import { edgeColumns, nodeColumns } from './columns.js';
import { xmlEscape, xmlIds } from './xml-text.js';

type KeyType = 'string' | 'double' | 'int';
const GRAPH_KEYS: [string, KeyType][] = [['creator', 'string'], ['schemaVersion', 'int'], ['documents', 'string']];
const NODE_KEYS: [string, KeyType][] = [['label', 'string'], ['kind', 'string'], ['aliases', 'string'], ['mentions', 'int'],
  ['documents', 'int'], ['eventType', 'string'], ['date', 'string'], ['summary', 'string'],
  ['x', 'double'], ['y', 'double'], ['size', 'double'], ['color', 'string']];
const EDGE_KEYS: [string, KeyType][] = [['relation', 'string'], ['label', 'string'], ['confidence', 'double'], ['evidence', 'string']];

export function toGraphml(graph: KgGraph): string {
  const id = xmlIds(graph.nodes());
  const edgeId = xmlIds(graph.edges());
  const key = (prefix: string) => ([k, t]: [string, KeyType]) =>
    `  <key id="${prefix}_${k}" for="${{ g: 'graph', n: 'node', e: 'edge' }[prefix]}" attr.name="${k}" attr.type="${t}"/>`;
  const built = graph.getAttribute('builtWith');
  const docs = graph.getAttribute('documents') ?? [];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPH_KEYS.map(key('g')), ...NODE_KEYS.map(key('n')), ...EDGE_KEYS.map(key('e')),
    '  <graph id="kg" edgedefault="directed">',
    `    ${data('g', {
      creator: `${built?.name ?? 'kg'} ${built?.version ?? ''}`.trim(),
      schemaVersion: graph.getAttribute('schemaVersion'),
      documents: JSON.stringify(docs), // the document list has no flat form: scripts JSON-parse it
    })}`,
  ];
  graph.forEachNode((k, a) => {
    lines.push(`    <node id="${xmlEscape(id(k))}">${data('n', { ...nodeColumns(graph, k, a) })}</node>`);
  });
  graph.forEachEdge((k, a, source, target) => {
    lines.push(`    <edge id="${xmlEscape(edgeId(k))}" source="${xmlEscape(id(source))}" target="${xmlEscape(id(target))}">${data('e', { ...edgeColumns(a) })}</edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function data(prefix: string, values: Record<string, unknown>): string {
  let out = '';
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '' || (typeof v === 'number' && !Number.isFinite(v))) continue;
    out += `<data key="${prefix}_${k}">${xmlEscape(String(v))}</data>`;
  }
  return out;
}
