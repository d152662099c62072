// GEXF: read back by graphology-gexf's parser and by NetworkX (read_gexf with its defaults),
// accepted by xmllint; the library's faults (hex colours, inferred types, no dynamics) fixed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { toGexf } from '../../src/export/gexf.js';
import { tempDir } from '../helpers/cli.js';
import { hasXmllint, networkx, python, xmllint } from './consumers.js';
import { LABEL_O, LABEL_P, sample } from './sample.js';

function written(xml: string): string {
  const file = join(tempDir('kg-gexf-'), 'g.gexf');
  writeFileSync(file, xml);
  return file;
}

describe('GEXF round trip through graphology-gexf', () => {
  const back = parseGexf(MultiDirectedGraph, toGexf(sample()));

  test('same nodes and edges, parallel edges kept', () => {
    expect(back.nodes().sort()).toEqual(['e', 'e2', 'o', 'p']);
    expect(back.edges().sort()).toEqual(['o->carried_out->e', 'p->leads->o', 'p->member_of->o']);
    expect(back.edges('p', 'o')).toHaveLength(2);
  });

  test('node attributes: label, kind, aliases joined, mention and document counts, event type and date', () => {
    expect(back.getNodeAttributes('p')).toMatchObject({ label: LABEL_P, kind: 'person', aliases: 'A. Lee | Lee; Ann', mentions: 3, documents: 2 });
    expect(back.getNodeAttribute('o', 'label')).toBe(LABEL_O);
    expect(back.getNodeAttributes('e')).toMatchObject({ kind: 'event', eventType: 'attack', date: '2019-12', summary: 'strike on "Acme"' });
  });

  test('edge attributes: the relation as the label, the predicate, confidence as weight, evidence sentences', () => {
    expect(back.getEdgeAttributes('p->leads->o')).toEqual({
      label: 'leads', relation: 'leads', predicate: 'head of', confidence: 1, weight: 1, evidence: 'Ann, "head" of Acme; <b>',
    });
    // a span without text is named by document and offsets
    expect(back.getEdgeAttribute('p->member_of->o', 'evidence')).toBe('d2:1-4');
  });

  test('layout: saved positions, sizes and colours; kind colours and degree sizes where none was saved', () => {
    expect(back.getNodeAttributes('p')).toMatchObject({ x: 1.5, y: -2, size: 4, color: 'rgb(228,87,46)' });
    expect(back.getNodeAttribute('e2', 'color')).toBe('rgb(178,121,162)'); // the event colour
    expect(back.getNodeAttribute('e2', 'size')).toBe(1); // 1 + sqrt(degree 0)
    expect(back.getNodeAttribute('e2', 'x')).toBeUndefined();
  });

  test('documents and build in <meta>, and nothing GEXF does not allow there', () => {
    expect(Object.keys(back.getAttributes()).sort()).toEqual(['creator', 'description', 'keywords']);
    expect(back.getAttribute('creator')).toBe('kg test');
    expect(back.getAttribute('description')).toBe(
      'kg graph (schema 1) of 2 documents: Strike & response (2020-01-03) [no/such/d1.txt]; d2 [no/such/d2.txt]');
  });
});

describe('GEXF as written', () => {
  test('GEXF 1.3 with the 1.3 viz namespace', () => {
    const xml = toGexf(sample());
    expect(xml).toMatch(/<gexf version="1\.3" xmlns="http:\/\/gexf\.net\/1\.3" xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz"/);
  });

  test('colours are r/g/b attributes, never hex', () => {
    const xml = toGexf(sample());
    expect(xml).toMatch(/<viz:color r="228" g="87" b="46"/);
    expect(xml).not.toMatch(/hex=/);
  });

  test('attribute types come from the contract: whole confidences are still double', () => {
    const g = sample();
    g.forEachEdge((e) => g.setEdgeAttribute(e, 'confidence', 1));
    const xml = toGexf(g);
    expect(xml).toContain('<attribute id="confidence" title="confidence" type="double"/>');
    expect(xml).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(xml).toContain('<attribute id="kind" title="kind" type="string"/>');
  });

  test('dated events get the closed interval of days they cover, for the timeline', () => {
    const xml = toGexf(sample());
    expect(xml).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">/);
    expect(xml).toMatch(/<node start="2019-12-01" end="2019-12-31" id="e" label="strike">/);
    expect(xml).toMatch(/<node id="e2" label="talks">/);
    expect(xml.match(/start="/g)).toHaveLength(1);
  });

  test('a graph without dates stays static', () => {
    const g = sample();
    g.removeNodeAttribute('e', 'date');
    const xml = toGexf(g);
    expect(xml).not.toMatch(/mode="dynamic"|start="/);
  });

  test('keys that differ only in characters XML forbids get distinct ids', () => {
    const g = sample();
    g.addNode('x\u0001', { label: 'one', kind: 'place', aliases: [], mentions: [] });
    g.addNode('x\u0002', { label: 'two', kind: 'place', aliases: [], mentions: [] });
    g.addDirectedEdge('x\u0002', 'p', { relation: 'related_to', label: 'near', confidence: 0.5, evidence: [] });
    const back = parseGexf(MultiDirectedGraph, toGexf(g));
    expect(back.order).toBe(6);
    expect(back.getNodeAttribute('x', 'label')).toBe('one');
    expect(back.getNodeAttribute('x~2', 'label')).toBe('two');
    expect(back.hasEdge('x~2', 'p')).toBe(true);
  });

  (hasXmllint ? test : test.skip)('xmllint --noout accepts it', () => {
    expect(xmllint(written(toGexf(sample())))).toBe('');
  });
});

(python ? describe : describe.skip)('NetworkX reads the GEXF', () => {
  let nx: ReturnType<typeof networkx>;
  beforeAll(() => { nx = networkx(written(toGexf(sample()))); });

  test('same node and edge counts, as a multigraph', () => {
    expect(Object.keys(nx.nodes).sort()).toEqual(['e', 'e2', 'o', 'p']);
    expect(nx.edges).toHaveLength(3);
    expect(nx.multigraph).toBe(true);
  });

  test('kind and relation attributes', () => {
    expect(Object.fromEntries(Object.entries(nx.nodes).map(([k, d]) => [k, d.kind]))).toEqual({ p: 'person', o: 'group', e: 'event', e2: 'event' });
    expect(nx.edges.map(([s, t, d]) => [s, t, d.relation, d.predicate, d.confidence]))
      .toEqual([['o', 'e', 'carried_out', 'carried out', 0.75], ['p', 'o', 'leads', 'head of', 1], ['p', 'o', 'member_of', 'of', 0.5]]);
    expect(nx.nodes.p).toMatchObject({ label: LABEL_P, mentions: 3, documents: 2, aliases: 'A. Lee | Lee; Ann' });
  });

  test("each node's position, size and colour in its viz data", () => {
    expect(nx.nodes.p!.viz).toEqual({ color: { r: 228, g: 87, b: 46, a: 1 }, size: 4, position: { x: 1.5, y: -2, z: 0 } });
    expect(nx.nodes.o!.viz).toMatchObject({ color: { r: 76, g: 120, b: 168 }, position: { x: 3, y: 4 } });
    expect(nx.nodes.e2!.viz).toEqual({ color: { r: 178, g: 121, b: 162, a: 1 }, size: 1 });
  });

  test('event dates as start and end', () => {
    expect(nx.nodes.e).toMatchObject({ start: '2019-12-01', end: '2019-12-31', date: '2019-12' });
    expect(nx.nodes.e2!.start).toBeUndefined();
  });
});
