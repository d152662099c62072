// Export of a generated graph of 10^5 nodes and 5x10^5 edges in every format. The baseline is
// graphology-gexf's own writer on the same graph in the same run: kg's GEXF adds XML-safe text,
// declared types, r/g/b colours and timeline dates on top of it.
import { MultiDirectedGraph } from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import { createGraph } from '../dist/build/graph-io.js';
import { toGexf } from '../dist/export/gexf.js';
import { toGraphml } from '../dist/export/graphml.js';
import { toCsv } from '../dist/export/csv.js';
import { toCypher } from '../dist/export/cypher.js';
import { toNeo4jCsv } from '../dist/export/neo4j-csv.js';

const N = 1e5;
const M = 5 * N;
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const KINDS = ['person', 'group', 'place', 'event'];
const graph = createGraph('bench');
graph.setAttribute('documents', [{ id: 'd', path: 'd.txt', sha256: '0'.repeat(64), chars: 1000 }]);
for (let i = 0; i < N; i++) {
  graph.addNode(`n${i}`, {
    label: `Node ${i} & <co>`, kind: KINDS[i % 4], aliases: [`N${i}`, `node ${i}`], mentions: [{ doc: 'd', start: 0, end: 1 }],
    x: random() * 100, y: random() * 100, ...(i % 4 === 3 ? { eventType: 'attack', date: i % 8 === 3 ? '2020-01-03' : '2019-12' } : {}),
  });
}
for (let i = 0; i < M; i++) {
  const s = Math.floor(random() * N);
  const t = (s + 1 + Math.floor(random() * (N - 1))) % N;
  graph.addDirectedEdgeWithKey(`e${i}`, `n${s}`, `n${t}`, {
    relation: 'related_to', label: 'near', confidence: Math.round(random() * 100) / 100,
    evidence: [{ doc: 'd', start: 0, end: 60, text: 'A sentence of about sixty characters, quoted as evidence.' }],
  });
}

function time(f) {
  globalThis.gc?.();
  const t = process.hrtime.bigint();
  const out = f();
  return { s: Number(process.hrtime.bigint() - t) / 1e9, bytes: typeof out === 'string' ? out.length : Object.values(out).reduce((n, x) => n + x.length, 0) };
}

// the baseline: the same nodes and edges, attributes as graphology-gexf's default formatter takes them
const plain = new MultiDirectedGraph();
graph.forEachNode((k, a) => plain.addNode(k, { label: a.label, kind: a.kind, aliases: a.aliases.join(' | '), mentions: 1, x: a.x, y: a.y, size: 1, color: '#4c78a8' }));
graph.forEachEdge((k, a, s, t) => plain.addDirectedEdgeWithKey(k, s, t, { label: a.relation, relation: a.relation, confidence: a.confidence, evidence: a.evidence[0].text }));
const base = time(() => write(plain, { version: '1.3' }));
console.log(`graph: ${graph.order} nodes, ${graph.size} edges`);
console.log(`graphology-gexf alone (baseline): ${base.s.toFixed(2)} s, ${(base.bytes / 1e6).toFixed(0)} MB`);
for (const [name, f] of [['gexf', toGexf], ['graphml', toGraphml], ['csv', toCsv], ['cypher', toCypher], ['neo4j-csv', toNeo4jCsv]]) {
  const r = time(() => f(graph));
  console.log(`kg ${name.padEnd(9)} ${r.s.toFixed(2)} s, ${(r.bytes / 1e6).toFixed(0)} MB, ${(r.s / base.s).toFixed(2)}x the baseline`);
}
