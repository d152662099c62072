// Exports read back by real consumers: graphology's GEXF parser, NetworkX (GEXF and GraphML),
// xmllint; CSV by an RFC 4180 reader; a fuzz of hostile text through every format.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { toGexf, dateRange } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import { toCsv } from '../../src/export/csv.js';
import { cypherString, toCypher } from '../../src/export/cypher.js';
import { xmlSafe } from '../../src/export/text.js';
import { graphOf } from '../helpers/graphs.js';
import { kg, tempDir } from '../helpers/cli.js';
import type { KgGraph } from '../../src/model/contract.js';

function sample(): KgGraph {
  const g = graphOf([
    ['p', 'person', 'Ann & "Lee" <x>', { aliases: ['A. Lee', 'Lee'], x: 1.5, y: -2, size: 4, color: '#e4572e' }],
    ['o', 'group', 'Acme, Inc.\nLtd', { x: 3, y: 4 }],
    ['e', 'event', 'strike', { eventType: 'attack', date: '2019-12', x: 0, y: 0 }],
  ], [['p', 'leads', 'o', 0.9], ['o', 'carried_out', 'e', 0.4]]);
  return g;
}

const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0);
const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

function networkx(script: string, file: string): unknown {
  const run = spawnSync(python!, ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const READ_BACK = `
import sys, json, networkx as nx
path = sys.argv[1]
g = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
nodes = {n: d for n, d in g.nodes(data=True)}
print(json.dumps({
  'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
  'kinds': sorted(d.get('kind') for d in nodes.values()),
  'relations': sorted(d.get('relation') for _, _, d in g.edges(data=True)),
  'p': {k: v for k, v in nodes['p'].items() if k in ('viz', 'x', 'y', 'size', 'color', 'label', 'kind')},
  'e': {k: v for k, v in nodes['e'].items() if k in ('start', 'end', 'date')},
}))
`;

describe('GEXF', () => {
  test('round trip through graphology-gexf: same nodes, edges and attributes', () => {
    const back = parseGexf(MultiDirectedGraph, toGexf(sample()));
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttribute('p', 'label')).toBe('Ann & "Lee" <x>');
    expect(back.getNodeAttribute('p', 'kind')).toBe('person');
    expect(back.getNodeAttribute('p', 'aliases')).toBe('A. Lee; Lee');
    expect(back.getNodeAttribute('e', 'eventType')).toBe('attack');
    const edge = back.edges('p', 'o')[0]!;
    expect(back.getEdgeAttribute(edge, 'relation')).toBe('leads');
    expect(back.getEdgeAttribute(edge, 'confidence')).toBe(0.9);
  });

  test('event dates as GEXF spells them for the timeline', () => {
    const xml = toGexf(sample());
    expect(xml).toMatch(/<graph [^>]*mode="dynamic" timeformat="date"/);
    expect(xml).toMatch(/<node id="e" start="2019-12-01" end="2019-12-31"/);
    expect(dateRange('2020-W01')).toEqual(['2019-12-30', '2020-01-05']);
    expect(dateRange('2003')).toEqual(['2003-01-01', '2003-12-31']);
    expect(dateRange('2020-02')).toEqual(['2020-02-01', '2020-02-29']);
  });

  test('colours are r/g/b attributes, never hex', () => {
    const xml = toGexf(sample());
    expect(xml).toMatch(/<viz:color r="228" g="87" b="46"/);
    expect(xml).not.toMatch(/hex=/);
  });

  (python ? test : test.skip)('NetworkX reads it with kinds, relations, positions, sizes and colours', () => {
    const dir = tempDir();
    const file = join(dir, 'g.gexf');
    writeFileSync(file, toGexf(sample()));
    const out = networkx(READ_BACK, file) as Record<string, any>;
    expect(out.nodes).toBe(3);
    expect(out.edges).toBe(2);
    expect(out.kinds).toEqual(['event', 'group', 'person']);
    expect(out.relations).toEqual(['carried_out', 'leads']);
    expect(out.p.viz.position).toMatchObject({ x: 1.5, y: -2 });
    expect(out.p.viz.size).toBe(4);
    expect(out.p.viz.color).toMatchObject({ r: 228, g: 87, b: 46 });
    expect(out.e).toMatchObject({ start: '2019-12-01', end: '2019-12-31' });
  });
});

describe('GraphML', () => {
  (python ? test : test.skip)('NetworkX reads it with typed attributes', () => {
    const dir = tempDir();
    const file = join(dir, 'g.graphml');
    writeFileSync(file, toGraphml(sample()));
    const out = networkx(READ_BACK, file) as Record<string, any>;
    expect(out.nodes).toBe(3);
    expect(out.edges).toBe(2);
    expect(out.kinds).toEqual(['event', 'group', 'person']);
    expect(out.relations).toEqual(['carried_out', 'leads']);
    expect(out.p).toMatchObject({ x: 1.5, y: -2, size: 4, color: '#e4572e', label: 'Ann & "Lee" <x>' });
  });
});

describe('CSV and Cypher', () => {
  test('CSV quotes as RFC 4180 says', () => {
    const { nodes, edges } = toCsv(sample());
    const lines = nodes.split('\r\n');
    expect(lines[0]).toBe('key,label,kind,aliases,mentions,documents,eventType,date,summary,x,y');
    expect(nodes).toContain('"Ann & ""Lee"" <x>"');
    expect(nodes).toContain('"Acme, Inc.\nLtd"');
    expect(edges.split('\r\n')[1]).toMatch(/^e0,p,o,leads,leads,0\.9,/);
  });
  test('Cypher strings are escaped and types come from relations', () => {
    expect(cypherString("O'Brien \\ \n")).toBe("'O\\'Brien \\\\ \\n'");
    const script = toCypher(sample());
    expect(script).toMatch(/MERGE \(n:Entity:Person \{key: 'p'\}\) SET n \+= \{label: 'Ann & "Lee" <x>', kind: 'person', aliases: \['A\. Lee', 'Lee'\]/);
    expect(script).toMatch(/-\[r:LEADS \{key: 'e0'\}\]->/);
  });
});

describe('hostile text', () => {
  // every XML-forbidden control character, lone surrogates, emoji, markup
  const nasty = ['\u0000\u0001\u0008\u000b\u000c\u001f', '\ud800 lone', 'lone \udfff', '😀 emoji', '<img src=x onerror=alert(1)>', '&amp; "q" \'a\'', '\uffff\ufffe'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const fuzz = (): string => Array.from({ length: 12 }, () => (random() < 0.5 ? nasty[Math.floor(random() * nasty.length)]! : String.fromCharCode(Math.floor(random() * 0xffff)))).join('');

  test.each(Array.from({ length: 20 }, (_, i) => i))('random labels stay well-formed in every format (%i)', (i) => {
    seed = 7 + i;
    const g = graphOf([['a', 'person', fuzz(), { aliases: [fuzz()] }], ['b', 'place', fuzz()]], [['a', 'citizen_of', 'b']]);
    g.updateEdgeAttribute('e0', 'label', () => fuzz());
    const gexf = toGexf(g);
    const graphml = toGraphml(g);
    // well-formed XML: the browser-grade parser of graphology-gexf accepts it, and no forbidden character is left
    for (const xml of [gexf, graphml]) {
      expect(xml).toBe(xmlSafe(xml));
      expect(xml).not.toMatch(/<img/);
    }
    expect(parseGexf(MultiDirectedGraph, gexf).order).toBe(2);
    if (xmllint) {
      const dir = tempDir();
      writeFileSync(join(dir, 'g.gexf'), gexf);
      writeFileSync(join(dir, 'g.graphml'), graphml);
      const run = spawnSync('xmllint', ['--noout', join(dir, 'g.gexf'), join(dir, 'g.graphml')], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    const csv = toCsv(g).nodes;
    expect(csv.split('\r\n')[0]).toMatch(/^key,label/);
    expect(toCypher(g)).not.toMatch(/[\u0000-\u0008]/);
  });
});

describe('kg export', () => {
  let graph: string;
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    graph = join(dir, 'g.json');
    writeFileSync(graph, JSON.stringify(sample().export()));
  });
  (xmllint ? test : test.skip)('writes GEXF and GraphML that xmllint accepts', () => {
    for (const format of ['gexf', 'graphml']) {
      const out = join(dir, `out.${format}`);
      const run = kg(['export', '-g', graph, '-f', format, '-o', out]);
      expect(run.status).toBe(0);
      expect(spawnSync('xmllint', ['--noout', out]).status).toBe(0);
    }
  });
  test('csv writes a folder with nodes.csv and edges.csv', () => {
    const out = join(dir, 'tables');
    expect(kg(['export', '-g', graph, '-f', 'csv', '-o', out]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8').split('\r\n').length).toBe(5);
  });
  test('-o - writes to standard output', () => {
    const run = kg(['export', '-g', graph, '-f', 'cypher', '-o', '-']);
    expect(run.stdout).toMatch(/^\/\/ kg graph/);
  });
  test('an unknown format or an unwritable path is a clear error', () => {
    const bad = kg(['export', '-g', graph, '-f', 'pdf', '-o', join(dir, 'x')]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/pdf/);
    writeFileSync(join(dir, 'file'), '');
    const unwritable = kg(['export', '-g', graph, '-f', 'gexf', '-o', join(dir, 'file', 'g.gexf')]);
    expect(unwritable.status).not.toBe(0);
    expect(unwritable.stderr).toMatch(/cannot write/);
  });
});

if (!python) console.log('export tests: NetworkX checks skipped: no python3 with networkx (apt-get install python3-networkx)');
