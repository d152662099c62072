// GraphML for yEd, Cytoscape, NetworkX and igraph, with typed keys. graphology-graphml only reads,
// so kg writes it; every string goes through xmlEscape.
import type { KgGraph } from '../model/contract.js';
import { KIND_COLORS, xmlEscape } from './text.js';

type KeyType = 'string' | 'double' | 'int';
const NODE_KEYS: [string, KeyType][] = [['label', 'string'], ['kind', 'string'], ['aliases', 'string'], ['mentions', 'int'],
  ['documents', 'int'], ['eventType', 'string'], ['date', 'string'], ['x', 'double'], ['y', 'double'], ['size', 'double'], ['color', 'string']];
const EDGE_KEYS: [string, KeyType][] = [['relation', 'string'], ['label', 'string'], ['confidence', 'double'], ['evidence', 'int']];

export function toGraphml(graph: KgGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="kg" edgedefault="directed">',
  ];
  const data = (prefix: string, values: Record<string, unknown>) => Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<data key="${prefix}_${k}">${xmlEscape(String(v))}</data>`).join('');
  graph.forEachNode((key, a) => {
    lines.push(`    <node id="${xmlEscape(key)}">${data('n', {
      label: a.label, kind: a.kind, aliases: a.aliases.join('; '), mentions: a.mentions.length,
      documents: new Set(a.mentions.map((m) => m.doc)).size, eventType: a.eventType, date: a.date,
      x: a.x, y: a.y, size: a.size ?? 1 + Math.sqrt(graph.degree(key)), color: a.color ?? KIND_COLORS[a.kind],
    })}</node>`);
  });
  graph.forEachEdge((key, a, source, target) => {
    lines.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">${data('e', {
      relation: a.relation, label: a.label, confidence: a.confidence, evidence: a.evidence.length,
    })}</edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
