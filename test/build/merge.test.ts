// Cross-document resolution and update mode, on short documents written for these tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/build/build.js';
import { createGraph, serializeGraph } from '../../src/build/graph-io.js';
import { addDocument } from '../../src/build/merge.js';
import { tempDir } from '../helpers/cli.js';
import type { KgGraph } from '../../src/model/contract.js';

function corpus(docs: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(docs)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const people = (g: KgGraph) => g.filterNodes((_, a) => a.kind === 'person').map((k) => g.getNodeAttribute(k, 'label')).sort();

describe('cross-document resolution', () => {
  test('a surname in one article and the full name in another are one person when they share company', async () => {
    const dir = corpus({
      'a.txt': 'date 2020-01-03\nQasem Soleimani was killed in Baghdad. Soleimani led the Quds Force.\n',
      'b.txt': 'date 2020-01-04\nIran mourned Soleimani in Baghdad on Saturday.\n',
    });
    const { graph } = await buildGraph([dir]);
    const node = graph.findNode((_, a) => a.label === 'Qasem Soleimani')!;
    expect(node).toBeDefined();
    expect(new Set(graph.getNodeAttribute(node, 'mentions').map((m) => m.doc))).toEqual(new Set(['a', 'b']));
    expect(people(graph)).toEqual(['Qasem Soleimani']);
  });

  test('two people who share a surname in different articles are not merged for that', async () => {
    const dir = corpus({
      'a.txt': 'On Monday, Hillary Clinton spoke in Iowa.\n',
      'b.txt': 'Bill Clinton visited Haiti on Tuesday.\n',
    });
    const { graph } = await buildGraph([dir]);
    expect(people(graph)).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });

  test('a lone surname without shared context stays its own node', async () => {
    const dir = corpus({
      'a.txt': 'John Smith won the election in Ohio.\n',
      'b.txt': 'In London, Smith scored twice for Arsenal.\n',
    });
    const { graph } = await buildGraph([dir]);
    expect(people(graph)).toEqual(['John Smith', 'Smith']);
  });

  test("a word a story reads as a place again and again is no person of another story's headline", async () => {
    const dir = corpus({
      'a.txt': 'Lebed Chechnya peace plan backed - agency .\nAlexander Lebed flew to Moscow on Friday.\n',
      'b.txt': 'Fighting in Chechnya went on. Rebels held Chechnya for a week. Troops left Chechnya for Moscow on Friday.\n',
    });
    const { graph } = await buildGraph([dir]);
    const node = graph.findNode((_, a) => a.label === 'Chechnya');
    expect(node && graph.getNodeAttribute(node, 'kind')).toBe('place');
    expect(people(graph)).toEqual(['Alexander Lebed', 'Lebed Chechnya']);
  });

  test('a known place that is also a surname stays a place', async () => {
    const dir = corpus({
      'a.txt': 'Michael Jordan signed autographs in Chicago.\n',
      'b.txt': 'Troops flew from Chicago to Jordan on Monday.\n',
    });
    const { graph } = await buildGraph([dir]);
    expect(people(graph)).toEqual(['Michael Jordan']);
    const jordan = graph.findNode((_, a) => a.label === 'Jordan');
    expect(graph.getNodeAttribute(jordan!, 'kind')).toBe('place');
  });

  test('places and groups match by any name across articles', async () => {
    const dir = corpus({
      'a.txt': 'The United States imposed sanctions on Iran.\n',
      'b.txt': 'U.S. officials met in Geneva. The North Atlantic Treaty Organization was not present.\n',
      'c.txt': 'NATO and America disagreed.\n',
    });
    const { graph } = await buildGraph([dir]);
    const us = graph.filterNodes((_, a) => a.label === 'United States');
    expect(us).toHaveLength(1);
    expect(new Set(graph.getNodeAttribute(us[0]!, 'mentions').map((m) => m.doc))).toEqual(new Set(['a', 'b', 'c']));
  });

  test("an institution every country has is one node only where the articles share a country", async () => {
    const dir = corpus({
      'a.txt': 'The Senate met in Manila on Monday. Senators from Cebu and Davao City voted against the plan.\n',
      'b.txt': 'The Senate met in Washington on Monday. Senators from Texas and Ohio voted for the plan.\n',
      'c.txt': 'In Texas, the Senate was blamed for the delay.\n',
    });
    const { graph } = await buildGraph([dir]);
    const senates = graph.filterNodes((_, a) => a.label === 'Senate')
      .map((k) => [...new Set(graph.getNodeAttribute(k, 'mentions').map((m) => m.doc))].sort().join(' ')).sort();
    expect(senates).toEqual(['a', 'b c']);
  });

  test('a head word alone, or a name every country gives a body, joins no node of another story', async () => {
    const dir = corpus({
      'a.txt': 'The Department of Justice opened an inquiry in Washington on Monday. The Department said it would report soon.\n',
      'b.txt': 'The Department of Corrections released the prisoner in Texas. The Department said he was freed.\n',
      'c.txt': 'The Congress of the Philippines met in Manila. Congress passed the budget.\n',
      'd.txt': 'The United States Congress met in Washington. Congress passed the budget.\n',
    });
    const { graph } = await buildGraph([dir]);
    const groups = graph.filterNodes((_, a) => a.kind === 'group').map((k) => graph.getNodeAttribute(k, 'label')).sort();
    expect(groups).toEqual(['Congress of the Philippines', 'Department of Corrections', 'Department of Justice', 'United States Congress']);
  });

  test('two groups one article kept apart are not merged by a short name they share', () => {
    const graph = createGraph('test');
    const info = { id: 'a', path: 'a.txt', sha256: '0', chars: 60 };
    const group = (id: string, label: string, start: number) => ({ id, kind: 'group' as const, label, aliases: ['Federation'], mentions: [{ start, end: start + label.length }] });
    addDocument(graph, info, '', { entities: [group('e1', 'Iranian Chess Federation', 0), group('e2', 'United States Chess Federation', 30)], events: [], relations: [] });
    expect(graph.filterNodes((_, a) => a.kind === 'group').map((k) => graph.getNodeAttribute(k, 'label')).sort())
      .toEqual(['Iranian Chess Federation', 'United States Chess Federation']);
  });

  test("a lone word read as a group is a person's only as the person's surname or given name, not as a firm's first word", () => {
    const graph = createGraph('test');
    const entity = (id: string, kind: 'person' | 'group', label: string, start: number) => ({ id, kind, label, aliases: [], mentions: [{ start, end: start + label.length }] });
    addDocument(graph, { id: 'a', path: 'a.txt', sha256: '0', chars: 90 }, '', {
      entities: [entity('e1', 'person', 'Pirelli SpA', 0), entity('e2', 'group', 'Pirelli', 20), entity('e3', 'person', 'Gricol Yang', 40), entity('e4', 'group', 'Gricol', 60)],
      events: [], relations: [],
    });
    const kinds = Object.fromEntries(graph.mapNodes((_, a) => [a.label, [a.kind, a.aliases]]));
    expect(kinds['Pirelli']).toEqual(['group', []]);
    expect(kinds['Gricol Yang']).toEqual(['person', ['Gricol']]);
  });

  test('an event about another event joins the graph of other articles', async () => {
    const dir = corpus({
      'a.txt': 'date 2019-08-04\nA gunman killed 22 people in a shooting in El Paso on Saturday. The police opened an investigation in El Paso.\n',
      'b.txt': 'date 2019-08-05\nThe FBI opened an investigation into the shooting in El Paso on Sunday.\n',
    });
    const { graph } = await buildGraph([dir]);
    const links = graph.filterEdges((e, a, s, t, sa, ta) => a.relation === 'about' && sa.kind === 'event' && ta.kind === 'event')
      .map((e) => `${graph.getNodeAttribute(graph.source(e), 'eventType')} about ${graph.getNodeAttribute(graph.target(e), 'eventType')}`);
    expect(links).toEqual(['other about attack']);
  });

  test('two different acts about one person in two articles stay two events', async () => {
    const dir = corpus({
      'a.txt': 'President Donald Trump was released from the hospital.\n',
      'b.txt': 'Senator Bernie Sanders slammed Donald Trump.\n',
    });
    const { graph } = await buildGraph([dir]);
    const acts = graph.filterNodes((_, a) => a.kind === 'event' && a.eventType === 'other');
    expect(acts).toHaveLength(2);
    for (const act of acts) expect(new Set(graph.getNodeAttribute(act, 'mentions').map((m) => m.doc)).size).toBe(1);
  });

  test('an event reported by two articles is one event with evidence from each', async () => {
    const dir = corpus({
      'a.txt': 'date 2021-03-02\nAn airstrike in Mosul killed Abu Yasir al-Issawi on Monday.\n',
      'b.txt': 'date 2021-03-03\nThe airstrike that killed Abu Yasir al-Issawi hit a house in Mosul.\n',
    });
    const { graph } = await buildGraph([dir]);
    const attacks = graph.filterNodes((_, a) => a.kind === 'event' && a.eventType === 'attack');
    expect(attacks).toHaveLength(1);
    const killed = graph.filterOutEdges(attacks[0]!, (_, a) => a.relation === 'killed');
    expect(killed).toHaveLength(1);
    expect(new Set(graph.getEdgeAttribute(killed[0]!, 'evidence').map((e) => e.doc))).toEqual(new Set(['a', 'b']));
  });
});

describe('parallel builds', () => {
  test('one worker and two give byte-identical graphs', async () => {
    const docs: Record<string, string> = {};
    for (let i = 0; i < 14; i++) docs[`d${String(i).padStart(2, '0')}.txt`] = `Angela Merkel met Emmanuel Macron in Paris ${i} times. Reuters reported the talks in Berlin.\n`;
    const dir = corpus(docs);
    const one = await buildGraph([dir], { workers: 1 });
    const two = await buildGraph([dir], { workers: 2 });
    const a = serializeGraph(one.graph).replace(/"version":"[^"]*"/, '');
    const b = serializeGraph(two.graph).replace(/"version":"[^"]*"/, '');
    expect(b).toBe(a);
    expect(one.graph.getAttribute('documents')).toHaveLength(14);
  });
});

describe('update mode', () => {
  test('adds new documents, skips unchanged ones, replaces changed ones', async () => {
    const dir = corpus({ 'a.txt': 'Joe Biden visited Kyiv on Monday.\n', 'b.txt': 'Olaf Scholz spoke in Berlin.\n' });
    const first = await buildGraph([dir]);
    writeFileSync(join(dir, 'b.txt'), 'Olaf Scholz spoke in Hamburg.\n');
    writeFileSync(join(dir, 'c.txt'), 'Rishi Sunak met Emmanuel Macron in Paris.\n');
    const second = await buildGraph([dir], { base: first.graph, update: true });
    expect(second.unchanged).toBe(1);
    expect(second.added).toBe(2);
    const g = second.graph;
    expect(g.getAttribute('documents').map((d) => d.id).sort()).toEqual(['a', 'b', 'c']);
    const labels = g.mapNodes((_, a) => a.label);
    expect(labels).toEqual(expect.arrayContaining(['Joe Biden', 'Hamburg', 'Rishi Sunak']));
    expect(labels).not.toContain('Berlin');
  });
});
