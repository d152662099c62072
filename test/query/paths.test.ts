import { allShortestPaths, kShortestPaths, shortestPath } from '../../src/query/paths.js';
import { findPaths, NoPathError } from '../../src/query/path-query.js';
import { graphOf, smallWorld } from '../helpers/graphs.js';

const nodes = (p?: { nodes: string[] }) => p?.nodes;

describe('shortestPath', () => {
  const g = smallWorld();
  test.each<[string, string, object, string[] | undefined]>([
    ['ann', 'bob', {}, ['ann', 'acme', 'bob']], // a tie with ann-strike-bob: the first edge written wins
    ['ann', 'louvre', {}, ['ann', 'acme', 'paris', 'louvre']],
    ['ann', 'bob', { via: ['leads', 'member_of'] }, ['ann', 'acme', 'bob']],
    ['ann', 'bob', { through: ['group'] }, ['ann', 'acme', 'bob']],
    ['ann', 'bob', { avoid: ['strike'] }, ['ann', 'acme', 'bob']],
    ['ann', 'bob', { directed: true }, ['ann', 'strike', 'bob']],
    ['bob', 'ann', { directed: true }, undefined],
    ['ann', 'zed', {}, undefined],
    ['ann', 'louvre', { maxHops: 2 }, undefined],
    ['bob', 'paris', { via: ['leads', 'located_in'] }, ['bob', 'club', 'paris']],
    ['bob', 'paris', { via: ['leads', 'located_in'], minConfidence: 0.5 }, undefined],
  ])('%s -> %s %j', (from, to, options, expected) => {
    expect(nodes(shortestPath(g, from, to, options))).toEqual(expected);
  });

  test('a hop walked against the edge says so', () => {
    const p = shortestPath(g, 'paris', 'ann')!;
    expect(p.hops.map((h) => [h.from, h.to, h.forward])).toEqual([['paris', 'acme', false], ['acme', 'ann', false]]);
  });
});

describe('allShortestPaths and kShortestPaths', () => {
  // a diamond: s -> a -> t, s -> b -> t, and a longer s -> c -> d -> t; plus a cycle a <-> b
  const g = graphOf(
    [['s', 'person', 'S'], ['a', 'group', 'A'], ['b', 'group', 'B'], ['c', 'place', 'C'], ['d', 'place', 'D'], ['t', 'person', 'T']],
    [['s', 'member_of', 'a'], ['a', 'related_to', 't'], ['s', 'member_of', 'b'], ['b', 'related_to', 't'],
      ['s', 'citizen_of', 'c'], ['c', 'located_in', 'd'], ['d', 'related_to', 't'], ['a', 'part_of', 'b'], ['b', 'part_of', 'a']],
  );
  test('all ties of the shortest length', () => {
    expect(allShortestPaths(g, 's', 't').map((p) => p.nodes)).toEqual([['s', 'a', 't'], ['s', 'b', 't']]);
  });
  test('k shortest simple paths, shortest first, no repeats', () => {
    const paths = kShortestPaths(g, 's', 't', 5).map((p) => p.nodes.join(''));
    expect(paths.slice(0, 2).sort()).toEqual(['sat', 'sbt']);
    expect(paths.length).toBeGreaterThanOrEqual(4);
    expect(new Set(paths).size).toBe(paths.length);
    for (let i = 1; i < paths.length; i++) expect(paths[i]!.length).toBeGreaterThanOrEqual(paths[i - 1]!.length);
    for (const p of paths) expect(new Set(p).size).toBe(p.length);
  });
});

describe('findPaths', () => {
  test('resolves names as typed', () => {
    const r = findPaths(smallWorld(), 'lee', 'STONE', { through: ['event'] });
    expect(r.from.key).toBe('ann');
    expect(r.to.key).toBe('bob');
    expect(r.paths[0]!.hops.map((h) => [h.relation, h.direction])).toEqual([['ordered', 'forward'], ['killed', 'forward']]);
  });
  test('no path: different components', () => {
    expect(() => findPaths(smallWorld(), 'Ann Lee', 'Zoe Zed')).toThrow(/different components/);
    expect(() => findPaths(smallWorld(), 'Ann Lee', 'Zoe Zed')).toThrow(NoPathError);
  });
  test('no path: the filters cut every path', () => {
    expect(() => findPaths(smallWorld(), 'Ann Lee', 'Louvre', { via: ['killed'] })).toThrow(/with these filters/);
  });
  test('hubs are skipped unless asked, and the answer says so', () => {
    // h is linked to everyone; the only other way from x to y is long
    const people: [string, 'person', string][] = Array.from({ length: 30 }, (_, i) => [`p${i}`, 'person', `P${i}`]);
    const g = graphOf([['h', 'place', 'Hubland'], ['x', 'person', 'Xavier'], ['y', 'person', 'Yolanda'], ['m', 'group', 'Middle'], ['n', 'group', 'Next'], ...people],
      [['x', 'citizen_of', 'h'], ['y', 'citizen_of', 'h'], ...people.map(([k]) => [k, 'citizen_of', 'h'] as [string, 'citizen_of', string]),
        ['x', 'member_of', 'm'], ['m', 'part_of', 'n'], ['y', 'member_of', 'n']]);
    const avoided = findPaths(g, 'Xavier', 'Yolanda');
    expect(avoided.paths[0]!.hops.length).toBe(3);
    expect(avoided.skippedHubs.map((h) => h.key)).toEqual(['h']);
    expect(findPaths(g, 'Xavier', 'Yolanda', { throughHubs: true }).paths[0]!.hops.length).toBe(2);
  });
});
