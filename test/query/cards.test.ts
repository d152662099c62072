// neighbors, card, stats and timeline on hand-built graphs whose answers are known.
import { neighbors } from '../../src/query/neighbors.js';
import { card } from '../../src/query/card.js';
import { stats } from '../../src/query/stats.js';
import { dateEnd, dateStart, timeline } from '../../src/query/timeline.js';
import { graphOf, newsWorld } from '../fixtures/query/graphs.js';

const g = newsWorld();
const flat = (groups: ReturnType<typeof neighbors>) =>
  groups.map((x) => `${x.via.key} ${x.direction === 'out' ? `-${x.relation}->` : `<-${x.relation}-`} ${x.nodes.map((n) => `${n.key}@${n.depth}`).join(',')}`);

describe('neighbors', () => {
  test('grouped by relation and direction, the entity itself left out', () => {
    expect(flat(neighbors(g, 'paris'))).toEqual(['paris <-located_in- acme@1,club@1,louvre@1']);
    expect(flat(neighbors(g, 'bob'))).toEqual(['bob <-killed- strike@1', 'bob -leads-> club@1', 'bob -member_of-> acme@1']);
  });
  test('depth 2 adds the next ring, grouped by the node it is reached from', () => {
    const deep = flat(neighbors(g, 'louvre', { depth: 2 }));
    expect(deep).toEqual(['louvre -located_in-> paris@1', 'paris <-located_in- acme@2,club@2']);
  });
  test('a cycle does not bring the entity back nor repeat a node', () => {
    const cyc = graphOf([['a', 'group', 'A'], ['b', 'group', 'B'], ['c', 'group', 'C']],
      [['a', 'part_of', 'b'], ['b', 'part_of', 'c'], ['c', 'part_of', 'a']]);
    const keys = neighbors(cyc, 'a', { depth: 5 }).flatMap((x) => x.nodes.map((n) => n.key));
    expect(keys.filter((k) => k === 'a')).toEqual([]);
    // b -> c joins two nodes of the first ring: nothing new further out
    expect(flat(neighbors(cyc, 'a', { depth: 5 }))).toEqual(['a -part_of-> b@1', 'a <-part_of- c@1']);
  });
  test('relation, kind and confidence filters', () => {
    expect(flat(neighbors(g, 'bob', { relation: ['leads', 'killed'] }))).toEqual(['bob <-killed- strike@1', 'bob -leads-> club@1']);
    expect(flat(neighbors(g, 'bob', { kind: ['event'] }))).toEqual(['bob <-killed- strike@1']);
    expect(flat(neighbors(g, 'paris', { minConfidence: 0.5 }))).toEqual(['paris <-located_in- acme@1,louvre@1']);
    expect(neighbors(g, 'zed')).toEqual([]);
  });
});

describe('card', () => {
  test("an entity's card: aliases, mentions, documents, relations out then in", () => {
    const c = card(g, 'bob');
    expect(c).toMatchObject({ key: 'bob', label: 'Bob Stone', kind: 'person', aliases: ['Stone', 'Mr. Stone'], mentions: 1, documents: ['d1'] });
    expect(c.relations.map((r) => `${r.direction} ${r.relation} ${r.other.key} ${r.confidence}`))
      .toEqual(['out leads club 0.6', 'out member_of acme 0.7', 'in killed strike 0.85']);
    expect(c.relations[2]!.evidence).toEqual([expect.objectContaining({ text: 'The strike killed Bob Stone.', document: 'd1.txt' })]);
    expect(c.participants).toBeUndefined();
  });
  test("an event's card: type, date and participants by role", () => {
    const c = card(g, 'strike');
    expect(c).toMatchObject({ eventType: 'attack', date: '2020-01-03' });
    expect(Object.fromEntries(Object.entries(c.participants!).map(([role, ns]) => [role, ns.map((n) => n.key)])))
      .toEqual({ killed: ['bob'], ordered: ['ann'] });
  });
  test('min confidence hides weaker relations and counts them', () => {
    const c = card(g, 'club', { minConfidence: 0.5 });
    expect(c.relations.map((r) => r.relation)).toEqual(['leads']);
    expect(c.hiddenRelations).toBe(1);
  });
});

