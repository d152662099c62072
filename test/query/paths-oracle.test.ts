// The path functions against a brute-force oracle: on small random graphs, every simple path
// that the filters allow is enumerated, and shortestPath, allShortestPaths and kShortestPaths
// must agree with it (lengths, ties, order, no repeated node), under every filter.
import { allShortestPaths, kShortestPaths, shortestPath, type PathOptions } from '../../src/query/paths.js';
import { KINDS, type KgGraph, type Relation } from '../../src/model/contract.js';
import { graphOf, type EdgeSpec, type NodeSpec } from '../fixtures/query/graphs.js';

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RELS: Relation[] = ['leads', 'member_of', 'located_in', 'related_to'];

function randomGraph(random: () => number, n: number, m: number): KgGraph {
  const nodes: NodeSpec[] = Array.from({ length: n }, (_, i) => [`v${i}`, KINDS[i % 4]!, `V${i}`]);
  const edges: EdgeSpec[] = [];
  for (let i = 0; i < m; i++) {
    const s = Math.floor(random() * n);
    const t = (s + 1 + Math.floor(random() * (n - 1))) % n;
    edges.push([`v${s}`, RELS[Math.floor(random() * RELS.length)]!, `v${t}`, Math.round(random() * 10) / 10]);
  }
  return graphOf(nodes, edges);
}

/** Every simple path (as node sequences) from `from` to `to` that the options allow. */
function allSimplePaths(g: KgGraph, from: string, to: string, o: PathOptions): string[][] {
  const edgeOk = (e: string) => {
    const a = g.getEdgeAttributes(e);
    return (!o.via || o.via.includes(a.relation)) && (o.minConfidence === undefined || a.confidence >= o.minConfidence);
  };
  const nodeOk = (n: string) => n === to || ((!o.through || o.through.includes(g.getNodeAttribute(n, 'kind'))) && !(o.avoid ?? []).includes(n));
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const here = path[path.length - 1]!;
    if (here === to) { out.push([...path]); return; }
    if (o.maxHops !== undefined && path.length - 1 >= o.maxHops) return;
    const next = new Set<string>();
    g.forEachOutEdge(here, (e, _a, _s, t) => { if (edgeOk(e)) next.add(t); });
    if (!o.directed) g.forEachInEdge(here, (e, _a, s) => { if (edgeOk(e)) next.add(s); });
    for (const n of [...next].sort()) {
      if (path.includes(n) || !nodeOk(n)) continue;
      path.push(n);
      walk(path);
      path.pop();
    }
  };
  walk([from]);
  return out;
}

const OPTIONS: PathOptions[] = [
  {},
  { directed: true },
  { via: ['leads', 'member_of', 'located_in'] },
  { through: ['person', 'group'] },
  { avoid: ['v3', 'v5'] },
  { minConfidence: 0.4 },
  { maxHops: 3 },
  { directed: true, minConfidence: 0.2, through: ['person', 'group', 'place'] },
];

describe.each(OPTIONS.map((o) => [JSON.stringify(o), o] as const))('against all simple paths, options %s', (_name, o) => {
  const random = rng(7 + JSON.stringify(o).length);
  const cases: [KgGraph, string, string][] = [];
  for (let i = 0; i < 25; i++) {
    const g = randomGraph(random, 9, (o.directed ? 24 : 12) + Math.floor(random() * 16));
    cases.push([g, 'v0', `v${1 + Math.floor(random() * 8)}`]);
  }

  test('the cases have teeth: many pairs joined by several paths', () => {
    expect(cases.filter(([g, a, b]) => allSimplePaths(g, a, b, o).length > 1).length).toBeGreaterThanOrEqual(5);
  });

  test('shortestPath has the least length, and only allowed hops', () => {
    for (const [g, a, b] of cases) {
      const oracle = allSimplePaths(g, a, b, o);
      const p = shortestPath(g, a, b, { ...o, throughHubs: true });
      if (!oracle.length) { expect(p).toBeUndefined(); continue; }
      const least = Math.min(...oracle.map((x) => x.length));
      expect(p?.nodes.length).toBe(least);
      expect(oracle.map((x) => x.join())).toContain(p!.nodes.join());
      for (const h of p!.hops) {
        const [s, t] = h.forward ? [h.from, h.to] : [h.to, h.from];
        expect([g.source(h.edge), g.target(h.edge)]).toEqual([s, t]);
        if (o.directed) expect(h.forward).toBe(true);
      }
    }
  });

  test('allShortestPaths is every tie of that length, once each', () => {
    for (const [g, a, b] of cases) {
      const oracle = allSimplePaths(g, a, b, o);
      const least = Math.min(...oracle.map((x) => x.length));
      const expected = oracle.filter((x) => x.length === least).map((x) => x.join()).sort();
      expect(allShortestPaths(g, a, b, { ...o, throughHubs: true }).map((p) => p.nodes.join()).sort()).toEqual(expected);
    }
  });

  test('kShortestPaths (Yen) is the k shortest simple paths, shortest first', () => {
    for (const [g, a, b] of cases) {
      const oracle = allSimplePaths(g, a, b, o);
      const k = 6;
      const paths = kShortestPaths(g, a, b, k, { ...o, throughHubs: true });
      expect(paths.length).toBe(Math.min(k, oracle.length));
      const lengths = paths.map((p) => p.nodes.length);
      expect(lengths).toEqual(oracle.map((x) => x.length).sort((x, y) => x - y).slice(0, k));
      const signatures = paths.map((p) => p.nodes.join());
      expect(new Set(signatures).size).toBe(signatures.length);
      for (const s of signatures) expect(oracle.map((x) => x.join())).toContain(s);
    }
  });
});

test('Yen on a ladder finds all eight simple paths in length order', () => {
  //  s - a - b - t
  //  |   |   |   |
  //  s - c - d - t   (rungs a-c and b-d)
  const g = graphOf(
    ['s', 'a', 'b', 'c', 'd', 't'].map((k): NodeSpec => [k, 'group', k.toUpperCase()]),
    [['s', 'related_to', 'a'], ['a', 'related_to', 'b'], ['b', 'related_to', 't'], ['s', 'related_to', 'c'],
      ['c', 'related_to', 'd'], ['d', 'related_to', 't'], ['a', 'related_to', 'c'], ['b', 'related_to', 'd']],
  );
  const paths = kShortestPaths(g, 's', 't', 20).map((p) => p.nodes.join(''));
  expect(paths.map((p) => p.length)).toEqual([4, 4, 5, 5, 5, 5, 6, 6]);
  expect([...paths].sort()).toEqual(['sabdt', 'sabt', 'sacdbt', 'sacdt', 'scabdt', 'scabt', 'scdbt', 'scdt']);
  // directed as written, only s-a-b-t, s-c-d-t and the ones using the rungs forwards remain
  expect(kShortestPaths(g, 's', 't', 20, { directed: true }).map((p) => p.nodes.join('')).sort())
    .toEqual(['sabdt', 'sabt', 'sacdt', 'scdt']);
});
