// findPaths, the function behind `kg path`: names in, described paths out, or an error that says
// why there is none. On the hand-built news world and hub world (see the fixtures' pictures).
import { findPaths, NoPathError } from '../../src/query/path-query.js';
import { hubsOf, hubThreshold } from '../../src/query/walk.js';
import { UsageError, NotFoundError } from '../../src/model/errors.js';
import { graphOf, hubWorld, newsWorld, type NodeSpec } from '../fixtures/query/graphs.js';

const chain = (r: ReturnType<typeof findPaths>, i = 0) =>
  r.paths[i]!.hops.map((h) => `${h.from.key} ${h.direction === 'forward' ? `-${h.relation}->` : `<-${h.relation}-`} ${h.to.key}`).join(' | ');

describe('findPaths', () => {
  const g = newsWorld();

  test('a hop walked against its edge is marked backward', () => {
    const r = findPaths(g, 'Paris', 'Ann Lee');
    expect(chain(r)).toBe('paris <-located_in- acme | acme <-leads- ann');
  });

  test('each hop carries labels, kinds, the edge and its evidence with the document', () => {
    const r = findPaths(g, 'ann', 'Louvre');
    expect(r.from).toEqual({ key: 'ann', label: 'Ann Lee', kind: 'person' });
    expect(r.paths[0]!.length).toBe(3);
    const hop = r.paths[0]!.hops[0]!;
    expect(hop).toMatchObject({ edge: 'e0', relation: 'leads', label: 'leads', direction: 'forward', confidence: 0.9 });
    expect(hop.evidence).toEqual([{ doc: 'd1', start: 0, end: 9, text: 'Ann Lee runs Acme.', document: 'd1.txt' }]);
    const strike = findPaths(g, 'ann', 'bob', { directed: true }).paths[0]!.hops[0]!.to;
    expect(strike).toEqual({ key: 'strike', label: 'strike on Bob', kind: 'event', eventType: 'attack', date: '2020-01-03' });
  });

  test('--all gives both ties, -k adds the longer ones', () => {
    expect(findPaths(g, 'ann', 'bob', { all: true }).paths.map((p) => p.hops.map((h) => h.to.key).join())).toEqual(['acme,bob', 'strike,bob']);
    const k = findPaths(g, 'ann', 'bob', { k: 3 }).paths;
    expect(k.map((p) => p.length)).toEqual([2, 2, 4]); // the third: ann-acme-paris-club-bob
  });

  test('--via, --through, --avoid, --min-confidence, --max-hops, --directed', () => {
    expect(chain(findPaths(g, 'ann', 'bob', { via: ['ordered', 'killed'] }))).toBe('ann -ordered-> strike | strike -killed-> bob');
    expect(chain(findPaths(g, 'ann', 'bob', { through: ['group'] }))).toBe('ann -leads-> acme | acme <-member_of- bob');
    expect(chain(findPaths(g, 'ann', 'bob', { avoid: ['Acme'] }))).toBe('ann -ordered-> strike | strike -killed-> bob');
    expect(chain(findPaths(g, 'bob', 'paris', { via: ['leads', 'located_in'] }))).toBe('bob -leads-> club | club -located_in-> paris');
    expect(() => findPaths(g, 'bob', 'paris', { via: ['leads', 'located_in'], minConfidence: 0.5 })).toThrow(NoPathError);
    expect(() => findPaths(g, 'ann', 'louvre', { maxHops: 2 })).toThrow(/no path between Ann Lee and Louvre within 2 hops with these filters/);
    expect(() => findPaths(g, 'bob', 'ann', { directed: true })).toThrow(/with these filters; they are connected without them/);
  });

  test('no path: exit status 2, different components named as such', () => {
    let err: unknown;
    try { findPaths(g, 'Ann Lee', 'Zoe Zed'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(NoPathError);
    expect((err as NoPathError).exitCode).toBe(2);
    expect((err as Error).message).toBe('path: no path between Ann Lee and Zoë Zed: they are in different components of the graph');
  });

  test('bad questions are usage errors, unknown names not-found errors', () => {
    expect(() => findPaths(g, 'Ann Lee', 'lee')).toThrow(UsageError);
    expect(() => findPaths(g, 'Ann Lee', 'Bob', { avoid: ['Stone'] })).toThrow(/cannot avoid "Stone": it is an end of the path/);
    expect(() => findPaths(g, 'Ann Lee', 'Nobody Atall')).toThrow(NotFoundError);
    expect(() => findPaths(g, 'Ann Lee', 'Bob', { avoid: ['Nobody Atall'] })).toThrow(NotFoundError);
  });
});

describe('hubs', () => {
  test('a node linked to far more than the typical node is a hub; the endpoints never are', () => {
    const g = hubWorld();
    expect(hubThreshold(g)).toBe(42);
    expect([...hubsOf(g)]).toEqual(['h']);
    // from a hub itself, the path starts there
    expect(findPaths(g, 'Hubland', 'Xavier').paths[0]!.length).toBe(1);
  });

  test('paths go round a hub, say which one they skipped, and take it when asked', () => {
    const g = hubWorld();
    const round = findPaths(g, 'Xavier', 'Yolanda');
    expect(chain(round)).toBe('x -member_of-> m | m -part_of-> n | n <-member_of- y');
    expect(round.skippedHubs).toEqual([{ key: 'h', label: 'Hubland', kind: 'place' }]);
    const through = findPaths(g, 'Xavier', 'Yolanda', { throughHubs: true });
    expect(chain(through)).toBe('x -citizen_of-> h | h <-citizen_of- y');
    expect(through.skippedHubs).toEqual([]);
  });

  test('connected only through a hub: the error says so and how to allow it', () => {
    const g = hubWorld();
    expect(() => findPaths(g, 'Person 1', 'Person 2')).toThrow(/Person 1 and Person 2 are connected only through hubs: Hubland \(42 links\); add --through-hubs/);
  });

  test('a small graph has no hubs, and at most 1% of a big one are hubs', () => {
    expect(hubsOf(newsWorld()).size).toBe(0);
    const nodes: NodeSpec[] = Array.from({ length: 1000 }, (_, i) => [`n${i}`, 'person', `N${i}`]);
    // a star of 30 around each of 20 centres: 20 nodes of degree 30, the rest 1
    const edges = Array.from({ length: 600 }, (_, i) => [`n${20 + i}`, 'related_to', `n${i % 20}`] as [string, 'related_to', string]);
    expect(hubsOf(graphOf(nodes, edges)).size).toBeLessThanOrEqual(20);
    expect(hubsOf(graphOf(nodes, edges)).size).toBeGreaterThan(0);
  });
});