describe('stats', () => {
  test('counts, components and the most connected', () => {
    const s = stats(g);
    expect(s).toMatchObject({ documents: 1, nodes: 9, edges: 8, components: 3, largestComponent: 7 });
    expect(s.kinds).toEqual({ person: 3, group: 3, place: 2, event: 1 });
    expect(s.relations).toEqual({ leads: 2, member_of: 1, located_in: 3, ordered: 1, killed: 1 });
    expect(s.mostConnected.map((n) => `${n.key}:${n.degree}`)).toEqual(['acme:3', 'bob:3', 'paris:3', 'ann:2', 'club:2', 'louvre:1']);
  });
  test('min confidence drops weaker edges from every count, and says how many', () => {
    const s = stats(g, { minConfidence: 0.5 });
    expect(s).toMatchObject({ edges: 7, hiddenEdges: 1, components: 3, largestComponent: 7 });
    expect(stats(g, { minConfidence: 0.8 })).toMatchObject({ edges: 4, components: 5, largestComponent: 4 });
    expect(stats(g, { top: 2 }).mostConnected).toHaveLength(2);
  });
});

describe('timeline', () => {
  const t = graphOf([
    ['e1', 'event', 'late', { eventType: 'attack', date: '2020-01-03' }],
    ['e2', 'event', 'month', { eventType: 'protest', date: '2019-12' }],
    ['e3', 'event', 'year', { eventType: 'attack', date: '2003' }],
    ['e4', 'event', 'week', { eventType: 'attack', date: '2020-W01' }],
    ['e5', 'event', 'undated', { eventType: 'attack' }],
    ['e6', 'event', 'early december', { eventType: 'statement', date: '2019-12-01' }],
    ['x', 'person', 'X'],
  ], [['x', 'carried_out', 'e1'], ['x', 'carried_out', 'e3', 0.2], ['x', 'said', 'e6']]);
  const keys = (r: ReturnType<typeof timeline>) => r.events.map((e) => e.key);

  test('partial dates sort by the first day they cover; undated last', () => {
    expect(keys(timeline(t))).toEqual(['e3', 'e2', 'e6', 'e4', 'e1']);
    expect(timeline(t).undated.map((e) => e.key)).toEqual(['e5']);
    expect(timeline(t).undatedOmitted).toBe(0);
  });
  test('a range keeps what may have happened inside it, and counts the undated it leaves out', () => {
    expect(keys(timeline(t, { from: '2019-12-15' }))).toEqual(['e2', 'e4', 'e1']);
    expect(keys(timeline(t, { to: '2019' }))).toEqual(['e3', 'e2', 'e6', 'e4']); // week 1 of 2020 starts on 2019-12-30
    expect(keys(timeline(t, { from: '2019-12', to: '2019-12' }))).toEqual(['e2', 'e6', 'e4']);
    expect(timeline(t, { from: '2019-12' }).undated).toEqual([]);
    expect(timeline(t, { from: '2019-12' }).undatedOmitted).toBe(1);
  });
  test('event types and an entity involved, under min confidence', () => {
    expect(keys(timeline(t, { kinds: ['attack'] }))).toEqual(['e3', 'e4', 'e1']);
    expect(keys(timeline(t, { involving: 'x' }))).toEqual(['e3', 'e6', 'e1']);
    expect(keys(timeline(t, { involving: 'x', minConfidence: 0.5 }))).toEqual(['e6', 'e1']);
  });
  test('date bounds', () => {
    expect([dateStart('2003'), dateEnd('2003')]).toEqual(['2003-01-01', '2003-12-31']);
    expect([dateStart('2019-12'), dateEnd('2019-12')]).toEqual(['2019-12-01', '2019-12-31']);
    expect([dateStart('2020-W01'), dateEnd('2020-W01')]).toEqual(['2019-12-30', '2020-01-05']);
    expect(dateEnd('2020-01-03')).toBe('2020-01-03');
  });
});
