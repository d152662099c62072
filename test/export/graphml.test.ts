// GraphML: read back by graphology-graphml and by NetworkX with typed keys; xmllint accepts it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { toGraphml } from '../../src/export/graphml.js';
import { tempDir } from '../helpers/cli.js';
import { hasXmllint, networkx, python, xmllint } from './consumers.js';
import { LABEL_O, LABEL_P, sample } from './sample.js';

function written(xml: string): string {
  const file = join(tempDir('kg-graphml-'), 'g.graphml');
  writeFileSync(file, xml);
  return file;
}

describe('GraphML round trip through graphology-graphml', () => {
  const back = parseGraphml(MultiDirectedGraph, toGraphml(sample()));

  test('same nodes and edges, parallel edges kept', () => {
    expect(back.nodes().sort()).toEqual(['e', 'e2', 'o', 'p']);
    expect(back.edges().sort()).toEqual(['o->carried_out->e', 'p->leads->o', 'p->member_of->o']);
  });

  test('typed node and edge attributes, text kept exactly (line breaks too)', () => {
    expect(back.getNodeAttributes('p')).toEqual({
      label: LABEL_P, kind: 'person', aliases: 'A. Lee | Lee; Ann', mentions: 3, documents: 2, x: 1.5, y: -2, size: 4, color: '#e4572e',
    });
    expect(back.getNodeAttribute('o', 'label')).toBe(LABEL_O);
    expect(back.getNodeAttributes('e')).toMatchObject({ eventType: 'attack', date: '2019-12', summary: 'strike on "Acme"' });
    expect(back.getEdgeAttributes('p->leads->o')).toEqual({ relation: 'leads', label: 'head of', confidence: 1, evidence: 'Ann, "head" of Acme; <b>' });
  });

  test('graph data: creator, schema version and the documents as JSON', () => {
    expect(back.getAttribute('creator')).toBe('kg test');
    expect(back.getAttribute('schemaVersion')).toBe(1);
    expect(JSON.parse(back.getAttribute('documents') as string).map((d: { id: string }) => d.id)).toEqual(['d1', 'd2']);
  });

  test('typed keys declared', () => {
    const xml = toGraphml(sample());
    expect(xml).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(xml).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(xml).toContain('<key id="n_kind" for="node" attr.name="kind" attr.type="string"/>');
  });

  (hasXmllint ? test : test.skip)('xmllint --noout accepts it', () => {
    expect(xmllint(written(toGraphml(sample())))).toBe('');
  });
});

(python ? test : test.skip)('NetworkX reads the GraphML with kinds, relations and typed values', () => {
  const nx = networkx(written(toGraphml(sample())));
  expect(Object.keys(nx.nodes).sort()).toEqual(['e', 'e2', 'o', 'p']);
  expect(nx.multigraph).toBe(true);
  expect(nx.edges.map(([s, t, d]) => [s, t, d.relation, d.confidence])).toEqual([['o', 'e', 'carried_out', 0.75], ['p', 'o', 'leads', 1], ['p', 'o', 'member_of', 0.5]]);
  expect(nx.nodes.p).toEqual({ label: LABEL_P, kind: 'person', aliases: 'A. Lee | Lee; Ann', mentions: 3, documents: 2, x: 1.5, y: -2, size: 4, color: '#e4572e' });
  expect(nx.nodes.o!.label).toBe(LABEL_O);
  expect(nx.graph).toMatchObject({ creator: 'kg test', schemaVersion: 1 });
});
