// kg export as a user runs it: every format from a graph file, the format from the file name,
// evidence quoted from the documents, --json, and one clear line for every mistake.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { KG, kg, tempDir } from '../helpers/cli.js';
import { hasXmllint, networkxAll, python, pythonCsv, xmllint } from './consumers.js';
import { sample } from './sample.js';

const dir = tempDir('kg-export-cli-');
const graph = join(dir, 'g.json');
const out = (name: string) => join(dir, name);

beforeAll(() => {
  writeFileSync(graph, JSON.stringify(sample().export()));
});

/** One line on stderr, no stack trace, a non-zero status, nothing on stdout. */
function expectCleanError(run: ReturnType<typeof kg>, pattern: RegExp): void {
  expect(run.status).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('writing files', () => {
  test('the format comes from --format or from the file name', () => {
    const a = kg(['export', '-g', graph, '-o', out('named.gexf')]);
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^export: wrote 4 nodes and 3 edges as gexf: .*named\.gexf \(\d+\.\d kB\)\n$/);
    expect(readFileSync(out('named.gexf'), 'utf8')).toMatch(/^<\?xml[^]*<gexf version="1\.3"/);
    const b = kg(['export', '-g', graph, '-f', 'graphml', '-o', out('chosen.xml')]);
    expect(b.status).toBe(0);
    expect(readFileSync(out('chosen.xml'), 'utf8')).toContain('<graphml ');
  });

  test('csv and neo4j-csv write a folder of files', () => {
    expect(kg(['export', '-g', graph, '-f', 'csv', '-o', out('tables')]).status).toBe(0);
    expect(readdirSync(out('tables')).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(readFileSync(join(out('tables'), 'nodes.csv'), 'utf8').split('\r\n')).toHaveLength(4 + 2);
    expect(kg(['export', '-g', graph, '-f', 'neo4j-csv', '-o', out('neo4j')]).status).toBe(0);
    expect(readdirSync(out('neo4j')).sort()).toEqual(['import.sh', 'nodes.csv', 'relationships.csv']);
  });

  test('--json reports the format, counts and every file written with its size', () => {
    const run = kg(['export', '-g', graph, '-f', 'csv', '-o', out('json-tables'), '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toEqual({
      format: 'csv', graph, nodes: 4, edges: 3,
      files: ['nodes.csv', 'edges.csv'].map((n) => ({ path: join(out('json-tables'), n), bytes: readFileSync(join(out('json-tables'), n)).length })),
    });
  });

  test('-o - writes the file alone to standard output', () => {
    const run = kg(['export', '-g', graph, '-f', 'cypher', '-o', '-']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\/\/ kg graph for Neo4j 5[^]*\[r:LEADS \{key: row\.key\}\][^]* SET r \+= row\.props;\n$/);
    expect(run.stderr).toBe('');
  });

  test('a reader that stops early ends the export quietly', () => {
    const big = sample();
    for (let i = 0; i < 3000; i++) big.addNode(`n${i}`, { label: `node ${i}`, kind: 'place', aliases: [], mentions: [] });
    writeFileSync(out('big.json'), JSON.stringify(big.export()));
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${KG}" export -g "${out('big.json')}" -f gexf -o - | head -c 100 >/dev/null`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('the same graph exports to the same bytes', () => {
    for (const format of ['gexf', 'graphml', 'cypher']) {
      const first = kg(['export', '-g', graph, '-f', format, '-o', '-']).stdout;
      expect(kg(['export', '-g', graph, '-f', format, '-o', '-']).stdout).toBe(first);
    }
  });
});

describe('evidence quoted from the documents when the graph has no text for it', () => {
  test('read when the document is unchanged (same sha256), else named by offsets', () => {
    const doc = 'Ann leads Acme. Acme struck at dawn.';
    writeFileSync(out('d2.txt'), doc);
    const g = sample();
    g.setAttribute('documents', [
      { id: 'd1', path: 'gone.txt', sha256: '0'.repeat(64), chars: 10 },
      { id: 'd2', path: 'd2.txt', sha256: createHash('sha256').update(doc).digest('hex'), chars: doc.length },
    ]);
    g.setEdgeAttribute('p->member_of->o', 'evidence', [{ doc: 'd2', start: 0, end: 15 }]);
    g.setEdgeAttribute('o->carried_out->e', 'evidence', [{ doc: 'd1', start: 0, end: 4 }]);
    writeFileSync(out('quoted.json'), JSON.stringify(g.export()));
    // the document path is relative to the graph's folder, not to the working directory
    const run = kg(['export', '-g', out('quoted.json'), '-f', 'csv', '-o', out('quoted')]);
    expect(run.status).toBe(0);
    const edges = readFileSync(join(out('quoted'), 'edges.csv'), 'utf8');
    expect(edges).toContain('p->member_of->o,p,o,member_of,of,0.5,Ann leads Acme.\r\n');
    expect(edges).toContain('o->carried_out->e,o,e,carried_out,carried out,0.75,d1:0-4\r\n');
  });
});

describe('mistakes', () => {
  test('an unknown format names the choices and the nearest one', () => {
    expectCleanError(kg(['export', '-g', graph, '-f', 'gefx', '-o', out('x')]), /^kg: export: unknown format "gefx"; did you mean gexf\? \(one of: gexf, graphml, csv, cypher, neo4j-csv\)$/m);
    expectCleanError(kg(['export', '-g', graph, '-f', 'pdf', '-o', out('x')]), /^kg: export: unknown format "pdf" \(one of/m);
    expect(existsSync(out('x'))).toBe(false);
  });

  test('no format and a file name that does not tell', () => {
    expectCleanError(kg(['export', '-g', graph, '-o', out('graph.txt')]), /export: which format\? give --format/);
  });

  test('an unwritable path: nothing written, no temp file left', () => {
    writeFileSync(out('a-file'), '');
    expectCleanError(kg(['export', '-g', graph, '-f', 'gexf', '-o', join(out('a-file'), 'g.gexf')]), /a-file\/g\.gexf: cannot write \(ENOTDIR\)/);
    expectCleanError(kg(['export', '-g', graph, '-f', 'csv', '-o', out('a-file')]), /export: .*a-file is a file; csv and neo4j-csv write a folder/);
    expectCleanError(kg(['export', '-g', graph, '-f', 'gexf', '-o', dir]), /is a folder; give a file name such as graph\.gexf/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('several files cannot go to standard output', () => {
    expectCleanError(kg(['export', '-g', graph, '-f', 'csv', '-o', '-']), /export: csv writes several files \(nodes\.csv, edges\.csv\); give a folder, not -/);
  });

  test('a missing graph file', () => {
    expectCleanError(kg(['export', '-g', out('none.json'), '-o', out('n.gexf')]), /none\.json: no such graph file/);
    expect(existsSync(out('n.gexf'))).toBe(false);
  });
});

describe('the sample article, built fresh', () => {
  const built = join(dir, 'sample.json');
  let order = 0;
  let size = 0;
  beforeAll(() => {
    const run = kg(['build', 'graph-data/', '-o', built, '-q']);
    if (run.status !== 0) throw new Error(run.stderr);
    const json = JSON.parse(readFileSync(built, 'utf8'));
    order = json.nodes.length;
    size = json.edges.length;
    for (const [format, name] of [['gexf', 's.gexf'], ['graphml', 's.graphml'], ['csv', 's-csv']]) {
      const run = kg(['export', '-g', built, '-f', format!, '-o', out(name!)]);
      if (run.status !== 0) throw new Error(run.stderr);
    }
  });

  (hasXmllint ? test : test.skip)('xmllint accepts the GEXF and the GraphML', () => {
    expect(xmllint(out('s.gexf'), out('s.graphml'))).toBe('');
  });

  (python ? test : test.skip)('NetworkX finds every node and edge, people and places among the kinds, and a layout', () => {
    const read = networkxAll([out('s.gexf'), out('s.graphml')]);
    for (const nx of Object.values(read)) {
      expect([Object.keys(nx.nodes).length, nx.edges.length]).toEqual([order, size]);
      const kinds = new Set(Object.values(nx.nodes).map((d) => d.kind));
      expect(kinds).toContain('person');
      expect(kinds).toContain('place');
      expect(nx.edges.every(([, , d]) => typeof d.relation === 'string' && d.relation.length > 0)).toBe(true);
    }
    expect(Object.values(read[out('s.gexf')]!.nodes).every((d) => d.viz?.color && d.viz?.size > 0)).toBe(true);
  });

  (python ? test : test.skip)('the CSV has a row per node and edge, evidence quoted from the article', () => {
    const rows = pythonCsv(join(out('s-csv'), 'nodes.csv'), join(out('s-csv'), 'edges.csv'));
    expect(rows[join(out('s-csv'), 'nodes.csv')]).toHaveLength(order + 1);
    const edges = rows[join(out('s-csv'), 'edges.csv')]!;
    expect(edges).toHaveLength(size + 1);
    const article = readFileSync('graph-data/000_3771d5a176e2eb79.txt', 'utf8');
    expect(edges.slice(1).every((r) => r[6]!.split(' | ').every((sentence) => article.includes(sentence)))).toBe(true);
  });
});
