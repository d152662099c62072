// CSV for spreadsheets and other tools: nodes.csv and edges.csv, quoted as RFC 4180 says.
import type { KgGraph } from '../model/contract.js';

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (values: unknown[]) => values.map(csvField).join(',');

export function toCsv(graph: KgGraph): { nodes: string; edges: string } {
  const nodes = [row(['key', 'label', 'kind', 'aliases', 'mentions', 'documents', 'eventType', 'date', 'summary', 'x', 'y'])];
  graph.forEachNode((key, a) => {
    nodes.push(row([key, a.label, a.kind, a.aliases.join('; '), a.mentions.length, new Set(a.mentions.map((m) => m.doc)).size,
      a.eventType, a.date, a.summary, a.x, a.y]));
  });
  const edges = [row(['key', 'source', 'target', 'relation', 'label', 'confidence', 'evidence'])];
  graph.forEachEdge((key, a, source, target) => {
    edges.push(row([key, source, target, a.relation, a.label, a.confidence, a.evidence.map((e) => e.text ?? `${e.doc}:${e.start}-${e.end}`).join(' | ')]));
  });
  return { nodes: nodes.join('\r\n') + '\r\n', edges: edges.join('\r\n') + '\r\n' };
}
