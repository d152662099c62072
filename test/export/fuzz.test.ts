// Hostile text in every attribute and key: random Unicode with the XML-forbidden control
// characters, lone surrogates, emoji and markup. Every format must stay well-formed and keep
// all the text it can hold.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { createGraph } from '../../src/build/graph-io.js';
import { toCsv } from '../../src/export/csv.js';
import { toCypher } from '../../src/export/cypher.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import { toNeo4jCsv } from '../../src/export/neo4j-csv.js';
import { wellFormed, xmlSafe } from '../../src/export/xml-text.js';
import type { KgGraph, NodeAttributes } from '../../src/model/contract.js';
import { tempDir } from '../helpers/cli.js';
import { cypherErrors, hasXmllint, networkxAll, python, pythonCsv, xmllint } from './consumers.js';

const NASTY = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\ud800', '\udfff', '\ufffe', '\uffff', '😀',
  '<img src=x onerror=alert(1)>', '&amp;', '"', "'", '\\', '`', ',', ';', '\r\n', '\n', '\t', ']]>', '<!--', '$&', '\u0085', '\u2028'];
const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);

function fuzzer(seed: number): () => string {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return () => Array.from({ length: 1 + Math.floor(random() * 10) }, () => {
    const r = random();
    if (r < 0.4) return NASTY[Math.floor(random() * NASTY.length)]!;
    if (r < 0.5) return String.fromCodePoint(0x10000 + Math.floor(random() * 0xfffff)); // astral, as surrogate pairs
    return String.fromCharCode(Math.floor(random() * 0x10000)); // any code unit, lone surrogates included
  }).join('');
}

/** Five nodes and five edges with fuzzed keys, labels, aliases, summaries, predicates, evidence and document titles. */
function fuzzedGraph(seed: number): KgGraph {
  const fuzz = fuzzer(seed);
  const g = createGraph('test');
  g.setAttribute('documents', [{ id: fuzz(), path: fuzz(), title: fuzz(), sha256: '0'.repeat(64), chars: 1 }]);
  const kinds = ['person', 'group', 'place', 'event', 'event'] as const;
  const keys: string[] = [];
  kinds.forEach((kind, i) => {
    const key = `${i}${fuzz()}`; // distinct before any stripping
    keys.push(key);
    g.addNode(key, { label: fuzz(), kind, aliases: [fuzz(), fuzz()], mentions: [], summary: fuzz(), ...(i === 3 ? { date: '2020-01' } : {}) } as NodeAttributes);
  });
  keys.forEach((source, i) => {
    g.addDirectedEdgeWithKey(`e${i}${fuzz()}`, source, keys[(i + 1) % keys.length]!, {
      relation: 'related_to', label: fuzz(), confidence: 0.5, evidence: [{ doc: 'd', start: 0, end: 1, text: fuzz() }],
    });
  });
  return g;
}

// a label left empty by stripping is written as no label at all
const labels = (g: KgGraph) => g.nodes().map((k) => g.getNodeAttribute(k, 'label') ?? '');

describe.each(SEEDS)('fuzzed graph %i', (seed) => {
  const g = fuzzedGraph(seed);

  test('GEXF: only characters XML allows; graphology reads back every node, edge and label', () => {
    const xml = toGexf(g);
    expect(xmlSafe(xml)).toBe(xml);
    const back = parseGexf(MultiDirectedGraph, xml);
    expect([back.order, back.size]).toEqual([5, 5]);
    expect(labels(back as unknown as KgGraph).sort()).toEqual(labels(g).map(xmlSafe).sort());
  });

  test('GraphML: only characters XML allows; graphology reads back every node, edge and label', () => {
    const xml = toGraphml(g);
    expect(xmlSafe(xml)).toBe(xml);
    const back = parseGraphml(MultiDirectedGraph, xml);
    expect([back.order, back.size]).toEqual([5, 5]);
    expect(labels(back as unknown as KgGraph).sort()).toEqual(labels(g).map(xmlSafe).sort());
  });

  // Neo4j's parser takes ~0.3 s a script: a third of the seeds is enough for the escaping
  if (seed % 3 === 0) {
    test("Cypher: Neo4j's parser finds no syntax error", () => {
      expect(cypherErrors(toCypher(g))).toEqual([]);
    });
  }
});

// The external consumers read every fuzzed file in one run each.
describe('external consumers on all fuzzed graphs', () => {
  const dir = tempDir('kg-fuzz-');
  const graphs = SEEDS.map(fuzzedGraph);
  const file = (seed: number, name: string) => join(dir, `${seed}-${name}`);
  beforeAll(() => {
    graphs.forEach((g, i) => {
      writeFileSync(file(SEEDS[i]!, 'g.gexf'), toGexf(g));
      writeFileSync(file(SEEDS[i]!, 'g.graphml'), toGraphml(g));
      for (const [name, text] of Object.entries(toCsv(g))) writeFileSync(file(SEEDS[i]!, name), text);
      for (const [name, text] of Object.entries(toNeo4jCsv(g))) writeFileSync(file(SEEDS[i]!, `neo4j-${name}`), text);
    });
  });

  (hasXmllint ? test : test.skip)('xmllint --noout accepts every GEXF and GraphML file', () => {
    expect(xmllint(...SEEDS.flatMap((s) => [file(s, 'g.gexf'), file(s, 'g.graphml')]))).toBe('');
  });

  (python ? test : test.skip)('NetworkX reads every GEXF and GraphML file with all nodes, edges and labels', () => {
    const read = networkxAll(SEEDS.flatMap((s) => [file(s, 'g.gexf'), file(s, 'g.graphml')]));
    graphs.forEach((g, i) => {
      for (const name of ['g.gexf', 'g.graphml']) {
        const nx = read[file(SEEDS[i]!, name)]!;
        expect([Object.keys(nx.nodes).length, nx.edges.length]).toEqual([5, 5]);
        expect(Object.values(nx.nodes).map((d) => d.label ?? '').sort()).toEqual(labels(g).map(xmlSafe).sort());
      }
    });
  });

  (python ? test : test.skip)("Python's strict csv reader reads every CSV file with one row per node and edge, text intact", () => {
    const names = ['nodes.csv', 'edges.csv', 'neo4j-nodes.csv', 'neo4j-relationships.csv'];
    const read = pythonCsv(...SEEDS.flatMap((s) => names.map((n) => file(s, n))));
    graphs.forEach((g, i) => {
      const rows = (name: string) => read[file(SEEDS[i]!, name)]!;
      expect(names.map((n) => rows(n).length)).toEqual([6, 6, 6, 6]);
      expect(rows('nodes.csv').slice(1).map((r) => r[1]).sort()).toEqual(labels(g).map(wellFormed).sort());
      expect(rows('nodes.csv').slice(1).map((r) => r[0]).sort()).toEqual(g.nodes().map(wellFormed).sort());
      // neo4j-admin splits arrays on U+001F: each alias comes back whole
      const aliases = rows('neo4j-nodes.csv').slice(1).map((r) => r[3]!.split('\u001f'));
      expect(aliases.flat().sort()).toEqual(g.nodes().flatMap((k) => g.getNodeAttribute(k, 'aliases')).map((a) => wellFormed(a).replaceAll('\u001f', ' ')).sort());
    });
  });
});
